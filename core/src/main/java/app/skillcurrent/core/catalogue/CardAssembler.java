package app.skillcurrent.core.catalogue;

import app.skillcurrent.content.freshness.CourseFreshness;
import app.skillcurrent.content.freshness.Freshness;
import app.skillcurrent.content.revision.CourseListing;
import app.skillcurrent.content.revision.Revisions;
import app.skillcurrent.content.topic.Topics;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns course listings into course cards with a fixed number of queries, however many cards there are. */
@Singleton
class CardAssembler {

    private final Revisions revisions;
    private final Freshness freshness;
    private final Topics topics;

    CardAssembler(Revisions revisions, Freshness freshness, Topics topics) {
        this.revisions = revisions;
        this.freshness = freshness;
        this.topics = topics;
    }

    List<CourseCard> cards(List<CourseListing> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> revisionIds = rows.stream().map(CourseListing::revisionId).toList();
        Map<Long, CourseFreshness> fresh = freshness.of(revisionIds);
        Map<Long, Set<Long>> topicIds = revisions.courseTopics(revisionIds);
        return rows.stream().map(row -> card(row, fresh.get(row.revisionId()),
                topicIds.getOrDefault(row.revisionId(), Set.of()))).toList();
    }

    private CourseCard card(CourseListing row, CourseFreshness fresh, Set<Long> topicIds) {
        LocalDate updated = day(row.publishedAt());
        List<String> labels = topicIds.stream().map(topics::label).sorted().toList();
        List<String> platforms = topicIds.stream().map(id -> topics.platformOf(id).name()).distinct().sorted().toList();
        return new CourseCard(row.slug(), row.title(), row.summary(), row.level(), row.language(),
                row.version().toString(), updated, fresh == null ? updated : fresh.lastChecked(),
                fresh != null && fresh.needsReview(), row.lessonCount(), row.minutes(), labels, platforms);
    }

    private static LocalDate day(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
