package org.ypsa.hub.domain.forms;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.intelligence.IntelligenceField;
import org.ypsa.hub.domain.referrals.ReferralField;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;
import org.ypsa.hub.domain.voids.VoidField;
import org.ypsa.hub.support.Yardstick;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stop 56 (voids56): a spreadsheet printed to PDF prints each label only as far as its cell's edge, so a long label
 * ends in a word cut short ("Voids for the wee", "Date of bir"). Such a label is read with its last word whole when the
 * form knows the word it begins and the label as printed names no field; a short label ("Part") and a whole
 * word are read as they are. Wordings invented here, cut where narrow columns cut them.
 */
class ALabelCutShortAtItsCellsEdgeTest {
    private static final FieldCatalog<VoidField> VOIDS = FieldCatalog.shipped(VoidField.class, "void-return");
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");
    private static final FieldCatalog<SafeguardingField> INCIDENT = FieldCatalog.shipped(SafeguardingField.class,
            "safeguarding-incident");
    private static final FieldCatalog<IntelligenceField> INTEL = FieldCatalog.shipped(IntelligenceField.class,
            "intelligence-submission");

    /**
     * Not yet: a cut word the form does not know whole either, because the form's own name is no word of its labels
     * ("incident" on the incident form); dropping the cut word would misread "Name of the hostel" as a name.
     */
    private static final List<String> NOT_YET = List.of("Date and time of the incide");

    @Test
    void aVoidReturnsLabelCutShortIsReadWhole() {
        var read = Yardstick.read("cut-short void labels", Yardstick.pairs(
                "Voids for the wee", "WEEK_COMMENCING",
                "Return for week comm", "WEEK_COMMENCING",
                "Emergency bed availa", "EMERGENCY_BED",
                "Total number of uni", "TOTAL_UNITS",
                "Date it is availab", "AVAILABLE_FROM",
                "Part", "-"), Yardstick.placedOn(VOIDS));
        assertThat(read.misses()).isEmpty();
    }

    @Test
    void otherFormsLabelsCutShortAreReadWholeAndShortOnesAsTheyAre() {
        assertThat(Yardstick.read("cut-short referral labels", Yardstick.pairs(
                "Young person's date of bir", "DATE_OF_BIRTH",
                "Name of the referring organisat", "ORGANISATION",
                "Part", "-"), Yardstick.placedOn(REFERRAL)).misses()).isEmpty();
        assertThat(Yardstick.read("cut-short incident labels", Yardstick.pairs(
                "Date and time of the incide", "WHEN",
                "Date and time of the incident", "WHEN",
                "Description of what happen", "DESCRIPTION"), Yardstick.placedOn(INCIDENT)).missesBut(NOT_YET)).isEmpty();
        assertThat(Yardstick.read("cut-short intelligence labels", Yardstick.pairs(
                "Name of the submitting agen", "AGENCY",
                "Part", "-"), Yardstick.placedOn(INTEL)).misses()).isEmpty();
    }
}
