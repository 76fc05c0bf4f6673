package org.ypsa.hub.adapter.mail;

import java.time.Duration;
import java.util.Properties;
import java.util.Set;

import jakarta.mail.Session;

import org.ypsa.hub.adapter.mail.login.MailCredentials;
import org.ypsa.hub.domain.intake.FormType;

/**
 * One mailbox the hub reads, with every default filled in. {@code expects}: the forms usually sent here, a hint
 * recorded in the audit trail when another form arrives, never a rule.
 */
public record Mailbox(String id, String address, String protocol, String host, int port, String folder,
        String doneFolder, Set<FormType> expects, MailCredentials login) {

    /** The Camel route that reads it, and the name of its beans in Camel's registry. */
    public String routeId() {
        return "mailbox-" + id;
    }

    /** The hub's Jakarta Mail settings for it: certificates checked, large fetches, and what the login needs. */
    public Properties javaMailProperties() {
        Properties p = new Properties();
        p.setProperty("mail." + protocol + ".fetchsize", String.valueOf(1024 * 1024));
        p.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
        p.putAll(login.javaMailProperties(protocol));
        return p;
    }

    /** A session of its own (health checks, push, moves) with these time-outs for connecting and for answers. */
    public Session session(Duration connect, Duration answer) {
        Properties p = javaMailProperties();
        p.setProperty("mail." + protocol + ".connectiontimeout", String.valueOf(connect.toMillis()));
        p.setProperty("mail." + protocol + ".timeout", String.valueOf(answer.toMillis()));
        p.setProperty("mail." + protocol + ".writetimeout", String.valueOf(connect.toMillis()));
        return Session.getInstance(p);
    }

    public boolean expects(FormType type) {
        return expects.isEmpty() || expects.contains(type);
    }

    @Override
    public String toString() {
        return "Mailbox[" + id + "]";
    }
}
