package org.ypsa.hub.adapter.mail.login;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.camel.component.mail.DefaultJavaMailSender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ypsa.hub.config.LoginSettings;
import org.ypsa.hub.support.HubIT;
import org.ypsa.hub.support.StandInEntraId;
import org.ypsa.hub.support.StandInGoogleTokenService;
import org.ypsa.hub.support.TestClock;
import org.ypsa.hub.support.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * IMAP and SMTP by SASL XOAUTH2 on GreenMail, which checks the token as the user's password: each token the
 * stand-in issues becomes the only one the mail server accepts, as a lapsed token is refused by a real one.
 */
class XOAuth2MailIT {
    static final String MAILBOX = "referrals@council.test";
    static final String SECRET = "m365-secret-for-the-mail-test";
    static TestKeys tls;

    final Map<String, String> env = new HashMap<>();
    final TestClock clock = new TestClock();
    final int smtp = HubIT.freePort();
    final int imap = HubIT.freePort();
    GreenMail greenMail;

    @BeforeAll
    static void keys() {
        tls = TestKeys.generate("stand-in-entra");
    }

    @BeforeEach
    void mailServer() {
        greenMail = new GreenMail(new ServerSetup[] {new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        greenMail.start();
        greenMail.setUser(MAILBOX, MAILBOX, "no-token-yet");
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    private void acceptOnlyTheNewestToken(org.ypsa.hub.support.StandInTokenService service) {
        service.onIssue(token -> greenMail.getUserManager().getUserByEmail(MAILBOX).setPassword(token));
    }

    private MailCredentials microsoft(StandInEntraId entra) {
        env.put("M365_SECRET", SECRET);
        MailLogin login = new MailLogins(env::get).describe(LoginSettings
                .microsoftWithSecret(MAILBOX, "tenant-1", "client-1", "M365_SECRET")
                .withEndpoint(entra.baseUri().toString()));
        return MailCredentials.of(login, TokenOptions.defaults().withClock(clock).withTls(entra.trust()));
    }

    private Session session(MailCredentials credentials, String protocol) {
        Properties p = new Properties();
        p.setProperty("mail." + protocol + ".connectiontimeout", "5000");
        p.setProperty("mail." + protocol + ".timeout", "5000");
        p.putAll(credentials.javaMailProperties(protocol));
        return Session.getInstance(p);
    }

    private MimeMessage message(Session session, String subject) throws Exception {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(MAILBOX));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(MAILBOX));
        m.setSubject(subject);
        m.setText("Referral form attached in the real world; a line of text here.");
        return m;
    }

    private int inboxCount(Store store) throws Exception {
        Folder inbox = store.getFolder("INBOX");
        inbox.open(Folder.READ_ONLY);
        try {
            return inbox.getMessageCount();
        } finally {
            inbox.close(false);
        }
    }

    @Test
    void camelMailSendsByXOAuth2AndImapReadsByXOAuth2() throws Exception {
        try (StandInEntraId entra = StandInEntraId.withSecret(tls, "tenant-1", "client-1", SECRET)) {
            acceptOnlyTheNewestToken(entra);
            MailCredentials credentials = microsoft(entra);

            DefaultJavaMailSender sender = new DefaultJavaMailSender();
            sender.setProtocol("smtp");
            sender.setHost("127.0.0.1");
            sender.setPort(smtp);
            sender.setSession(session(credentials, "smtp"));
            sender.setAuthenticator(credentials.authenticator());
            sender.send(message(sender.getSession(), "Referral by XOAUTH2"));

            try (Store store = session(credentials, "imap").getStore("imap")) {
                store.connect("127.0.0.1", imap, credentials.username(), credentials.credential());
                assertThat(inboxCount(store)).isEqualTo(1);
            }
            assertThat(greenMail.getReceivedMessages()[0].getSubject()).isEqualTo("Referral by XOAUTH2");
            assertThat(credentials.tokensFetched()).as("SMTP and IMAP share the cached token").isEqualTo(1);
        }
    }

    @Test
    void aTokenThatLapsesDuringALongSessionIsReplacedAtTheReconnect() throws Exception {
        try (StandInEntraId entra = StandInEntraId.withSecret(tls, "tenant-1", "client-1", SECRET)) {
            acceptOnlyTheNewestToken(entra);
            MailCredentials credentials = microsoft(entra);
            LoginAuthenticator authenticator = credentials.authenticator();
            Session session = session(credentials, "imap");

            Store longSession = session.getStore("imap");
            PasswordAuthentication first = authenticator.getPasswordAuthentication();
            longSession.connect("127.0.0.1", imap, first.getUserName(), first.getPassword());
            assertThat(inboxCount(longSession)).isZero();

            // the session outlives its token: 57 minutes on, the token has 3 minutes left
            clock.advance(Duration.ofMinutes(57));
            greenMail.getUserManager().getUserByEmail(MAILBOX).setPassword("the-first-token-has-lapsed");
            assertThat(inboxCount(longSession)).as("an open session is not logged out").isZero();
            longSession.close(); // the server ends the session, as IDLE sessions end

            try (Store stale = session.getStore("imap")) {
                assertThatThrownBy(() -> stale.connect("127.0.0.1", imap, MAILBOX, first.getPassword()))
                        .as("the lapsed token is refused").isInstanceOf(AuthenticationFailedException.class);
            }
            PasswordAuthentication second = authenticator.getPasswordAuthentication();
            assertThat(second.getPassword()).isNotEqualTo(first.getPassword());
            try (Store reconnected = session.getStore("imap")) {
                reconnected.connect("127.0.0.1", imap, second.getUserName(), second.getPassword());
                assertThat(inboxCount(reconnected)).isZero();
            }
            assertThat(credentials.tokensFetched()).isEqualTo(2);
        }
    }

    @Test
    void aGoogleMailboxReadsAndSendsByXOAuth2(@TempDir Path dir) throws Exception {
        try (StandInGoogleTokenService google = StandInGoogleTokenService.delegatedTo(Set.of(MAILBOX))) {
            acceptOnlyTheNewestToken(google);
            env.put("GOOGLE_KEY_FILE", google.writeKeyFile(dir).toString());
            MailCredentials credentials = MailCredentials.of(
                    new MailLogins(env::get).describe(LoginSettings.google(MAILBOX, "GOOGLE_KEY_FILE")),
                    TokenOptions.defaults().withClock(clock));

            DefaultJavaMailSender sender = new DefaultJavaMailSender();
            sender.setProtocol("smtp");
            sender.setHost("127.0.0.1");
            sender.setPort(smtp);
            sender.setSession(session(credentials, "smtp"));
            sender.setAuthenticator(credentials.authenticator());
            sender.send(message(sender.getSession(), "Void return by XOAUTH2"));

            try (Store store = session(credentials, "imap").getStore("imap")) {
                PasswordAuthentication login = credentials.authenticator().getPasswordAuthentication();
                store.connect("127.0.0.1", imap, login.getUserName(), login.getPassword());
                assertThat(inboxCount(store)).isEqualTo(1);
            }
        }
    }

    @Test
    void aRevokedSecretFailsTheConnectWithTheReasonAndWithoutTheSecret() throws Exception {
        try (StandInEntraId entra = StandInEntraId.withSecret(tls, "tenant-1", "client-1", SECRET)) {
            acceptOnlyTheNewestToken(entra);
            MailCredentials credentials = microsoft(entra);
            entra.revoke();
            DefaultJavaMailSender sender = new DefaultJavaMailSender();
            sender.setProtocol("smtp");
            sender.setHost("127.0.0.1");
            sender.setPort(smtp);
            sender.setSession(session(credentials, "smtp"));
            sender.setAuthenticator(credentials.authenticator());
            MimeMessage m = message(sender.getSession(), "Never sent");
            assertThatThrownBy(() -> sender.send(m)).isInstanceOfSatisfying(LoginRefused.class, e -> {
                assertThat(e.reason()).isEqualTo(LoginRefused.Reason.CREDENTIALS_REJECTED);
                assertThat(e.getMessage()).doesNotContain(SECRET, MAILBOX);
            });
            assertThat(greenMail.getReceivedMessages()).isEmpty();
        }
    }
}
