package app.skillcurrent.web.organisation;

import app.skillcurrent.core.organisation.OrganisationRefusedException;
import app.skillcurrent.web.error.ErrorPages;
import app.skillcurrent.web.view.Messages;
import app.skillcurrent.web.view.PageRenderer;
import app.skillcurrent.web.view.RequestLocale;
import io.micronaut.context.annotation.Factory;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;

import java.util.HashMap;
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
            HttpStatus status = switch (e.messageKey()) {
                case "error.invitation.used", "error.invitation.revoked", "error.invitation.expired" -> HttpStatus.GONE;
                case "error.invitation.otherAddress" -> HttpStatus.FORBIDDEN;
                default -> HttpStatus.CONFLICT;
            };
            if (request.getPath().startsWith("/api/")) {
                return HttpResponse.status(status).contentType(MediaType.APPLICATION_JSON_TYPE)
                        .body(Map.of("status", status.getCode(), "message", messages.get(requestLocale.of(request), e.messageKey())));
            }
            Map<String, Object> model = new HashMap<>();
            model.put("status", status.getCode());
            model.put("titleKey", "organisation.refused.title");
            model.put("messageKey", e.messageKey());
            model.put("backUrl", request.getPath().startsWith("/organisations/") ? "/organisations" : "/dashboard");
            return HttpResponse.status(status).contentType(MediaType.TEXT_HTML_TYPE)
                    .body(pageRenderer.render(new ModelAndView<>(ErrorPages.VIEW, model), request));
        };
    }
}
