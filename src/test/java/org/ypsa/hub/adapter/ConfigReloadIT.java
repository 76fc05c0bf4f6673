package org.ypsa.hub.adapter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ypsa.hub.adapter.mail.MailReader;
import org.ypsa.hub.domain.Reference;
import org.ypsa.hub.support.Fixtures;
import org.ypsa.hub.support.HubIT;
import org.ypsa.hub.support.MailClient;
import org.ypsa.hub.support.QueueClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An admin edits config/ while the hub runs: a good edit is loaded and the next alert goes to the new
 * recipient; a bad one is refused with file and line, emailed to the admin, and the hub carries on with the
 * last good configuration. The hub runs on a copy of the shipped config/ (HUB_CONFIG_DIR) that the test edits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {"HUB_CONFIG_DIR="
        + ConfigReloadIT.DIR, "HUB_FORMS_DIR=" + ConfigReloadIT.DIR + "/forms"})
class ConfigReloadIT {
    /** Known before Spring reads the configuration (its imports are resolved before dynamic properties). */
    static final String DIR = "target/config-reload-it";
    private static final int SMTP = HubIT.freePort();
    private static final int IMAP = HubIT.freePort();
    private static final int BROKER = HubIT.freePort();
    private static final Path CONFIG = copyOfShippedConfig();
    private static final MailClient MAIL = new MailClient("127.0.0.1", SMTP, IMAP);
    private static QueueClient queues;

