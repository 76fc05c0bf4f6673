package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.forms.FormLibrary;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form's title in another word order in the document's heading names the form: a MASH referral headed "Referral
 * (MASH) - young person at risk of homelessness" is not taken for a supported-accommodation referral because its
 * fields share words with one (issue 14: recognition is not fooled by shared words).
 */
class HeadingRulesTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private static final String MASH_FIELDS = "Name of young person: Robin Tewksbury\nDate of birth: 04/05/2010\n"
            + "Address: 3 Mill Lane, Banbury\nAgency: Youth Justice Service\nHomeless or threatened: Threatened\n"
            + "Mediation tried: No\nKnown to social care: Yes\nParent contact: Ann Tewksbury 07700 900111\n";

    private Outcome handle(String subject, String body) {
        return intake.handle(new InboundMail("intake@ypsa.test", "<h@test>", "p.venn@housing.council.test", subject,
                Instant.parse("2026-11-30T12:00:00Z"), body, List.of(), false));
    }

    @Test
    void aTitlesWordsInAnotherOrderInTheHeadingNameTheForm() {
        Outcome o = handle("Young person RT", "Hello,\n\nReferral (MASH) - young person at risk of homelessness\n\n" + MASH_FIELDS);
        assertThat(o.formType()).as("%s", o).isEqualTo(FormType.MASH_REFERRAL);
    }

    @Test
    void titleWordsMustAllBeInOneShortLineNearTheTop() {
        var mash = FormLibrary.shipped().form("mash-referral");
        assertThat(Intake.headed(mash, "Hi,\nReferral to the multi agency safeguarding hub\n")).isTrue();
        assertThat(Intake.headed(mash, "Hi,\nReferral\nMASH\n")).as("words spread over lines").isFalse();
        assertThat(Intake.headed(mash, "Hi,\nPlease read this long covering note first because the MASH has asked us "
                + "to explain why no referral was made by the school this term\n")).as("a sentence").isFalse();
        assertThat(Intake.headed(mash, "One\nTwo\nThree\nFour\nMASH referral\n")).as("too far down").isFalse();
    }

    @Test
    void informationAndThePoliceInOneHeadingLineNameAnIntelligenceSubmission() {
        Outcome o = handle("Weekly update", "Hello,\n\nPolice information sharing\n\nAgency: Key2 Housing\n"
                + "Name: Sam Hollis\nDate: 02/11/2026\nLocation: Banbury bus station\n"
                + "Details: Sam saw a grey car collect two residents late at night on three evenings. Not urgent.\n");
        assertThat(o.formType()).as("%s", o).isEqualTo(FormType.INTELLIGENCE_SUBMISSION);
    }

    @Test
    void thePoliceAndInformationOnDifferentLinesNameNoIntelligenceSubmission() {
        Outcome o = handle("Incident", "Hello,\n\nSafeguarding incident\nPolice involved: yes\nInformation: see below\n"
                + "Provider: Key2\nYoung person's name: Kit Barlow\nDate and time: 02/11/2026 14:05\nCategory: Missing\n"
                + "Severity: Low\nDescription: Kit did not come home and was reported missing.\n");
        assertThat(o.formType()).as("%s", o).isEqualTo(FormType.SAFEGUARDING_INCIDENT);
    }

    @Test
    void aRequestOrEnquiryInATitleIsAReferral() {
        var mash = FormLibrary.shipped().form("mash-referral");
        assertThat(Intake.headed(mash, "MASH enquiry - young person sofa surfing\n")).isTrue();
        assertThat(Intake.headed(mash, "Request for a placement\n")).as("no MASH in it").isFalse();
        Outcome o = handle("Young person RT", "Hello,\n\nMASH request - homeless 16/17\n\n" + MASH_FIELDS);
        assertThat(o.formType()).as("%s", o).isEqualTo(FormType.MASH_REFERRAL);
    }

    @Test
    void anotherFormsTitleInsideAFormsTitleDoesNotNameTheOtherForm() {
        Outcome o = handle("Form attached", "Hello,\n\nMASH referral form (16/17 year olds)\n\n" + MASH_FIELDS
                + "Referrer name: Jo Hale\nReferrer email: jo.hale@housing.council.test\nGender: Female\n");
        assertThat(o.formType()).as("%s", o).isEqualTo(FormType.MASH_REFERRAL);
        assertThat(Intake.endsAnotherTitle("mashreferralform", 4, List.of("mashreferral"))).isTrue();
        assertThat(Intake.endsAnotherTitle("referralform", 0, List.of("mashreferral"))).isFalse();
    }

    @Test
    void aHeadingThatNamesAFormWordForWordIsNotAnotherFormsWhoseTitleWordsItHoldsInAnotherOrder() {
        // "Form: MASH referral" holds "referral" and "form", the words of the referral form's "referral form"
        Outcome o = handle("Young person RT", "Hello,\n\nForm: MASH referral - 16/17 housing\n\n" + MASH_FIELDS
                + "Referrer name: Jo Hale\nReferrer email: jo.hale@housing.council.test\nGender: Female\n"
                + "Legal status: Not known\nReason: Asked to leave\n");
        assertThat(o.formType()).as("%s", o).isEqualTo(FormType.MASH_REFERRAL);
    }
}
