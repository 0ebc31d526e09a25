package app.skillcurrent.core.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import app.skillcurrent.core.support.Times;
import jakarta.inject.Singleton;

import java.text.ParseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The issuer's ES256 (P-256) key pair, made on first use and kept in the database as a private JWK, so every
 * server signs with the same key and no key is ever in the repository or configuration. The key id is the
 * JWK thumbprint (RFC 7638). Older keys stay published in the JWK set if a rotation ever adds a slot.
 */
@Singleton
class SigningKeys {

    static final String CURRENT = "current";

    private final KeyRepository keys;
    private final Clock clock;
    private volatile ECKey signing;

    SigningKeys(KeyRepository keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    ECKey signingKey() {
        ECKey key = signing;
        if (key == null) {
            key = loadOrCreate();
            signing = key;
        }
        return key;
    }

    /** Every public key, for {@code /.well-known/jwks.json}. */
    JWKSet publicKeys() {
        signingKey();
        List<JWK> published = new ArrayList<>();
        for (KeyRepository.KeyRow row : keys.all()) {
            published.add(parse(row.privateJwk()).toPublicJWK());
        }
        return new JWKSet(published);
    }

    private ECKey loadOrCreate() {
        if (keys.findBySlot(CURRENT).isEmpty()) {
            ECKey fresh = generate();
            keys.insertIfAbsent(CURRENT, fresh.getKeyID(), fresh.toJSONString(), Times.now(clock));
        }
        return parse(keys.findBySlot(CURRENT).orElseThrow().privateJwk());
    }

    private static ECKey generate() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256)
                    .keyIDFromThumbprint(true).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("P-256 key generation is part of every JDK", e);
        }
    }

    private static ECKey parse(String json) {
        try {
            return ECKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("The stored credential key is not a valid EC JWK", e);
        }
    }
}
