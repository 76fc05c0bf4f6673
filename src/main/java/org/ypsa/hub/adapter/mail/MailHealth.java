package org.ypsa.hub.adapter.mail;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;

import org.ypsa.hub.adapter.mail.login.LoginRefused;
import org.ypsa.hub.adapter.mail.login.MailCredentials;
import org.springframework.beans.factory.annotation.Qualifier;
import org.ypsa.hub.config.SmtpSettings;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthContributors;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health of the mail servers: one entry a mailbox (it logs in, as the hub does, within 5 s) and one for SMTP, under
 * "mail". A mailbox that refuses its login is DOWN with the reason (never the secret); the others are unaffected.
 */
@Component("mail")
public class MailHealth implements CompositeHealthContributor {
    /** A server that has not answered a health check in this long is down for it. */
    private static final java.time.Duration ANSWER = java.time.Duration.ofSeconds(5);
    private final Mailboxes mailboxes;
    private final SmtpSettings smtp;
    private final Properties smtpProperties;
    private final MailCredentials smtpLogin;
    private final CompositeHealthContributor parts;

    public MailHealth(Mailboxes mailboxes, SmtpSettings smtp,
            @Qualifier("smtpJavaMailProperties") Properties smtpProperties,
            @Qualifier("smtpCredentials") MailCredentials smtpLogin) {
        this.mailboxes = mailboxes;
        this.smtp = smtp;
        this.smtpProperties = smtpProperties;
        this.smtpLogin = smtpLogin;
        Map<String, HealthIndicator> map = new LinkedHashMap<>();
        for (Mailbox m : mailboxes.all()) {
            map.put(m.id(), () -> mailbox(m));
        }
        map.put("smtp", this::smtp);
        this.parts = CompositeHealthContributor.fromMap(map);
    }

    /** True when the mailbox's server accepts its login now (within 5 s). */
    public boolean answers(Mailbox m) {
        try {
            login(m);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private Health mailbox(Mailbox m) {
        Health.Builder h = Health.up().withDetail("server", m.host() + ":" + m.port()).withDetail("folder", m.folder());
        try {
            login(m);
        } catch (LoginRefused e) {
            return h.down().withDetail("reason", e.getMessage()).build();
        } catch (AuthenticationFailedException e) {
            return h.down().withDetail("reason", "the mail server refused the login").build();
        } catch (MessagingException | RuntimeException e) {
            return h.down().withDetail("reason", "the mail server did not answer (" + e.getClass().getSimpleName() + ")")
                    .build();
        }
        String refused = mailboxes.scheduler(m.id()).refusedReason();
        return refused == null ? h.build() : h.withDetail("lastRefusal", refused).build();
    }

    private void login(Mailbox m) throws MessagingException {
        try (Store store = m.session(ANSWER, ANSWER).getStore(m.protocol())) {
            store.connect(m.host(), m.port(), m.login().username(), m.login().credential());
        }
    }

    private Health smtp() {
        return smtp(smtp, smtpProperties, smtpLogin);
    }

    /**
     * SMTP answers and takes the outbox's login, as the outbox connects (STARTTLS, the login kind), within 5 s: a
     * wrong password is DOWN with the reason, not UP while every email fails. A server that offers no AUTH (a relay
     * that trusts the hub's address) is not asked for one.
     */
    static Health smtp(SmtpSettings smtp, Properties outboxProperties, MailCredentials login) {
        String server = smtp.host() + ":" + smtp.port();
        Properties p = new Properties();
        p.putAll(outboxProperties);
        p.setProperty("mail." + smtp.protocol() + ".connectiontimeout", String.valueOf(ANSWER.toMillis()));
        p.setProperty("mail." + smtp.protocol() + ".timeout", String.valueOf(ANSWER.toMillis()));
        try (Transport t = Session.getInstance(p).getTransport(smtp.protocol())) {
            String user = login.username() == null || login.username().isBlank() ? null : login.username();
            t.connect(smtp.host(), smtp.port(), user, user == null ? null : login.credential());
            return Health.up().withDetail("server", server).build();
        } catch (LoginRefused e) {
            return Health.down().withDetail("server", server).withDetail("reason", e.getMessage()).build();
        } catch (AuthenticationFailedException e) {
            return Health.down().withDetail("server", server).withDetail("reason", "the mail server refused the login")
                    .build();
        } catch (MessagingException | RuntimeException e) {
            return Health.down().withDetail("server", server)
                    .withDetail("reason", "the mail server did not answer (" + e.getClass().getSimpleName() + ")").build();
        }
    }

    @Override
    public HealthContributor getContributor(String name) {
        return parts.getContributor(name);
    }

    @Override
    public java.util.stream.Stream<HealthContributors.Entry> stream() {
        return parts.stream();
    }
}
