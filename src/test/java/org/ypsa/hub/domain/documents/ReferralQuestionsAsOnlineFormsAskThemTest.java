package org.ypsa.hub.domain.documents;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.mash.MashField;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Questions as councils' online and Word referral forms ask them (config/forms wordings): "the young person you are
 * referring" is the young person, not the referrer; "whereabouts" is where they are now; "what else has been tried" is
 * the diversion explored; a safety plan the immediate safety concern; "referred from" the
 * presenting agency, and "Who is referring?" asks who makes the referral ("Who is being referred?" the young person). Wordings and values invented for the test.
 */
class ReferralQuestionsAsOnlineFormsAskThemTest {
    private static LabelledDocument rows(String... labelsAndValues) {
        List<LabelledDocument.Entry> entries = new ArrayList<>();
        for (int i = 0; i + 1 < labelsAndValues.length; i += 2) {
            entries.add(new LabelledDocument.Entry(labelsAndValues[i], labelsAndValues[i + 1], "table row " + (i / 2 + 1), ""));
        }
        return new LabelledDocument("form.docx", "", entries);
    }

    @Test
    void theYoungPersonYouAreReferringIsTheYoungPersonNotTheReferrer() {
        FieldCatalog<ReferralField> referral = FieldCatalog.shipped(ReferralField.class, "referral");
        var read = referral.read(rows("Name of the young person you are referring", "Tegid Amberley",
                "Referring worker", "Rhian Okafor", "Young person's current whereabouts", "Sofa surfing at 3 Bank St, Didcot",
                "What else has been tried?", "Mediation with dad twice; no change.",
                "Safety plan", "Staying with a friend tonight only.")).values();
        assertThat(read).containsEntry(ReferralField.FULL_NAME, "Tegid Amberley")
                .containsEntry(ReferralField.REFERRER_NAME, "Rhian Okafor")
                .containsEntry(ReferralField.CURRENT_ADDRESS, "Sofa surfing at 3 Bank St, Didcot")
                .containsEntry(ReferralField.DIVERSION, "Mediation with dad twice; no change.")
                .containsEntry(ReferralField.SAFETY_CONCERN, "Staying with a friend tonight only.");
    }

    @Test
    void referredFromIsThePresentingAgency() {
        FieldCatalog<MashField> mash = FieldCatalog.shipped(MashField.class, "mash-referral");
        var read = mash.read(rows("Young person's name", "Tegid Amberley", "Referred from", "Didcot Girls' School")).values();
        assertThat(read).containsEntry(MashField.AGENCY, "Didcot Girls' School");
    }

    @Test
    void whoIsReferringAsksWhoMakesTheReferralNotWhoIsReferred() {
        FieldCatalog<MashField> mash = FieldCatalog.shipped(MashField.class, "mash-referral");
        var read = mash.read(rows("Who is being referred?", "Tegid Amberley", "Who is referring?", "Didcot Girls' School"))
                .values();
        assertThat(read).containsEntry(MashField.NAME, "Tegid Amberley").containsEntry(MashField.AGENCY, "Didcot Girls' School");
    }
}
