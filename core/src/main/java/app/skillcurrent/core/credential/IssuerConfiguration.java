package app.skillcurrent.core.credential;

import app.skillcurrent.content.support.validation.HttpUrl;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Who issues credentials and where strangers reach the platform, {@code app.public-url} and
 * {@code app.issuer-name}, read when the application starts (defaults in application.yml, where
 * {@code PUBLIC_URL} sets the first); a missing or wrong value stops it with the key in the message.
 *
 * @param publicUrl  the address every link in a credential, QR code or share link starts with
 * @param issuerName the issuer's name inside credentials
 */
@Context
@ConfigurationProperties("app")
record IssuerConfiguration(
        @NotNull(message = "app.public-url must be set")
        @HttpUrl(message = "app.public-url (PUBLIC_URL) must be an absolute http or https URL such as https://learn.example.com, not {validatedValue}")
        String publicUrl,
        @NotBlank(message = "app.issuer-name must not be blank")
        String issuerName) {
}
