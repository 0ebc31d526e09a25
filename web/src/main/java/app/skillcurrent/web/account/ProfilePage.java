package app.skillcurrent.web.account;

import app.skillcurrent.core.account.ProfileUpdate;
import app.skillcurrent.web.security.SignedIn;
import app.skillcurrent.web.view.FieldErrors;
import app.skillcurrent.web.view.Page;

/** One's profile: the details form (as saved, or as sent), the password form and the sessions button. */
record ProfilePage(String email, ProfileUpdate form, FieldErrors errors) implements Page {

    static ProfilePage of(SignedIn me, FieldErrors errors) {
        return new ProfilePage(me.account().email(), new ProfileUpdate(me.account().displayName(), me.account().locale()), errors);
    }

    @Override
    public String view() {
        return "account/profile";
    }
}
