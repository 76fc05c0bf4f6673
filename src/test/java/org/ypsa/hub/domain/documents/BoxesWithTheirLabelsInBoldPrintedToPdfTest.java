package org.ypsa.hub.domain.documents;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Word form whose table holds two boxes to a row, each its label in bold over its answer in plain type and no colon
 * ("Date of birth" over "19.1.2004" | "Gender" over "Female"), saved as PDF: each box is its label and its answer,
 * never one box's label and answer taken as the label of the box beside it (tuned35's council template). A row in
 * bold alone is a heading, no box. Wordings and people invented for the test.
 */
class BoxesWithTheirLabelsInBoldPrintedToPdfTest {
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");

    @Test
    void eachBoxIsItsLabelInBoldOverItsAnswer() throws Exception {
        byte[] pdf = CouncilTemplatePdf.plainWordTable()
                .row("**Young person's details")
                .row("**Date of birth|19.1.2008", "**Gender|Female")
                .row("**Preferred locality|West Oxfordshire", "**Legal status|**(LAC / care leaver / CIN)|Care leaver")
                .row("**Your name|Carys Pugh", "**Your role|Personal Adviser")
                .row("**Organisation / team|Leaving Care Team", "**Your email address|carys.pugh@council.test")
                .bytes();
        Map<ReferralField, String> read = REFERRAL.read(PdfReader.readWithTables("form.pdf", pdf).form()).values();
        assertThat(read).containsEntry(ReferralField.DATE_OF_BIRTH, "19.1.2008")
                .containsEntry(ReferralField.GENDER, "Female")
                .containsEntry(ReferralField.PREFERRED_LOCALITY, "West Oxfordshire")
                .containsEntry(ReferralField.LEGAL_STATUS, "Care leaver")
                .containsEntry(ReferralField.REFERRER_NAME, "Carys Pugh")
                .containsEntry(ReferralField.REFERRER_ROLE, "Personal Adviser")
                .containsEntry(ReferralField.ORGANISATION, "Leaving Care Team")
                .containsEntry(ReferralField.REFERRER_EMAIL, "carys.pugh@council.test");
    }
}
