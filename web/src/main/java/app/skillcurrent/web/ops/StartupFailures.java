package app.skillcurrent.web.ops;

import app.skillcurrent.core.database.DatabaseFailures;

import java.net.BindException;

/**
 * The one line a failed start prints: what happened and what to do. Failures caused by the database are
 * explained by {@link DatabaseFailures}.
 */
public final class StartupFailures {

    private StartupFailures() {
    }

    public static String explain(Throwable exception, String port) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return "Port " + port + " is already in use: stop the program using it, or start with PORT set to a free port.";
            }
        }
        return DatabaseFailures.explain(exception).orElseGet(() -> {
            Throwable root = exception;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            return "The server did not start: " + root;
        });
    }
}
