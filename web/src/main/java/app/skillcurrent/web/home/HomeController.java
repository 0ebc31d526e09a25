package app.skillcurrent.web.home;

import io.micronaut.http.MediaType;
import app.skillcurrent.core.catalogue.Catalogue;
import app.skillcurrent.core.catalogue.CourseCard;
import app.skillcurrent.web.catalogue.CourseCards;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The front page: what the platform is, what the catalogue has, and a way in. */
@Controller(produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class HomeController {

    static final String VIEW = "home/index";
    static final int HIGHLIGHTS = 6;

    private final Catalogue catalogue;
    private final CourseCards cards;

    HomeController(Catalogue catalogue, CourseCards cards) {
        this.catalogue = catalogue;
        this.cards = cards;
    }

    /** The most recently updated courses first: what changed lately is what this platform is about. */
    @Get
    ModelAndView<Map<String, Object>> home() {
        List<CourseCard> all = catalogue.courses();
        Map<String, Object> model = new HashMap<>();
        model.put("courses", all.stream().sorted(Comparator.comparing(CourseCard::updatedOn).reversed())
                .limit(HIGHLIGHTS).map(c -> cards.of(c, false)).toList());
        model.put("courseCount", all.size());
        return new ModelAndView<>(VIEW, model);
    }
}
