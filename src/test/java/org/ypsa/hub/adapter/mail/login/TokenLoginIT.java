package org.ypsa.hub.adapter.mail.login;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.ypsa.hub.config.LoginSettings;
import org.ypsa.hub.support.StandInEntraId;
import org.ypsa.hub.support.StandInGoogleTokenService;
import org.ypsa.hub.support.TestClock;
import org.ypsa.hub.support.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** OAuth2 logins against stand-in token services on loopback: caching, early refresh, refusals. */
class TokenLoginIT {
    static final String MAILBOX = "voids@council.test";
    static final String CLIENT_SECRET = "client-secret-value-never-logged";
    static TestKeys tls;

    final Map<String, String> env = new HashMap<>();
    final TestClock clock = new TestClock();
    final TokenOptions options = TokenOptions.defaults().withClock(clock);

    @BeforeAll
    static void keys() {
        tls = TestKeys.generate("stand-in-entra");
    }

    MailCredentials microsoft(StandInEntraId entra, LoginSettings settings) {
        MailLogin login = new MailLogins(env::get).describe(settings.withEndpoint(entra.baseUri().toString()));
        return MailCredentials.of(login, options.withTls(entra.trust()));
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Microsoft {
        final StandInEntraId entra = StandInEntraId.withSecret(tls, "tenant-1", "client-1", CLIENT_SECRET);

        @AfterAll
        void stop() {
            entra.close();
        }

        MailCredentials withSecret(String value) {
            env.put("M365_CLIENT_SECRET", value);
            return microsoft(entra, LoginSettings.microsoftWithSecret(MAILBOX, "tenant-1", "client-1",
                    "M365_CLIENT_SECRET"));
        }

        @Test
        void aTokenIsCachedBetweenConnectsAndReplacedFiveMinutesBeforeItLapses() {
            entra.expireTokensAfter(3600);
            MailCredentials c = withSecret(CLIENT_SECRET);
            String first = c.credential();
            assertThat(entra.issued()).contains(first);

            clock.advance(Duration.ofMinutes(54));
            assertThat(c.credential()).as("six minutes left: still the cached token").isEqualTo(first);
            assertThat(c.tokensFetched()).isEqualTo(1);

            clock.advance(Duration.ofMinutes(2));
            String second = c.credential();
            assertThat(second).as("four minutes left: a new token").isNotEqualTo(first).isIn(entra.issued());
            assertThat(c.tokensFetched()).isEqualTo(2);
            assertThat(c.tokenExpiresAt()).isPresent();
        }

        @Test
        void aShortLivedTokenIsNeverHandedOutWithinTheMargin() {
            entra.expireTokensAfter(120);
            MailCredentials c = withSecret(CLIENT_SECRET);
            String first = c.credential();
            assertThat(c.credential()).isNotEqualTo(first);
            assertThat(c.tokensFetched()).isEqualTo(2);
        }

        @Test
        void aWrongSecretIsReportedWithoutTheSecret() {
            MailCredentials c = withSecret("a-wrong-secret-value");
            assertThatThrownBy(c::credential).isInstanceOfSatisfying(LoginRefused.class, e -> {
                assertThat(e.reason()).isEqualTo(LoginRefused.Reason.CREDENTIALS_REJECTED);
                assertThat(e.getMessage()).contains("invalid_client", "AADSTS7000215")
                        .doesNotContain("a-wrong-secret-value", CLIENT_SECRET, MAILBOX, "client-1");
                assertThat(e.getCause()).isNull();
            });
        }

        @Test
        void aRevokedSecretIsReportedWithoutTheSecretAndNotRetried() {
            StandInEntraId revoked = StandInEntraId.withSecret(tls, "tenant-1", "client-1", CLIENT_SECRET);
            try (revoked) {
                env.put("M365_CLIENT_SECRET", CLIENT_SECRET);
                MailCredentials c = microsoft(revoked, LoginSettings.microsoftWithSecret(MAILBOX, "tenant-1",
                        "client-1", "M365_CLIENT_SECRET"));
                String token = c.credential();
                revoked.revoke();
                clock.advance(Duration.ofMinutes(58));
                int before = revoked.requests();
                assertThatThrownBy(c::credential).isInstanceOfSatisfying(LoginRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo(LoginRefused.Reason.CREDENTIALS_REJECTED);
                    assertThat(e.reason().isTransient()).isFalse();
                    assertThat(e.getMessage()).contains("AADSTS7000222").doesNotContain(CLIENT_SECRET, token, MAILBOX);
                });
                assertThat(revoked.requests() - before).as("one request, no retry loop inside the login").isEqualTo(1);
                assertThat(c.tokenExpiresAt()).as("the old token is not handed out again").isEmpty();
            }
        }

        @Test
        void anAppUnknownInTheTenantIsNotAuthorised() {
            env.put("M365_CLIENT_SECRET", CLIENT_SECRET);
            MailCredentials c = microsoft(entra, LoginSettings.microsoftWithSecret(MAILBOX, "tenant-1", "client-2",
                    "M365_CLIENT_SECRET"));
            assertThatThrownBy(c::credential).isInstanceOfSatisfying(LoginRefused.class,
                    e -> assertThat(e.reason()).isEqualTo(LoginRefused.Reason.NOT_AUTHORISED));
        }

        @Test
        void anUnreachableTokenServiceIsATransientRefusal() {
            StandInEntraId gone = StandInEntraId.withSecret(tls, "tenant-1", "client-1", CLIENT_SECRET);
            env.put("M365_CLIENT_SECRET", CLIENT_SECRET);
            MailCredentials c = microsoft(gone, LoginSettings.microsoftWithSecret(MAILBOX, "tenant-1", "client-1",
                    "M365_CLIENT_SECRET"));
            gone.close();
            assertThatThrownBy(c::credential).isInstanceOfSatisfying(LoginRefused.class, e -> {
                assertThat(e.reason()).isEqualTo(LoginRefused.Reason.TOKEN_SERVICE_UNAVAILABLE);
                assertThat(e.reason().isTransient()).isTrue();
            });
        }
    }

