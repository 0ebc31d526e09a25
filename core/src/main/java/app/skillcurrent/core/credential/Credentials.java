package app.skillcurrent.core.credential;

import app.skillcurrent.content.revision.CourseRevision;
import app.skillcurrent.content.revision.Revisions;
import app.skillcurrent.core.certificate.CertificateView;
import app.skillcurrent.core.certificate.Certificates;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;

/**
 * Verifiable credentials for certificates and the status lists that say which of them are revoked or
 * suspended, signed as VC-JOSE-COSE JWTs: the credential itself is the JWT payload, the header carries
 * {@code typ: vc+jwt}, {@code cty: vc} and the key id published at {@code /.well-known/jwks.json}.
 */
@Singleton
public class Credentials {

    public static final String MEDIA_TYPE = "application/vc+jwt";
    static final JOSEObjectType VC_JWT = new JOSEObjectType("vc+jwt");

    private final Issuer issuer;
    private final SigningKeys keys;
    private final Certificates certificates;
    private final Revisions revisions;
    private final JsonMapper json;
    private final Clock clock;

    Credentials(Issuer issuer, SigningKeys keys, Certificates certificates, Revisions revisions, JsonMapper json,
                Clock clock) {
        this.issuer = issuer;
        this.keys = keys;
        this.certificates = certificates;
        this.revisions = revisions;
        this.json = json;
        this.clock = clock;
    }

    /** The certificate as an unsigned OpenBadgeCredential. */
    public Map<String, Object> openBadge(CertificateView certificate) {
        String summary = revisions.courseRevision(certificate.certificate().courseRevisionId())
                .map(CourseRevision::summary).orElse(null);
        return OpenBadges.credential(issuer, certificate, summary);
    }

    /** The certificate as a signed OpenBadgeCredential (compact JWS). */
    public String signedOpenBadge(CertificateView certificate) {
        return sign(openBadge(certificate));
    }

    /** The status list credential of that purpose as it stands now. */
    public Map<String, Object> statusList(StatusPurpose purpose) {
        String encoded = Bitstrings.encode(certificates.statusIndexes(purpose.state()), Certificates.STATUS_LIST_SIZE);
        return OpenBadges.statusList(issuer, purpose, encoded, clock.instant());
    }

    public String signedStatusList(StatusPurpose purpose) {
        return sign(statusList(purpose));
    }

    /** The issuer's public keys as a JWK set. */
    public Map<String, Object> publicKeys() {
        return keys.publicKeys().toJSONObject(true);
    }

    private String sign(Map<String, Object> claims) {
        ECKey key = keys.signingKey();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).type(VC_JWT)
                .contentType("vc").build();
        try {
            JWSObject jws = new JWSObject(header, new Payload(json.writeValueAsString(claims)));
            jws.sign(new ECDSASigner(key));
            return jws.serialize();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a credential", e);
        }
    }
}
