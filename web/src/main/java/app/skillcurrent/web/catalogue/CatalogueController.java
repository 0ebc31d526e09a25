package app.skillcurrent.web.catalogue;

import app.skillcurrent.content.access.NotFoundException;
import app.skillcurrent.content.revision.Level;
import app.skillcurrent.content.topic.Topic;
import app.skillcurrent.content.topic.Topics;
import app.skillcurrent.core.catalogue.Catalogue;
import app.skillcurrent.core.catalogue.CatalogueResults;
import app.skillcurrent.core.catalogue.CoursePage;
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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The public catalogue and course pages: published versions only. */
@Controller(value = "/courses", produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class CatalogueController {

    static final String LIST_VIEW = "catalogue/list";
    static final String COURSE_VIEW = "catalogue/course";
    private static final List<String> LANGUAGES = List.of("en", "de", "da");
    /** Page links shown on either side of the current page, besides the first and the last. */
    private static final int PAGE_WINDOW = 2;

    private final Catalogue catalogue;
    private final CourseCards cards;
    private final CurrentAccount currentAccount;
    private final Topics topics;

    CatalogueController(Catalogue catalogue, CourseCards cards, CurrentAccount currentAccount, Topics topics) {
        this.catalogue = catalogue;
        this.cards = cards;
        this.currentAccount = currentAccount;
        this.topics = topics;
    }

    @Get
    ModelAndView<Map<String, Object>> list(HttpRequest<?> request) {
        boolean instructor = isInstructor(request);
        SearchParameters parameters = SearchParameters.from(request.getParameters(), instructor);
        CatalogueResults results = catalogue.search(parameters.toSearch(), instructor);
        Map<String, Object> model = new HashMap<>();
        model.put("courses", results.courses().stream().map(c -> cards.of(c, instructor)).toList());
        model.put("total", results.total());
        model.put("q", parameters.q());
        model.put("selects", selects(parameters, instructor));
        model.put("active", active(parameters));
        model.put("pagination", pagination(parameters, results));
        if (results.courses().isEmpty()) {
            if (results.pastLastPage()) {
                model.put("empty", Map.of("page", parameters.page(), "firstPage", parameters.atPage(1).href()));
            } else if (parameters.hasFilters()) {
                model.put("empty", parameters.q() == null ? Map.of("filters", true) : Map.of("q", parameters.q()));
            } else {
                model.put("empty", Map.of("nothingPublished", true));
            }
        }
        return new ModelAndView<>(LIST_VIEW, model);
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
        return new ModelAndView<>(COURSE_VIEW, model);
    }

    /** The form's selects, in the order they appear; "review" is offered to instructors and admins only. */
    private List<Map<String, Object>> selects(SearchParameters p, boolean instructor) {
        List<Topic> all = topics.all();
        List<Map<String, Object>> selects = new ArrayList<>();
        selects.add(select("platform", "catalogue.filter.platform", true, all.stream().filter(Topic::isPlatform)
                .map(t -> option(t.slug(), t.name(), null, t.slug().equals(p.platform()))).toList()));
        selects.add(select("topic", "catalogue.filter.topic", true, all.stream()
                .map(t -> option(t.slug(), topics.label(t.id()), null, t.slug().equals(p.topic()))).toList()));
        selects.add(select("level", "catalogue.filter.level", true, Arrays.stream(Level.values())
                .map(l -> option(l.name(), null, "level." + l.name(), l.name().equals(p.level()))).toList()));
        selects.add(select("language", "catalogue.filter.language", true, LANGUAGES.stream()
                .map(code -> option(code, languageName(code), null, code.equals(p.language()))).toList()));
        selects.add(select("length", "catalogue.filter.length", true, List.of("short", "medium", "long").stream()
                .map(code -> option(code, null, "catalogue.length." + code, code.equals(p.length()))).toList()));
        List<String> recencies = instructor ? List.of("30d", "review") : List.of("30d");
        selects.add(select("fresh", "catalogue.filter.fresh", true, recencies.stream()
                .map(code -> option(code, null, "catalogue.fresh." + code, code.equals(p.fresh()))).toList()));
        String sort = p.toSearch().effectiveSort().name().toLowerCase(Locale.ROOT);
        selects.add(select("sort", "catalogue.filter.sort", false, List.of("relevance", "newest", "title").stream()
                .map(code -> option(code, null, "catalogue.sort." + code, code.equals(sort))).toList()));
        return selects;
    }

    /** The filters in force, each with a link to the same search without it. */
    private List<Map<String, Object>> active(SearchParameters p) {
        List<Map<String, Object>> active = new ArrayList<>();
        if (p.q() != null) {
            active.add(chip(p, "q", null, "catalogue.searchFor", p.q()));
        }
        if (p.platform() != null) {
            active.add(chip(p, "platform", topics.bySlug(p.platform()).map(Topic::name).orElse(p.platform()), null, null));
        }
        if (p.topic() != null) {
            active.add(chip(p, "topic", topics.bySlug(p.topic()).map(t -> topics.label(t.id())).orElse(p.topic()), null, null));
        }
        if (p.level() != null) {
            active.add(chip(p, "level", null, "level." + p.level(), null));
        }
        if (p.language() != null) {
            active.add(chip(p, "language", languageName(p.language()), null, null));
        }
        if (p.length() != null) {
            active.add(chip(p, "length", null, "catalogue.length." + p.length(), null));
        }
        if (p.fresh() != null) {
            active.add(chip(p, "fresh", null, "catalogue.fresh." + p.fresh(), null));
        }
        return active;
    }

    /** Previous and next, the first and last page, and a few pages around the current one. */
    private Map<String, Object> pagination(SearchParameters p, CatalogueResults results) {
        int count = results.pageCount();
        int current = p.page();
        Map<String, Object> pagination = new HashMap<>();
        if (count <= 1 && current <= 1) {
            return pagination;
        }
        pagination.put("show", true);
        pagination.put("current", current);
        pagination.put("count", count);
        if (current > 1) {
            pagination.put("previous", p.atPage(Math.min(current - 1, count)).href());
        }
        if (current < count) {
            pagination.put("next", p.atPage(current + 1).href());
        }
        List<Map<String, Object>> pages = new ArrayList<>();
        int last = 0;
        for (int n = 1; n <= count; n++) {
            if (n == 1 || n == count || Math.abs(n - current) <= PAGE_WINDOW) {
                if (n > last + 1) {
                    pages.add(Map.of("gap", true));
                }
                pages.add(Map.of("number", n, "href", p.atPage(n).href(), "current", n == current));
                last = n;
            }
        }
        pagination.put("pages", pages);
        return pagination;
    }

    private static Map<String, Object> select(String name, String labelKey, boolean any, List<Map<String, Object>> options) {
        return Map.of("name", name, "labelKey", labelKey, "any", any, "options", options);
    }

    private static Map<String, Object> option(String value, String label, String labelKey, boolean selected) {
        Map<String, Object> option = new HashMap<>();
        option.put("value", value);
        option.put("label", label);
        option.put("labelKey", labelKey);
        option.put("selected", selected);
        return option;
    }

    private static Map<String, Object> chip(SearchParameters p, String name, String label, String labelKey, String labelArg) {
        Map<String, Object> chip = new HashMap<>();
        chip.put("name", name);
        chip.put("label", label);
        chip.put("labelKey", labelKey);
        chip.put("labelArg", labelArg);
        chip.put("href", p.without(name).href());
        return chip;
    }

    /** Each language in its own name, as the language switcher shows them. */
    private static String languageName(String code) {
        Locale locale = Locale.of(code);
        return locale.getDisplayLanguage(locale);
    }

    private boolean isInstructor(HttpRequest<?> request) {
        return currentAccount.of(request).map(SignedIn::isInstructor).orElse(false);
    }
}
