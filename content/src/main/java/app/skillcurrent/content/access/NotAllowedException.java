package app.skillcurrent.content.access;

/** The editor may not do this to this content. */
public class NotAllowedException extends RuntimeException {
    public NotAllowedException() {
        super("Not allowed");
    }
}
