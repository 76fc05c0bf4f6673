package org.ypsa.hub.adapter.mail;

import java.util.HashMap;
import java.util.Map;

import jakarta.mail.Message;

import org.apache.camel.Exchange;
import org.apache.camel.component.mail.MailBinding;
import org.apache.camel.component.mail.MailMessage;
import org.springframework.stereotype.Component;

/**
 * The intake mailbox's binding: no mail header ever becomes a Camel header. The hub reads each mail from its
 * raw bytes; asking the server for headers would only cost a round trip, and for a mail the server cannot
 * parse ("Failed to load IMAP envelope") it fails before the hub sees the mail, on every poll, wedging the
 * mailbox.
 */
@Component("headerlessMailBinding")
public class HeaderlessMailBinding extends MailBinding {

    @Override
    public Map<String, Object> extractHeadersFromMail(Message mailMessage, Exchange exchange) {
        return new HashMap<>();
    }

    /** Nor is the body fetched and decoded for Camel: the hub fetches the raw mail itself, once. */
    @Override
    public Object extractBodyFromMail(Exchange exchange, MailMessage mailMessage) {
        return null;
    }
}
