package org.ypsa.hub.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.ypsa.hub.support.Fixtures;
import org.ypsa.hub.support.HubIT;
import org.ypsa.hub.support.QueueClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Canaries: the distinctive names, dates of birth and intelligence text of the samples go through every flow
 * (routed and rejected) and must never appear in the hub's log, its audit trail, the alert records or the hub's
 * own state on the clocks queue. The teams' queues carry them, as the recipients must see them.
 */
@ExtendWith(OutputCaptureExtension.class)
class DataProtectionIT extends HubIT {
    private static final List<String> CANARIES = List.of(
            "Tamsin", "Ellery-Vance", "Corwin", "Ashdale-Pryce", "Ffion", "Hartigan-Bloom", // young people
            "Wrenna", "Thistlewood-Marsh", "Caspian", "Dunmore-Ashby", "Thaddeus", "Wrenfield-Oakes",
            "Lysander", "Quarrington-Bell", "Rosalind", "Ferrabee-Dunn", "Skellern-Voss",
            "Fairweather-Lusk", "Quenby-Hartt", // social workers
            "14/03/2009", "2009-03-14", // a date of birth
            "threatening to stab", "made to hold drugs", "unknown older male"); // intelligence and descriptions

    private static final List<String> SAMPLES = List.of("referral-nonemergency-docx.eml", "referral-emergency-docx.eml",
            "referral-body.eml", "referral-invalid-docx.eml", "safeguarding-high-docx.eml",
            "safeguarding-critical-body.eml", "safeguarding-invalid-docx.eml", "intel-emergency-body.eml",
            "intel-ordinary-docx.eml", "mash-referral-docx.eml", "mash-mediation-prevented-body.eml",
            "risk-concern-docx.eml");

    @Test
    void personalDataInEveryFlowNeverReachesLogsAuditAlertsOrTheHubsOwnState(CapturedOutput output)
            throws IOException {
        List<String> refs = new ArrayList<>();
        for (String sample : SAMPLES) {
            String eml = Fixtures.fresh(Fixtures.mail(sample));
            refs.add(referenceOf(eml));
            mail.send(eml, INTAKE);
        }
        awaitInboxDrained();
        // the canaries did go through: the teams' queues carry them
        assertThat(queues.browse("brokerage.safeguarding", refs.get(4)).get(0).text()).contains("Wrenna");

        StringBuilder alertsAndState = new StringBuilder();
        for (String ref : refs) {
            queues.browse("alerts", ref).forEach(r -> alertsAndState.append(r.text()).append(r.properties()));
            queues.browse("hub.clocks", ref).forEach(r -> alertsAndState.append(r.text()).append(r.properties()));
        }
        StringBuilder audit = new StringBuilder();
        try (Stream<Path> files = Files.walk(DATA.resolve("audit"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                audit.append(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        assertThat(audit).as("the audit trail").isNotEmpty();
        assertThat(output.getAll()).as("the hub's log was captured").contains("Mail " + refs.get(4));
        for (String canary : CANARIES) {
            assertThat(output.getAll()).as("the log").doesNotContain(canary);
            assertThat(audit.toString()).as("the audit trail").doesNotContain(canary);
            assertThat(alertsAndState.toString()).as("alert records and clocks").doesNotContain(canary);
        }
    }

    @Test
    void alertEmailsToTheDutyContactCarryTheReferenceNotTheYoungPersonsName() {
        String eml = Fixtures.fresh(Fixtures.mail("safeguarding-critical-body.eml"));
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);
        QueueClient.Received alert = queues.take("alerts", ref, 30_000);
        assertThat(alert).isNotNull();
        String to = alert.text().replaceAll(".*\"to\":\\[\"([^\"]+)\".*", "$1");
        var email = awaitReply(to, ref);
        assertThat(email.text()).contains(ref);
        for (String canary : CANARIES) {
            assertThat(email.subject() + email.text()).doesNotContain(canary);
        }
    }
}
