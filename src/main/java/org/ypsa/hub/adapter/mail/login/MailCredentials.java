package org.ypsa.hub.adapter.mail.login;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * What one mailbox's connections log in with. Ask {@link #credential()} at every connect: for a password login
 * it is the password; for OAuth2 it is an access token, fetched at the first connect, handed out again while it
 * has more than the refresh margin to live, and replaced by a new one before it lapses. Secrets and tokens are
 * never logged and never in an exception's message.
 */
public final class MailCredentials {
    private final MailLogin login;
    private final TokenIssuer issuer;
    private final TokenOptions options;
    private AccessToken current;
    private int tokensFetched;

    private MailCredentials(MailLogin login, TokenIssuer issuer, TokenOptions options) {
        this.login = login;
        this.issuer = issuer;
        this.options = options;
    }

    public static MailCredentials of(MailLogin login, TokenOptions options) {
        TokenIssuer issuer;
        if (login instanceof MailLogin.MicrosoftOAuth2 microsoft) {
            issuer = new MicrosoftTokenIssuer(microsoft, options);
        } else if (login instanceof MailLogin.GoogleOAuth2 google) {
            issuer = new GoogleTokenIssuer(google);
        } else {
            issuer = null;
        }
        return new MailCredentials(login, issuer, options);
    }

    public MailLogin login() {
        return login;
    }

    public String username() {
        return login.username();
    }

    /**
     * The password or a current access token, for {@code store.connect(host, port, username(), credential())}.
     *
     * @throws LoginRefused when no credential can be had now; the caller backs off before asking again
     */
    public String credential() {
        if (login instanceof MailLogin.Password password) {
            return password.password().reveal();
        }
        synchronized (this) {
            Instant now = options.clock().instant();
            if (current == null || !current.usableAt(now, options.refreshMargin())) {
                current = null;
                try {
                    current = issuer.issue();
                    tokensFetched++;
                } catch (LoginRefused e) {
                    if (!e.reason().isTransient()) {
                        issuer.reset(); // read the secret again next time: an admin may have fixed it
                    }
                    throw e;
                }
            }
            return current.value();
        }
    }

    /**
     * Drops the token held, so the next connect fetches a new one: for when the mail server refused a token that
     * looked current (revoked, or permissions changed).
     */
    public synchronized void forgetToken() {
        current = null;
        if (issuer != null) {
            issuer.reset();
        }
    }

    /** When the token now held lapses; empty for a password login or before the first connect. */
    public synchronized Optional<Instant> tokenExpiresAt() {
        return Optional.ofNullable(current).map(AccessToken::expiresAt);
    }

    /** How many tokens were fetched from the token service so far. */
    public synchronized int tokensFetched() {
        return tokensFetched;
    }

    /** A camel-mail authenticator that asks these credentials at every connect. */
    public LoginAuthenticator authenticator() {
        return new LoginAuthenticator(this);
    }

    /** The JavaMail properties this login needs for a protocol ({@code imap}, {@code imaps}, {@code smtp}, ...). */
    public Properties javaMailProperties(String protocol) {
        return javaMailProperties(login, protocol);
    }

    /**
     * The JavaMail properties a login needs: for OAuth2, SASL XOAUTH2 as the only mechanism (so a token is never
     * offered as a password by LOGIN or PLAIN); for SMTP, authentication switched on. Merge them over the
     * session's other properties (timeouts, TLS).
     */
    public static Properties javaMailProperties(MailLogin login, String protocol) {
        String p = protocol.toLowerCase(Locale.ROOT);
        Properties props = new Properties();
        boolean smtp = p.startsWith("smtp");
        if (smtp) {
            props.setProperty("mail." + p + ".auth", "true");
        }
        if (login.usesXOAuth2()) {
            props.setProperty("mail." + p + ".auth.mechanisms", "XOAUTH2");
            if (!smtp) {
                // IMAP and POP3 keep XOAUTH2 off unless told; PLAIN and LOGIN off so no token goes out as a password
                props.setProperty("mail." + p + ".auth.xoauth2.disable", "false");
                props.setProperty("mail." + p + ".auth.plain.disable", "true");
                props.setProperty("mail." + p + ".auth.login.disable", "true");
            }
            props.setProperty("mail." + p + ".sasl.enable", "false");
        }
        return props;
    }
}
