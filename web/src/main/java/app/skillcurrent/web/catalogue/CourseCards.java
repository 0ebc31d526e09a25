package app.skillcurrent.web.catalogue;

import app.skillcurrent.core.catalogue.CourseCard;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Turns the catalogue's course cards into what a card shows, for the home page, the catalogue and tracks. */
@Singleton
public class CourseCards {

    private final Clock clock;

    CourseCards(Clock clock) {
        this.clock = clock;
    }

    /** @param showReviewState whether to reveal "needs review" (instructors only) */
    public CourseCardView of(CourseCard card, boolean showReviewState) {
        return new CourseCardView(card.slug(), card.title(), card.summary(), card.level(), card.language(),
                card.version(), card.updatedOn(), ChronoUnit.DAYS.between(card.lastChecked(), LocalDate.now(clock)),
                showReviewState && card.needsReview(), card.lessonCount(), hours(card.minutes()), card.platforms());
    }

    /** Hours to one decimal, as cards and tracks show lengths. */
    static double hours(int minutes) {
        return Math.round(minutes / 6.0) / 10.0;
    }
}
