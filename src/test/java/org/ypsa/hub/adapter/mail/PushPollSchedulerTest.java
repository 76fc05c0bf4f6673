package org.ypsa.hub.adapter.mail;

import java.time.Duration;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.AuthenticationFailedException;
import org.junit.jupiter.api.Test;
import org.ypsa.hub.config.MailSettings;

import static org.assertj.core.api.Assertions.assertThat;

/** Found on a real Dovecot: a wrong password was logged with a stack trace at every poll, every 5 s, for ever. */
class PushPollSchedulerTest {
    private static final MailSettings.Imap IMAP = new MailSettings.Imap("imap", "127.0.0.1", 143,
            "intake@council.test", "INBOX", "YPSA-Processed", 5000,
            new MailSettings.Push(false, Duration.ofMinutes(9), Duration.ofMinutes(1), Duration.ofMinutes(1)), 50);

    private static PushPollScheduler scheduler() {
        Mailbox m = Mailboxes.resolve(new MailSettings(IMAP, null),
                Map.of("hub.mail.imap.password", "not-the-one-the-server-has")::get).get(0);
        return new PushPollScheduler(m, IMAP, new SimpleMeterRegistry());
    }

    @Test
    void aLoginTheServerRefusesIsReportedAndPolledAgainOnlyAfterMaxBackoffNotEveryPollDelay() {
        PushPollScheduler s = scheduler();
        assertThat(s.delayAfterPoll(false)).isEqualTo(5000);

        boolean retry = s.rollback(null, null, 0, new AuthenticationFailedException("[AUTHENTICATIONFAILED] Authentication failed."));

        assertThat(retry).isFalse();
        assertThat(s.refusedReason()).isEqualTo("the mail server refused the login");
        assertThat(s.delayAfterPoll(false)).isEqualTo(Duration.ofMinutes(1).toMillis());
    }

    @Test
    void aPollThatLogsInAgainAfterARefusalReturnsToThePollDelay() {
        PushPollScheduler s = scheduler();
        s.rollback(null, null, 0, new AuthenticationFailedException("refused"));

        s.commit(null, null, 0);

        assertThat(s.refusedReason()).isNull();
        assertThat(s.delayAfterPoll(false)).isEqualTo(5000);
    }

    @Test
    void anotherPollFailureIsNotTakenForARefusedLogin() {
        PushPollScheduler s = scheduler();

        s.rollback(null, null, 0, new jakarta.mail.MessagingException("connection reset"));

        assertThat(s.refusedReason()).isNull();
        assertThat(s.delayAfterPoll(false)).isEqualTo(5000);
    }

    @Test
    void aRefusedLoginIsNotLoggedAgainByTheConsumerButOtherFailuresAre() {
        PushPollScheduler s = scheduler();
        var logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(PushPollScheduler.class);
        var logged = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        logged.start();
        logger.addAppender(logged);
        try {
            // camel-mail hands each failed poll to the consumer's exception handler: the refusal is already reported
            s.handleException("Failed polling endpoint", new AuthenticationFailedException("refused"));
            s.handleException("Failed polling endpoint", new jakarta.mail.MessagingException("connection reset"));
        } finally {
            logger.detachAppender(logged);
        }
        assertThat(logged.list).singleElement().satisfies(e -> {
            assertThat(e.getFormattedMessage()).isEqualTo("Failed polling endpoint");
            assertThat(e.getThrowableProxy().getClassName()).isEqualTo("jakarta.mail.MessagingException");
        });
    }
}
