package app.skillcurrent.core.mail;

import java.util.Arrays;
import java.util.List;

/**
 * Why a mail is sent, which decides whether a person can turn it off. Transactional mail (verifying an address,
 * resetting a password, an invitation someone asked to be sent) always goes out; the other categories carry
 * {@code List-Unsubscribe} and can be turned off one by one on the mail preferences page.
 */
public enum MailCategory {
    ACCOUNT(false),
    INVITATIONS(false),
    REMINDERS(true),
    CHANGES(true),
    DIGESTS(true),
    COURSES(true),
    SUPERVISION(true);

    private final boolean optional;

    MailCategory(boolean optional) {
        this.optional = optional;
    }

    /** Whether the recipient can turn this category off (and the mail carries an unsubscribe link). */
    public boolean optional() {
        return optional;
    }

    public static List<MailCategory> optionalOnes() {
        return Arrays.stream(values()).filter(MailCategory::optional).toList();
    }
}
