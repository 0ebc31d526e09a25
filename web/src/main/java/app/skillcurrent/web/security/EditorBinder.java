package app.skillcurrent.web.security;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.access.NotAllowedException;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.PostponedRequestArgumentBinder;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.AuthorizationException;
import jakarta.inject.Singleton;

/**
 * A controller method that takes an {@link Editor} is for instructors and platform admins: anyone else
 * signed in gets 403, visitors are sent to sign in. Which courses the editor may touch is the content
 * services' decision.
 */
@Singleton
class EditorBinder implements TypedRequestArgumentBinder<Editor>, PostponedRequestArgumentBinder<Editor> {

    private final CurrentAccount currentAccount;

    EditorBinder(CurrentAccount currentAccount) {
        this.currentAccount = currentAccount;
    }

    @Override
    public Argument<Editor> argumentType() {
        return Argument.of(Editor.class);
    }

    @Override
    public BindingResult<Editor> bind(ArgumentConversionContext<Editor> context, HttpRequest<?> source) {
        SignedIn signedIn = currentAccount.of(source).orElseThrow(() -> new AuthorizationException(null));
        Editor editor = signedIn.editor();
        if (!editor.instructor() && !editor.admin()) {
            throw new NotAllowedException();
        }
        return () -> java.util.Optional.of(editor);
    }
}
