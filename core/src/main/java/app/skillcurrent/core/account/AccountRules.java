package app.skillcurrent.core.account;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** The limits accounts share between forms and service. */
public final class AccountRules {
    public static final int MIN_PASSWORD = 10;
    public static final int MAX_PASSWORD = 128;
    /** The longest address a mailbox can have (RFC 5321's path limit less its brackets), as stored. */
    public static final int MAX_EMAIL = 254;
    public static final List<String> LOCALES = List.of("en", "de", "da");
    public static final String LOCALE_PATTERN = "en|de|da";
    /** Until a person picks theirs in the profile; mails name the zone next to every time they show. */
    public static final String DEFAULT_TIME_ZONE = "UTC";
    /** What the sign-up form's consent box sends when ticked. */
    public static final String CONSENT_GIVEN = "yes";

    private AccountRules() {
    }

    /**
     * A name as it is kept: composed (NFC, so "Zoë" typed as e + combining diaeresis is the same name as "Zoë")
     * and without the spaces autofill adds around it. What is left is then checked for control characters.
     */
    public static String normaliseName(String name) {
        return name == null ? null : Normalizer.normalize(name, Normalizer.Form.NFC).strip();
    }

    /** Emails compare case-insensitively; the stored form is trimmed and lower-cased. */
    public static String normaliseEmail(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The stored key of the throttle counter that is an account's alone (its failed sign-ins from devices it does
     * not know, {@link SignInThrottle}): what the person's own data shows and the account's erasure forgets.
     */
    public static String signInCounterKey(String email) {
        return SignInThrottle.sha256("account|" + email);
    }
}
