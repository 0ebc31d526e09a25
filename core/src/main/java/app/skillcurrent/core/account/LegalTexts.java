package app.skillcurrent.core.account;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The installation's own terms of use and privacy notice, {@code app.legal.*}, which a person accepts when
 * signing up (defaults in application.yml: placeholder pages of this server, for the operator to replace).
 * A missing or wrong value stops the start with the key in the message.
 *
 * @param version    what the acceptance is stored with; change it when the texts change
 * @param termsUrl   a path on this server or an {@code http(s)} URL; {@code {language}} in it becomes the reader's
 *                   language ({@code en}, {@code de}, {@code da}), so each language can have its own text
 * @param privacyUrl the same for the privacy notice
 */
@Context
@ConfigurationProperties("app.legal")
public record LegalTexts(
        @NotBlank(message = "app.legal.version must be set")
        @Size(max = 64, message = "app.legal.version must be at most 64 characters, not {validatedValue}")
        String version,
        @NotBlank(message = "app.legal.terms-url must be set")
        @Pattern(regexp = LINK, message = "app.legal.terms-url must be a path on this server such as /legal/terms/{language}, or an http(s) URL, not {validatedValue}")
        String termsUrl,
        @NotBlank(message = "app.legal.privacy-url must be set")
        @Pattern(regexp = LINK, message = "app.legal.privacy-url must be a path on this server such as /legal/privacy/{language}, or an http(s) URL, not {validatedValue}")
        String privacyUrl) {

    /** A path on this server (not {@code //host}, which leaves it) or an absolute http(s) URL. */
    static final String LINK = "(/(?!/)|https?://)\\S*";
    private static final String LANGUAGE = "{language}";

    /** Where the terms in that language are. */
    public String termsUrl(String language) {
        return termsUrl.replace(LANGUAGE, language);
    }

    /** Where the privacy notice in that language is. */
    public String privacyUrl(String language) {
        return privacyUrl.replace(LANGUAGE, language);
    }
}
