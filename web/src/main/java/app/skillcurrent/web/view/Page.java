package app.skillcurrent.web.view;

/**
 * A page's model: one record per page, holding exactly what its template shows. The layout's common part
 * (language, the signed-in person, the CSRF token, the flash message) is not repeated here: {@link Layouts}
 * builds it once per request and templates read it from the enclosing context.
 *
 * <p>A controller returns the record (or an {@code HttpResponse} carrying it); {@link PageViewsResolver} picks
 * the template {@link #view()} names and {@link PageViewsRenderer} renders it.
 */
public interface Page {

    /** The template under {@code views/}, without its extension, for example {@code "account/signup"}. */
    String view();
}
