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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text exists in every language, so no page shows a raw key or silently falls back to English. */
class MessageBundlesTest {

    /** The number of a {@link java.text.MessageFormat} argument: {@code {0}}, {@code {0,choice,...}}. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @ParameterizedTest
    @ValueSource(strings = {"de", "da"})
    void everyKeyIsTranslated(String language) throws IOException {
        Properties english = load("/i18n/messages.properties");
        Properties other = load("/i18n/messages_" + language + ".properties");
        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(other.stringPropertyNames());
        Set<String> extra = new TreeSet<>(other.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        assertThat(missing).as("keys missing in messages_%s.properties", language).isEmpty();
        assertThat(extra).as("keys only in messages_%s.properties", language).isEmpty();
        assertThat(new TreeSet<>(other.stringPropertyNames())).as("keys with an empty text in messages_%s.properties", language)
                .filteredOn(key -> other.getProperty(key).isBlank())
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "da"})
    void everyTranslationShowsTheSameValuesAsTheEnglishText(String language) throws IOException {
        Properties english = load("/i18n/messages.properties");
        Properties other = load("/i18n/messages_" + language + ".properties");
        assertThat(new TreeSet<>(english.stringPropertyNames()))
                .as("keys whose messages_%s.properties text leaves out or adds a {n} value of the English one", language)
                .filteredOn(other::containsKey)
                .filteredOn(key -> !arguments(english.getProperty(key)).equals(arguments(other.getProperty(key))))
                .isEmpty();
    }

    private static Set<String> arguments(String text) {
        Set<String> numbers = new TreeSet<>();
        Matcher argument = ARGUMENT.matcher(text);
        while (argument.find()) {
            numbers.add(argument.group(1));
        }
        return numbers;
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path + " on the class path").isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