    @Nested
    class MicrosoftCertificate {
        @Test
        void aPkcs12CertificateGetsAToken() {
            TestKeys app = TestKeys.generate("hub-app");
            try (StandInEntraId entra = StandInEntraId.withCertificate(tls, "tenant-1", "client-1", app)) {
                env.put("M365_CERT_FILE", app.pkcs12().toString());
                env.put("M365_CERT_PASSWORD", TestKeys.PASSWORD);
                MailCredentials c = microsoft(entra, LoginSettings.microsoftWithCertificate(MAILBOX, "tenant-1",
                        "client-1", "M365_CERT_FILE", "M365_CERT_PASSWORD"));
                assertThat(c.credential()).isIn(entra.issued());
            }
        }

        @Test
        void aPemCertificateGetsAToken() {
            TestKeys app = TestKeys.generate("hub-app");
            try (StandInEntraId entra = StandInEntraId.withCertificate(tls, "tenant-1", "client-1", app)) {
                env.put("M365_CERT_FILE", app.pem().toString());
                MailCredentials c = microsoft(entra, LoginSettings.microsoftWithCertificate(MAILBOX, "tenant-1",
                        "client-1", "M365_CERT_FILE", null));
                assertThat(c.credential()).isIn(entra.issued());
            }
        }

        @Test
        void aCertificateNotRegisteredOnTheAppIsRejected() {
            TestKeys registered = TestKeys.generate("hub-app");
            TestKeys other = TestKeys.generate("someone-else");
            try (StandInEntraId entra = StandInEntraId.withCertificate(tls, "tenant-1", "client-1", registered)) {
                env.put("M365_CERT_FILE", other.pkcs12().toString());
                env.put("M365_CERT_PASSWORD", TestKeys.PASSWORD);
                MailCredentials c = microsoft(entra, LoginSettings.microsoftWithCertificate(MAILBOX, "tenant-1",
                        "client-1", "M365_CERT_FILE", "M365_CERT_PASSWORD"));
                assertThatThrownBy(c::credential).isInstanceOfSatisfying(LoginRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo(LoginRefused.Reason.CREDENTIALS_REJECTED);
                    assertThat(e.getMessage()).contains("AADSTS700027");
                });
            }
        }

