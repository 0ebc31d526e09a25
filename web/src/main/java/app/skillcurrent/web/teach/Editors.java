package app.skillcurrent.web.teach;

import app.skillcurrent.content.access.Editor;
import app.skillcurrent.content.access.NotAllowedException;
import app.skillcurrent.web.security.CurrentAccount;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/** The signed-in person as an editor of content; only instructors and admins get one. */
@Singleton
public class Editors {

    private final CurrentAccount currentAccount;

    Editors(CurrentAccount currentAccount) {
        this.currentAccount = currentAccount;
    }

    public Editor of(HttpRequest<?> request) {
        Editor editor = currentAccount.require(request).editor();
        if (!editor.instructor() && !editor.admin()) {
            throw new NotAllowedException();
        }
        return editor;
    }
}
