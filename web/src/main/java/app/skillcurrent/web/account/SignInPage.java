package app.skillcurrent.web.account;

import app.skillcurrent.web.view.Page;
import io.micronaut.core.annotation.Nullable;

/**
 * The sign-in form. A wrong password or too many attempts is not about one field, so it is one message above
 * the form ({@code problemKey}, with the minutes to wait when throttled).
 */
record SignInPage(String email, @Nullable String problemKey, @Nullable Long waitMinutes) implements Page {

    static final SignInPage EMPTY = new SignInPage("", null, null);

    @Override
    public String view() {
        return "account/signin";
    }
}
