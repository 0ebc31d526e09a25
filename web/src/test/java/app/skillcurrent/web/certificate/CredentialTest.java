package app.skillcurrent.web.certificate;

import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.certificate.CertificateAdministration;
import app.skillcurrent.core.certificate.CertificateAdministration.Action;
import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.certificate.Certificates;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    CertificateFixtures fixtures;
    @Inject
    Progress progress;
    @Inject
    Certificates certificates;
    @Inject
    CertificateAdministration administration;

    private String base;
    private CertificateFixtures.Published course;

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
        assertEquals(200, response.statusCode(), url);
        assertEquals("application/vc+jwt", response.headers().firstValue("Content-Type").orElse(""));
        JWSObject jws = JWSObject.parse(new String(response.body(), StandardCharsets.US_ASCII));
        assertEquals(JWSAlgorithm.ES256, jws.getHeader().getAlgorithm());
        assertEquals("vc+jwt", jws.getHeader().getType().getType());
        assertEquals("vc", jws.getHeader().getContentType());
        String kid = jws.getHeader().getKeyID();
        assertNotNull(kid);

        JWKSet published = JWKSet.parse(Http.text(base + "/.well-known/jwks.json", "application/json"));
        JWK key = published.getKeyByKeyId(kid);
        assertNotNull(key, "the signing key is published");
        assertFalse(key.isPrivate(), "only the public part is published");
        assertTrue(jws.verify(new ECDSAVerifier(key.toECKey().toECPublicKey())), "the signature checks out");
        return jws.getPayload().toJSONObject();
    }

    @Test
    void theCredentialIsASignedOpenBadgeWithEveryRequiredField() throws Exception {
        CertificateView certificate = graduate("Ærøskøbing Ålborg");
        String url = base + "/certificates/" + certificate.publicId();
        Map<String, Object> vc = verified(url + ".jwt");

        assertEquals(List.of("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
                vc.get("@context"));
        assertEquals(url, vc.get("id"));
        assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"), vc.get("type"));
        assertEquals("LinkedIn newsletters (version 1.0)", vc.get("name"));
        Map<?, ?> issuer = (Map<?, ?>) vc.get("issuer");
        assertEquals(base + "/issuer", issuer.get("id"));
        assertEquals(List.of("Profile"), issuer.get("type"));
        assertEquals("Skillcurrent", issuer.get("name"));
        assertEquals(base, issuer.get("url"));
        Instant validFrom = Instant.parse((String) vc.get("validFrom"));
        Instant validUntil = Instant.parse((String) vc.get("validUntil"));
        assertTrue(validUntil.isAfter(validFrom.plusSeconds(700L * 24 * 3600)), "24 months of validity");
        assertNotNull(Instant.parse((String) vc.get("awardedDate")));

        Map<?, ?> subject = (Map<?, ?>) vc.get("credentialSubject");
        assertEquals(List.of("AchievementSubject"), subject.get("type"));
        Map<?, ?> identity = (Map<?, ?>) ((List<?>) subject.get("identifier")).get(0);
        assertEquals("IdentityObject", identity.get("type"));
        assertEquals("name", identity.get("identityType"));
        assertEquals(false, identity.get("hashed"));
        assertEquals("Ærøskøbing Ålborg", identity.get("identityHash"));
        Map<?, ?> achievement = (Map<?, ?>) subject.get("achievement");
        assertEquals(base + "/courses/" + course.slug() + "#version-1.0", achievement.get("id"));
        assertEquals(List.of("Achievement"), achievement.get("type"));
        assertEquals("LinkedIn newsletters", achievement.get("name"));
        assertEquals("Reach people who never followed you.", achievement.get("description"));
        assertTrue(((String) ((Map<?, ?>) achievement.get("criteria")).get("narrative")).contains("version 1.0"));
        assertEquals("1.0", achievement.get("version"));

        List<?> status = (List<?>) vc.get("credentialStatus");
        assertEquals(2, status.size());
        for (Object item : status) {
            Map<?, ?> entry = (Map<?, ?>) item;
            String purpose = (String) entry.get("statusPurpose");
            assertTrue(purpose.equals("revocation") || purpose.equals("suspension"), purpose);
            assertEquals("BitstringStatusListEntry", entry.get("type"));
            assertEquals(String.valueOf(certificate.certificate().statusIndex()), entry.get("statusListIndex"));
            assertEquals(base + "/status/" + purpose, entry.get("statusListCredential"));
            assertEquals(base + "/status/" + purpose + "#" + certificate.certificate().statusIndex(), entry.get("id"));
        }
        Map<?, ?> schema = (Map<?, ?>) ((List<?>) vc.get("credentialSchema")).get(0);
        assertEquals("1EdTechJsonSchemaValidator2019", schema.get("type"));

        Map<String, Object> profile = Http.json(Http.text(base + "/issuer", "application/json"));
        assertEquals(issuer.get("id"), profile.get("id"));
        assertEquals(List.of("Profile"), profile.get("type"));
        assertEquals("Skillcurrent", profile.get("name"));
    }

    @Test
    void theStatusListsShowRevocationAndSuspensionAtOnce() throws Exception {
        CertificateView certificate = graduate("Status Watcher");
        CertificateView bystander = graduate("Bystander");
        int index = certificate.certificate().statusIndex();
        assertFalse(index == bystander.certificate().statusIndex(), "every certificate has its own index");
        String revocation = statusListUrl(certificate, "revocation");
        String suspension = statusListUrl(certificate, "suspension");
        assertFalse(bit(revocation, index));
        assertFalse(bit(suspension, index));

        administration.change(course.instructor(), certificate.publicId(), Action.SUSPEND, "Under review: copied answers?");
        assertTrue(bit(suspension, index), "suspended");
        assertFalse(bit(revocation, index));

        administration.change(course.instructor(), certificate.publicId(), Action.REINSTATE, "Review found nothing wrong.");
        assertFalse(bit(suspension, index), "reinstated");

        administration.change(course.instructor(), certificate.publicId(), Action.REVOKE, "Exam taken by someone else.");
        assertTrue(bit(revocation, index), "revoked");
        assertFalse(bit(suspension, index));
        int other = bystander.certificate().statusIndex();
        assertFalse(bit(revocation, other), "nobody else is affected");
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
        assertEquals(List.of("VerifiableCredential", "BitstringStatusListCredential"), list.get("type"));
        assertEquals(statusListUrl, list.get("id"));
        Map<?, ?> subject = (Map<?, ?>) list.get("credentialSubject");
        assertEquals("BitstringStatusList", subject.get("type"));
        assertEquals(statusListUrl.substring(statusListUrl.lastIndexOf('/') + 1), subject.get("statusPurpose"));
        String encoded = assertInstanceOf(String.class, subject.get("encodedList"));
        assertTrue(encoded.startsWith("u"), "multibase base64url");
        byte[] bits;
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded.substring(1))))) {
            bits = gzip.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertTrue(bits.length >= 16 * 1024, "at least 16 KB, so one list hides who was revoked");
        return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
    }

    @Test
    void theSigningKeyIsMadeOnceAndKeptInTheDatabase() throws ParseException, JOSEException {
        JWKSet first = JWKSet.parse(Http.text(base + "/.well-known/jwks.json", "application/json"));
        JWKSet second = JWKSet.parse(Http.text(base + "/.well-known/jwks.json", "application/json"));
        assertEquals(1, first.getKeys().size());
        assertEquals(first.getKeys().get(0).getKeyID(), second.getKeys().get(0).getKeyID());
        ECKey key = first.getKeys().get(0).toECKey();
        assertEquals("P-256", key.getCurve().getName());
        assertEquals(key.computeThumbprint().toString(), key.getKeyID(), "the key id is the JWK thumbprint");
        assertEquals(404, Http.get(base + "/status/nonsense", "application/vc+jwt").statusCode());
    }
}
