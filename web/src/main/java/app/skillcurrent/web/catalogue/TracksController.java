package app.skillcurrent.web.catalogue;

import app.skillcurrent.core.catalogue.TrackPage;
import app.skillcurrent.core.catalogue.Tracks;
import app.skillcurrent.web.catalogue.TrackListPage.TrackFacts;
import app.skillcurrent.web.http.Html;
import app.skillcurrent.web.security.SignedIn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** Tracks: courses that belong together, in order. Published courses only, like the catalogue. */
@Controller("/tracks")
@Secured(SecurityRule.IS_ANONYMOUS)
public class TracksController {

    private final Tracks tracks;
    private final CourseCards cards;

    TracksController(Tracks tracks, CourseCards cards) {
        this.tracks = tracks;
        this.cards = cards;
    }

    @Get @Html
    TrackListPage list() {
        return new TrackListPage(tracks.all().stream().map(t -> new TrackFacts(t.slug(), t.title(), t.summary(),
                t.courseCount(), CourseCards.hours(t.minutes()))).toList());
    }

    @Get("/{slug}") @Html
    TrackDetailPage track(@PathVariable String slug, @Nullable SignedIn me) {
        TrackPage track = tracks.track(slug);
        boolean instructor = CatalogueController.isInstructor(me);
        return new TrackDetailPage(new TrackFacts(track.slug(), track.title(), track.summary(), track.courses().size(),
                CourseCards.hours(track.minutes())), track.courses().stream().map(c -> cards.of(c, instructor)).toList());
    }
}
