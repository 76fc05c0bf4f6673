package org.ypsa.hub.adapter.mail;

import java.util.Properties;

/**
 * How the hub logs in to one mailbox. {@link #credential()} is asked on every connect (a password, or an access
 * token that is refreshed before it expires) and throws {@link LoginRefused} with a reason safe to show.
 */
public interface MailboxLogin {

    String username();

    String credential() throws LoginRefused;

    /** What Jakarta Mail needs for this login on top of the hub's own settings (XOAUTH2 for tokens). */
    default Properties javaMailProperties(String protocol) {
        return new Properties();
    }

    /** The login cannot be made: a secret is missing, wrong or revoked. The reason names no secret. */
    final class LoginRefused extends Exception {
        public LoginRefused(String reason) {
            super(reason);
        }
    }

    /** A password from the environment (GreenMail, Dovecot, on-premises Exchange). */
    record Password(String username, String variable, String password) implements MailboxLogin {
        @Override
        public String credential() throws LoginRefused {
            if (password == null || password.isEmpty()) {
                throw new LoginRefused("the environment variable " + variable + " holding this mailbox's password is not set");
            }
            return password;
        }

        @Override
        public String toString() {
            return "Password[" + username + ", from " + variable + "]";
        }
    }
}
