package app.skillcurrent.core.mail;

import app.skillcurrent.core.support.Times;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

/** Which optional categories of mail a person receives; all of them until they turn one off. */
@Singleton
public class MailPreferences {

    private final OptOutRepository optOuts;
    private final Clock clock;

    MailPreferences(OptOutRepository optOuts, Clock clock) {
        this.optOuts = optOuts;
        this.clock = clock;
    }

    /** The optional categories the person receives. */
    @Transactional
    public Set<MailCategory> receives(long accountId) {
        Set<MailCategory> result = EnumSet.copyOf(MailCategory.optionalOnes());
        for (String category : optOuts.categories(accountId)) {
            result.remove(MailCategory.valueOf(category));
        }
        return result;
    }

    /** Receives exactly {@code wanted} of the optional categories from now on. */
    @Transactional
    public void choose(long accountId, Set<MailCategory> wanted) {
        for (MailCategory category : MailCategory.optionalOnes()) {
            if (wanted.contains(category)) {
                optOuts.optIn(accountId, category.name());
            } else {
                optOuts.optOut(accountId, category.name(), Times.now(clock));
            }
        }
    }

    /** What an unsubscribe link does: that category only, transactional mail is never turned off. */
    @Transactional
    public void unsubscribe(long accountId, MailCategory category) {
        if (category.optional()) {
            optOuts.optOut(accountId, category.name(), Times.now(clock));
        }
    }

    /** Part of erasing a person. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void forget(long accountId) {
        optOuts.forget(accountId);
    }

    boolean wants(long accountId, MailCategory category) {
        return !category.optional() || !optOuts.optedOut(accountId, category.name());
    }
}
