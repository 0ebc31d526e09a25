package app.skillcurrent.core.catalogue;

/**
 * A catalogue request that cannot be answered as asked (an unknown platform, a page below 1, a text too
 * long): the caller sent something no form of ours produces.
 */
public class InvalidSearchException extends RuntimeException {

    private final String parameter;

    public InvalidSearchException(String parameter) {
        super("Invalid catalogue parameter: " + parameter);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
