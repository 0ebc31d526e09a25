package app.skillcurrent.web.organisation;

import app.skillcurrent.core.organisation.OrganisationRefusedException;
import app.skillcurrent.web.error.ErrorPage;
import app.skillcurrent.web.view.Messages;
import app.skillcurrent.web.view.PageRenderer;
import app.skillcurrent.web.view.RequestLocale;
import io.micronaut.context.annotation.Factory;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * What an organisation's state does not allow, explained: a used, revoked or expired invitation is gone (410),
 * an invitation for another address is not this account's (403), anything else is a conflict (409).
 */
@Factory
public class OrganisationErrors {

    @Singleton
    ExceptionHandler<OrganisationRefusedException, HttpResponse<?>> refused(PageRenderer pageRenderer, Messages messages,
                                                                            RequestLocale requestLocale) {
        return (request, e) -> {
            HttpStatus status = switch (e.kind()) {
                case GONE -> HttpStatus.GONE;
                case NOT_YOURS -> HttpStatus.FORBIDDEN;
                case CONFLICT -> HttpStatus.CONFLICT;
            };
            if (request.getPath().startsWith("/api/")) {
                return HttpResponse.status(status).contentType(MediaType.APPLICATION_JSON_TYPE)
                        .body(Map.of("status", status.getCode(), "message", messages.get(requestLocale.of(request), e.messageKey())));
            }
            String back = request.getPath().startsWith("/organisations/") ? "/organisations" : "/dashboard";
            return HttpResponse.status(status).contentType(MediaType.TEXT_HTML_TYPE).body(pageRenderer.render(
                    ErrorPage.explained(status.getCode(), "organisation.refused.title", e.messageKey(), back), request));
        };
    }
}
