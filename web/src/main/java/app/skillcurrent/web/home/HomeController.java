package app.skillcurrent.web.home;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The front page: what the platform is, what the catalogue has, and a way in. */
@Controller(produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class HomeController {

    static final String VIEW = "home/index";

    @Get
    ModelAndView<Map<String, Object>> home() {
        Map<String, Object> model = new HashMap<>();
        model.put("courses", List.of());
        return new ModelAndView<>(VIEW, model);
    }
}
