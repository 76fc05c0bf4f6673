package org.ypsa.hub.adapter.mail.login;

/**
 * A login that cannot be made now. Its message is safe to log and to show on health: it names the reason, an
 * environment variable or a provider's error code, never a secret, a token or a mailbox address. The layer does
 * not retry: a caller backs off before it asks again.
 */
public class LoginRefused extends RuntimeException {

    public enum Reason {
        SECRET_MISSING("the secret is not configured", false),
        SECRET_UNREADABLE("the secret or key file cannot be used", false),
        CREDENTIALS_REJECTED("the token service rejected the client's secret, certificate or key (wrong, expired or revoked)", false),
        NOT_AUTHORISED("the token service refused access: permission, admin consent or domain-wide delegation missing", false),
        SETTINGS_REJECTED("the token service rejected the login settings (tenant, client id or scope)", false),
        TOKEN_SERVICE_UNAVAILABLE("the token service could not be reached or failed", true);

        private final String description;
        private final boolean transientFailure;

        Reason(String description, boolean transientFailure) {
            this.description = description;
            this.transientFailure = transientFailure;
        }

        public String description() {
            return description;
        }

        /** True when the same login may succeed later without an admin changing anything. */
        public boolean isTransient() {
            return transientFailure;
        }
    }

    private final Reason reason;
    private final String detail;

    public LoginRefused(Reason reason, String detail) {
        super(reason.description() + (detail == null || detail.isBlank() ? "" : ": " + detail));
        this.reason = reason;
        this.detail = detail == null ? "" : detail;
    }

    public Reason reason() {
        return reason;
    }

    /** What the provider or the configuration said, safe to log (an error code, a variable's name). */
    public String detail() {
        return detail;
    }
}
