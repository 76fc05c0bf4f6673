package org.ypsa.hub.adapter.mail.login;

import jakarta.mail.PasswordAuthentication;

import org.apache.camel.component.mail.MailAuthenticator;

/**
 * camel-mail's authenticator for a mailbox: camel-mail asks it before every connect (consumer and producer), so
 * each connection gets the cached token while it is current and a new one before it lapses. Set it as the mail
 * endpoint's {@code authenticator} together with {@link MailCredentials#javaMailProperties}.
 *
 * <p>A token that cannot be had surfaces as {@link LoginRefused} from the connect.
 */
public class LoginAuthenticator extends MailAuthenticator {
    private final MailCredentials credentials;

    public LoginAuthenticator(MailCredentials credentials) {
        this.credentials = credentials;
    }

    public MailCredentials credentials() {
        return credentials;
    }

    @Override
    public PasswordAuthentication getPasswordAuthentication() {
        return new PasswordAuthentication(credentials.username(), credentials.credential());
    }
}
