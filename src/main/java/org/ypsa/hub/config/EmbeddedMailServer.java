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
    private final EmbeddedMailSettings settings;
    private final List<String> intakeMailboxes;
    private GreenMail greenMail;

    public EmbeddedMailServer(HubProperties props, EmbeddedMailSettings settings, MailSettings mail) {
        this.props = props;
        this.settings = settings;
        this.intakeMailboxes = new java.util.ArrayList<>(List.of(mail.imap().username()));
        mail.mailboxes().forEach(m -> intakeMailboxes.add(m.address()));
    }

    @Override
    public void afterPropertiesSet() {
        greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(settings.smtpPort(), settings.host(), ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(settings.imapPort(), settings.host(), ServerSetup.PROTOCOL_IMAP)});
        // Any address can receive mail and log in (a referrer, a social worker): it is a demo server.
        greenMail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        Set<String> addresses = new TreeSet<>(props.directory().addresses());
        addresses.addAll(intakeMailboxes);
        addresses.add(props.replies().from());
        addresses.add(props.adminEmail());
        for (String a : addresses) {
            greenMail.setUser(a, a, settings.password());
        }
        LOG.info("Embedded mail server on {}: SMTP {}, IMAP {}, {} mailboxes", settings.host(), settings.smtpPort(),
                settings.imapPort(), addresses.size());
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
