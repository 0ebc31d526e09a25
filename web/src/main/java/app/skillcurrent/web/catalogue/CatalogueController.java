package app.skillcurrent.web.catalogue;

import app.skillcurrent.content.access.NotFoundException;
import app.skillcurrent.core.catalogue.Catalogue;
import app.skillcurrent.core.catalogue.CatalogueResults;
import app.skillcurrent.core.catalogue.CoursePage;
import app.skillcurrent.web.http.Html;
import app.skillcurrent.web.security.SignedIn;
import app.skillcurrent.web.view.RequestLocale;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** The public catalogue and course pages: published versions only. */
@Controller("/courses")
@Secured(SecurityRule.IS_ANONYMOUS)
public class CatalogueController {

    private final Catalogue catalogue;
    private final CataloguePages pages;
    private final CourseCards cards;
    private final RequestLocale requestLocale;

    CatalogueController(Catalogue catalogue, CataloguePages pages, CourseCards cards, RequestLocale requestLocale) {
        this.catalogue = catalogue;
        this.pages = pages;
        this.cards = cards;
        this.requestLocale = requestLocale;
    }

    @Get @Html
    CataloguePage list(HttpRequest<?> request, @Nullable SignedIn me) {
        boolean instructor = isInstructor(me);
        SearchParameters search = SearchParameters.from(request.getParameters(), instructor);
        CatalogueResults results = catalogue.search(search.toSearch(), instructor);
        return pages.page(search, results, instructor, requestLocale.of(request));
    }

    @Get("/{slug}") @Html
    CourseDetailPage course(@PathVariable String slug, @Nullable SignedIn me) {
        CoursePage page = catalogue.course(slug).orElseThrow(() -> new NotFoundException("course " + slug));
        boolean instructor = isInstructor(me);
        return new CourseDetailPage(cards.of(page.card(), instructor),
                page.outline().stream().map(l -> new CourseDetailPage.OutlineLesson(l.title(), l.minutes(), l.tasks(),
                        l.questions(), instructor && l.needsReview())).toList(),
                page.revision().exam(), page.versions());
    }

    /** Instructors and admins see review state; visitors and learners do not. */
    static boolean isInstructor(@Nullable SignedIn me) {
        return me != null && me.isInstructor();
    }
}
