package org.ypsa.hub.adapter.mail.login;

import java.net.URI;
import java.util.Optional;

/** How the hub logs in to one mailbox: with a password, or with an OAuth2 token from Microsoft or Google. */
public sealed interface MailLogin permits MailLogin.Password, MailLogin.MicrosoftOAuth2, MailLogin.GoogleOAuth2 {

    URI MICROSOFT_AUTHORITY = URI.create("https://login.microsoftonline.com/");
    String MICROSOFT_SCOPE = "https://outlook.office365.com/.default";
    String GOOGLE_SCOPE = "https://mail.google.com/";

    /** The name given to the mail server, which for OAuth2 is the mailbox's address. */
    String username();

    /** The settings' kind, as an admin writes it. */
    String kind();

    /** True when the credential is an OAuth2 access token, sent by SASL XOAUTH2. */
    default boolean usesXOAuth2() {
        return !(this instanceof Password);
    }

    /** GreenMail, Dovecot, on-premises Exchange. */
    record Password(String username, Secret password) implements MailLogin {
        @Override
        public String kind() {
            return "password";
        }
    }

    /**
     * Microsoft 365: Entra ID client credentials for an app registration granted {@code IMAP.AccessAsApp} and
     * {@code SMTP.SendAsApp}.
     *
     * @param authority the identity platform's base URL; the tenant is appended
     */
    record MicrosoftOAuth2(String username, String tenant, String clientId, ClientProof proof, URI authority,
            String scope) implements MailLogin {
        @Override
        public String kind() {
            return "microsoft-oauth2";
        }

        /** The tenant's authority, e.g. {@code https://login.microsoftonline.com/contoso.onmicrosoft.com/}. */
        public String tenantAuthority() {
            String base = authority.toString();
            return (base.endsWith("/") ? base : base + "/") + tenant + "/";
        }

        /** True when the authority is Microsoft's own, where MSAL's instance discovery applies. */
        public boolean isMicrosoftCloud() {
            return MICROSOFT_AUTHORITY.equals(authority);
        }
    }

    /** How an Entra app proves who it is. */
    sealed interface ClientProof permits ClientSecret, Certificate {
    }

    record ClientSecret(Secret secret) implements ClientProof {
    }

    /**
     * A certificate uploaded to the app registration, with its private key.
     *
     * @param password the PKCS12 file's password; empty for a PEM file
     */
    record Certificate(SecretFile file, Optional<Secret> password) implements ClientProof {
    }

    /**
     * Google Workspace: a service account with domain-wide delegation for the mail scope, acting as the mailbox.
     *
     * @param tokenUri the token endpoint, when not the one in the key file
     */
    record GoogleOAuth2(String username, SecretFile keyFile, String scope, Optional<URI> tokenUri)
            implements MailLogin {
        @Override
        public String kind() {
            return "google-oauth2";
        }
    }
}
