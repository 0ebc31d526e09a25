package app.skillcurrent.web.support;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything logged while it is open, on any logger, as the raw text of each message and of each exception
 * with its causes (before the log layout escapes anything), to check what reached the log.
 */
public final class CapturedLog extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final List<String> texts = new ArrayList<>();
    private final Logger root;

    private CapturedLog() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        setContext(context);
        setName("captured-" + System.identityHashCode(this));
        start();
        root.addAppender(this);
    }

    public static CapturedLog open() {
        return new CapturedLog();
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
        StringBuilder text = new StringBuilder(event.getLoggerName()).append(' ').append(event.getFormattedMessage());
        if (event.getThrowableProxy() != null) {
            text.append('\n').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
        }
        texts.add(text.toString());
    }

    /** The messages and exceptions logged so far, one entry per event. */
    public synchronized List<String> events() {
        return List.copyOf(texts);
    }

    /** All of it as one text. */
    public String text() {
        return String.join("\n", events());
    }

    @Override
    public void close() {
        root.detachAppender(this);
        stop();
    }
}
