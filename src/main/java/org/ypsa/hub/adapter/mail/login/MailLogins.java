package org.ypsa.hub.adapter.mail.login;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.ypsa.hub.config.LoginSettings;

/**
 * Builds typed logins from what an admin wrote, and opens credentials for them. Secrets are read from the
 * environment given here (the process environment unless a test gives another).
 */
public final class MailLogins {
    private final Function<String, String> environment;

    public MailLogins() {
        this(System::getenv);
    }

    public MailLogins(Function<String, String> environment) {
        this.environment = environment;
    }

    /**
     * The login the settings describe. Only the shape is checked here; whether each secret is set is found out at
     * the first connect, so one mailbox's missing secret does not stop the others.
     *
     * @throws InvalidLoginSettings naming every field that is missing or wrong
     */
    public MailLogin describe(LoginSettings s) {
        List<String> problems = new ArrayList<>();
        if (s.username() == null || s.username().isBlank()) {
            problems.add("username: missing; expected the mailbox address");
        }
        String kind = s.kind() == null ? "" : s.kind().strip();
        MailLogin login = switch (kind) {
            case "password" -> password(s, problems);
            case "microsoft-oauth2" -> microsoft(s, problems);
            case "google-oauth2" -> google(s, problems);
            default -> {
                problems.add("kind: '" + kind + "' is not known; expected password, microsoft-oauth2 or google-oauth2");
                yield null;
            }
        };
        if (!problems.isEmpty()) {
            throw new InvalidLoginSettings(problems);
        }
        return login;
    }

    /** The credentials for a login, with the default token options. */
    public MailCredentials open(MailLogin login) {
        return MailCredentials.of(login, TokenOptions.defaults());
    }

    /** The credentials for the login the settings describe. */
    public MailCredentials open(LoginSettings settings) {
        return open(describe(settings));
    }

    private MailLogin password(LoginSettings s, List<String> problems) {
        Optional<Secret> password = secret("passwordEnv", s.passwordEnv(), problems, true);
        forbid(problems, "password", "clientSecretEnv", s.clientSecretEnv(), "certificateFileEnv",
                s.certificateFileEnv(), "keyFileEnv", s.keyFileEnv());
        return password.map(p -> new MailLogin.Password(s.username(), p)).orElse(null);
    }

    private MailLogin microsoft(LoginSettings s, List<String> problems) {
        require(problems, "tenant", s.tenant(), "the Entra tenant id or domain");
        require(problems, "clientId", s.clientId(), "the app registration's application (client) id");
        forbid(problems, "microsoft-oauth2", "passwordEnv", s.passwordEnv(), "keyFileEnv", s.keyFileEnv());
        boolean hasSecret = present(s.clientSecretEnv());
        boolean hasCertificate = present(s.certificateFileEnv());
        MailLogin.ClientProof proof = null;
        if (hasSecret == hasCertificate) {
            problems.add("clientSecretEnv / certificateFileEnv: expected exactly one of them");
        } else if (hasSecret) {
            proof = new MailLogin.ClientSecret(new Secret(s.clientSecretEnv().strip(), environment));
        } else {
            proof = new MailLogin.Certificate(new SecretFile(s.certificateFileEnv().strip(), environment),
                    Optional.ofNullable(present(s.certificatePasswordEnv())
                            ? new Secret(s.certificatePasswordEnv().strip(), environment) : null));
        }
        URI authority = uri(problems, "authority", s.authority()).orElse(MailLogin.MICROSOFT_AUTHORITY);
        if (present(s.authority()) && !"https".equalsIgnoreCase(authority.getScheme())) {
            problems.add("authority: expected an https URL");
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new MailLogin.MicrosoftOAuth2(s.username(), s.tenant().strip(), s.clientId().strip(), proof,
                authority, scope(s, MailLogin.MICROSOFT_SCOPE));
    }

    private MailLogin google(LoginSettings s, List<String> problems) {
        require(problems, "keyFileEnv", s.keyFileEnv(), "the variable naming the service account's JSON key file");
        forbid(problems, "google-oauth2", "passwordEnv", s.passwordEnv(), "clientSecretEnv", s.clientSecretEnv(),
                "certificateFileEnv", s.certificateFileEnv());
        Optional<URI> tokenUri = uri(problems, "tokenUri", s.tokenUri());
        if (!problems.isEmpty()) {
            return null;
        }
        return new MailLogin.GoogleOAuth2(s.username(), new SecretFile(s.keyFileEnv().strip(), environment),
                scope(s, MailLogin.GOOGLE_SCOPE), tokenUri);
    }

    private Optional<Secret> secret(String field, String variable, List<String> problems, boolean required) {
        if (!present(variable)) {
            if (required) {
                problems.add(field + ": missing; expected the name of an environment variable holding the secret");
            }
            return Optional.empty();
        }
        return Optional.of(new Secret(variable.strip(), environment));
    }

    private static String scope(LoginSettings s, String fallback) {
        return present(s.scope()) ? s.scope().strip() : fallback;
    }

    private static Optional<URI> uri(List<String> problems, String field, String value) {
        if (!present(value)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                problems.add(field + ": expected an absolute URL");
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (java.net.URISyntaxException e) {
            problems.add(field + ": not a URL");
            return Optional.empty();
        }
    }

    private static void require(List<String> problems, String field, String value, String expected) {
        if (!present(value)) {
            problems.add(field + ": missing; expected " + expected);
        }
    }

    /** A field of another kind is a sign of a mix-up, e.g. a password left on an OAuth2 mailbox. */
    private static void forbid(List<String> problems, String kind, String... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (present(namesAndValues[i + 1])) {
                problems.add(namesAndValues[i] + ": not used by a " + kind + " login; remove it");
            }
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** Login settings an admin must correct; each problem names the field, what is wrong and what is expected. */
    public static final class InvalidLoginSettings extends IllegalArgumentException {
        private final List<String> problems;

        InvalidLoginSettings(List<String> problems) {
            super("login settings: " + String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
