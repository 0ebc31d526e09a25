package app.skillcurrent.web.view;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every text exists in every language, so no page shows a raw key or silently falls back to English. */
class MessageBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"de", "da"})
    void everyKeyIsTranslated(String language) throws IOException {
        Properties english = load("/i18n/messages.properties");
        Properties other = load("/i18n/messages_" + language + ".properties");
        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(other.stringPropertyNames());
        Set<String> extra = new TreeSet<>(other.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        assertEquals(Set.of(), missing, "missing in " + language);
        assertEquals(Set.of(), extra, "only in " + language);
        other.stringPropertyNames().forEach(key -> assertTrue(!other.getProperty(key).isBlank(), key + " is empty"));
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
