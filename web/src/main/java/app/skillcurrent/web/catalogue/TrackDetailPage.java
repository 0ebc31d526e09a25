package app.skillcurrent.web.catalogue;

import app.skillcurrent.web.catalogue.TrackListPage.TrackFacts;
import app.skillcurrent.web.view.Page;

import java.util.List;

/** One track: what it is, then its published courses in the track's order. */
record TrackDetailPage(TrackFacts track, List<CourseCardView> courses) implements Page {

    @Override
    public String view() {
        return "catalogue/track";
    }
}
