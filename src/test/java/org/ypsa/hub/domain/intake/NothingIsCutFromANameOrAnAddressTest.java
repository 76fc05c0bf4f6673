package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.domain.documents.FieldValues;
import org.ypsa.hub.domain.mash.MashReferral;
import org.ypsa.hub.domain.safeguarding.SafeguardingIncident;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is written after a name is cut from it only when it says the person's status, and an age a label asks is read
 * only before a person's name (review of stop 42): "Tomos Reed, kayleigh reed" (a second person in small letters) was
 * routed as Tomos Reed; "ap RHYS, Dewi" as a referrer was cut to "ap RHYS"; "Tomos Reed - CLA" kept the status in the
 * name; and "Home address 16-18 Castle Street" lost its house numbers as an age the label asked. Wordings invented for
 * the test.
 */
class NothingIsCutFromANameOrAnAddressTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private Outcome incident(String nameLine) {
        String body = "Hello,\n\nPlease log this incident.\n\nProvider: Connection Support\nProperty: CON-SOX-01\n"
                + nameLine + "\nDate of birth: 14/05/2008\nSocial worker: Ffion Hale\nSocial worker email: f.hale@council.test\n"
                + "Date of incident: 03/12/2026\nTime: 21:45\nCategory: Missing\nSeverity: High\n"
                + "Description: Tomos did not come back by curfew and police found him at the station two hours later.\n"
                + "Action taken: Called police and the on-call manager.\n\nThanks\nSam\n";
        return intake.handle(new InboundMail("intake@ypsa.test", "<n@test>", "sam.ode@connection.provider.test",
                "Safeguarding incident CON-SOX-01", Instant.parse("2026-12-04T09:00:00Z"), body, List.of(), false));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Young person: Tomos Reed, kayleigh reed", "Young person: Tomos Reed / kayleigh reed",
            "Young person: Tomos Reed, jay"})
    void wordsAfterANameThatSayNoStatusAreNotCutOffAndTheNameIsRefused(String line) {
        assertThat(incident(line)).isInstanceOf(Outcome.Rejected.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Young person: Tomos Reed - CLA|Tomos Reed",
            "Young person: tomos reed, care leaver|tomos reed", "Young person: Tomos Reed - LAC / UASC|Tomos Reed",
            "Young person: Tomos Reed, former relevant child|Tomos Reed"})
    void aStatusAfterTheNameInCapitalsOrSmallLettersIsNoPartOfIt(String line, String name) {
        Outcome o = incident(line);
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        assertThat(((SafeguardingIncident) ((Outcome.Routed) o).fields()).youngPersonName()).isEqualTo(name);
    }

    @Test
    void aStaffNameWrittenSurnameFirstKeepsItsForenames() {
        assertThat(FieldValues.staffName(Map.of("n", "ap RHYS, Dewi"), "n")).isEqualTo("ap RHYS, Dewi");
        assertThat(FieldValues.staffName(Map.of("n", "Van Dijk, Lotte"), "n")).isEqualTo("Van Dijk, Lotte");
        assertThat(FieldValues.staffName(Map.of("n", "Sian Prosser, social worker"), "n")).isEqualTo("Sian Prosser");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Home address 16-18 Castle Street, Witney, OX28 1AA|16-18 Castle Street, Witney, OX28 1AA",
            "Current address 16/17 Mill Lane, Witney|16/17 Mill Lane, Witney"})
    void anAddressesHouseNumbersAreNoAgeTheLabelAsks(String line, String address) {
        String body = "Hello,\nMASH referral: homeless 16/17 year old\nYoung person: Tomos Reed\nDate of birth: 03/04/2010\n"
                + line + "\nReferring agency: Youth Justice Service\nHomeless or threatened: homeless\n"
                + "Mediation tried (Y/N): no\nConcerns: He has nowhere to stay tonight.\nKnown to social care: yes\n"
                + "Parent contact: Jo Reed 07700 900123\nThanks\n";
        Outcome o = intake.handle(new InboundMail("intake@ypsa.test", "<m@test>", "yjs@council.test", "MASH referral",
                Instant.parse("2026-11-30T12:00:00Z"), body, List.of(), false));
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        assertThat(((MashReferral) ((Outcome.Routed) o).fields()).address()).isEqualTo(address);
    }
}
