package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.domain.intelligence.IntelligenceSubmission;
import org.ypsa.hub.domain.mash.MashReferral;
import org.ypsa.hub.domain.referrals.Referral;
import org.ypsa.hub.domain.safeguarding.SafeguardingIncident;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's name as staff type it on a line with more than the name: another label after it that may be none of
 * the form's ("Tomos Reed   Gender: Male", a tab before "Role:"), the date of birth beside it ("Tomos Reed, DOB
 * 14/05/2008", "Name / DOB: Tomos Reed 14/05/2008"), a member of staff's role after their name ("Sian Prosser (SW)",
 * "Gethin Dunmore, Leaving Care PA"). Before, each was refused as "does not read as a person's name" or routed with
 * the role in the name. Wordings invented for the test.
 */
class NamesAsPeopleWriteThemTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private Outcome incident(String nameLines) {
        String body = "Hello,\n\nPlease log this incident.\n\nProvider: Connection Support\nProperty: CON-SOX-01\n"
                + nameLines + "\nSocial worker: Ffion Hale\nSocial worker email: f.hale@council.test\n"
                + "Date of incident: 03/12/2026\nTime: 21:45\nCategory: Missing\nSeverity: High\n"
                + "Description: Tomos did not come back by curfew and police found him at the station two hours later.\n"
                + "Action taken: Called police and the on-call manager.\n\nThanks\nSam\n";
        return intake.handle(new InboundMail("intake@ypsa.test", "<n@test>", "sam.ode@connection.provider.test",
                "Safeguarding incident CON-SOX-01", Instant.parse("2026-12-04T09:00:00Z"), body, List.of(), false));
    }

    private Outcome referral(String nameLines, String referrerLines) {
        String body = "Hi,\n\n" + nameLines + "\nLegal status: Care leaver\n" + referrerLines
                + "\nTeam: Children Looked After Team\nEmail: s.prosser@council.test\nFGC offered?: Yes\n"
                + "Reason for referral: Tomos has lived with his aunt since March. The arrangement has broken down.\n"
                + "Bed wanted: 15/01/2027\nConsent: Yes\nMany thanks\n";
        return intake.handle(new InboundMail("intake@ypsa.test", "<r@test>", "s.prosser@council.test",
                "Referral - TLP", Instant.parse("2026-11-30T12:00:00Z"), body, List.of(), false));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Young person: Tomos Reed   Gender: Male\nDate of birth: 14/05/2008",
            "Young person: Tomos Reed\tGender: Male\nDate of birth: 14/05/2008",
            "Young person: Tomos Reed   Ethnicity: White Welsh\nDate of birth: 14/05/2008",
            "Young person: Tomos Reed\tDOB: 14/05/2008",
            "Full name: Tomos Reed   Gender: Male   DOB: 14/05/2008"})
    void aLabelOfAnyKindAfterANameOnItsLineEndsTheName(String lines) {
        Outcome o = incident(lines);
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        SafeguardingIncident i = (SafeguardingIncident) ((Outcome.Routed) o).fields();
        assertThat(i.youngPersonName()).isEqualTo("Tomos Reed");
        assertThat(i.dateOfBirth()).isEqualTo("2008-05-14");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Name of referrer: Sian Prosser   Role: Social Worker",
            "Name of referrer: Sian Prosser\tRole: Social Worker",
            "Name of referrer: Sian Prosser   Job title: Social Worker"})
    void theLabelAfterAReferrersNameAnswersItsOwnField(String referrer) {
        Outcome o = referral("Full name: Tomos Price\nDate of birth: 12/05/2009", referrer);
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        Referral r = (Referral) ((Outcome.Routed) o).fields();
        assertThat(r.referrer().name()).isEqualTo("Sian Prosser");
        assertThat(r.referrer().role()).isEqualTo("Social Worker");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Full name: Tomos Reed, DOB 14/05/2008", "Full name: Tomos Reed - DOB 14/05/2008", "Full name: Tomos Reed DOB 14/05/2008",
            "Full name: Tomos Reed born 14/05/2008", "Full name: Tomos Reed (d.o.b. 14.5.08)",
            "Full name: Tomos Reed, d.o.b. 14 May 2008", "Name / DOB: Tomos Reed 14/05/2008",
            "Name and DOB: Tomos Reed 14/05/2008", "YP name and DOB: Tomos Reed, 14/05/2008"})
    void aDateBesideTheYoungPersonsNameIsTheirDateOfBirth(String line) {
        Outcome o = referral(line, "Name of referrer: Sian Prosser\nRole: Social Worker");
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        Referral r = (Referral) ((Outcome.Routed) o).fields();
        assertThat(r.youngPerson().fullName()).isEqualTo("Tomos Reed");
        assertThat(r.youngPerson().dateOfBirth()).isEqualTo("2008-05-14");
    }

    @org.junit.jupiter.api.Test
    void aDateNotMarkedAsTheBirthsBesideTheNameIsNoDateOfBirth() {
        // under a label asking the name only, a date after it may be any day: the date of birth is asked, not guessed
        Outcome o = referral("Full name: Tomos Reed 14/05/2008", "Name of referrer: Sian Prosser\nRole: Social Worker");
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Rejected.class);
        assertThat(((Outcome.Rejected) o).problems()).extracting(org.ypsa.hub.domain.Problem::field)
                .anySatisfy(f -> assertThat(f).containsIgnoringCase("birth"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Young person: Tomos Reed, DOB 03/04/2010", "Name / DOB: Tomos Reed 03/04/2010"})
    void aMashReferralReadsTheDateBesideTheName(String line) {
        String body = "Hello,\nMASH referral: homeless 16/17 year old\n" + line + "\n"
                + "Home address: 12 Elm Road, Witney, OX28 1AA\nReferring agency: Youth Justice Service\n"
                + "Homeless or threatened: homeless\nMediation tried (Y/N): no\nConcerns: He has nowhere to stay tonight.\n"
                + "Known to social care: yes\nParent contact: Jo Reed 07700 900123\nThanks\n";
        Outcome o = intake.handle(new InboundMail("intake@ypsa.test", "<m@test>", "yjs@council.test", "MASH referral",
                Instant.parse("2026-11-30T12:00:00Z"), body, List.of(), false));
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        MashReferral m = (MashReferral) ((Outcome.Routed) o).fields();
        assertThat(m.youngPersonName()).isEqualTo("Tomos Reed");
        assertThat(m.dateOfBirth()).isEqualTo("2010-04-03");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Name of referrer: Sian Prosser (SW)", "Name of referrer: Sian Prosser - social worker",
            "Name of referrer: Sian Prosser, Leaving Care PA"})
    void aRoleAfterAReferrersNameIsNoPartOfTheName(String referrer) {
        Outcome o = referral("Full name: Tomos Price\nDate of birth: 12/05/2009", referrer + "\nRole: Social Worker");
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        assertThat(((Referral) ((Outcome.Routed) o).fields()).referrer().name()).isEqualTo("Sian Prosser");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Reporting officer: Gethin Dunmore (YJS)", "Reporting officer: Gethin Dunmore - YJS officer",
            "Reporting officer: Gethin Dunmore, Leaving Care PA", "Reporting officer: Gethin Dunmore\tRole: YJS officer"})
    void aRoleAfterAWorkersNameIsNoPartOfTheName(String worker) {
        String body = "Intelligence submission\n\nAgency: Youth Justice Service\n" + worker + "\nEmail: g.dunmore@council.test\n"
                + "Location: Cowley Road, Oxford\nInformation: Staff overheard residents talking about a party on Cowley "
                + "Road where adults supply alcohol. No dates were given.\nSource: Third party\n";
        Outcome o = intake.handle(new InboundMail("intake@ypsa.test", "<i@test>", "g.dunmore@council.test", "Intel",
                Instant.parse("2026-12-03T10:00:00Z"), body, List.of(), false));
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        assertThat(((IntelligenceSubmission) ((Outcome.Routed) o).fields()).worker()).isEqualTo("Gethin Dunmore");
    }

    /** "Named" after whom the label asks of is their name ("YP NAMED", "Young person named"), not an allocated worker. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"YP NAMED: Tomos Reed", "Young person named: Tomos Reed"})
    void namedAfterThePersonAskedOfAsksTheirName(String line) {
        Outcome o = referral(line + "\nDate of birth: 14/05/2008", "Name of referrer: Sian Prosser\nRole: Social Worker");
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        assertThat(((Referral) ((Outcome.Routed) o).fields()).youngPerson().fullName()).isEqualTo("Tomos Reed");
    }

    /** The name told in a sentence whose subject is the field's own words: "The young person involved is Tomos Reed". */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Young person: The young person involved is Tomos Reed", "Name: Her name is Tomos Reed"})
    void aNameToldInASentenceAboutTheFieldsPersonIsTheName(String line) {
        Outcome o = incident(line + "\nDate of birth: 14/05/2008");
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        assertThat(((SafeguardingIncident) ((Outcome.Routed) o).fields()).youngPersonName()).isEqualTo("Tomos Reed");
    }

    /**
     * A line of two labels whose second one a void return's heading words name, with a gap of spaces before it
     * ("Social worker: Ffion Hale   Team: Leaving Care"): read as written. The label's words had been looked for
     * with one space between them, not found, and the line cut again and again until the intake failed
     * (StackOverflowError).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Social worker: Ffion Hale   Team: Leaving Care", "Social worker: Ffion Hale\tTeam: Leaving Care"})
    void aSecondLabelAfterAGapOfSpacesIsReadAsWritten(String line) {
        String body = "Hello,\n\nProvider: Connection Support\nProperty: CON-SOX-01\nYoung person: Tomos Reed\n" + line
                + "\nSocial worker email: f.hale@council.test\nDate of incident: 03/12/2026\nTime: 21:45\n"
                + "Category: Missing\nSeverity: High\nDescription: Tomos did not come back by curfew and police found him"
                + " at the station two hours later.\nAction taken: Called police.\n";
        Outcome o = intake.handle(new InboundMail("intake@ypsa.test", "<g@test>", "sam.ode@connection.provider.test",
                "Safeguarding incident CON-SOX-01", Instant.parse("2026-12-04T09:00:00Z"), body, List.of(), false));
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        assertThat(((SafeguardingIncident) ((Outcome.Routed) o).fields()).socialWorkerName()).isEqualTo("Ffion Hale");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Young person's name: Social worker", "Young person's name: see above",
            "Young person's name: He was found at the station 14/05/2008", "Young person's name: N/A   Gender: Male",
            "Young person's name: The social worker is Ffion Hale"})
    void whatIsNoNameIsStillRefused(String line) {
        assertThat(incident(line + "\nDate of birth: 14/05/2008")).isInstanceOf(Outcome.Rejected.class);
    }
}
