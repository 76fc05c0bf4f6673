package org.ypsa.hub.adapter.mail;

import jakarta.mail.MessageRemovedException;

import org.apache.camel.Exchange;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.support.LoggingExceptionHandler;
import org.springframework.stereotype.Component;

/**
 * What the mailbox routes' consumer does with its own errors (a failed poll, a failed commit): logged as Camel
 * does, except camel-mail's attempt to flag a mail that {@link DoneFolder} has already moved out of the inbox,
 * which is the expected end of every mail, not an error.
 */
@Component("mailConsumerErrors")
public class MailConsumerErrors implements ExceptionHandler {
    private final ExceptionHandler log;

    public MailConsumerErrors(org.apache.camel.CamelContext camel) {
        this.log = new LoggingExceptionHandler(camel, MailConsumerErrors.class);
    }

    @Override
    public void handleException(Throwable exception) {
        handleException(null, null, exception);
    }

    @Override
    public void handleException(String message, Throwable exception) {
        handleException(message, null, exception);
    }

    @Override
    public void handleException(String message, Exchange exchange, Throwable exception) {
        if (exception instanceof MessageRemovedException || exception.getCause() instanceof MessageRemovedException) {
            return;
        }
        log.handleException(message, exchange, exception);
    }
}
