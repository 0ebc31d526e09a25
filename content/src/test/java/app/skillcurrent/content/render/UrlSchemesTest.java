package app.skillcurrent.content.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlSchemesTest {

    @ParameterizedTest
    @CsvSource({
            "https://example.com/a, true, true",
            "HTTP://example.com, true, true",
            "//cdn.example/x, true, true",
            "/lessons/1, false, true",
            "../a:b, false, true",
            "page?x=a:b, false, true",
            "#top, false, true",
            "mailto:a@b.example, false, false",
            "ftp://example.com, false, false",
    })
    void classifiesUrls(String url, boolean external, boolean imageSource) {
        assertEquals(external, UrlSchemes.isExternalWebLink(url), "external");
        assertEquals(imageSource, UrlSchemes.isImageSource(url), "image source");
    }
}
