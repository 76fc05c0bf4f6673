package org.ypsa.hub.adapter.mail;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.ypsa.hub.adapter.jms.Outbound;
import org.ypsa.hub.adapter.jms.OutboundMail;
import org.ypsa.hub.adapter.store.SentLedger;
import org.ypsa.hub.config.LiveConfig;
import org.ypsa.hub.config.SmtpSettings;

/**
 * Mails one outbox email by SMTP (routes/outbox.yaml) and writes it to the sent ledger the moment the server has
 * accepted it (its 250 after the message's end), before QUIT. A crash after that point finds the email in the
 * ledger and does not mail it twice; what is left is SMTP's own window (RFC 1047) between the server's 250 and
 * the ledger's forced write. A QUIT left unanswered after an accepted email does not fail the send.
 */
@Component("smtpSender")
public class SmtpSender {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpSender.class);

    private final Session session;
    private final SmtpSettings smtp;
    private final SentLedger ledger;
    private final LiveConfig live;

    public SmtpSender(@Qualifier("smtpJavaMailProperties") Properties smtpJavaMailProperties,
            @Qualifier("smtpLogin") Authenticator smtpLogin,
            SmtpSettings smtp, SentLedger ledger, LiveConfig live) {
        this.session = Session.getInstance(smtpJavaMailProperties, smtpLogin);
        this.smtp = smtp;
        this.ledger = ledger;
        this.live = live;
    }

    public void send(Exchange exchange) throws MessagingException {
        OutboundMail mail = exchange.getProperty(Outbound.MESSAGE, OutboundMail.class);
        MimeMessage message = message(mail, exchange.getProperty(OutboxMailer.SENT_KEY, String.class));
        Transport transport = session.getTransport(smtp.protocol());
        transport.connect(smtp.host(), smtp.port(), smtp.username(), null); // the password or token comes from smtpLogin
        try {
            transport.sendMessage(message, message.getAllRecipients());
            ledger.record(exchange.getProperty(OutboxMailer.SENT_KEY, String.class));
        } finally {
            close(transport);
        }
    }

    /**
     * The Message-ID comes from the outbox message's key: the same email mailed again (a kill in SMTP's window,
     * between the server's 250 and the ledger) is the same message, which mail clients show once.
     */
    private MimeMessage message(OutboundMail m, String key) throws MessagingException {
        String from = live.props().replies().from();
        String id = "<" + key.substring(0, Math.min(32, key.length())) + "."
                + String.valueOf(m.reference()).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9.-]", "-") + "@" + from.substring(from.indexOf('@') + 1) + ">";
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", id);
            }
        };
        try {
            message.setFrom(new InternetAddress(from, live.props().replies().fromName(),
                    StandardCharsets.UTF_8.name()));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e); // UTF-8 is always there
        }
        message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(m.to()));
        message.setSubject(m.subject(), StandardCharsets.UTF_8.name());
        message.setHeader("Auto-Submitted", "auto-replied");
        message.setHeader("X-YPSA-Reference", m.reference());
        if (m.inReplyTo() != null) {
            message.setHeader("In-Reply-To", m.inReplyTo());
            message.setHeader("References", m.inReplyTo());
        }
        message.setText(m.text(), StandardCharsets.UTF_8.name());
        message.saveChanges();
        return message;
    }

    private static void close(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            LOG.debug("the SMTP connection did not close cleanly ({})", e.getClass().getSimpleName());
        }
    }
}
