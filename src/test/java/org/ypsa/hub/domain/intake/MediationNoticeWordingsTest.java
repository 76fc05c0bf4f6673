package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.mash.MashReferral;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notice that mediation prevented homelessness is told apart from a MASH referral by what it says, however it is
 * worded ("mediation went well", "back home with dad", "homelessness has been prevented"), not by one title; a
 * referral that says mediation failed, or that the young person is homeless or threatened now, stays a referral.
 */
class MediationNoticeWordingsTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private Outcome handle(String subject, String body) {
        return intake.handle(new InboundMail("intake@ypsa.test", "<n@test>", "p.venn@housing.council.test", subject,
                Instant.parse("2026-11-30T12:00:00Z"), body, List.of(), false));
    }

    @Test
    void aNoticeSayingMediationWasSuccessfulIsANoticeWithoutTheWordOutcome() {
        Outcome o = handle("Family mediation - Kit B",
                "Family mediation update\n\nChild's name: Kit Barlow\nDate of birth: 02/03/2010\n"
                        + "Session date: 27/11/2026\nWhat was agreed: Mediation was successful and Kit has returned home to dad.\n"
                        + "Mediator: District housing\n");
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        assertThat(o.formType()).isEqualTo(FormType.MASH_NOTICE);
        assertThat(((MashReferral) ((Outcome.Routed) o).fields()).youngPersonName()).isEqualTo("Kit Barlow");
    }

    @Test
    void homelessnessHasBeenPreventedInTheSubjectAndAStayAtHomeInTheBodyMakeANotice() {
        Outcome o = handle("Homelessness has been prevented - KB",
                "Name: Kit Barlow\nDOB: 2 March 2010\nMediation held: 26/11/2026\n"
                        + "Result: Kit is staying at home with mum; an agreement is in place.\n");
        assertThat(o.formType()).isEqualTo(FormType.MASH_NOTICE);
    }

    @Test
    void aReferralWhoseMediationCouldNotPreventHomelessnessStaysAReferral() {
        Outcome o = handle("MASH referral KB",
                "MASH referral\n\nName: Kit Barlow\nDOB: 02/03/2010\nPresenting agency: District housing\n"
                        + "Homeless or threatened: Homeless\nMediation tried: Yes\n"
                        + "Outcome of mediation: homelessness could not be prevented, mum will not have Kit back.\n");
        assertThat(o.formType()).isEqualTo(FormType.MASH_REFERRAL);
    }

    @Test
    void aReferralThatSaysTheYoungPersonIsThreatenedStaysAReferralEvenWhenMediationOnceWorked() {
        Outcome o = handle("Youth homelessness KB",
                "Name: Kit Barlow\nDOB: 02/03/2010\nPresenting agency: District housing\n"
                        + "Homeless or threatened: Threatened\nMediation tried: Yes\n"
                        + "Outcome of mediation: mediation was successful in the summer but Kit has been told to leave again.\n");
        assertThat(o.formType()).isEqualTo(FormType.MASH_REFERRAL);
    }

    @Test
    void mediationThatWasUnsuccessfulIsNoNotice() {
        Outcome o = handle("Mediation - KB",
                "Name: Kit Barlow\nDOB: 02/03/2010\nMediation date: 26/11/2026\n"
                        + "Outcome: mediation was unsuccessful, Kit is not returned home.\n");
        assertThat(o.formType()).isNotEqualTo(FormType.MASH_NOTICE);
    }

    @Test
    void aStatusThatGivesNoAnswerSuchAsTheHeadingsWordsDoesNotMakeANoticeAReferral() {
        Outcome o = handle("Mediation notice KB",
                "Homelessness prevented - mediation notice\n\nChild's name (in full)\nKit Barlow\n\nDate of birth\n"
                        + "02/03/2010\n\nOutcome / agreement:\nKit returned home after mediation; plan agreed with family.\n");
        assertThat(o.formType()).as("%s", o).isEqualTo(FormType.MASH_NOTICE);
    }

    @Test
    void aDocumentHeadedByMediationThatSaysItWorkedIsANoticeThoughItsFieldsReadAsAnotherForms() {
        Outcome o = handle("Update KB",
                "Update following family mediation\n\nName of young person: Kit Barlow\nDate of birth: 02/03/2010\n"
                        + "Date of mediation: 27/11/2026\nAgency: District housing\nGender: Male\nAddress: 3 Mill Lane\n"
                        + "Outcome of the session: Following mediation the family agreed Kit can stay at home.\n");
        assertThat(o.formType()).as("%s", o).isEqualTo(FormType.MASH_NOTICE);
        assertThat(MediationNotices.headedByMediation("Hi,\nMediation tried: Yes\n")).as("a label, not a heading").isFalse();
    }

    @Test
    void mediationThatPreventedHomelessnessAndAMoveToARelativeMakeANoticeInAHurriedBody() {
        Outcome o = handle("prevented - KB", "quick one from me\n\nmediation prevented homelessness - notice to mash\n"
                + "young person name -- Kit Barlow\ndate of birth -- 02.03.2010\ndate of outcome -- 27-11-26\n"
                + "outcome -- Kit will live with her older sister, agreed by all at the meeting.\n");
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        assertThat(o.formType()).isEqualTo(FormType.MASH_NOTICE);
    }

    @Test
    void aMoveToARelativeThatWillNotHappenMakesNoNotice() {
        Outcome o = handle("Mediation - KB", "Name: Kit Barlow\nDOB: 02/03/2010\nMediation date: 26/11/2026\n"
                + "Outcome: mediation held but Kit cannot live with her older sister.\n");
        assertThat(o.formType()).isNotEqualTo(FormType.MASH_NOTICE);
    }
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "Mediation outcome notice|Following mediation, Kit has moved back in with her mum.",
        "Notice to MASH|Homelessness avoided through family mediation.",
        "Mediation outcome notice|Homelessness was averted - Kit back at home.",
        "Mediation update|Kit and mum reconciled at mediation; no further MASH involvement needed.",
        "Notice to MASH|Mum has agreed Kit can come home; accommodation no longer needed.",
        "Mediation outcome notice|Both parties agreed to house rules and Kit has gone home.",
        "Mediation update|Kit reunited with family after two mediation sessions.",
        "Notice to MASH|Positive outcome - Kit has returned to live with dad.",
        "Mediation outcome notice|Kit no longer requires accommodation as she has moved in with her aunt.",
        "MASH referral - mediation outcome|Family mediation successfully completed, Kit living at home."})
    void mediationThatWorkedIsANoticeInTheWaysStaffSayIt(String headingAndOutcome) {
        String[] parts = headingAndOutcome.split("\\|");
        Outcome o = handle("Kit B - update", parts[0] + "\n\nYoung person: Kit Barlow\nDate of birth: 02/03/2010\n"
                + "Date of mediation: 25/11/2026\nMediator: District mediation service\nOutcome: " + parts[1] + "\n");
        assertThat(o.formType()).as("%s", o).isEqualTo(FormType.MASH_NOTICE);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "Mediation attempted but broke down; mum will not let Kit return home.",
        "Mediation held last month, Kit went back home briefly but was asked to leave again on Friday.",
        "Mediation not possible - Kit says she will never go back home.",
        "Mediation was unsuccessful, no longer able to return home.",
        "Previously reconciled with mum in 2025 but the relationship has broken down again."})
    void aMashReferralWhoseMediationDidNotLastStaysAReferral(String outcome) {
        Outcome o = handle("MASH referral KB", "MASH referral\n\nYoung person: Kit Barlow\nDate of birth: 02/03/2010\n"
                + "Presenting agency: District housing\nMediation attempted: Yes\nOutcome of mediation: " + outcome + "\n");
        assertThat(o.formType()).as("%s", o).isEqualTo(FormType.MASH_REFERRAL);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "Kit could return home if dad agrees to a support plan.",
        "Kit can return home once mum's partner has moved out.",
        "Mum says Kit will go back home only when she starts college again.",
        "Kit could go home provided there is no more drinking in the house.",
        "Both agreed Kit may be able to move back home, subject to a further session."})
    void aReturnHomeThatWaitsOnAConditionLeavesAMashReferralAReferral(String outcome) {
        Outcome o = handle("Kit B", "Young person: Kit Barlow\nDate of birth: 02/03/2010\n"
                + "Presenting agency: District housing\nMediation attempted: Yes\nOutcome of mediation: " + outcome + "\n");
        assertThat(o.formType()).as("%s", o).isEqualTo(FormType.MASH_REFERRAL);
    }

    @Test
    void aSubjectSayingHomelessnessWasPreventedMakesANoticeOfAMailWhoseFieldsReadAsAnIncident() {
        Outcome o = handle("Closure to MASH - RC, prevented",
                "Organisation: Vale Housing Options\nYoung person: Rhodri Castell\nDOB: 09/03/2010\n"
                        + "Date: 30/11/2026\nTime: 18:00\nWhat happened: A session was held at the council offices "
                        + "with the mediator and Rhodri returned home with his father that evening.\n");
        assertThat(o.formType()).as("%s", o).isEqualTo(FormType.MASH_NOTICE);
    }

    @Test
    void aPreventionNoticeWhoseYoungPersonHasMovedInWithARelativeIsANoticeNotIntelligence() {
        Outcome o = handle("Prevention notice RC",
                "Youth homelessness prevention notice\n\nDetails: the young person\nName: Rhodri Castell\n"
                        + "Date of birth: 09/03/2010\nDate: 30/11/2026\nHow it was resolved: Rhodri has moved in with his "
                        + "aunt, arranged through the mediation service.\nAgency: Family mediation service\n");
        assertThat(o.formType()).as("%s", o).isEqualTo(FormType.MASH_NOTICE);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "Family reconciliation achieved; Rhodri is back living with dad.",
        "Reconciliation successful - Rhodri has gone home.",
        "Homelessness relieved: Rhodri has moved back in with his grandparents.",
        "Rhodri and his mother agreed a family plan and he is staying at home."})
    void aReconciliationThatWorkedIsANoticeThoughTheWordMediationIsNeverWritten(String outcome) {
        Outcome o = handle("Reconciliation - RC", "Family reconciliation update\n\nYoung person: Rhodri Castell\n"
                + "Date of birth: 09/03/2010\nDate: 30/11/2026\nOutcome: " + outcome + "\n");
        assertThat(o.formType()).as("%s", o).isEqualTo(FormType.MASH_NOTICE);
    }

    @Test
    void intelligenceSoNamedInItsSubjectStaysIntelligenceThoughItSaysMediationWorked() {
        Outcome o = handle("Intel - RC, prevented from meeting adults",
                "Young person: Rhodri Castell\nDate of birth: 09/03/2010\nAgency: Vale Housing Options\n"
                        + "Information: Rhodri returned home after mediation but has since been seen getting into cars "
                        + "with older men outside the station.\nWorker name: Sian Evans\nContact email: s.evans@vale.test\n");
        assertThat(o.formType()).as("%s", o).isEqualTo(FormType.INTELLIGENCE_SUBMISSION);
    }

    @Test
    void aReferralWhoseReconciliationBrokeDownStaysAReferral() {
        Outcome o = handle("Rhodri C - prevention", "Young person: Rhodri Castell\nDate of birth: 09/03/2010\n"
                + "Presenting agency: District housing\nHomeless or threatened: Threatened\n"
                + "Outcome of mediation: reconciliation was not achieved, father has asked Rhodri to leave by Friday.\n");
        assertThat(o.formType()).as("%s", o).isEqualTo(FormType.MASH_REFERRAL);
    }

    private static final String QUOTED_REFERRAL = "\n\n> MASH referral\n> Name: Rhodri Castell\n> DOB: 09/03/2010\n"
            + "> Presenting agency: Vale Housing Options\n> Homeless or threatened: Threatened\n> Mediation tried: No\n";

    @Test
    void aReplyOnAReferralsThreadSayingMediationWorkedIsANoticeNotTheQuotedReferral() {
        Outcome o = handle("Re: MASH referral - Rhodri Castell", "Hello,\n\nQuick update - the mediation on Tuesday went "
                + "well and Rhodri has gone home to his mum, so homelessness is prevented. Please close.\n\nSian"
                + QUOTED_REFERRAL);
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        assertThat(o.formType()).isEqualTo(FormType.MASH_NOTICE);
        assertThat(((MashReferral) ((Outcome.Routed) o).fields()).youngPersonName()).isEqualTo("Rhodri Castell");
    }

    @Test
    void aReplyOnAReferralsThreadSayingTheYoungPersonWasAskedToLeaveAgainStaysAReferral() {
        Outcome o = handle("Re: MASH referral - Rhodri Castell", "Hello,\n\nMediation went well in October and Rhodri "
                + "went back home, but he was asked to leave again last night.\n\nSian" + QUOTED_REFERRAL);
        assertThat(o.formType()).as("%s", o).isEqualTo(FormType.MASH_REFERRAL);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "Hi,\n\nRhodri Castell (DOB 09/03/2010) - family mediation took place yesterday and he has returned home to his "
                + "dad, so homelessness has been prevented.\n\nThanks\nSian Evans\n",
        "Dear colleagues,\n\nRe: Rhodri Castell, date of birth 9 March 2010\n\nFollowing a family mediation session "
                + "last week Rhodri and his father have reconciled and he remains living at home.\n\nYours sincerely,\n"
                + "Sian Evans\n",
        "Hi,\n\nMediation outcome\n\nYP Rhodri Castell. D.O.B. 9th March 2010. Session held Mon 30th Nov. Rhodri is "
                + "staying at home with mum.\n\nSian\n"})
    void aNoticeWrittenAsSentencesGivesTheNameAndDateOfBirthItSaysTogether(String body) {
        Outcome o = handle("Rhodri C", body);
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        MashReferral notice = (MashReferral) ((Outcome.Routed) o).fields();
        assertThat(o.formType()).isEqualTo(FormType.MASH_NOTICE);
        assertThat(notice.youngPersonName()).isEqualTo("Rhodri Castell");
        assertThat(notice.dateOfBirth()).isEqualTo("2010-03-09");
    }
}
