package app.skillcurrent.web.security;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.PostponedRequestArgumentBinder;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.AuthorizationException;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * A controller method that takes a {@link SignedIn} argument is for signed-in people: the argument is the
 * account behind the session. Without one the request is unauthorised (browsers are sent to sign in); a
 * {@code @Nullable SignedIn} argument is null for visitors instead. Bound after the security filter, on the
 * route's executor, because it reads the account from the database.
 */
@Singleton
class SignedInBinder implements TypedRequestArgumentBinder<SignedIn>, PostponedRequestArgumentBinder<SignedIn> {

    private final CurrentAccount currentAccount;

    SignedInBinder(CurrentAccount currentAccount) {
        this.currentAccount = currentAccount;
    }

    @Override
    public Argument<SignedIn> argumentType() {
        return Argument.of(SignedIn.class);
    }

    @Override
    public BindingResult<SignedIn> bind(ArgumentConversionContext<SignedIn> context, HttpRequest<?> source) {
        Optional<SignedIn> signedIn = currentAccount.of(source);
        if (signedIn.isEmpty() && !context.getArgument().isNullable()) {
            throw new AuthorizationException(null);
        }
        return () -> signedIn;
    }
}
