package app.skillcurrent.web.catalogue;

import app.skillcurrent.content.access.NotFoundException;
import app.skillcurrent.core.catalogue.Catalogue;
import app.skillcurrent.core.catalogue.CoursePage;
import app.skillcurrent.web.account.CurrentAccount;
import app.skillcurrent.web.account.SignedIn;
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

/** The public catalogue and course pages: published versions only. */
@Controller(value = "/courses", produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class CatalogueController {

    private final Catalogue catalogue;
    private final CourseCards cards;
    private final CurrentAccount currentAccount;

    CatalogueController(Catalogue catalogue, CourseCards cards, CurrentAccount currentAccount) {
        this.catalogue = catalogue;
        this.cards = cards;
        this.currentAccount = currentAccount;
    }

    @Get
    ModelAndView<Map<String, Object>> list(HttpRequest<?> request) {
        boolean instructor = isInstructor(request);
        Map<String, Object> model = new HashMap<>();
        model.put("courses", catalogue.courses().stream().map(c -> cards.of(c, instructor)).toList());
        return new ModelAndView<>("catalogue/list", model);
    }

    @Get("/{slug}")
    ModelAndView<Map<String, Object>> course(HttpRequest<?> request, @PathVariable String slug) {
        CoursePage page = catalogue.course(slug).orElseThrow(() -> new NotFoundException("course " + slug));
        boolean instructor = isInstructor(request);
        Map<String, Object> model = new HashMap<>();
        model.put("course", cards.of(page.card(), instructor));
        model.put("outline", page.outline().stream().map(l -> Map.of("title", l.title(), "minutes", l.minutes(),
                "tasks", l.tasks(), "questions", l.questions(), "needsReview", instructor && l.needsReview())).toList());
        model.put("versions", page.versions().stream().map(v -> Map.of("version", v.version(), "severity", v.severity(),
                "changeNote", v.changeNote(), "publishedOn", v.publishedOn().toString())).toList());
        model.put("exam", Map.of("passMark", page.revision().exam().passMark(),
                "questions", page.revision().exam().questionCount(), "attempts", page.revision().exam().attempts()));
        return new ModelAndView<>("catalogue/course", model);
    }

    private boolean isInstructor(HttpRequest<?> request) {
        return currentAccount.of(request).map(SignedIn::isInstructor).orElse(false);
    }
}
