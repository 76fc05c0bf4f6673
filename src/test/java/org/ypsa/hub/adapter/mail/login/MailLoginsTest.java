package org.ypsa.hub.adapter.mail.login;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ypsa.hub.config.LoginSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailLoginsTest {
    private final Map<String, String> env = new HashMap<>();
    private final MailLogins logins = new MailLogins(env::get);

    @Nested
    class Settings {
        @Test
        void eachKindBecomesItsTypedLogin() {
            assertThat(logins.describe(LoginSettings.password("intake@council.test", "INTAKE_PASSWORD")))
                    .isInstanceOf(MailLogin.Password.class);
            MailLogin microsoft = logins.describe(
                    LoginSettings.microsoftWithSecret("voids@council.test", "tenant-1", "client-1", "M365_SECRET"));
            assertThat(microsoft).isInstanceOfSatisfying(MailLogin.MicrosoftOAuth2.class, m -> {
                assertThat(m.scope()).isEqualTo("https://outlook.office365.com/.default");
                assertThat(m.tenantAuthority()).isEqualTo("https://login.microsoftonline.com/tenant-1/");
                assertThat(m.isMicrosoftCloud()).isTrue();
                assertThat(m.proof()).isInstanceOf(MailLogin.ClientSecret.class);
            });
            assertThat(logins.describe(LoginSettings.google("mash@council.test", "GOOGLE_KEY_FILE")))
                    .isInstanceOfSatisfying(MailLogin.GoogleOAuth2.class, g -> {
                        assertThat(g.scope()).isEqualTo("https://mail.google.com/");
                        assertThat(g.tokenUri()).isEmpty();
                    });
        }

        @Test
        void everyMissingFieldIsNamedWithWhatIsExpected() {
            LoginSettings bare = new LoginSettings("microsoft-oauth2", " ", null, null, null, null, null, null, null,
                    null, null, null);
            assertThatThrownBy(() -> logins.describe(bare))
                    .isInstanceOfSatisfying(MailLogins.InvalidLoginSettings.class, e -> assertThat(e.problems())
                            .anyMatch(p -> p.startsWith("username: missing"))
                            .anyMatch(p -> p.startsWith("tenant: missing"))
                            .anyMatch(p -> p.startsWith("clientId: missing"))
                            .anyMatch(p -> p.startsWith("clientSecretEnv / certificateFileEnv")));
        }

        @Test
        void anUnknownKindIsRejectedWithTheKnownOnes() {
            LoginSettings s = new LoginSettings("basic", "a@b.test", "X", null, null, null, null, null, null, null,
                    null, null);
            assertThatThrownBy(() -> logins.describe(s)).hasMessageContaining(
                    "expected password, microsoft-oauth2 or google-oauth2");
        }

        @Test
        void aMicrosoftLoginTakesASecretOrACertificateNotBoth() {
            LoginSettings both = new LoginSettings("microsoft-oauth2", "a@b.test", null, "t", "c", "SECRET", "CERT",
                    null, null, null, null, null);
            assertThatThrownBy(() -> logins.describe(both)).hasMessageContaining("expected exactly one of them");
        }

        @Test
        void aPasswordLeftOnAnOAuthLoginIsAMistake() {
            LoginSettings mixed = new LoginSettings("google-oauth2", "a@b.test", "OLD_PASSWORD", null, null, null,
                    null, null, "KEY_FILE", null, null, null);
            assertThatThrownBy(() -> logins.describe(mixed)).hasMessageContaining("passwordEnv: not used");
        }

        @Test
        void anAuthorityOtherThanMicrosoftsTurnsInstanceDiscoveryOff() {
            MailLogin.MicrosoftOAuth2 m = (MailLogin.MicrosoftOAuth2) logins.describe(LoginSettings
                    .microsoftWithSecret("a@b.test", "t", "c", "S").withEndpoint("https://127.0.0.1:8443/"));
            assertThat(m.isMicrosoftCloud()).isFalse();
            assertThat(m.tenantAuthority()).isEqualTo("https://127.0.0.1:8443/t/");
        }

        @Test
        void aPlainHttpAuthorityIsRefused() {
            LoginSettings s = LoginSettings.microsoftWithSecret("a@b.test", "t", "c", "S")
                    .withEndpoint("http://login.example.test/");
            assertThatThrownBy(() -> logins.describe(s)).hasMessageContaining("authority: expected an https URL");
        }
    }

    @Nested
    class Secrets {
        @Test
        void aPasswordComesFromTheNamedEnvironmentVariable() {
            env.put("INTAKE_PASSWORD", "s3cret-value");
            MailCredentials c = logins.open(LoginSettings.password("intake@council.test", "INTAKE_PASSWORD"));
            assertThat(c.credential()).isEqualTo("s3cret-value");
            assertThat(c.username()).isEqualTo("intake@council.test");
        }

        @Test
        void aSecretWrittenInTheSettingsIsTakenAsAVariableNameNeverAsTheSecret() {
            MailCredentials c = logins.open(LoginSettings.password("intake@council.test", "hunter2"));
            assertThatThrownBy(c::credential).isInstanceOfSatisfying(LoginRefused.class,
                    e -> assertThat(e.reason()).isEqualTo(LoginRefused.Reason.SECRET_MISSING));
        }

        @Test
        void aSecretMayComeFromAFileNamedByTheVariable(@TempDir Path dir) throws IOException {
            Path file = Files.writeString(dir.resolve("password"), "from-a-file\n");
            env.put("INTAKE_PASSWORD_FILE", file.toString());
            MailCredentials c = logins.open(LoginSettings.password("intake@council.test", "INTAKE_PASSWORD"));
            assertThat(c.credential()).isEqualTo("from-a-file");
        }

        @Test
        void anUnsetSecretIsReportedByItsVariableName() {
            MailCredentials c = logins.open(LoginSettings.password("intake@council.test", "INTAKE_PASSWORD"));
            assertThatThrownBy(c::credential).isInstanceOfSatisfying(LoginRefused.class, e -> {
                assertThat(e.reason()).isEqualTo(LoginRefused.Reason.SECRET_MISSING);
                assertThat(e.getMessage()).contains("INTAKE_PASSWORD").doesNotContain("intake@council.test");
                assertThat(e.reason().isTransient()).isFalse();
            });
        }

        @Test
        void aLoginPrintsTheVariableNotTheSecret() {
            env.put("INTAKE_PASSWORD", "s3cret-value");
            MailLogin login = logins.describe(LoginSettings.password("intake@council.test", "INTAKE_PASSWORD"));
            assertThat(login.toString()).contains("INTAKE_PASSWORD").doesNotContain("s3cret-value");
        }

        @Test
        void aMissingGoogleKeyFileIsReportedBeforeAnyNetworkCall(@TempDir Path dir) {
            env.put("GOOGLE_KEY_FILE", dir.resolve("absent.json").toString());
            MailCredentials c = logins.open(LoginSettings.google("mash@council.test", "GOOGLE_KEY_FILE"));
            assertThatThrownBy(c::credential).isInstanceOfSatisfying(LoginRefused.class,
                    e -> assertThat(e.reason()).isEqualTo(LoginRefused.Reason.SECRET_UNREADABLE));
        }
    }

    @Nested
    class JavaMailProperties {
        @Test
        void anOAuthLoginUsesXOAuth2OnlyForImapAndSmtp() {
            MailLogin login = logins.describe(LoginSettings.microsoftWithSecret("a@b.test", "t", "c", "S"));
            Properties imap = MailCredentials.javaMailProperties(login, "imaps");
            assertThat(imap).containsEntry("mail.imaps.auth.mechanisms", "XOAUTH2")
                    .containsEntry("mail.imaps.auth.xoauth2.disable", "false")
                    .containsEntry("mail.imaps.auth.plain.disable", "true")
                    .containsEntry("mail.imaps.auth.login.disable", "true");
            Properties smtp = MailCredentials.javaMailProperties(login, "smtp");
            assertThat(smtp).containsEntry("mail.smtp.auth", "true").containsEntry("mail.smtp.auth.mechanisms", "XOAUTH2");
        }

        @Test
        void aPasswordLoginLeavesTheMechanismsToTheServer() {
            MailLogin login = logins.describe(LoginSettings.password("a@b.test", "P"));
            assertThat(MailCredentials.javaMailProperties(login, "imap")).isEmpty();
            assertThat(MailCredentials.javaMailProperties(login, "smtp")).containsOnlyKeys("mail.smtp.auth");
        }
    }
}
