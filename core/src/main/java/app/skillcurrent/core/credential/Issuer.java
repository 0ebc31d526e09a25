package app.skillcurrent.core.credential;

import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who issues the credentials and where they can be checked. Every URL inside a credential, a QR code or a
 * share link starts with {@code app.public-url}, the address strangers reach the platform at; it is taken
 * from configuration, never from a request's Host header, which the requester controls.
 */
@Singleton
public class Issuer {

    private final String baseUrl;
    private final String name;

    Issuer(IssuerConfiguration configuration) {
        String url = configuration.publicUrl();
        this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.name = configuration.issuerName();
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String name() {
        return name;
    }

    public String profileUrl() {
        return baseUrl + "/issuer";
    }

    public String jwksUrl() {
        return baseUrl + "/.well-known/jwks.json";
    }

    /** The public verification page of a certificate; also the credential's id. */
    public String certificateUrl(String publicId) {
        return baseUrl + "/certificates/" + publicId;
    }

    public String statusListUrl(StatusPurpose purpose) {
        return baseUrl + "/status/" + purpose.value();
    }

    public String courseUrl(String slug) {
        return baseUrl + "/courses/" + slug;
    }

    /** The Open Badges issuer profile. */
    public Map<String, Object> profile() {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("@context", List.of(OpenBadges.VC_CONTEXT, OpenBadges.OB_CONTEXT));
        profile.putAll(profileReference());
        profile.put("description", "Training and certification for social-media work, kept current with the platforms.");
        return profile;
    }

    /** The profile as it appears inside a credential's {@code issuer}. */
    Map<String, Object> profileReference() {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("id", profileUrl());
        profile.put("type", List.of("Profile"));
        profile.put("name", name);
        profile.put("url", baseUrl);
        return profile;
    }
}
