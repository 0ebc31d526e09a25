package app.skillcurrent.web.ops;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;

/**
 * {@code %ex} for logback.xml: the stack trace as usual, one frame per line, but each exception's message
 * escaped and bounded ({@link LogText}), since exception messages often quote what a request sent.
 */
public class EscapedThrowableConverter extends ThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy throwable) {
        return super.throwableProxyToString(escaped(throwable));
    }

    private static IThrowableProxy escaped(IThrowableProxy throwable) {
        return throwable == null ? null : new Escaped(throwable);
    }

    private record Escaped(IThrowableProxy original) implements IThrowableProxy {

        @Override
        public String getMessage() {
            return LogText.escape(original.getMessage());
        }

        @Override
        public String getOverridingMessage() {
            return LogText.escape(original.getOverridingMessage());
        }

        @Override
        public String getClassName() {
            return original.getClassName();
        }

        @Override
        public StackTraceElementProxy[] getStackTraceElementProxyArray() {
            return original.getStackTraceElementProxyArray();
        }

        @Override
        public int getCommonFrames() {
            return original.getCommonFrames();
        }

        @Override
        public IThrowableProxy getCause() {
            return escaped(original.getCause());
        }

        @Override
        public IThrowableProxy[] getSuppressed() {
            IThrowableProxy[] suppressed = original.getSuppressed();
            if (suppressed == null) {
                return null;
            }
            IThrowableProxy[] escaped = new IThrowableProxy[suppressed.length];
            for (int i = 0; i < suppressed.length; i++) {
                escaped[i] = escaped(suppressed[i]);
            }
            return escaped;
        }

        @Override
        public boolean isCyclic() {
            return original.isCyclic();
        }
    }
}
