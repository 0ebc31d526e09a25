package app.skillcurrent.core.account;

import java.util.List;
import java.util.Locale;

/** The limits accounts share between forms and service. */
public final class AccountRules {
    public static final int MIN_PASSWORD = 10;
    public static final int MAX_PASSWORD = 128;
    /** The longest address a mailbox can have (RFC 5321's path limit less its brackets), as stored. */
    public static final int MAX_EMAIL = 254;
    /** Something@something.tld, no spaces; the mailbox itself is confirmed only by mail. */
    public static final String EMAIL_PATTERN = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    public static final List<String> LOCALES = List.of("en", "de", "da");
    public static final String LOCALE_PATTERN = "en|de|da";
    /** What the sign-up form's consent box sends when ticked. */
    public static final String CONSENT_GIVEN = "yes";

    private AccountRules() {
    }

    /** Emails compare case-insensitively; the stored form is trimmed and lower-cased. */
    public static String normaliseEmail(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}
