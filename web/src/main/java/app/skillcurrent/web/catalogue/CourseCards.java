package app.skillcurrent.web.catalogue;

import app.skillcurrent.core.catalogue.CourseCard;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/** Course cards laid out for templates, shared by the home page and the catalogue. */
@Singleton
public class CourseCards {

    private final Clock clock;

    CourseCards(Clock clock) {
        this.clock = clock;
    }

    /** @param showReviewState whether to reveal "needs review" (instructors only) */
    public Map<String, Object> of(CourseCard card, boolean showReviewState) {
        Map<String, Object> model = new HashMap<>();
        model.put("slug", card.slug());
        model.put("title", card.title());
        model.put("summary", card.summary());
        model.put("level", card.level().name());
        model.put("language", card.language());
        model.put("version", card.version());
        model.put("updatedOn", card.updatedOn().toString());
        model.put("checkedDaysAgo", ChronoUnit.DAYS.between(card.lastChecked(), LocalDate.now(clock)));
        model.put("needsReview", showReviewState && card.needsReview());
        model.put("lessonCount", card.lessonCount());
        model.put("hours", hours(card.minutes()));
        model.put("minutes", card.minutes());
        model.put("platforms", card.platforms());
        model.put("topics", card.topics());
        return model;
    }

    /** Hours to one decimal, as cards and tracks show lengths. */
    static double hours(int minutes) {
        return Math.round(minutes / 6.0) / 10.0;
    }
}
