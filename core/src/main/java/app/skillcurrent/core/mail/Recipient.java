package app.skillcurrent.core.mail;

import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.account.AccountRules;
import io.micronaut.core.annotation.Nullable;

/**
 * Who a mail goes to, and how they read it.
 *
 * @param accountId   null for someone without an account yet (an invited address)
 * @param displayName how the mail greets them; empty when unknown
 * @param language    en, de or da
 * @param timeZone    an IANA zone id; times in the mail are shown in it
 */
public record Recipient(@Nullable Long accountId, String address, String displayName, String language, String timeZone) {

    public static Recipient of(Account account) {
        return new Recipient(account.id(), account.email(), account.displayName(), account.locale(), account.timeZone());
    }

    /** An address without an account, written to in the language of the person who caused the mail. */
    public static Recipient address(String address, String language) {
        return new Recipient(null, address, "", language, AccountRules.DEFAULT_TIME_ZONE);
    }
}
