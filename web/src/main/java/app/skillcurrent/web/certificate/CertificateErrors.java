package app.skillcurrent.web.certificate;

import app.skillcurrent.core.certificate.CertificateStateException;
import app.skillcurrent.web.error.ErrorPage;
import app.skillcurrent.web.view.PageRenderer;
import io.micronaut.context.annotation.Factory;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;


/**
 * A certificate action that does not fit its state is a conflict (409), explained in the reader's language.
 * Rendered here, because the views filter does not see what exception handlers return.
 */
@Factory
public class CertificateErrors {

    @Singleton
    ExceptionHandler<CertificateStateException, HttpResponse<?>> conflict(PageRenderer pageRenderer) {
        return (request, e) -> HttpResponse.status(HttpStatus.CONFLICT).contentType(MediaType.TEXT_HTML_TYPE)
                .body(pageRenderer.render(ErrorPage.explained(409, "certificate.conflict.title", e.messageKey(), null), request));
    }
}
