package app.skillcurrent.core.credential;

import app.skillcurrent.core.certificate.Certificate;
import app.skillcurrent.core.certificate.CertificateView;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A certificate as an Open Badges 3.0 {@code OpenBadgeCredential} on the W3C Verifiable Credentials 2.0 data
 * model, with a revocation and a suspension entry on the Bitstring status lists. See docs/adr/0007.
 */
final class OpenBadges {

    static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    static final String OB_SCHEMA = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

    private OpenBadges() {
    }

    static Map<String, Object> credential(Issuer issuer, CertificateView view, String courseSummary) {
        Certificate certificate = view.certificate();
        String version = certificate.version().toString();
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
        credential.put("id", issuer.certificateUrl(certificate.publicId()));
        credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        credential.put("name", certificate.courseTitle() + " (version " + version + ")");
        credential.put("issuer", issuer.profileReference());
        credential.put("validFrom", timestamp(certificate.issuedAt()));
        if (certificate.validUntil() != null) {
            credential.put("validUntil", timestamp(certificate.validUntil()));
        }
        credential.put("awardedDate", timestamp(certificate.awardedAt()));

        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("type", "IdentityObject");
        identity.put("identityHash", certificate.holderName());
        identity.put("identityType", "name");
        // the verification page shows the name in plain text anyway, so hashing it here would hide nothing
        identity.put("hashed", false);

        Map<String, Object> criteria = new LinkedHashMap<>();
        criteria.put("narrative", "Completed every lesson of version " + version
                + " of the course and passed its final exam.");
        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", issuer.courseUrl(view.courseSlug()) + "#version-" + version);
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "Certificate");
        achievement.put("name", certificate.courseTitle());
        achievement.put("description", courseSummary == null || courseSummary.isBlank() ? certificate.courseTitle() : courseSummary);
        achievement.put("criteria", criteria);
        achievement.put("version", version);
        achievement.put("creator", issuer.profileReference());

        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", List.of("AchievementSubject"));
        subject.put("identifier", List.of(identity));
        subject.put("achievement", achievement);
        credential.put("credentialSubject", subject);

        List<Map<String, Object>> status = new ArrayList<>();
        for (StatusPurpose purpose : StatusPurpose.values()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", issuer.statusListUrl(purpose) + "#" + certificate.statusIndex());
            entry.put("type", "BitstringStatusListEntry");
            entry.put("statusPurpose", purpose.value());
            entry.put("statusListIndex", String.valueOf(certificate.statusIndex()));
            entry.put("statusListCredential", issuer.statusListUrl(purpose));
            status.add(entry);
        }
        credential.put("credentialStatus", status);
        credential.put("credentialSchema", List.of(Map.of("id", OB_SCHEMA, "type", "1EdTechJsonSchemaValidator2019")));
        return credential;
    }

    static Map<String, Object> statusList(Issuer issuer, StatusPurpose purpose, String encodedList, Instant now) {
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", issuer.statusListUrl(purpose) + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", purpose.value());
        subject.put("encodedList", encodedList);
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of(VC_CONTEXT));
        credential.put("id", issuer.statusListUrl(purpose));
        credential.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
        credential.put("issuer", issuer.profileUrl());
        credential.put("validFrom", timestamp(now));
        credential.put("credentialSubject", subject);
        return credential;
    }

    static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
