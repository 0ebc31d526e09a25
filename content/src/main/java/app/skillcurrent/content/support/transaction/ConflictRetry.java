package app.skillcurrent.content.support.transaction;

import io.micronaut.aop.InterceptPhase;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.context.BeanProvider;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs a transaction again, from its start, when the database gave it up for a conflict with another one: an
 * InnoDB deadlock, or on a Galera cluster a write set that lost certification against another node's (both are
 * error 1213, SQL state 40001, and both roll the whole transaction back). Row locks are local to a Galera node,
 * so two nodes can each take a {@code FOR UPDATE} lock on the same row and one of them learns only at commit that
 * it lost: starting over is then the only correct answer, and it is what the database asks for.
 *
 * <p>It wraps every {@code @Transactional} method (it runs before the transaction interceptor, so each attempt
 * is a transaction of its own), but only where that method starts the transaction: one that joins a running
 * transaction leaves the conflict to the outermost, since the database has already rolled all of it back.
 * Nothing outside the database happens inside a transaction here (mail goes through an outbox table, events
 * after commit), so a second attempt repeats nothing a person could notice.
 */
@Singleton
@InterceptorBean(Transactional.class)
final class ConflictRetry implements MethodInterceptor<Object, Object> {

    /** A conflict that recurs five times in a row is not bad luck: the caller gets the error. */
    static final int ATTEMPTS = 5;
    private static final int DEADLOCK = 1213;
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final Logger LOG = LoggerFactory.getLogger(ConflictRetry.class);

    private final BeanProvider<TransactionOperations<Connection>> transactions;

    // a provider: the transaction manager exists only with a data source, and this is made with every transactional bean
    ConflictRetry(BeanProvider<TransactionOperations<Connection>> transactions) {
        this.transactions = transactions;
    }

    @Override
    public int getOrder() {
        return InterceptPhase.RETRY.getPosition();
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        if (transactions.get().findTransactionStatus().isPresent()) {
            return context.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return context.proceed(this);
            } catch (Exception e) { // a method may pass on the driver's checked SQLException as it is
                if (attempt == ATTEMPTS || !isConflict(e)) {
                    throw e; // as it came: only unchecked ones, or checked ones its method declares, come here
                }
                LOG.debug("{} conflicted with another transaction (attempt {} of {}), starting it again",
                        context.getExecutableMethod(), attempt, ATTEMPTS);
                pause(attempt);
            }
        }
    }

    static boolean isConflict(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && (sql.getErrorCode() == DEADLOCK || SERIALIZATION_FAILURE.equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** A few milliseconds, growing and random, so that the two that collided do not collide again. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * attempt + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted before starting a conflicted transaction again", e);
        }
    }
}
