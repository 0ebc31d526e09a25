package app.skillcurrent.web.catalogue;

import app.skillcurrent.core.catalogue.TrackPage;
import app.skillcurrent.core.catalogue.Tracks;
import app.skillcurrent.web.security.CurrentAccount;
import app.skillcurrent.web.security.SignedIn;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.util.HashMap;
import java.util.Map;

/** Tracks: courses that belong together, in order. Published courses only, like the catalogue. */
@Controller(value = "/tracks", produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class TracksController {

    static final String LIST_VIEW = "catalogue/tracks";
    static final String TRACK_VIEW = "catalogue/track";

    private final Tracks tracks;
    private final CourseCards cards;
    private final CurrentAccount currentAccount;

    TracksController(Tracks tracks, CourseCards cards, CurrentAccount currentAccount) {
        this.tracks = tracks;
        this.cards = cards;
        this.currentAccount = currentAccount;
    }

    @Get
    ModelAndView<Map<String, Object>> list() {
        Map<String, Object> model = new HashMap<>();
        model.put("tracks", tracks.all().stream().map(t -> Map.of("slug", t.slug(), "title", t.title(),
                "summary", t.summary(), "courseCount", t.courseCount(), "hours", CourseCards.hours(t.minutes()))).toList());
        return new ModelAndView<>(LIST_VIEW, model);
    }

    @Get("/{slug}")
    ModelAndView<Map<String, Object>> track(HttpRequest<?> request, @PathVariable String slug) {
        TrackPage track = tracks.track(slug);
        boolean instructor = currentAccount.of(request).map(SignedIn::isInstructor).orElse(false);
        Map<String, Object> model = new HashMap<>();
        model.put("track", Map.of("slug", track.slug(), "title", track.title(), "summary", track.summary(),
                "courseCount", track.courses().size(), "hours", CourseCards.hours(track.minutes())));
        model.put("courses", track.courses().stream().map(c -> cards.of(c, instructor)).toList());
        return new ModelAndView<>(TRACK_VIEW, model);
    }
}
