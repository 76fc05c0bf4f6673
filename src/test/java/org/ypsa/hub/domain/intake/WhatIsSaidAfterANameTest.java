package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.domain.mash.MashReferral;
import org.ypsa.hub.domain.safeguarding.SafeguardingIncident;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What staff write after a person's name on the same answer: a young person's status or bare age ("Tomos Reed - care
 * leaver", "Tomos Reed 16"), the social worker's role after their name ("Ffion Hale (PA)"), an age the label asks
 * before the name on one line ("Applicant aged 16/17 Tomos Reed"). Before, the first and the last were refused as no
 * name, and the social worker was routed with the role in the name. Wordings invented for the test.
 */
class WhatIsSaidAfterANameTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private Outcome incident(String nameLine, String workerLine) {
        String body = "Hello,\n\nPlease log this incident.\n\nProvider: Connection Support\nProperty: CON-SOX-01\n"
                + nameLine + "\nDate of birth: 14/05/2008\n" + workerLine + "\nSocial worker email: f.hale@council.test\n"
                + "Date of incident: 03/12/2026\nTime: 21:45\nCategory: Missing\nSeverity: High\n"
                + "Description: Tomos did not come back by curfew and police found him at the station two hours later.\n"
                + "Action taken: Called police and the on-call manager.\n\nThanks\nSam\n";
        return intake.handle(new InboundMail("intake@ypsa.test", "<n@test>", "sam.ode@connection.provider.test",
                "Safeguarding incident CON-SOX-01", Instant.parse("2026-12-04T09:00:00Z"), body, List.of(), false));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Young person: Tomos Reed - care leaver", "Young person: Tomos Reed, looked after",
            "Young person: Tomos Reed 16", "Young person: Tomos Reed \u2013 CLA"})
    void aStatusOrABareAgeAfterTheYoungPersonsNameIsNoPartOfIt(String line) {
        Outcome o = incident(line, "Social worker: Ffion Hale");
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        assertThat(((SafeguardingIncident) ((Outcome.Routed) o).fields()).youngPersonName()).isEqualTo("Tomos Reed");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Young person: Room 16", "Young person: Tomos Reed, Jay Smith - care leaver",
            "Young person: see above - care leaver"})
    void whatIsNoOneNameBeforeAStatusIsStillRefused(String line) {
        assertThat(incident(line, "Social worker: Ffion Hale")).isInstanceOf(Outcome.Rejected.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Social worker: Ffion Hale (PA)", "Social worker: Ffion Hale - Leaving Care PA",
            "Social worker: Ffion Hale, social worker"})
    void theSocialWorkersRoleAfterTheirNameIsNoPartOfIt(String line) {
        Outcome o = incident("Young person: Tomos Reed", line);
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        assertThat(((SafeguardingIncident) ((Outcome.Routed) o).fields()).socialWorkerName()).isEqualTo("Ffion Hale");
    }

    /**
     * An age the label asks the answer to be of, after the label's words without a colon ("Applicant aged 16/17 Tomos
     * Reed", as a PDF's text gives a label and its answer on one line): the label's, not the start of the name.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Applicant aged 16/17 Tomos Reed", "Young person aged 16-17 Tomos Reed",
            "Young person (16/17) Tomos Reed"})
    void anAgeTheLabelAsksIsNoPartOfTheNameAfterIt(String line) {
        String body = "Hello,\nMASH referral: homeless 16/17 year old\n" + line + "\nDate of birth: 03/04/2010\n"
                + "Home address: 12 Elm Road, Witney, OX28 1AA\nReferring agency: Youth Justice Service\n"
                + "Homeless or threatened: homeless\nMediation tried (Y/N): no\nConcerns: He has nowhere to stay tonight.\n"
                + "Known to social care: yes\nParent contact: Jo Reed 07700 900123\nThanks\n";
        Outcome o = intake.handle(new InboundMail("intake@ypsa.test", "<m@test>", "yjs@council.test", "MASH referral",
                Instant.parse("2026-11-30T12:00:00Z"), body, List.of(), false));
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        assertThat(((MashReferral) ((Outcome.Routed) o).fields()).youngPersonName()).isEqualTo("Tomos Reed");
    }
}
