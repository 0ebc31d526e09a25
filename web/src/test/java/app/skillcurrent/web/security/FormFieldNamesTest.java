package app.skillcurrent.web.security;

import app.skillcurrent.testing.DatabaseTest;
import app.skillcurrent.testing.WebSession;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form whose field names index a list backwards ({@code x[1].a} then {@code x[0].b}) used to make the
 * framework's binder grow a list until the server ran out of memory; it is now refused at once.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormFieldNamesTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;

    @Test
    void listIndexedFieldNamesAreRefusedAndTheServerCarriesOn() {
        WebSession visitor = new WebSession(server.getURI());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("email", "index@example.com");
        fields.put("x[1].a", "1");
        fields.put("x[0].b", "2");
        HttpResponse<String> refused = visitor.post("/signup", fields);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("<h1");

        assertThat(visitor.get("/health").statusCode()).isEqualTo(200);
        Map<String, String> plain = new LinkedHashMap<>();
        plain.put("email", "");
        assertThat(visitor.post("/signup", plain).statusCode()).as("ordinary forms still work").isEqualTo(422);
    }
}
