package app.skillcurrent.web.view;

import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Template;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import app.skillcurrent.testing.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Templates are parsed once: the renderer's engine hands back the same compiled template every time. */
@MicronautTest(startApplication = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TemplateCacheTest implements DatabaseTest {

    @Inject
    Handlebars handlebars;

    @Test
    void compilingTwiceReturnsTheCachedTemplate() throws Exception {
        Template first = handlebars.compile("views/home/index");
        Template second = handlebars.compile("views/home/index");
        assertThat(second).as("the second compilation of views/home/index is the cached template, not a new parse")
                .isSameAs(first);
    }
}
