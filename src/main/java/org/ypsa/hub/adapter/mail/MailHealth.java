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
    private final CompositeHealthContributor parts;

    public MailHealth(Mailboxes mailboxes, SmtpSettings smtp) {
        this.mailboxes = mailboxes;
        this.smtp = smtp;
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
        String server = smtp.host() + ":" + smtp.port();
        try (Transport t = session(smtp.protocol()).getTransport(smtp.protocol())) {
            t.connect(smtp.host(), smtp.port(), null, null);
            return Health.up().withDetail("server", server).build();
        } catch (MessagingException | RuntimeException e) {
            return Health.down().withDetail("server", server)
                    .withDetail("reason", "the mail server did not answer (" + e.getClass().getSimpleName() + ")").build();
        }
    }

    private static Session session(String protocol) {
        Properties p = new Properties();
        p.setProperty("mail." + protocol + ".connectiontimeout", String.valueOf(ANSWER.toMillis()));
        p.setProperty("mail." + protocol + ".timeout", String.valueOf(ANSWER.toMillis()));
        return Session.getInstance(p);
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
