package app.skillcurrent.web.security;

/** A state-changing request without this browser's CSRF token: answered 403 with its own explanation. */
public class CsrfRejectedException extends RuntimeException {

    public CsrfRejectedException() {
        super("CSRF token missing or not this browser's", null, false, false);
    }
}
