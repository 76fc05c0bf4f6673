package org.ypsa.hub.domain.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.ReferralField;
import org.ypsa.hub.support.Yardstick;

/**
 * The yardstick of stop 54 (labels54): what a council prints on its form around the questions - the form's code, its
 * version line, a heading in capitals that asks what the next rows are about, the service's title with its age range -
 * is never the answer of a free-text field, however a label before it was read. Where a real answer was left out, the
 * field is then missing (the writer is asked for it), not routed with the form's own print. Wordings invented for the
 * test from how council templates head and foot their forms; "-" rows are answers and stay answers.
 */
class FormFurnitureIsNeverAnAnswerTest {
    private static final List<Yardstick.Row> LINES = Yardstick.pairs(
        // a form's code, with or without the month of its version
        "HSG-REF-07", "FURNITURE",
        "CSC/SA/REF/2", "FURNITURE",
        "YPS-ACC-1 (March 2025)", "FURNITURE",
        "LCC-PF-12 (Rev. Sept 2024)", "FURNITURE",
        // a version line
        "Version 3.1 - April 2026", "FURNITURE",
        "Form version 4 (updated Jan 2025)", "FURNITURE",
        "v2.4 Sept 2025", "FURNITURE",
        // a heading in capitals that asks what the next rows are about
        "AND WHAT ARE THE WORRIES", "FURNITURE",
        "WHAT HAS BEEN TRIED SO FAR", "FURNITURE",
        "WHO ELSE IS INVOLVED", "FURNITURE",
        // the service's title with its age range
        "Young People 16-25", "FURNITURE",
        "16 to 25 Supported Accommodation", "FURNITURE",
        "Supported Housing for Young People aged 16-24", "FURNITURE",
        // answers, however short, in capitals or with figures
        "Mum asked her to leave on Friday", "-",
        "MUM HAS ASKED HIM TO LEAVE", "-",
        "S20", "-",
        "Sofa surfing since 3/11", "-",
        "Young person aged 17 with a baby due in May", "-",
        "NFA", "-",
        "Harbour Project 16-25 has no room", "-",
        "What she says is that she cannot go back", "-",
        "Version of events given by police differs", "-"
    );

    @Test
    void aFormsCodeVersionHeadingOrTitleIsNoAnswer() {
        var read = Yardstick.read("FormFurnitureIsNeverAnAnswer/lines", LINES,
                r -> NotAnswers.isFurniture(r.wording()) ? "FURNITURE" : "-");
        assertThat(read.misses()).isEmpty();
    }

    @Test
    void aReasonLeftOutIsNotReadFromTheFormsCode() {
        FieldCatalog<ReferralField> referral = FieldCatalog.shipped(ReferralField.class, "referral");
        LabelledDocument form = new LabelledDocument("a.docx", "Housing Options Service\tHSG-REF-07\n"
                + "Young person's name\tCeri Amberley\nReason for referral\t \n", List.of(
                        new LabelledDocument.Entry("Reason for referral", "HSG-REF-07", "table row 1"),
                        new LabelledDocument.Entry("Young person's name", "Ceri Amberley", "table row 2")));
        assertThat(referral.read(form).values().getOrDefault(ReferralField.REASON, "")).isEmpty();
    }

    @Test
    void aSchemesCodeStillAnswersWhereTheSchemeIsAsked() {
        var incident = FieldCatalog.shipped(org.ypsa.hub.domain.safeguarding.SafeguardingField.class,
                "safeguarding-incident");
        LabelledDocument form = new LabelledDocument("a.docx", "Scheme\tHSG-NTH-02\n", List.of(
                new LabelledDocument.Entry("Scheme", "HSG-NTH-02", "table row 1")));
        assertThat(incident.read(form).values()).containsEntry(
                org.ypsa.hub.domain.safeguarding.SafeguardingField.PROPERTY, "HSG-NTH-02");
    }
}
