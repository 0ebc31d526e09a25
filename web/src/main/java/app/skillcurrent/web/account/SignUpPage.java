package app.skillcurrent.web.account;

import app.skillcurrent.core.account.SignUpRequest;
import app.skillcurrent.web.view.FieldErrors;
import app.skillcurrent.web.view.Page;

/** The sign-up form, empty or as it was sent with what is wrong. */
record SignUpPage(SignUpRequest form, FieldErrors errors) implements Page {

    static SignUpPage empty(String language) {
        return new SignUpPage(new SignUpRequest("", "", null, language, null), FieldErrors.NONE);
    }

    @Override
    public String view() {
        return "account/signup";
    }
}
