package org.ypsa.hub.config;

/**
 * How one mailbox logs in, as an admin writes it in YAML. Every secret is named, never written: a field ending
 * in {@code Env} holds the name of an environment variable, whose value is the secret or (for files) the path of
 * the file that holds it. {@code MailLogins.describe} (adapter.mail.login) turns this into a typed {@code MailLogin}.
 *
 * @param kind {@code password}, {@code microsoft-oauth2} or {@code google-oauth2}
 * @param username the mailbox address the hub logs in as (for OAuth2, the mailbox the token gives access to)
 * @param passwordEnv password: the variable holding the password (or {@code <name>_FILE} naming a file)
 * @param tenant microsoft-oauth2: the Entra tenant id or domain
 * @param clientId microsoft-oauth2: the application (client) id of the app registration
 * @param clientSecretEnv microsoft-oauth2: the variable holding the client secret (or {@code <name>_FILE})
 * @param certificateFileEnv microsoft-oauth2, instead of a client secret: the variable naming a PKCS12
 *        ({@code .p12}/{@code .pfx}) or PEM file with the certificate and its private key
 * @param certificatePasswordEnv microsoft-oauth2 with a PKCS12 file: the variable holding its password
 * @param keyFileEnv google-oauth2: the variable naming the service account's JSON key file
 * @param scope optional: the token scope, defaulting to the provider's mail scope
 * @param authority microsoft-oauth2, optional: the identity platform's base URL (another cloud, or a test)
 * @param tokenUri google-oauth2, optional: the token endpoint, instead of the one in the key file (a test)
 */
public record LoginSettings(String kind, String username, String passwordEnv, String tenant, String clientId,
        String clientSecretEnv, String certificateFileEnv, String certificatePasswordEnv, String keyFileEnv,
        String scope, String authority, String tokenUri) {

    public static LoginSettings password(String username, String passwordEnv) {
        return new LoginSettings("password", username, passwordEnv, null, null, null, null, null, null, null, null,
                null);
    }

    public static LoginSettings microsoftWithSecret(String username, String tenant, String clientId,
            String clientSecretEnv) {
        return new LoginSettings("microsoft-oauth2", username, null, tenant, clientId, clientSecretEnv, null, null,
                null, null, null, null);
    }

    public static LoginSettings microsoftWithCertificate(String username, String tenant, String clientId,
            String certificateFileEnv, String certificatePasswordEnv) {
        return new LoginSettings("microsoft-oauth2", username, null, tenant, clientId, null, certificateFileEnv,
                certificatePasswordEnv, null, null, null, null);
    }

    public static LoginSettings google(String username, String keyFileEnv) {
        return new LoginSettings("google-oauth2", username, null, null, null, null, null, null, keyFileEnv, null,
                null, null);
    }

    /** The same settings with another identity-platform base URL (Microsoft) or token endpoint (Google). */
    public LoginSettings withEndpoint(String endpoint) {
        boolean microsoft = "microsoft-oauth2".equals(kind);
        return new LoginSettings(kind, username, passwordEnv, tenant, clientId, clientSecretEnv, certificateFileEnv,
                certificatePasswordEnv, keyFileEnv, scope, microsoft ? endpoint : authority,
                microsoft ? tokenUri : endpoint);
    }
}
