package app.skillcurrent.web.catalogue;

import app.skillcurrent.content.revision.Level;
import app.skillcurrent.content.topic.Topic;
import app.skillcurrent.content.topic.Topics;
import app.skillcurrent.core.catalogue.CatalogueResults;
import app.skillcurrent.web.catalogue.CataloguePage.Chip;
import app.skillcurrent.web.catalogue.CataloguePage.EmptyState;
import app.skillcurrent.web.catalogue.CataloguePage.Link;
import app.skillcurrent.web.catalogue.CataloguePage.Option;
import app.skillcurrent.web.catalogue.CataloguePage.Select;
import app.skillcurrent.web.view.Messages;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Builds the catalogue page from a search and its results: the selects with every choice named in the
 * reader's language, the chips of the filters in force, the cards, the page links and the empty state.
 */
@Singleton
class CataloguePages {

    private static final List<String> LANGUAGES = List.of("en", "de", "da");
    private static final List<String> LENGTHS = List.of("short", "medium", "long");
    private static final List<String> SORTS = List.of("relevance", "newest", "title");

    private final Topics topics;
    private final CourseCards cards;
    private final Messages messages;

    CataloguePages(Topics topics, CourseCards cards, Messages messages) {
        this.topics = topics;
        this.cards = cards;
        this.messages = messages;
    }

    /** @param instructor whether the reader is an instructor or admin, who sees review state and may filter by it */
    CataloguePage page(SearchParameters search, CatalogueResults results, boolean instructor, Locale locale) {
        return new CataloguePage(search.q(), results.total(), selects(search, instructor, locale), chips(search, locale),
                results.courses().stream().map(c -> cards.of(c, instructor)).toList(),
                results.courses().isEmpty() ? empty(search, results, locale) : null, Pagination.of(search, results));
    }

    /** The form's selects, in the order they appear; "needs review" is offered to instructors and admins only. */
    private List<Select> selects(SearchParameters search, boolean instructor, Locale locale) {
        List<Topic> all = topics.all();
        List<String> recencies = instructor ? List.of("30d", "review") : List.of("30d");
        String sort = search.toSearch().effectiveSort().name().toLowerCase(Locale.ROOT);
        return List.of(
                select("platform", true, locale, search.platform(), all.stream().filter(Topic::isPlatform).toList(),
                        Topic::slug, Topic::name),
                select("topic", true, locale, search.topic(), all, Topic::slug, t -> topics.label(t.id())),
                select("level", true, locale, search.level(), Arrays.asList(Level.values()), Level::name,
                        l -> messages.get(locale, "level." + l.name())),
                select("language", true, locale, search.language(), LANGUAGES, code -> code, CataloguePages::languageName),
                select("length", true, locale, search.length(), LENGTHS, code -> code,
                        code -> messages.get(locale, "catalogue.length." + code)),
                select("fresh", true, locale, search.fresh(), recencies, code -> code,
                        code -> messages.get(locale, "catalogue.fresh." + code)),
                select("sort", false, locale, sort, SORTS, code -> code,
                        code -> messages.get(locale, "catalogue.sort." + code)));
    }

    private <T> Select select(String name, boolean any, Locale locale, @Nullable String chosen, List<T> choices,
                              Function<T, String> value, Function<T, String> label) {
        return new Select(name, messages.get(locale, "catalogue.filter." + name), any, choices.stream()
                .map(choice -> new Option(value.apply(choice), label.apply(choice), value.apply(choice).equals(chosen)))
                .toList());
    }

    /** The filters in force, each with a link to the same search without it. */
    private List<Chip> chips(SearchParameters search, Locale locale) {
        List<Chip> chips = new ArrayList<>();
        if (search.q() != null) {
            chips.add(chip(search, "q", messages.get(locale, "catalogue.searchFor", search.q())));
        }
        if (search.platform() != null) {
            chips.add(chip(search, "platform", topics.bySlug(search.platform()).map(Topic::name).orElse(search.platform())));
        }
        if (search.topic() != null) {
            chips.add(chip(search, "topic", topics.bySlug(search.topic()).map(t -> topics.label(t.id())).orElse(search.topic())));
        }
        if (search.level() != null) {
            chips.add(chip(search, "level", messages.get(locale, "level." + search.level())));
        }
        if (search.language() != null) {
            chips.add(chip(search, "language", languageName(search.language())));
        }
        if (search.length() != null) {
            chips.add(chip(search, "length", messages.get(locale, "catalogue.length." + search.length())));
        }
        if (search.fresh() != null) {
            chips.add(chip(search, "fresh", messages.get(locale, "catalogue.fresh." + search.fresh())));
        }
        return List.copyOf(chips);
    }

    private static Chip chip(SearchParameters search, String name, String label) {
        return new Chip(label, search.without(name).href());
    }

    private EmptyState empty(SearchParameters search, CatalogueResults results, Locale locale) {
        if (results.pastLastPage()) {
            return new EmptyState(messages.get(locale, "catalogue.empty.page", search.page()),
                    new Link(search.atPage(1).href(), messages.get(locale, "catalogue.firstPage")));
        }
        if (!search.hasFilters()) {
            return new EmptyState(messages.get(locale, "home.catalogue.empty"), null);
        }
        String message = search.q() == null ? messages.get(locale, "catalogue.empty.filters")
                : messages.get(locale, "catalogue.empty.query", search.q());
        return new EmptyState(message, new Link(SearchParameters.PATH, messages.get(locale, "catalogue.clearFilters")));
    }

    /** Each language in its own name, as the language switcher shows them. */
    private static String languageName(String code) {
        Locale language = Locale.of(code);
        return language.getDisplayLanguage(language);
    }
}
