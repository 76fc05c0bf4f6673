package org.ypsa.hub.domain.documents;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/** A PDF form's fields read by the labels printed on its page, under the page's headings. */
class PdfFormLabelsTest {

    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");

    private static LabelledDocument.Entry field(String name, String value) {
        return new LabelledDocument.Entry(name, value, "form field " + name);
    }

    @Test
    void aFieldNamedByItsLabelRunTogetherTakesTheLabelPrintedOnThePage() {
        String page = "Housing referral\nKID'S FULL NAME (AS ON PASSPORT)\nBorn on *\nWhy now? (include any recent\nevents that led to this)\n";
        LabelledDocument doc = PdfReader.withPrintedLabels("f.pdf", List.of(field("KIDSFULLNAMEASONPASSPORT", "Jo Bloggs"),
                field("BornOn", "1/2/2009"), field("WhyNowIncludeAnyRecentEventsTha", "Family row")), page);
        assertThat(doc.entries()).extracting(LabelledDocument.Entry::label)
                .containsExactly("KID'S FULL NAME (AS ON PASSPORT)", "Born on", "Why now? (include any recent events that led to this)");
        // the label printed over two lines is one line of the text, not a label per line
        assertThat(doc.text()).contains("Why now? (include any recent events that led to this)\n")
                .doesNotContain("\nevents that led to this)");
    }

    @Test
    void aFieldNameThatIsNoPrintedLabelIsKeptAsItIs() {
        LabelledDocument doc = PdfReader.withPrintedLabels("f.pdf", List.of(field("Text7", "Jo Bloggs")), "Form\nName of the child\n");
        assertThat(doc.entries()).extracting(LabelledDocument.Entry::label).containsExactly("Text7");
    }

    @Test
    void aFieldStandsUnderThePrintedHeadingAboveItsLabelButNotUnderTheFormsTitle() {
        String page = "Supported housing referral\nName\nAbout you\nYour job\nTeam\n";
        LabelledDocument doc = PdfReader.withPrintedLabels("f.pdf", List.of(field("Name", "Sam Ortiz"), field("YourJob", "Social worker"),
                field("Team", "Leaving care")), page);
        assertThat(doc.entries()).extracting(LabelledDocument.Entry::section).containsExactly("", "About you", "About you");
        LabelledDocument named = PdfReader.withPrintedLabels("f.pdf", List.of(field("YoungPersonName", "Sam Ortiz"),
                field("FullName", "Jo Bloggs")), "Housing referral form\nYoung person name\nThe referrer\nFull name:\n");
        assertThat(REFERRAL.read(named).values()).containsEntry(ReferralField.REFERRER_NAME, "Jo Bloggs");
    }

    @Test
    void theLineUnderALabelThatIsAnotherFieldsPrintedLabelIsNoAnswer() {
        LabelledDocument doc = new LabelledDocument("f.pdf", "Referral\nWhen was the FGC held?\nWork done so far to prevent it\n",
                List.of(field("When was the FGC held", ""), field("Work done so far to prevent it", "Mediation")));
        assertThat(REFERRAL.read(doc).values().get(ReferralField.FGC_DATE)).isNullOrEmpty();
    }
}
