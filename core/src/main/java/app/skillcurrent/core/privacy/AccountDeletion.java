package app.skillcurrent.core.privacy;

import app.skillcurrent.content.access.NotFoundException;
import app.skillcurrent.content.support.FieldRejectedException;
import app.skillcurrent.core.account.Account;
import app.skillcurrent.core.account.AccountErasure;
import app.skillcurrent.core.account.AccountService;
import app.skillcurrent.core.certificate.HolderWithdrawal;
import app.skillcurrent.core.mail.MailPreferences;
import app.skillcurrent.core.mail.Mailbox;
import app.skillcurrent.core.organisation.FormerMembers;
import app.skillcurrent.core.organisation.LastAdminException;
import app.skillcurrent.core.progress.Progress;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;

/**
 * A person deletes their account (GDPR art. 17; what goes and what stays is ADR 0015). One transaction: it is
 * all done or nothing is.
 *
 * <p>Locks are taken in one order, the organisations first and then the account, because every change to an
 * organisation's members locks the organisation before it touches a member's rows; whatever writes about the
 * person by name (a certificate, a reflection) shares the account's lock, so it is either erased with the
 * rest or finds the account gone. The erasure leaves the rows other people's requests may be writing (time
 * on task, exam attempts) alone, so it never waits for one of them while holding what it waits for.
 */
@Singleton
public class AccountDeletion {

    private final AccountService accounts;
    private final AccountErasure erasure;
    private final FormerMembers organisations;
    private final HolderWithdrawal certificates;
    private final Progress progress;
    private final Mailbox mailbox;
    private final MailPreferences mailPreferences;

    AccountDeletion(AccountService accounts, AccountErasure erasure, FormerMembers organisations,
                    HolderWithdrawal certificates, Progress progress, Mailbox mailbox, MailPreferences mailPreferences) {
        this.accounts = accounts;
        this.erasure = erasure;
        this.organisations = organisations;
        this.certificates = certificates;
        this.progress = progress;
        this.mailbox = mailbox;
        this.mailPreferences = mailPreferences;
    }

    /** What deleting the account would do to the person's organisations, for the confirmation page. */
    public FormerMembers.Leaving preview(long accountId) {
        return organisations.leaving(accountId);
    }

    /**
     * Deletes the account.
     *
     * @throws FieldRejectedException on {@code password} when it is not the account's
     * @throws LastAdminException     when the person is the only admin of an organisation with other members
     * @throws NotFoundException      when the account is already deleted
     */
    @Transactional
    public void delete(long accountId, @Valid DeletionRequest request) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account " + accountId));
        organisations.hold(accountId, account.email());
        Account held = erasure.hold(accountId, request.password());
        organisations.leave(accountId, held.email());
        certificates.settle(accountId, request.keepsCertificates());
        progress.eraseWrittenAnswers(accountId);
        mailbox.forget(accountId, held.email());
        mailPreferences.forget(accountId);
        erasure.erase(held);
    }
}
