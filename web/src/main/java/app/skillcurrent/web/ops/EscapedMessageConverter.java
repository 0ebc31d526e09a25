package app.skillcurrent.web.ops;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * {@code %msg} for logback.xml with control characters escaped and the length bounded ({@link LogText}):
 * a message that quotes a request can neither forge a log line nor fill the log.
 */
public class EscapedMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return LogText.escape(super.convert(event));
    }
}
