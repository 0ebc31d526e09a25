package app.skillcurrent.core.credential;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static app.skillcurrent.core.support.Settings.assertStartFails;
import static app.skillcurrent.core.support.Settings.assertStartFailsWithout;
import static app.skillcurrent.core.support.Settings.start;
import static org.assertj.core.api.Assertions.assertThat;

class IssuerConfigurationTest {

    @Test
    void linksStartWithThePublicUrlWithoutItsTrailingSlash() {
        try (ApplicationContext context = start(Map.of("app.public-url", "https://learn.example.com/"))) {
            Issuer issuer = context.getBean(Issuer.class);
            assertThat(issuer.certificateUrl("abc")).isEqualTo("https://learn.example.com/certificates/abc");
            assertThat(issuer.name()).isEqualTo("Skillcurrent");
        }
    }

    @Test
    void aPublicUrlThatIsNotAnAbsoluteWebAddressStopsTheStart() {
        for (String wrong : new String[]{"learn.example.com", "ftp://learn.example.com", "https://", "http://exa mple.com",
                "https://learn.example.com/?from=qr", "/certificates"}) {
            assertStartFails(Map.of("app.public-url", wrong),
                    "app.public-url (PUBLIC_URL) must be an absolute http or https URL such as https://learn.example.com, not " + wrong);
        }
        assertStartFails(Map.of("app.issuer-name", " "), "app.issuer-name must not be blank");
    }

    @Test
    void withoutAPublicUrlOrIssuerNameTheStartStopsNamingIt() {
        assertStartFailsWithout("app.public-url");
        assertStartFailsWithout("app.issuer-name");
    }
}
