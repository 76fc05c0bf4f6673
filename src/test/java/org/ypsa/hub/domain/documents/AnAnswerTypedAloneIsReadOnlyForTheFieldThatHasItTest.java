package org.ypsa.hub.domain.documents;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.forms.FormLibrary;
import org.ypsa.hub.domain.referrals.ReferralField;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer typed alone among a body's labelled lines ("Care leaver" between "Address: ..." and "UASC: N") is read as
 * the field whose alone: answers hold it, on the form that has that field; a form without one reads the line as before,
 * with no label made up for it. Stop 72 (review of stop 71: it was made a "Legal status:" line for every form). So too
 * one of a line of short facts parted by commas ("male, care leaver, not a parent, not UASC"), typed on a phone
 * (stop 73, tuned35); a sentence with commas in it is no such line.
 */
class AnAnswerTypedAloneIsReadOnlyForTheFieldThatHasItTest {
    private static final String BODY = "Name: Tyler Grant\nAddress: 9 Denholm Street, Hartsmere\nCLA\nUASC: N\nParent: N";

    @Test
    void aLegalStatusTypedAloneIsTheReferralsLegalStatus() {
        assertThat(FieldCatalog.shipped(ReferralField.class, "referral").read(TextDocuments.bodyLines(BODY)).values())
                .containsEntry(ReferralField.LEGAL_STATUS, "CLA");
    }

    @Test
    void aFormWithoutALegalStatusMakesNoLabelOfIt() {
        FieldCatalog.Reading<SafeguardingField> r = FieldCatalog.shipped(SafeguardingField.class, "safeguarding-incident")
                .read(TextDocuments.bodyLines(BODY));
        assertThat(r.values().values()).doesNotContain("CLA");
        assertThat(r.unplaced()).noneMatch(l -> l.toLowerCase().contains("legal status"));
    }

    @Test
    void theShippedReferralFormListsTheStatusesTypedAlone() {
        assertThat(FormLibrary.shipped().form("referral").field("legal-status").orElseThrow().alone())
                .contains("care leaver", "looked after", "CLA", "s20");
    }

    @Test
    void aLegalStatusAmongALineOfShortFactsIsTheReferralsLegalStatus() {
        String body = "yp: Kai Morgan\ndob 20/11/08\nmale, care leaver, not a parent, not UASC\nLCS 6987720";
        assertThat(FieldCatalog.shipped(ReferralField.class, "referral").read(TextDocuments.bodyLines(body)).values())
                .containsEntry(ReferralField.LEGAL_STATUS, "care leaver");
    }

    @Test
    void aSentenceWithCommasGivesNoLegalStatus() {
        String body = "Name: Kai Morgan\nHe has lived with his nan since he was twelve, when he became looked after\n"
                + "Parent: N";
        assertThat(FieldCatalog.shipped(ReferralField.class, "referral").read(TextDocuments.bodyLines(body)).values())
                .doesNotContainKey(ReferralField.LEGAL_STATUS);
    }
}
