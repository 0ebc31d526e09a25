package app.skillcurrent.core.privacy;

import app.skillcurrent.core.account.AccountRules;
import app.skillcurrent.content.access.NotFoundException;
import app.skillcurrent.core.support.Times;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * A person's copy of what the platform holds about them (ADR 0015). It is read by the account's own id only:
 * there is no way to ask for anyone else's.
 */
@Singleton
public class PersonalDataExport {

    private final PersonalDataRepository rows;
    private final Clock clock;

    PersonalDataExport(PersonalDataRepository rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /**
     * Everything as of one moment: the reads share one REPEATABLE READ snapshot, so a change committed
     * meanwhile (a heartbeat, a certificate) is in all of them or in none.
     */
    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public PersonalData of(long accountId) {
        PersonalData.Profile profile = rows.profile(accountId).orElseThrow(() -> new NotFoundException("account " + accountId));
        String email = profile.email();
        return new PersonalData(PersonalData.FORMAT, Times.now(clock), profile,
                rows.consents(accountId), rows.roles(accountId), rows.enrolments(accountId),
                rows.completedLessons(accountId), rows.taskAnswers(accountId), rows.quizAnswers(accountId),
                rows.learningTime(accountId), rows.examAttempts(accountId), rows.certificates(accountId),
                rows.renewalAttempts(accountId), rows.memberships(accountId), rows.teams(accountId),
                rows.assignments(accountId), rows.invitations(email), rows.signInFailures(AccountRules.signInCounterKey(email)),
                new PersonalData.Sessions(false, rows.sessionGeneration(accountId)));
    }
}
