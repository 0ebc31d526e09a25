package app.skillcurrent.web.catalogue;

import app.skillcurrent.core.catalogue.Catalogue;
import app.skillcurrent.core.catalogue.CourseCard;
import app.skillcurrent.web.http.Html;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.Comparator;
import java.util.List;

/** The front page: what the platform is, what the catalogue has, and a way in. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class HomeController {

    private static final int HIGHLIGHTS = 6;

    private final Catalogue catalogue;
    private final CourseCards cards;

    HomeController(Catalogue catalogue, CourseCards cards) {
        this.catalogue = catalogue;
        this.cards = cards;
    }

    /** The most recently updated courses first: what changed lately is what this platform is about. */
    @Get @Html
    HomePage home() {
        List<CourseCard> all = catalogue.courses();
        return new HomePage(all.stream().sorted(Comparator.comparing(CourseCard::updatedOn).reversed())
                .limit(HIGHLIGHTS).map(c -> cards.of(c, false)).toList(), all.size());
    }
}
