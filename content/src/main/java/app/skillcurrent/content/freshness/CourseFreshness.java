package app.skillcurrent.content.freshness;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * How current a course revision is: as fresh as its stalest lesson. {@code lastChecked} is the oldest
 * review date among its lessons; lessons needing review are those a newer platform change may have outdated.
 */
public record CourseFreshness(long courseRevisionId, LocalDate lastChecked, List<TopicReview> needingReview) {

    public boolean needsReview() {
        return !needingReview.isEmpty();
    }

    public long lessonsNeedingReview() {
        return needingReview.stream().map(TopicReview::lessonId).distinct().count();
    }

    public long daysSinceChecked(Clock clock) {
        return Math.max(0, ChronoUnit.DAYS.between(lastChecked, LocalDate.now(clock)));
    }
}
