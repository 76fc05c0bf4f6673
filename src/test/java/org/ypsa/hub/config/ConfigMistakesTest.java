package org.ypsa.hub.config;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.ypsa.hub.HubApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** An admin's mistake in config/ stops the hub at start-up with the file, the line and what is expected. */
class ConfigMistakesTest {

    @TempDir
    Path dir;

    private String startWith(String from, String to) throws Exception {
        return startWith("directory.yml", from, to);
    }

    /** Starts the hub on the shipped configuration with one file edited; returns every message of the failure. */
    private String startWith(String file, String from, String to) throws Exception {
        for (String f : new String[] {"directory.yml", "schedules.yml", "bank-holidays.json"}) {
            Files.copy(Path.of("config", f), dir.resolve(f));
        }
        String yml = Files.readString(dir.resolve(file));
        assertThat(yml).contains(from);
        Files.writeString(dir.resolve(file), yml.replace(from, to));
        Throwable t = catchThrowable(() -> new SpringApplication(HubApplication.class).run(
                "--HUB_CONFIG_DIR=" + dir, "--hub.embedded-mail.enabled=false", "--spring.artemis.embedded.enabled=false",
                "--spring.artemis.mode=native", "--camel.main.run-controller=false", "--server.port=0", "--spring.main.banner-mode=off"));
        assertThat(t).as("the hub refused to start").isNotNull();
        StringBuilder all = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            all.append(c.getMessage()).append('\n');
        }
        return all.toString();
    }

    private int lineOf(String text) throws Exception {
        return lineOf("directory.yml", text);
    }

    private int lineOf(String file, String text) throws Exception {
        var lines = Files.readAllLines(dir.resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text);
    }

    @Test
    void aManagerThatIsNotAnEmailAddressIsReportedWithFileAndLine() throws Exception {
        String message = startWith("manager: manager@response.provider.test", "manager: the response manager");
        assertThat(message).contains("directory.yml:" + lineOf("the response manager")
                + ": providers[1].manager \"the response manager\": must be a well-formed email address");
    }

    @Test
    void aPropertyInAnUnknownLocalityIsReportedWithFileLineAndTheList() throws Exception {
        String message = startWith("{ reference: RSP-CHE-01, locality: Cherwell,",
                "{ reference: RSP-CHE-01, locality: Cheriwell,");
        assertThat(message).contains("directory.yml:" + lineOf("Cheriwell") + ": provider response, property RSP-CHE-01: "
                + "locality \"Cheriwell\" is not in the localities list; expected one of Cherwell");
    }

    @Test
    void aProviderWithNoManagerIsReported() throws Exception {
        String message = startWith("        manager: manager@key2.provider.test\n", "");
        assertThat(message).contains("directory.yml:" + lineOf("id: key2-futures") + ": providers[3].manager: must not be "
                + "blank");
    }

    /** The hub would read its own alerts to that team as incoming mail and move them away, unseen. */
    @Test
    void aTeamMailboxThatTheHubReadsIsReportedWithFileAndLine() throws Exception {
        String message = startWith("mailbox: brokerage@ypsa.test", "mailbox: intake@ypsa.test");
        assertThat(message).contains("directory.yml:" + lineOf("mailbox: intake@ypsa.test")
                + ": intake@ypsa.test is a mailbox the hub reads");
    }

    @Test
    void yamlThatDoesNotParseIsReportedWithItsLine() throws Exception {
        String message = startWith("    referrer-domains: [council.test, occ-ypsa.council.test]",
                "    referrer-domains: [council.test, occ-ypsa.council.test\n  bad: : :");
        assertThat(message).contains("directory.yml:" + lineOf("bad: : :") + ":").contains("the YAML does not parse");
    }

    @Test
    void aScheduleRecipientNamingNoTeamIsReportedWithFileLineAndTheTeams() throws Exception {
        String message = startWith("schedules.yml", "summary-to: [team:brokerage]", "summary-to: [team:brokrage]");
        assertThat(message).contains("schedules.yml:" + lineOf("schedules.yml", "team:brokrage")
                + ": \"team:brokrage\" names no team in the directory; teams are brokerage, edt, mash");
    }

    @Test
    void aForumAgendaTeamThatIsNotInTheDirectoryIsReportedWithFileLineAndTheTeams() throws Exception {
        String message = startWith("schedules.yml", "agenda-to: quality", "agenda-to: qualty");
        assertThat(message).contains("schedules.yml:" + lineOf("schedules.yml", "agenda-to:")
                + ": hub.schedules.provider-forum.agenda-to: \"qualty\" is not a team in directory.yml")
                .contains("quality");
    }

    @Test
    void aReplyWordClosingAClockThatDoesNotExistIsReported() throws Exception {
        String message = startWith("{ word: MEETING HELD, aliases: [CARE PLANNING MEETING HELD], closes: [care-planning-meeting] }",
                "{ word: MEETING HELD, closes: [care-planing-meeting] }");
        assertThat(message).contains("directory.yml:" + lineOf("MEETING HELD")
                + ": reply MEETING HELD closes \"care-planing-meeting\", which is no clock");
    }

    @Test
    void aClockNoReplyWordClosesStopsTheHubBecauseItsEscalationsCouldNeverBeStopped() throws Exception {
        String message = startWith("{ word: MOVED ON, aliases: [MOVED OUT], closes: [progress-review] }",
                "{ word: MOVED ON, aliases: [MOVED OUT] }");
        assertThat(message).contains("directory.yml:" + lineOf("replies:") + ": no reply word closes "
                + "progress-review, so its alerts could not be acknowledged nor its escalations stopped");
    }

    @Test
    void aStepWithNeitherADurationNorWorkingDaysIsReported() throws Exception {
        String message = startWith("schedules.yml",
                "{ name: escalation, after: PT1H, to: [duty], out-of-hours-channels: [email, sms] }",
                "{ name: escalation, to: [duty] }");
        assertThat(message).contains("clock safeguarding-incident, step escalation: expected exactly one of after");
    }

    @Test
    void aStepThatWouldTextWithoutEmailingIsReported() throws Exception {
        String message = startWith("schedules.yml",
                "{ name: escalation, after: PT1H, to: [duty], out-of-hours-channels: [email, sms] }",
                "{ name: escalation, after: PT1H, to: [duty], out-of-hours-channels: [sms] }");
        assertThat(message).contains("clock safeguarding-incident, step escalation: channels without email");
    }

    @Test
    void aMobileThatIsNotAUkMobileIsReportedWithFileAndLine() throws Exception {
        String message = startWith("mobile: \"07700 900102\"", "mobile: \"01865 792422\"");
        assertThat(message).contains("directory.yml:").contains("team edt, mobile: \"01865 792422\" is not a UK mobile");
    }

    @Test
    void aReplyPhraseWithAPlaceholderTheHubCannotFillStopsTheHubNamingThePhrase() throws Exception {
        Files.writeString(dir.resolve("council.yml"), "hub:\n  wording:\n    referral-next: \"{team} will review it.\"\n");
        String message = startWith("schedules.yml", "tick: 15s", "tick: 15s");
        assertThat(message).contains("hub.wording.referral-next: {team} is not something the hub can fill here; "
                + "it may use [{teams}]");
    }

    @Test
    void aRouteForAFormTheHubDoesNotKnowIsReportedWithFileAndLine() throws Exception {
        String message = startWith("schedules.yml", "hub:\n", "hub:\n  queues:\n    routes:\n      void-retrun: brokerage.voids\n");
        assertThat(message).contains("schedules.yml:" + lineOf("schedules.yml", "void-retrun:")
                + ": hub.queues.routes: \"void-retrun\" is not a form the hub knows");
    }
}
