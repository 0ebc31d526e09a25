package app.skillcurrent.core.support;

import java.sql.SQLIntegrityConstraintViolationException;

/** Recognises a unique key refusing a row, however many layers wrap the driver's exception. */
public final class DuplicateKeys {

    private DuplicateKeys() {
    }

    public static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
