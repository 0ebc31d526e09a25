package app.skillcurrent.web.certificate;

import app.skillcurrent.core.credential.Credentials;
import app.skillcurrent.core.credential.Issuer;
import app.skillcurrent.core.credential.StatusPurpose;
import app.skillcurrent.web.http.Json;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.Map;

/**
 * What a verifier needs besides the credential: the issuer's profile, its public keys, and the signed
 * status lists that say which certificates are revoked or suspended right now.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class IssuerController {

    private final Credentials credentials;
    private final Issuer issuer;

    IssuerController(Credentials credentials, Issuer issuer) {
        this.credentials = credentials;
        this.issuer = issuer;
    }

    @Get("/.well-known/jwks.json") @Json
    HttpResponse<Map<String, Object>> jwks() {
        return HttpResponse.ok(credentials.publicKeys()).header(HttpHeaders.CACHE_CONTROL, "max-age=3600");
    }

    @Get("/issuer") @Json
    HttpResponse<Map<String, Object>> profile() {
        return HttpResponse.ok(issuer.profile());
    }

    /** Signed as a credential itself; an unknown list is answered in JSON, so this route names both formats. */
    @Get(value = "/status/{purpose}", produces = {Credentials.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> statusList(@PathVariable String purpose) {
        return StatusPurpose.of(purpose)
                .<HttpResponse<?>>map(p -> HttpResponse.ok(credentials.signedStatusList(p))
                        .contentType(Credentials.MEDIA_TYPE).header(HttpHeaders.CACHE_CONTROL, CertificateController.NO_CACHE))
                .orElseGet(() -> CertificateJson.notFound("No such status list"));
    }
}
