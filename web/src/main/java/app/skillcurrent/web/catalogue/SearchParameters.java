package app.skillcurrent.web.catalogue;

import app.skillcurrent.content.revision.Level;
import app.skillcurrent.core.catalogue.CatalogueSearch;
import app.skillcurrent.core.catalogue.InvalidSearchException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpParameters;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The catalogue's query string: read into a {@link CatalogueSearch}, and written back for links that change
 * one thing (a page, a removed filter) and keep the rest. An empty value means "any", as the search form's
 * first options send it.
 */
record SearchParameters(@Nullable String q, @Nullable String platform, @Nullable String topic,
                        @Nullable String level, @Nullable String language, @Nullable String length,
                        @Nullable String fresh, @Nullable String sort, int page) {

    static final String PATH = "/courses";

    static final Map<String, CatalogueSearch.Length> LENGTHS = Map.of(
            "short", CatalogueSearch.Length.SHORT, "medium", CatalogueSearch.Length.MEDIUM,
            "long", CatalogueSearch.Length.LONG);
    static final Map<String, CatalogueSearch.Recency> RECENCIES = Map.of(
            "30d", CatalogueSearch.Recency.RECENTLY_UPDATED, "review", CatalogueSearch.Recency.NEEDS_REVIEW);
    static final Map<String, CatalogueSearch.Sort> SORTS = Map.of(
            "relevance", CatalogueSearch.Sort.RELEVANCE, "newest", CatalogueSearch.Sort.NEWEST,
            "title", CatalogueSearch.Sort.TITLE);

    /**
     * @param reviewer whether "needs review" may be asked for; for anyone else it is dropped, as if the
     *                 link had not carried it, because it is not a filter they are offered
     * @throws InvalidSearchException for values no form of ours sends (the catalogue checks the rest)
     */
    static SearchParameters from(HttpParameters parameters, boolean reviewer) {
        String level = value(parameters, "level");
        if (level != null) {
            level = level.toUpperCase(Locale.ROOT);
            if (!isLevel(level)) {
                throw new InvalidSearchException("level");
            }
        }
        String length = known(parameters, "length", LENGTHS);
        String fresh = known(parameters, "fresh", RECENCIES);
        if ("review".equals(fresh) && !reviewer) {
            fresh = null;
        }
        String sort = known(parameters, "sort", SORTS);
        String language = value(parameters, "language");
        if (language != null) {
            language = language.toLowerCase(Locale.ROOT);
        }
        return new SearchParameters(value(parameters, "q"), value(parameters, "platform"), value(parameters, "topic"),
                level, language, length, fresh, sort, page(value(parameters, "page")));
    }

    CatalogueSearch toSearch() {
        return new CatalogueSearch(q, platform, topic, level == null ? null : Level.valueOf(level), language,
                length == null ? null : LENGTHS.get(length), fresh == null ? null : RECENCIES.get(fresh),
                sort == null ? null : SORTS.get(sort), page);
    }

    boolean hasFilters() {
        return q != null || platform != null || topic != null || level != null || language != null || length != null
                || fresh != null;
    }

    SearchParameters atPage(int page) {
        return new SearchParameters(q, platform, topic, level, language, length, fresh, sort, page);
    }

    /** The same search without one parameter, from the first page. */
    SearchParameters without(String name) {
        return new SearchParameters(name.equals("q") ? null : q, name.equals("platform") ? null : platform,
                name.equals("topic") ? null : topic, name.equals("level") ? null : level,
                name.equals("language") ? null : language, name.equals("length") ? null : length,
                name.equals("fresh") ? null : fresh, name.equals("sort") ? null : sort, 1);
    }

    /** The address of this search; parameters left at "any" (and page 1) are omitted. */
    String href() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("q", q);
        values.put("platform", platform);
        values.put("topic", topic);
        values.put("level", level);
        values.put("language", language);
        values.put("length", length);
        values.put("fresh", fresh);
        values.put("sort", sort);
        values.put("page", page == 1 ? null : String.valueOf(page));
        String query = values.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? PATH : PATH + "?" + query;
    }

    private static boolean isLevel(String name) {
        for (Level level : Level.values()) {
            if (level.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static String known(HttpParameters parameters, String name, Map<String, ?> allowed) {
        String value = value(parameters, name);
        if (value == null) {
            return null;
        }
        String code = value.toLowerCase(Locale.ROOT);
        if (!allowed.containsKey(code)) {
            throw new InvalidSearchException(name);
        }
        return code;
    }

    private static int page(String value) {
        if (value == null) {
            return 1;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidSearchException("page");
        }
    }

    private static String value(HttpParameters parameters, String name) {
        String value = parameters.getFirst(name).orElse(null);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
