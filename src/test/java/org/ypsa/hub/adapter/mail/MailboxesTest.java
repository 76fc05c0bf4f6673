package org.ypsa.hub.adapter.mail;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.adapter.mail.login.LoginRefused;
import org.ypsa.hub.config.LoginSettings;
import org.ypsa.hub.config.MailSettings;
import org.ypsa.hub.domain.intake.FormType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailboxesTest {
    private static final MailSettings.Imap DEFAULTS = new MailSettings.Imap("imaps", "mail.council.test", 993,
            "intake@council.test", "INBOX", "YPSA-Processed", 5000,
            new MailSettings.Push(true, Duration.ofMinutes(9), Duration.ofMinutes(1), Duration.ofMinutes(1)), 50);

    private static MailSettings.MailboxEntry entry(String id, LoginSettings login, List<String> expects) {
        return new MailSettings.MailboxEntry(id, id + "@council.test", null, null, null, login, null, null, expects);
    }

    @Test
    void withNoListTheHubReadsTheOneMailboxOfHubMailImap() {
        List<Mailbox> all = Mailboxes.resolve(new MailSettings(DEFAULTS, null),
                Map.of("hub.mail.imap.password", "from-HUB_IMAP_PASSWORD")::get);
        assertThat(all).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("intake");
            assertThat(m.address()).isEqualTo("intake@council.test");
            assertThat(m.routeId()).isEqualTo("mailbox-intake");
            assertThat(m.login().credential()).isEqualTo("from-HUB_IMAP_PASSWORD");
        });
    }

    @Test
    void aListedMailboxTakesServerAndFoldersFromTheDefaultsAndItsPasswordFromItsOwnVariable() throws Exception {
        Map<String, String> env = Map.of("HUB_MAILBOX_VOID_RETURNS_PASSWORD", "s3cret");
        Mailbox m = Mailboxes.resolve(new MailSettings(DEFAULTS, List.of(entry("void-returns", null, null))), env::get)
                .get(0);
        assertThat(m.host()).isEqualTo("mail.council.test");
        assertThat(m.port()).isEqualTo(993);
        assertThat(m.protocol()).isEqualTo("imaps");
        assertThat(m.doneFolder()).isEqualTo("YPSA-Processed");
        assertThat(m.login().username()).isEqualTo("void-returns@council.test");
        assertThat(m.login().credential()).isEqualTo("s3cret");
        assertThat(m.login().toString()).doesNotContain("s3cret");
    }

    @Test
    void anOAuthLoginIsCheckedAtStartUpNamingWhatIsMissing() {
        LoginSettings half = new LoginSettings("microsoft-oauth2", null, null, "council.onmicrosoft.com", null,
                "HUB_REFERRALS_CLIENT_SECRET", null, null, null, null, null, null);
        assertThatThrownBy(() -> Mailboxes.resolve(new MailSettings(DEFAULTS, List.of(entry("referrals", half, null))),
                Map.<String, String>of()::get)).hasMessageContaining("hub.mail.mailboxes.referrals.login")
                .hasMessageContaining("client");
    }

    @Test
    void aMissingPasswordIsRefusedNamingTheVariableNotTheSecret() {
        LoginSettings login = LoginSettings.password("shared-box", "COUNCIL_REFERRALS_PW");
        Mailbox m = Mailboxes.resolve(new MailSettings(DEFAULTS, List.of(entry("referrals", login, null))),
                Map.<String, String>of()::get).get(0);
        assertThat(m.login().username()).isEqualTo("shared-box");
        assertThatThrownBy(() -> m.login().credential()).isInstanceOf(LoginRefused.class)
                .hasMessageContaining("COUNCIL_REFERRALS_PW");
    }

    @Test
    void expectedFormsAreAHintNamedByFormId() {
        Mailbox m = Mailboxes.resolve(new MailSettings(DEFAULTS, List.of(entry("mash", null,
                List.of("mash-referral", "mash-notice")))), Map.<String, String>of()::get).get(0);
        assertThat(m.expects(FormType.MASH_REFERRAL)).isTrue();
        assertThat(m.expects(FormType.REFERRAL)).isFalse();
        assertThat(Mailboxes.resolve(new MailSettings(DEFAULTS, List.of(entry("any", null, null))),
                Map.<String, String>of()::get).get(0).expects(FormType.REFERRAL)).as("no hint: any form").isTrue();
    }

    @Test
    void anUnknownFormOrATwiceUsedIdStopsStartUpWithTheMistake() {
        assertThatThrownBy(() -> Mailboxes.resolve(new MailSettings(DEFAULTS, List.of(entry("x", null,
                List.of("referals")))), Map.<String, String>of()::get)).hasMessageContaining("no form referals");
        assertThatThrownBy(() -> Mailboxes.resolve(new MailSettings(DEFAULTS, List.of(entry("x", null, null),
                entry("x", null, null))), Map.<String, String>of()::get)).hasMessageContaining("used twice");
    }
}
