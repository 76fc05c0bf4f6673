package org.ypsa.hub.adapter.mail;

import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Health of the mail servers the hub depends on: it logs in to the intake mailbox and to SMTP. */
@Component("mail")
public class MailHealth extends AbstractHealthIndicator {
    private final String imapProtocol;
    private final String imapHost;
    private final int imapPort;
    private final String imapUser;
    private final String imapPassword;
    private final String smtpProtocol;
    private final String smtpHost;
    private final int smtpPort;

    public MailHealth(@Value("${hub.mail.imap.protocol}") String imapProtocol, @Value("${hub.mail.imap.host}") String imapHost,
            @Value("${hub.mail.imap.port}") int imapPort, @Value("${hub.mail.imap.username}") String imapUser,
            @Value("${hub.mail.imap.password}") String imapPassword, @Value("${hub.mail.smtp.protocol}") String smtpProtocol,
            @Value("${hub.mail.smtp.host}") String smtpHost, @Value("${hub.mail.smtp.port}") int smtpPort) {
        this.imapProtocol = imapProtocol;
        this.imapHost = imapHost;
        this.imapPort = imapPort;
        this.imapUser = imapUser;
        this.imapPassword = imapPassword;
        this.smtpProtocol = smtpProtocol;
        this.smtpHost = smtpHost;
        this.smtpPort = smtpPort;
    }

    /** True when the intake mailbox's server accepts a login now (within 5 s). */
    public boolean imapAnswers() {
        try (Store store = session().getStore(imapProtocol)) {
            store.connect(imapHost, imapPort, imapUser, imapPassword);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private Session session() {
        Properties p = new Properties();
        for (String proto : new String[] {imapProtocol, smtpProtocol}) {
            p.setProperty("mail." + proto + ".connectiontimeout", "5000");
            p.setProperty("mail." + proto + ".timeout", "5000");
        }
        return Session.getInstance(p);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        Session session = session();
        try (Store store = session.getStore(imapProtocol)) {
            store.connect(imapHost, imapPort, imapUser, imapPassword);
            builder.withDetail("imap", imapHost + ":" + imapPort);
        }
        try (Transport t = session.getTransport(smtpProtocol)) {
            t.connect(smtpHost, smtpPort, null, null);
            builder.withDetail("smtp", smtpHost + ":" + smtpPort);
        }
        builder.up();
    }
}
