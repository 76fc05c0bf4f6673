package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.mash.MashReferral;
import org.ypsa.hub.domain.risk.RiskConcern;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ypsa.hub.domain.intake.FormVariationsTest.docxTable;

/**
 * Where a label ends and its value starts, as people lay forms out: at a colon, a lone dash, a question mark;
 * a label wrapped onto a line starting in lower case; questions and answers on lines of their own; cells that
 * each hold "Label: value"; a label that takes the whole line ("Referral ref no.").
 */
class LabelsAsWrittenTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private Object routed(FormType type, String from, String subject, String body, InboundMail.Attachment... a) {
        Outcome o = intake.handle(new InboundMail("intake@ypsa.test", "<v@test>", from, subject,
                Instant.parse("2026-11-30T12:00:00Z"), body, List.of(a), false));
        assertThat(o).as("outcome %s", o).isInstanceOf(Outcome.Routed.class);
        assertThat(o.formType()).isEqualTo(type);
        return ((Outcome.Routed) o).fields();
    }

    @Test
    void aLabelEndsAtALoneDashAndAWrappedLabelContinuesOnALineInLowerCase() {
        var m = (MashReferral) routed(FormType.MASH_REFERRAL, "p.venn@housing.council.test", "MASH referral",
                "MASH REFERRAL FORM\n\nFull name:  Kit Barlow\nDate of birth of young person - 2.3.2010\n"
                        + "Presenting agency:  District housing\nIs the young person homeless or\n"
                        + "threatened with homelessness? threatened - notice given by parent\n"
                        + "Mediation attempted (Y/N):  NO\n");
        assertThat(m.dateOfBirth()).isEqualTo("2010-03-02");
        assertThat(m.homelessOrThreatened()).isEqualTo("threatened");
    }

    @Test
    void aMashReferralsAgencyIsWhereItWasReferredFrom() {
        var m = (MashReferral) routed(FormType.MASH_REFERRAL, "p.venn@housing.council.test", "MASH referral",
                "MASH referral\n\nFull name\nKit Barlow\n\nDOB\n02/03/2010\n\nReferred from:\nYouth Justice Service\n\n"
                        + "Homeless or threatened?\nHomeless tonight\n\nHas mediation been attempted?\nNo\n");
        assertThat(m.presentingAgency()).isEqualTo("Youth Justice Service");
        assertThat(m.homelessOrThreatened()).isEqualTo("homeless");
    }

    @Test
    void aQuestionOnItsOwnLineTakesTheNextLineAsItsAnswerEvenWhenTheAnswerReadsLikeALabel() {
        var m = (MashReferral) routed(FormType.MASH_REFERRAL, "p.venn@housing.council.test", "MASH referral",
                "MASH referral\n\nName\nKit Barlow\n\nDOB\n02/03/2010\n\nPresenting agency\nHousing Options\n\n"
                        + "Homeless/threatened?\nThreatened\n\nHas mediation been attempted?\nNo\n");
        assertThat(m.homelessOrThreatened()).isEqualTo("threatened");
    }

    @Test
    void aValueRunningOnStopsAtTheNextLabelAndARiskConcernsYoungPersonIsNotItsProvider() {
        var r = (RiskConcern) routed(FormType.RISK_CONCERN, "staff@oxyouth.provider.test", "Risk concern",
                "Response to referral: risk concern\nReferral reference:\nBRK/2026/0312\nName of provider:\nOxon Youth\n"
                        + "YP name\nWren Quennell\nWhat is the risk you are unable to manage?\nRecent arson.\n"
                        + "Why can't the risk be managed?\nThe property is shared.\nResources/support needed:\n"
                        + "Waking night staff.\n");
        assertThat(r.providerId()).isEqualTo("oxfordshire-youth");
        assertThat(r.referralReference()).isEqualTo("BRK/2026/0312");
        assertThat(r.riskUnableToManage()).isEqualTo("Recent arson.");
    }

    @Test
    void aLineThatIsAllLabelTakesItsLastWordsAsTheLabelsAndAReferenceHasADigit() {
        var r = (RiskConcern) routed(FormType.RISK_CONCERN, "staff@oxyouth.provider.test", "Risk concern",
                "Risk concern\n\nReferral ref no.\nREF29912\n\nProvider submitting concern - OY\n"
                        + "Name of YP: Fenn Ashby\nThe risk we are unable to manage: Assaults on staff.\n"
                        + "Why is the risk unmanageable? Staff work alone.\nWhat would help: Waking night staff.\n");
        assertThat(r.referralReference()).isEqualTo("REF29912");
        assertThat(r.providerId()).isEqualTo("oxfordshire-youth");
    }

    @Test
    void wordCellsThatEachHoldLabelAndValueAreFieldsSideBySide() throws Exception {
        var m = (MashReferral) routed(FormType.MASH_REFERRAL, "p.venn@housing.council.test", "Form", "",
                docxTable("m.docx", "MASH referral",
                        new String[] {"Young person's name: Kit Barlow", "Date of birth of young person: 02.03.2010"},
                        new String[] {"Presenting agency: Housing Options", "Homeless or threatened? Threatened"},
                        new String[] {"Mediation attempted? No", "Known to social care: No"}));
        assertThat(m.youngPersonName()).isEqualTo("Kit Barlow");
        assertThat(m.dateOfBirth()).isEqualTo("2010-03-02");
        assertThat(m.homelessOrThreatened()).isEqualTo("threatened");
        assertThat(m.mediationAttempted()).isFalse();
    }

    @Test
    void aLineNamingTheFormByItsTitleIsNotALabelAndValue() {
        var i = (org.ypsa.hub.domain.intelligence.IntelligenceSubmission) routed(FormType.INTELLIGENCE_SUBMISSION,
                "staff@stonewater.provider.test", "Partnership intelligence",
                "PARTNERSHIP AGENCY INTELLIGENCE SHARING SUBMISSION FORM\nAgency name *\nStonewater\nWorker name:\n"
                        + "Pat Doe\nE-mail for contact\np.doe@stonewater.provider.test\nDate (of info)\n5 July 2026\nLocation\nCar park behind the scheme\n"
                        + "Details of the information\nPackages passed through a car window.\nHandling code:\nP\n");
        assertThat(i.agency()).isEqualTo("Stonewater");
        assertThat(i.information()).startsWith("Packages passed");
    }

    @Test
    void aRequiredFieldStarEndsALabelAndIsNoPartOfItsValue() {
        var m = (MashReferral) routed(FormType.MASH_REFERRAL, "p.venn@housing.council.test", "MASH referral",
                "MASH referral\n\nYoung person's name * Kit Barlow\nDate of birth of YP * 15th November 2009\n"
                        + "Presenting agency *\nHousing Options\nHomeless or threatened: Homeless\n");
        assertThat(m.youngPersonName()).isEqualTo("Kit Barlow");
        assertThat(m.dateOfBirth()).isEqualTo("2009-11-15");
    }

    @Test
    void welshWordsOfBilingualFormsAreUnderstood() {
        var m = (MashReferral) routed(FormType.MASH_REFERRAL, "p.venn@housing.council.test", "MASH referral",
                "MASH referral\n\nEnw'r person ifanc: Kit Barlow\nDyddiad geni: 02/03/2010\n"
                        + "Asiantaeth: Housing Options\nHomeless or threatened: Homeless\n");
        assertThat(m.youngPersonName()).isEqualTo("Kit Barlow");
        assertThat(m.dateOfBirth()).isEqualTo("2010-03-02");
    }

    @Test
    void aLabelAloneOnItsLineTakesANextLineThatReadsAsItsTypedValue() {
        var m = (MashReferral) routed(FormType.MASH_REFERRAL, "p.venn@housing.council.test", "MASH referral",
                "MASH referral\n\nYP's name:\nKit Barlow\n\nDOB\n02/03/2010\n\nAgency:\nHousing Options\n\n"
                        + "Homelessness status\nHomeless tonight\n");
        assertThat(m.homelessOrThreatened()).isEqualTo("homeless");
    }

    @Test
    void aReferralsTypeIsItsOwnAnswerNeverAQuestionOrALabelOfferingBoth() {
        assertThat(ReferralTypeWords.variant("Supported Accommodation Referral\nIs this an emergency?\tNO\n", null, "Referral - WM"))
                .isEqualTo("non-emergency");
        assertThat(ReferralTypeWords.variant("Referral form\nType of referral (Emergency / Non-emergency)\tEmergency\n", null,
                "Referral")).isEqualTo("non-emergency");
        assertThat(ReferralTypeWords.variant("Referral form\nType of referral (Emergency / Non-emergency)\n", "Emergency", "Referral"))
                .isEqualTo("emergency");
        assertThat(ReferralTypeWords.variant("Referral Form - Non-Emergency\nEmergency? (Y/N)\nfalse\n", "false", "Referral"))
                .isEqualTo("non-emergency");
        assertThat(ReferralTypeWords.variant("Referral form\n", "Yes", "Referral")).isEqualTo("emergency");
    }

    @Test
    void aSubjectSayingTheRequestIsUrgentMakesAnEmergencyReferralButNotUrgentDoesNot() {
        assertThat(ReferralTypeWords.variant("Forwarding this one.\n", null, "Fw: Urgent: bed needed for AB"))
                .isEqualTo("emergency");
        assertThat(ReferralTypeWords.variant("Forwarding this one.\n", null, "Brys: AB angen gwely")).isEqualTo("emergency");
        assertThat(ReferralTypeWords.variant("Forwarding this one.\n", null, "Referral for AB (not urgent)"))
                .isEqualTo("non-emergency");
        assertThat(ReferralTypeWords.variant("Forwarding this one.\n", null, "Non-urgent referral AB")).isEqualTo("non-emergency");
    }

    @Test
    void aTypedValueIsOneLineAndALabelsOwnLastWordIsNoValue() {
        var m = (MashReferral) routed(FormType.MASH_REFERRAL, "p.venn@housing.council.test", "MASH referral",
                "MASH referral\n\nYoung person name\nKit Barlow\n\nDOB:\n01.06.10\nAddress of young person\n"
                        + "9 Brook Street, Didcot\n\nAgency:\nHousing Options\n\nHomeless or threatened:\nHomeless\n");
        assertThat(m.youngPersonName()).isEqualTo("Kit Barlow");
        assertThat(m.dateOfBirth()).isEqualTo("2010-06-01");
    }

    @Test
    void aLabelGoingOnWithOfNamesTheFieldTheWholeLineNames() {
        var r = (org.ypsa.hub.domain.referrals.Referral) routed(FormType.REFERRAL, "r.okafor@council.test",
                "Supported accommodation referral",
                "Supported Accommodation Referral Form - Non-Emergency\n\nYoung person's full name\nAda Pennyfeather\n"
                        + "Date of birth\n14/03/2009\nLegal status\nCIN\nName of person referring\nRita Okafor\n"
                        + "Job title\nYouth worker\nOrganisation\nFamily Solutions\nEmail\nr.okafor@council.test\n"
                        + "Family group conference offered\nYes\nDate FGC offered\n12/11/2026\n"
                        + "Reason for referral\nFamily breakdown.\nDate accommodation needed\n08/01/2027\n"
                        + "Consent to referral and information sharing\nYes\n");
        assertThat(r.referrer().name()).isEqualTo("Rita Okafor");
        assertThat(r.youngPerson().fullName()).isEqualTo("Ada Pennyfeather");
    }
}
