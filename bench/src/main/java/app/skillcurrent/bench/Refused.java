package app.skillcurrent.bench;

/** A precondition failed: nothing was written. */
final class Refused extends RuntimeException {
    Refused(String message) {
        super(message);
    }
}
