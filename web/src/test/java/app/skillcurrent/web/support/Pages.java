package app.skillcurrent.web.support;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.http.HttpResponse;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages read as a person reads them: parsed with jsoup, a form's refusal found where the person finds it. */
public final class Pages {

    private Pages() {
    }

    public static Document parse(HttpResponse<String> response) {
        return Jsoup.parse(response.body());
    }

    /**
     * The message shown under a field of a re-rendered form, after checking that the error summary above the
     * form links to that field and that the link lands on it.
     */
    public static String fieldError(HttpResponse<String> response, String field) {
        Document page = parse(response);
        assertThat(page.select(".error-summary a[href=#" + field + "]")).as("the summary links to " + field).hasSize(1);
        assertThat(page.select("#" + field)).as("the link lands on the field").hasSize(1);
        Element error = page.selectFirst("#" + field + "-error");
        assertThat(error).as("a message under %s in: %s", field, page.select("main").text()).isNotNull();
        return error.text();
    }

    /** The text of the flash message the layout shows once after an action, if there is one. */
    public static Optional<String> flash(Document page) {
        return Optional.ofNullable(page.selectFirst("main .flash")).map(Element::text);
    }

    /** Where a redirect sends the browser. */
    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("no Location header on a " + response.statusCode()));
    }
}
