package org.ypsa.hub.config;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo mail server (GreenMail): SMTP and IMAP on 127.0.0.1 with a mailbox for every address in the
 * directory and the hub's own intake mailbox, all with one documented password; any other address gets a
 * mailbox when mail arrives for it, and any password opens it. In memory: mail on it
 * is gone when the hub stops. Off in production (hub.embedded-mail.enabled=false).
 */
@Component
@ConditionalOnProperty(name = "hub.embedded-mail.enabled", havingValue = "true")
public class EmbeddedMailServer implements InitializingBean, DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMailServer.class);

    private final HubProperties props;
    private final String host;
    private final int smtpPort;
    private final int imapPort;
    private final String password;
    private final List<String> intakeMailboxes;
    private GreenMail greenMail;

    public EmbeddedMailServer(HubProperties props,
            @Value("${hub.embedded-mail.host:127.0.0.1}") String host,
            @Value("${hub.embedded-mail.smtp-port:3025}") int smtpPort,
            @Value("${hub.embedded-mail.imap-port:3143}") int imapPort,
            @Value("${hub.embedded-mail.password}") String password,
            MailSettings mail) {
        this.props = props;
        this.host = host;
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
        this.password = password;
        this.intakeMailboxes = new java.util.ArrayList<>(List.of(mail.imap().username()));
        mail.mailboxes().forEach(m -> intakeMailboxes.add(m.address()));
    }

    @Override
    public void afterPropertiesSet() {
        greenMail = new GreenMail(new ServerSetup[] {new ServerSetup(smtpPort, host, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, host, ServerSetup.PROTOCOL_IMAP)});
        // Any address can receive mail and log in (a referrer, a social worker): it is a demo server.
        greenMail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        Set<String> addresses = new TreeSet<>(props.directory().addresses());
        addresses.addAll(intakeMailboxes);
        addresses.add(props.replies().from());
        addresses.add(props.adminEmail());
        for (String a : addresses) {
            greenMail.setUser(a, a, password);
        }
        LOG.info("Embedded mail server on {}: SMTP {}, IMAP {}, {} mailboxes", host, smtpPort, imapPort, addresses.size());
    }

    public GreenMail greenMail() {
        return greenMail;
    }

    @Override
    public void destroy() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }
}
