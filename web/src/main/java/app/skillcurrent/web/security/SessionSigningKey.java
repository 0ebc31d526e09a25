package app.skillcurrent.web.security;

import app.skillcurrent.core.secret.ServerSecrets;
import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.Factory;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.util.Base64;

/**
 * Signs the session cookie (a JWT) with a key the servers make on first start and share through the
 * database, so no secret lives in configuration or in the repository.
 */
@Factory
public class SessionSigningKey {

    @Singleton
    @Named("generator")
    SignatureGeneratorConfiguration sessionSignature(ServerSecrets secrets) {
        SecretSignatureConfiguration config = new SecretSignatureConfiguration("generator");
        config.setJwsAlgorithm(JWSAlgorithm.HS256);
        config.setSecret(Base64.getEncoder().encodeToString(secrets.secret("session-jwt", 64)));
        config.setBase64(true);
        return new SecretSignature(config);
    }
}
