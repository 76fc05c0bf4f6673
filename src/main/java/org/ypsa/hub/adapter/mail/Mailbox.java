package org.ypsa.hub.adapter.mail;

import java.util.Set;

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

    public boolean expects(FormType type) {
        return expects.isEmpty() || expects.contains(type);
    }

    @Override
    public String toString() {
        return "Mailbox[" + id + "]";
    }
}
