package app.skillcurrent.core.account;

/** Email and password do not match an account. Deliberately says no more than that. */
public class InvalidCredentialsException extends RuntimeException {
    public InvalidCredentialsException() {
        super("Email or password is wrong");
    }
}