        @Test
        void aWrongCertificatePasswordIsReportedWithoutIt() {
            TestKeys app = TestKeys.generate("hub-app");
            try (StandInEntraId entra = StandInEntraId.withCertificate(tls, "tenant-1", "client-1", app)) {
                env.put("M365_CERT_FILE", app.pkcs12().toString());
                env.put("M365_CERT_PASSWORD", "not-the-password");
                MailCredentials c = microsoft(entra, LoginSettings.microsoftWithCertificate(MAILBOX, "tenant-1",
                        "client-1", "M365_CERT_FILE", "M365_CERT_PASSWORD"));
                assertThatThrownBy(c::credential).isInstanceOfSatisfying(LoginRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo(LoginRefused.Reason.SECRET_UNREADABLE);
                    assertThat(e.getMessage()).contains("M365_CERT_FILE").doesNotContain("not-the-password");
                });
                assertThat(entra.requests()).isZero();
            }
        }
    }

    @Nested
    class Google {
        @TempDir
        Path dir;

        MailCredentials google(StandInGoogleTokenService google, String mailbox) {
            env.put("GOOGLE_KEY_FILE", google.writeKeyFile(dir).toString());
            return MailCredentials.of(new MailLogins(env::get).describe(LoginSettings.google(mailbox, "GOOGLE_KEY_FILE")),
                    options);
        }

        @Test
        void aDelegatedTokenIsCachedAndReplacedBeforeItLapses() {
            try (StandInGoogleTokenService google = StandInGoogleTokenService.delegatedTo(Set.of(MAILBOX))) {
                MailCredentials c = google(google, MAILBOX);
                String first = c.credential();
                assertThat(first).isIn(google.issued());
                clock.advance(Duration.ofMinutes(50));
                assertThat(c.credential()).isEqualTo(first);
                clock.advance(Duration.ofMinutes(6));
                assertThat(c.credential()).isNotEqualTo(first).isIn(google.issued());
                assertThat(google.requests()).isEqualTo(2);
            }
        }

        @Test
        void aRevokedKeyIsReportedWithoutTheKeyOrTheMailbox() {
            try (StandInGoogleTokenService google = StandInGoogleTokenService.delegatedTo(Set.of(MAILBOX))) {
                MailCredentials c = google(google, MAILBOX);
                google.revoke();
                assertThatThrownBy(c::credential).isInstanceOfSatisfying(LoginRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo(LoginRefused.Reason.CREDENTIALS_REJECTED);
                    assertThat(e.getMessage()).contains("invalid_grant").doesNotContain(MAILBOX, "PRIVATE KEY",
                            StandInGoogleTokenService.SERVICE_ACCOUNT);
                });
                assertThat(google.requests()).as("no retry inside the login").isEqualTo(1);
            }
        }

        @Test
        void aMailboxOutsideTheDelegationIsNotAuthorised() {
            try (StandInGoogleTokenService google = StandInGoogleTokenService.delegatedTo(Set.of(MAILBOX))) {
                MailCredentials c = google(google, "brokerage@council.test");
                assertThatThrownBy(c::credential).isInstanceOfSatisfying(LoginRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo(LoginRefused.Reason.NOT_AUTHORISED);
                    assertThat(e.getMessage()).contains("delegation").doesNotContain("brokerage@");
                });
            }
        }
    }
}