    @Autowired
    ConfigReloader reloader;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry r) {
        HubIT.register(r, SMTP, IMAP, BROKER, HubIT.tempDir());
    }

    private static Path copyOfShippedConfig() {
        try {
            Path dir = Path.of(DIR);
            Files.createDirectories(dir);
            for (String f : List.of("directory.yml", "schedules.yml", "bank-holidays.json")) {
                Files.copy(Path.of("config", f), dir.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            copyShippedForms(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyShippedForms(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("forms"));
        for (Path f : org.ypsa.hub.domain.forms.FormLibrary.files(Path.of("config", "forms"))) {
            Files.copy(f, dir.resolve("forms").resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @AfterEach
    void shippedConfigAgain() throws IOException {
        for (String f : List.of("directory.yml", "schedules.yml")) {
            Files.copy(Path.of("config", f), CONFIG.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        copyShippedForms(CONFIG);
        reloader.check();
    }

    @AfterAll
    static void close() {
        if (queues != null) {
            queues.close();
        }
    }

    private static void edit(String file, String from, String to) throws IOException {
        String yml = Files.readString(CONFIG.resolve(file));
        assertThat(yml).contains(from);
        Files.writeString(CONFIG.resolve(file), yml.replace(from, to));
    }

    private static int lineOf(String file, String text) throws IOException {
        List<String> lines = Files.readAllLines(CONFIG.resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text);
    }

    /** Sends an emergency referral; returns who its alert went to. */
    private static String emergencyAlertRecipient() throws IOException {
        queues = queues == null ? new QueueClient("tcp://127.0.0.1:" + BROKER) : queues;
        String eml = Fixtures.fresh(Fixtures.mail("referral-emergency-docx.eml"));
        String ref = Reference.of(MailReader.dedupKey(eml.getBytes(StandardCharsets.ISO_8859_1)));
        MAIL.send(eml, HubIT.INTAKE);
        QueueClient.Received alert = queues.take("alerts", ref, 30_000);
        assertThat(alert).as("the emergency referral's alert").isNotNull();
        return new ObjectMapper().readTree(alert.text()).path("to").get(0).asText();
    }

    @Test
    void aRecipientChangedWhileTheHubRunsReceivesTheNextAlert() throws IOException {
        assertThat(emergencyAlertRecipient()).isEqualTo("brokerage@ypsa.test");
        edit("directory.yml", "mailbox: brokerage@ypsa.test", "mailbox: placements@ypsa.test");
        ConfigReloader.Result r = reloader.check();
        assertThat(r.mistakes()).isEmpty();
        assertThat(r.loaded()).isTrue();
        assertThat(emergencyAlertRecipient()).isEqualTo("placements@ypsa.test");
    }

    @Test
    void aBadEditIsRefusedWithFileAndLineTheAdminIsEmailedAndTheLastGoodConfigurationKeepsRunning()
            throws IOException {
        edit("directory.yml", "mailbox: brokerage@ypsa.test", "mailbox: placements@ypsa.test");
        edit("directory.yml", "manager: manager@response.provider.test", "manager: the response manager");
        ConfigReloader.Result r = reloader.check();
        assertThat(r.loaded()).isFalse();
        String expected = CONFIG.resolve("directory.yml") + ":" + lineOf("directory.yml", "the response manager") + ": ";
        assertThat(r.mistakes()).anySatisfy(m -> assertThat(m).contains(expected)
                .contains("\"the response manager\": must be a well-formed email address"));

        MailClient.Received toAdmin = await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> MAIL.inbox("admin@ypsa.test").stream().filter(m -> m.subject()
                        .contains("configuration change refused") && m.text().contains(expected)).findFirst()
                        .orElse(null), m -> m != null);
        assertThat(toAdmin.text()).contains(expected).contains("still running its last good configuration");
        assertThat(emergencyAlertRecipient()).as("the last good configuration").isEqualTo("brokerage@ypsa.test");
        assertThat(reloader.check().changed()).as("the same edit is not reported twice").isFalse();
    }

    @Test
    void aWordingAddedToAFormIsLoadedWithNoRestartAndAFormMistakeIsRefusedWithFileAndLine() throws IOException {
        edit("forms/referral.yml", "labels: [reason, ", "labels: [tale of woe, reason, ");
        ConfigReloader.Result r = reloader.check();
        assertThat(r.mistakes()).isEmpty();
        assertThat(r.loaded()).isTrue();
        edit("forms/referral.yml", "type: yesno", "type: yes-or-no");
        r = reloader.check();
        assertThat(r.loaded()).isFalse();
        String expected = CONFIG.resolve("forms/referral.yml") + ":" + lineOf("forms/referral.yml", "yes-or-no")
                + ": type \"yes-or-no\"";
        assertThat(r.mistakes()).anySatisfy(m -> assertThat(m).startsWith(expected));
    }

    @Test
    void yamlThatNoLongerParsesIsRefusedWithItsLine() throws IOException {
        edit("directory.yml", "    referrer-domains: [council.test, occ-ypsa.council.test]",
                "    referrer-domains: [council.test, occ-ypsa.council.test\n  bad: : :");
        ConfigReloader.Result r = reloader.check();
        assertThat(r.loaded()).isFalse();
        assertThat(r.mistakes()).anySatisfy(m -> assertThat(m).contains(CONFIG.resolve("directory.yml") + ":"
                + lineOf("directory.yml", "bad: : :") + ":").contains("the YAML does not parse"));
    }

    @Test
    void aScheduleTimeThatIsNoTimeIsRefusedNamingFileAndLine() throws IOException {
        edit("schedules.yml", "- { working-days-before: 1, at: \"14:00\" }", "- { working-days-before: 1, at: \"25:00\" }");
        ConfigReloader.Result r = reloader.check();
        assertThat(r.loaded()).isFalse();
        assertThat(r.mistakes()).anySatisfy(m -> assertThat(m)
                .contains(CONFIG.resolve("schedules.yml") + ":" + lineOf("schedules.yml", "25:00") + ":"));
    }

    @Test
    void aFormRoutedToAQueueTheBrokerDoesNotHaveIsRefused() throws IOException {
        edit("schedules.yml", "hub:\n", "hub:\n  queues:\n    routes:\n      risk-concern: brokerage.rsik\n");
        ConfigReloader.Result r = reloader.check();
        assertThat(r.loaded()).isFalse();
        assertThat(r.mistakes()).anySatisfy(m -> assertThat(m).contains(CONFIG.resolve("schedules.yml") + ":"
                + lineOf("schedules.yml", "brokerage.rsik") + ": queue \"brokerage.rsik\" is not one the embedded broker "
                + "was started with"));
    }

    @Test
    void withTheCouncilsAuthservIdSetOnlyMailItsServerPassedForDmarcIsReadAsAForm() throws IOException {
        edit("schedules.yml", "hub:\n", "hub:\n  sender-auth:\n    authserv-id: mx.ypsa.test\n");
        assertThat(reloader.check().loaded()).isTrue();
        queues = queues == null ? new QueueClient("tcp://127.0.0.1:" + BROKER) : queues;
        String week = Fixtures.withWeek(Fixtures.mail("void-body-connection.eml"), Fixtures.nextMonday());
        String unchecked = Fixtures.fresh(week);
        String otherServer = "Authentication-Results: mx.evil.test; dmarc=pass header.from=connection.provider.test\r\n"
                + Fixtures.fresh(week);
        String passed = "Authentication-Results: mx.ypsa.test; spf=pass smtp.mailfrom=connection.provider.test;\r\n"
                + " dkim=pass header.d=connection.provider.test; dmarc=pass header.from=connection.provider.test\r\n"
                + Fixtures.fresh(week);
        for (String eml : List.of(unchecked, otherServer, passed)) {
            MAIL.send(eml, HubIT.INTAKE);
        }
        for (String refused : List.of(unchecked, otherServer)) {
            QueueClient.Received r = queues.take("hub.rejected", ref(refused), 30_000);
            assertThat(r).isNotNull();
            assertThat(new ObjectMapper().readTree(r.text()).path("problems").get(0).path("field").asText())
                    .isEqualTo("Sender");
        }
        assertThat(queues.take("brokerage.voids", ref(passed), 30_000)).isNotNull();
    }

    private static String ref(String eml) {
        return Reference.of(MailReader.dedupKey(eml.getBytes(StandardCharsets.ISO_8859_1)));
    }
}
