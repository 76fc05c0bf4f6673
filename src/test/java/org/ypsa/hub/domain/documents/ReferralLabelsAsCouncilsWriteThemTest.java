package org.ypsa.hub.domain.documents;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Referral labels and answers as English and Welsh council staff write them (issue 14, ref39): a heading of what was
 * tried before, a presenting problem over its account, the name of the housing asked for in the form's title, a
 * shortened "required". Each test names its rule; forms and wordings invented for the test.
 */
class ReferralLabelsAsCouncilsWriteThemTest {
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");

    @Test
    void whatWasTriedIsWhatWasExploredSoTheSentenceUnderItIsNoReasonForReferral() {
        // tuned11 t11-ref-018 was routed with "options gave advice ..." (the line under "OTHER OPTIONS TRIED", read as
        // the label "Housing" and its answer) as its reason for referral
        String form = "Name of young person: Carys Penhallow\nDate of birth: 04/03/2009\n\nOPTIONS ATTEMPTED\n"
                + "Housing advice team met her twice; her aunt could not take her.\n\n"
                + "Presenting problem\n\nHer foster placement ended on Friday after a fire at the carers' home, and she is "
                + "sleeping on a friend's sofa.\n\nDate required: 10/01/2027\n";
        var values = REFERRAL.read(TextDocuments.pdfText(form)).values();
        assertThat(values.get(ReferralField.REASON)).startsWith("Her foster placement ended on Friday");
        assertThat(values.get(ReferralField.DIVERSION)).startsWith("Housing advice team met her twice");
    }

    @Test
    void aNounOfTheFieldsMeaningAfterItsOneWordGoesOnWithTheLabel() {
        // "Presenting issue" over its account (a blank line between them) is the reason's label, not "Presenting" with the reason "issue"
        String form = "Name of young person: Carys Penhallow\n\nPresenting issue\n\n"
                + "Mum has asked her to leave after repeated arguments about money.\n";
        var values = REFERRAL.read(TextDocuments.pdfText(form)).values();
        assertThat(values.get(ReferralField.REASON)).isEqualTo("Mum has asked her to leave after repeated arguments about money.");
    }

    @Test
    void supportedAccommodationNamesTheHousingAskedForNeverTheSupportNeeded() {
        // the form's title "Application for supported accommodation - planned move" was read as the support needs
        String form = "Request for supported housing - planned move\nName of young person: Carys Penhallow\n"
                + "Support the young person needs\nHelp with budgeting and getting to college on time.\n";
        var values = REFERRAL.read(TextDocuments.pdfText(form)).values();
        assertThat(values.get(ReferralField.SUPPORT_NEEDS)).isEqualTo("Help with budgeting and getting to college on time.");
        assertThat(REFERRAL.ranked("Application for supported accommodation")).isEmpty();
    }

    @Test
    void requiredCutShortToReqdIsRequired() {
        assertThat(REFERRAL.match("Date reqd")).contains(ReferralField.DATE_NEEDED);
        assertThat(REFERRAL.match("Accommodation reqd from")).contains(ReferralField.DATE_NEEDED);
    }
}
