package org.ypsa.hub.adapter.mail;

import java.util.Map;
import java.util.Properties;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.ypsa.hub.adapter.mail.login.MailCredentials;
import org.ypsa.hub.adapter.mail.login.MailLogins;
import org.ypsa.hub.config.LoginSettings;
import org.ypsa.hub.config.SmtpSettings;

import static org.assertj.core.api.Assertions.assertThat;

/** Found on a real Postfix: with a wrong HUB_SMTP_PASSWORD every email failed while health said SMTP was UP. */
class SmtpHealthTest {
    private static GreenMail server;

    @BeforeAll
    static void start() {
        server = new GreenMail(new ServerSetup(0, "127.0.0.1", "smtp").dynamicPort());
        server.start();
        server.setUser("hub@council.test", "right-password");
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static Health health(String username, String password) {
        SmtpSettings smtp = new SmtpSettings("smtp", "127.0.0.1", server.getSmtp().getPort(), username, false);
        MailCredentials login = new MailLogins(Map.of("hub.mail.smtp.password", password)::get)
                .open(LoginSettings.password(username, "hub.mail.smtp.password"));
        Properties outbox = new Properties();
        outbox.putAll(login.javaMailProperties("smtp"));
        return MailHealth.smtp(smtp, outbox, login);
    }

    @Test
    void smtpIsUpWhenTheServerTakesTheOutboxLogin() {
        assertThat(health("hub@council.test", "right-password").getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void smtpIsDownWithTheReasonWhenTheServerRefusesTheOutboxLoginAndNeverShowsThePassword() {
        Health h = health("hub@council.test", "wrong-password");

        assertThat(h.getStatus()).isEqualTo(Status.DOWN);
        assertThat(h.getDetails()).containsEntry("reason", "the mail server refused the login");
        assertThat(h.getDetails().toString()).doesNotContain("wrong-password");
    }
}
