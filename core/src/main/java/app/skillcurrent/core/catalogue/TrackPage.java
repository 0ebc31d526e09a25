package app.skillcurrent.core.catalogue;

import java.util.List;

/** A track's page: its published courses in the track's order. */
public record TrackPage(String slug, String title, String summary, List<CourseCard> courses) {

    public int minutes() {
        return courses.stream().mapToInt(CourseCard::minutes).sum();
    }
}
