package app.skillcurrent.web.catalogue;

import app.skillcurrent.web.view.Page;

import java.util.List;

/** Every track that has a published course, by title. */
record TrackListPage(List<TrackFacts> tracks) implements Page {

    @Override
    public String view() {
        return "catalogue/tracks";
    }

    /** A track as its card and its page's heading show it: its published courses and their time in hours. */
    record TrackFacts(String slug, String title, String summary, int courseCount, double hours) {
    }
}
