package app.skillcurrent.web.certificate;

import app.skillcurrent.content.fixture.ContentFixtures.Published;
import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.certificate.CertificateAdministration;
import app.skillcurrent.core.certificate.CertificateAdministration.Action;
import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.certificate.Certificates;
import app.skillcurrent.core.fixture.CoreFixtures;
import app.skillcurrent.core.progress.Progress;
import app.skillcurrent.testing.DatabaseTest;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The certificate as a verifier's software sees it: an Open Badges 3.0 credential signed as a VC-JWT with a
 * key published at /.well-known/jwks.json, and Bitstring status lists that flip when it is revoked or
 * suspended. Everything is fetched over HTTP from the URLs inside the credential, as a verifier would.
 *
 * <p>The official OB 3.0 JSON schema is not available offline here, so the credential is checked field by
 * field against what the specification requires instead of by schema validation.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CredentialTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    CoreFixtures fixtures;
    @Inject
    Progress progress;
    @Inject
    Certificates certificates;
    @Inject
    CertificateAdministration administration;

    private String base;
    private Published course;

    @Override
    public Map<String, String> extraProperties() {
        return CertificateFixtures.serverWithPublicUrl();
    }

    @BeforeAll
    void course() {
        course = fixtures.course("LinkedIn newsletters", 24, 90);
        base = server.getURL().toString();
    }

    private CertificateView graduate(String name) {
        Account learner = fixtures.graduate(name, course);
        return certificates.ofHolder(learner.id()).get(0);
    }

    /** Fetches a JWT and checks its signature with the issuer's published key, as a verifier would. */
    private Map<String, Object> verified(String url) throws ParseException, JOSEException {
        HttpResponse<byte[]> response = Http.get(url, "application/vc+jwt");
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/vc+jwt");
        JWSObject jws = JWSObject.parse(new String(response.body(), StandardCharsets.US_ASCII));
        assertThat(jws.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(jws.getHeader().getType().getType()).isEqualTo("vc+jwt");
        assertThat(jws.getHeader().getContentType()).isEqualTo("vc");
        String kid = jws.getHeader().getKeyID();
        assertThat(kid).isNotNull();

        JWKSet published = JWKSet.parse(Http.text(base + "/.well-known/jwks.json", "application/json"));
        JWK key = published.getKeyByKeyId(kid);
        assertThat(key).as("the signing key is published").isNotNull();
        assertThat(key.isPrivate()).as("only the public part is published").isFalse();
        assertThat(jws.verify(new ECDSAVerifier(key.toECKey().toECPublicKey()))).as("the signature checks out").isTrue();
        return jws.getPayload().toJSONObject();
    }

    @Test
    void theCredentialIsASignedOpenBadgeWithEveryRequiredField() throws Exception {
        CertificateView certificate = graduate("Ærøskøbing Ålborg");
        String url = base + "/certificates/" + certificate.publicId();
        Map<String, Object> vc = verified(url + ".jwt");

        assertThat(vc.get("@context")).isEqualTo(List.of("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
        assertThat(vc.get("id")).isEqualTo(url);
        assertThat(vc.get("type")).isEqualTo(List.of("VerifiableCredential", "OpenBadgeCredential"));
        assertThat(vc.get("name")).isEqualTo("LinkedIn newsletters (version 1.0)");
        Map<?, ?> issuer = (Map<?, ?>) vc.get("issuer");
        assertThat(issuer.get("id")).isEqualTo(base + "/issuer");
        assertThat(issuer.get("type")).isEqualTo(List.of("Profile"));
        assertThat(issuer.get("name")).isEqualTo("Skillcurrent");
        assertThat(issuer.get("url")).isEqualTo(base);
        Instant validFrom = Instant.parse((String) vc.get("validFrom"));
        Instant validUntil = Instant.parse((String) vc.get("validUntil"));
        assertThat(validUntil).as("24 months of validity").isAfter(validFrom.plusSeconds(700L * 24 * 3600));
        assertThat(Instant.parse((String) vc.get("awardedDate"))).isNotNull();

        Map<?, ?> subject = (Map<?, ?>) vc.get("credentialSubject");
        assertThat(subject.get("type")).isEqualTo(List.of("AchievementSubject"));
        Map<?, ?> identity = (Map<?, ?>) ((List<?>) subject.get("identifier")).get(0);
        assertThat(identity.get("type")).isEqualTo("IdentityObject");
        assertThat(identity.get("identityType")).isEqualTo("name");
        assertThat(identity.get("hashed")).isEqualTo(false);
        assertThat(identity.get("identityHash")).isEqualTo("Ærøskøbing Ålborg");
        Map<?, ?> achievement = (Map<?, ?>) subject.get("achievement");
        assertThat(achievement.get("id")).isEqualTo(base + "/courses/" + course.slug() + "#version-1.0");
        assertThat(achievement.get("type")).isEqualTo(List.of("Achievement"));
        assertThat(achievement.get("name")).isEqualTo("LinkedIn newsletters");
        assertThat(achievement.get("description")).isEqualTo("Reach people who never followed you.");
        assertThat((String) ((Map<?, ?>) achievement.get("criteria")).get("narrative")).contains("version 1.0");
        assertThat(achievement.get("version")).isEqualTo("1.0");

        List<?> status = (List<?>) vc.get("credentialStatus");
        assertThat(status).hasSize(2);
        for (Object item : status) {
            Map<?, ?> entry = (Map<?, ?>) item;
            String purpose = (String) entry.get("statusPurpose");
            assertThat(purpose).isIn("revocation", "suspension");
            assertThat(entry.get("type")).isEqualTo("BitstringStatusListEntry");
            assertThat(entry.get("statusListIndex")).isEqualTo(String.valueOf(certificate.certificate().statusIndex()));
            assertThat(entry.get("statusListCredential")).isEqualTo(base + "/status/" + purpose);
            assertThat(entry.get("id")).isEqualTo(base + "/status/" + purpose + "#" + certificate.certificate().statusIndex());
        }
        Map<?, ?> schema = (Map<?, ?>) ((List<?>) vc.get("credentialSchema")).get(0);
        assertThat(schema.get("type")).isEqualTo("1EdTechJsonSchemaValidator2019");

        Map<String, Object> profile = Http.json(Http.text(base + "/issuer", "application/json"));
        assertThat(profile.get("id")).isEqualTo(issuer.get("id"));
        assertThat(profile.get("type")).isEqualTo(List.of("Profile"));
        assertThat(profile.get("name")).isEqualTo("Skillcurrent");
    }

    @Test
    void theStatusListsShowRevocationAndSuspensionAtOnce() throws Exception {
        CertificateView certificate = graduate("Status Watcher");
        CertificateView bystander = graduate("Bystander");
        int index = certificate.certificate().statusIndex();
        assertThat(index).as("every certificate has its own index").isNotEqualTo(bystander.certificate().statusIndex());
        String revocation = statusListUrl(certificate, "revocation");
        String suspension = statusListUrl(certificate, "suspension");
        assertThat(bit(revocation, index)).as("not revoked").isFalse();
        assertThat(bit(suspension, index)).as("not suspended").isFalse();

        administration.change(course.instructor(), certificate.publicId(), Action.SUSPEND, "Under review: copied answers?");
        assertThat(bit(suspension, index)).as("suspended").isTrue();
        assertThat(bit(revocation, index)).as("not revoked").isFalse();

        administration.change(course.instructor(), certificate.publicId(), Action.REINSTATE, "Review found nothing wrong.");
        assertThat(bit(suspension, index)).as("reinstated").isFalse();

        administration.change(course.instructor(), certificate.publicId(), Action.REVOKE, "Exam taken by someone else.");
        assertThat(bit(revocation, index)).as("revoked").isTrue();
        assertThat(bit(suspension, index)).as("not suspended").isFalse();
        int other = bystander.certificate().statusIndex();
        assertThat(bit(revocation, other)).as("nobody else is affected").isFalse();
    }

    private String statusListUrl(CertificateView certificate, String purpose) throws Exception {
        Map<String, Object> vc = verified(base + "/certificates/" + certificate.publicId() + ".jwt");
        return ((List<?>) vc.get("credentialStatus")).stream().map(e -> (Map<?, ?>) e)
                .filter(e -> purpose.equals(e.get("statusPurpose"))).map(e -> (String) e.get("statusListCredential"))
                .findFirst().orElseThrow();
    }

    /** Reads one bit of a status list fetched and verified over HTTP. */
    private boolean bit(String statusListUrl, int index) throws Exception {
        Map<String, Object> list = verified(statusListUrl);
        assertThat(list.get("type")).isEqualTo(List.of("VerifiableCredential", "BitstringStatusListCredential"));
        assertThat(list.get("id")).isEqualTo(statusListUrl);
        Map<?, ?> subject = (Map<?, ?>) list.get("credentialSubject");
        assertThat(subject.get("type")).isEqualTo("BitstringStatusList");
        assertThat(subject.get("statusPurpose")).isEqualTo(statusListUrl.substring(statusListUrl.lastIndexOf('/') + 1));
        assertThat(subject.get("encodedList")).isInstanceOf(String.class);
        String encoded = (String) subject.get("encodedList");
        assertThat(encoded).as("multibase base64url").startsWith("u");
        byte[] bits;
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded.substring(1))))) {
            bits = gzip.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(bits.length).as("at least 16 KB, so one list hides who was revoked").isGreaterThanOrEqualTo(16 * 1024);
        return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
    }

    @Test
    void theSigningKeyIsMadeOnceAndKeptInTheDatabase() throws ParseException, JOSEException {
        JWKSet first = JWKSet.parse(Http.text(base + "/.well-known/jwks.json", "application/json"));
        JWKSet second = JWKSet.parse(Http.text(base + "/.well-known/jwks.json", "application/json"));
        assertThat(first.getKeys()).hasSize(1);
        assertThat(second.getKeys().get(0).getKeyID()).isEqualTo(first.getKeys().get(0).getKeyID());
        ECKey key = first.getKeys().get(0).toECKey();
        assertThat(key.getCurve().getName()).isEqualTo("P-256");
        assertThat(key.getKeyID()).as("the key id is the JWK thumbprint").isEqualTo(key.computeThumbprint().toString());
        assertThat(Http.get(base + "/status/nonsense", "application/vc+jwt").statusCode()).isEqualTo(404);
    }
}
