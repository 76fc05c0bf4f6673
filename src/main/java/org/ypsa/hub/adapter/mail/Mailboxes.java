package org.ypsa.hub.adapter.mail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.PasswordAuthentication;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.component.mail.MailAuthenticator;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.ypsa.hub.adapter.mail.login.LoginRefused;
import org.ypsa.hub.adapter.mail.login.MailCredentials;
import org.ypsa.hub.adapter.mail.login.MailLogins;
import org.ypsa.hub.config.LoginSettings;
import org.ypsa.hub.config.MailSettings;
import org.ypsa.hub.domain.intake.FormType;

/**
 * The mailboxes the hub reads, from {@code hub.mail} (one mailbox when no list is given), and one intake route
 * for each, made from the route template {@code intake-mailbox} in routes/intake.yaml before Camel starts. Each
 * mailbox has its own login, its own push connection and poll ({@link PushPollScheduler}), its own health and
 * metrics; a mail that reaches two of them has one reference and is routed once.
 */
@Component
public class Mailboxes implements CamelContextConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(Mailboxes.class);
    static final String TEMPLATE = "intake-mailbox";
    /** The one mailbox of an install that lists none. */
    public static final String DEFAULT_ID = "intake";

    private final MailSettings settings;
    private final List<Mailbox> all;
    private final Map<String, PushPollScheduler> schedulers = new LinkedHashMap<>();

    public Mailboxes(MailSettings settings, Environment environment, MeterRegistry meters) {
        this.settings = settings;
        this.all = resolve(settings, environment::getProperty);
        for (Mailbox m : all) {
            schedulers.put(m.id(), new PushPollScheduler(m, settings.imap(), meters));
        }
    }

    public List<Mailbox> all() {
        return all;
    }

    public PushPollScheduler scheduler(String id) {
        PushPollScheduler s = schedulers.get(id);
        if (s == null) {
            throw new IllegalArgumentException("no mailbox " + id);
        }
        return s;
    }

    /** Every mailbox's settings with the defaults filled in; secrets read through {@code env} at each connect. */
    static List<Mailbox> resolve(MailSettings settings, java.util.function.Function<String, String> env) {
        MailSettings.Imap d = settings.imap();
        MailLogins logins = new MailLogins(env);
        if (settings.mailboxes().isEmpty()) {
            // the one mailbox: its password is the setting hub.mail.imap.password (HUB_IMAP_PASSWORD)
            return List.of(new Mailbox(DEFAULT_ID, d.username(), d.protocol(), d.host(), d.port(), d.folder(),
                    d.doneFolder(), Set.of(), logins.open(LoginSettings.password(d.username(), "hub.mail.imap.password"))));
        }
        List<Mailbox> out = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (MailSettings.MailboxEntry e : settings.mailboxes()) {
            if (e.id().equals("smtp") || !ids.add(e.id())) {
                throw new IllegalStateException("hub.mail.mailboxes: the id " + e.id() + " is used twice (or is smtp, "
                        + "the name of the sending server's health)");
            }
            MailCredentials login;
            try {
                login = logins.open(loginSettings(e));
            } catch (MailLogins.InvalidLoginSettings invalid) {
                throw new IllegalStateException("hub.mail.mailboxes." + e.id() + ".login: "
                        + String.join("; ", invalid.problems()));
            }
            out.add(new Mailbox(e.id(), e.address(), or(e.protocol(), d.protocol()), or(e.host(), d.host()),
                    e.port() != null ? e.port() : d.port(), or(e.folder(), d.folder()), or(e.doneFolder(), d.doneFolder()),
                    expects(e), login));
        }
        return List.copyOf(out);
    }

    /** The login as written, with the defaults: the address as login name, a password in HUB_MAILBOX_<ID>_PASSWORD. */
    private static LoginSettings loginSettings(MailSettings.MailboxEntry e) {
        LoginSettings l = e.login();
        if (l == null) {
            return LoginSettings.password(e.address(), defaultPasswordVariable(e.id()));
        }
        String kind = l.kind() == null ? "password" : l.kind();
        String passwordEnv = l.passwordEnv() == null && kind.equals("password") ? defaultPasswordVariable(e.id())
                : l.passwordEnv();
        return new LoginSettings(kind, or(l.username(), e.address()), passwordEnv, l.tenant(), l.clientId(),
                l.clientSecretEnv(), l.certificateFileEnv(), l.certificatePasswordEnv(), l.keyFileEnv(), l.scope(),
                l.authority(), l.tokenUri());
    }

    /** HUB_MAILBOX_REFERRALS_PASSWORD for the mailbox "referrals". */
    static String defaultPasswordVariable(String id) {
        return "HUB_MAILBOX_" + id.toUpperCase(Locale.ROOT).replace('-', '_') + "_PASSWORD";
    }

    private static Set<FormType> expects(MailSettings.MailboxEntry e) {
        Set<FormType> out = new LinkedHashSet<>();
        for (String id : e.expects() == null ? List.<String>of() : e.expects()) {
            out.add(java.util.Arrays.stream(FormType.values()).filter(t -> t.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("hub.mail.mailboxes." + e.id() + ".expects: no form "
                            + id + " (one of void-return, referral, risk-concern, safeguarding-incident, "
                            + "intelligence-submission, mash-referral, mash-notice)")));
        }
        return Set.copyOf(out);
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    // ---- Camel: one route a mailbox, from the template, with its own scheduler, login and mail properties.

    @Override
    public void beforeApplicationStart(CamelContext camel) {
        for (Mailbox m : all) {
            camel.getRegistry().bind(m.routeId() + "-scheduler", schedulers.get(m.id()));
            camel.getRegistry().bind(m.routeId() + "-login", authenticator(m.login()));
            camel.getRegistry().bind(m.routeId() + "-properties", m.javaMailProperties());
            try {
                TemplatedRouteBuilder.builder(camel, TEMPLATE).routeId(m.routeId())
                        .parameter("mailbox", m.routeId())
                        .parameter("protocol", m.protocol())
                        .parameter("host", m.host())
                        .parameter("port", String.valueOf(m.port()))
                        .parameter("username", m.login().username())
                        .parameter("folder", m.folder())
                        .parameter("maxMessagesPerPoll", String.valueOf(settings.imap().maxMessagesPerPoll()))
                        .add();
            } catch (Exception e) {
                throw new IllegalStateException("Could not build the intake route of mailbox " + m.id(), e);
            }
            LOG.info("Mailbox {} read from {}:{} folder {}", m.id(), m.host(), m.port(), m.folder());
        }
    }

    @Override
    public void afterApplicationStart(CamelContext camel) {
        // nothing: the routes start with Camel
    }

    /**
     * camel-mail asks on every connect (and once as the route starts): a token is refreshed. A login that cannot be
     * made gives no credential; the mailbox's scheduler does not poll it meanwhile and health says why.
     */
    public static MailAuthenticator authenticator(MailCredentials login) {
        return new MailAuthenticator() {
            @Override
            public PasswordAuthentication getPasswordAuthentication() {
                try {
                    return new PasswordAuthentication(login.username(), login.credential());
                } catch (LoginRefused e) {
                    return new PasswordAuthentication(login.username(), "");
                }
            }
        };
    }
}
