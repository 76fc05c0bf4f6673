package org.ypsa.hub.domain.documents;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.intelligence.IntelligenceField;
import org.ypsa.hub.domain.referrals.ReferralField;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Safety (issue 14): the shapes of a form's layout that once routed a wrong value (tuned11 .. tuned14): a heading, a
 * label run on or wrapped, a label in two languages, a hint under its label, a date beside a label. Each test names
 * its rule; forms and wordings invented for the test.
 */
class LayoutNeverGivesAWrongValueTest {
    private static final FieldCatalog<IntelligenceField> INTEL = FieldCatalog.shipped(IntelligenceField.class,
            "intelligence-submission");
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");
    private static final FieldCatalog<SafeguardingField> INCIDENT = FieldCatalog.shipped(SafeguardingField.class,
            "safeguarding-incident");

    @Test
    void rule6ADateAloneIsNeverAnAgencyANameOrAPlace() {
        // tuned12 t12-intel-008 routed the agency "4/11/2026", tuned13 t13-sg-004 the property "08 Apr 2025"
        String intel = "Submitting agency: 4/11/2026\nName of worker: 12.03.2026\nWorker's role: Youth Worker\n"
                + "Information shared: Two older men were seen waiting by the scheme's door last night.\n";
        assertThat(INTEL.read(TextDocuments.bodyLines(intel)).values())
                .doesNotContainEntry(IntelligenceField.AGENCY, "4/11/2026")
                .doesNotContainEntry(IntelligenceField.WORKER, "12.03.2026")
                .containsEntry(IntelligenceField.ROLE, "Youth Worker");
        String incident = "Provider: Key2 Futures\nProperty: 08 Apr 2025\nYoung person's name: Alys Penberthy\n";
        assertThat(INCIDENT.read(TextDocuments.bodyLines(incident)).values())
                .doesNotContainEntry(SafeguardingField.PROPERTY, "08 Apr 2025")
                .containsEntry(SafeguardingField.PROVIDER, "Key2 Futures");
    }

    @Test
    void rule2ALabelLeftOpenOnToBeOrAPrepositionRunsOnAndItsAnswerIsUnderIt() {
        // tuned11 t11-intel-018 routed the information "to be passed to police", t11-intel-023 the location "the
        // information relates to"; tuned8 t8-sg-010 the property "where incident happened"
        String intel = "Agency: Sanctuary Housing\nWorker name: Elin Yardley\nLocation the intelligence relates to\n"
                + "Flat 10, 59 Tanners Yard, Thame\n\nInformation to be passed to police\n"
                + "Staff have seen a man photographing the scheme's entrance from a parked car.\n\nSource: Staff\n";
        var values = INTEL.read(TextDocuments.pdfText(intel)).values();
        assertThat(values.get(IntelligenceField.INFORMATION)).contains("photographing the scheme's entrance");
        assertThat(values.get(IntelligenceField.LOCATION)).isEqualTo("Flat 10, 59 Tanners Yard, Thame");
        String incident = "Provider: Key2 Futures\n\nScheme where incident happened\nK2F-CHE-01\n\n"
                + "Young person's name: Alys Penberthy\n";
        assertThat(INCIDENT.read(TextDocuments.pdfText(incident)).values().get(SafeguardingField.PROPERTY))
                .isEqualTo("K2F-CHE-01");
    }

    @Test
    void rule1AFormsTitleLineOverItsLabelsIsNoFieldsValue() {
        // tuned14 t14-intel-015 routed the agency "intel report", tuned11 t11-intel-016 the information "partner form
        // (v2)" and t11-intel-023 the information "Thames Valley Police"
        for (String title : List.of("Partner agency intel report", "Sharing information with the police - partner form (v2)",
                "Partner information submission to Thames Valley Police")) {
            String form = "Hi there Brokerage duty,\n\n" + title + "\n\nAGENCY DETAILS\nAgency: Key2 Futures\n"
                    + "Worker name: Ffion Morcombe\nInformation: Blessing says an older man keeps a stash at a flat.\n";
            var values = INTEL.read(TextDocuments.pdfText(form)).values();
            assertThat(values).as(title).containsEntry(IntelligenceField.AGENCY, "Key2 Futures")
                    .containsEntry(IntelligenceField.INFORMATION, "Blessing says an older man keeps a stash at a flat.");
        }
        // a label of the form over its answer is no title, though it names a referral
        String reason = "Reason for referral\nShe was asked to leave by her aunt.\n\nDate of birth: 4/4/2009\n";
        assertThat(REFERRAL.read(TextDocuments.pdfText(reason)).values().get(ReferralField.REASON))
                .isEqualTo("She was asked to leave by her aunt.");
    }

    @Test
    void rule1ASectionHeadingATableSetsRowsUnderIsNoFieldsValue() {
        // tuned12 t12-ref-005 routed the reason for referral "risks" from the table's heading "Reasons and risks"
        LabelledDocument doc = new LabelledDocument("referral.docx",
                "Referral\nReasons and risks\nWhat will happen tonight if no bed is found?\tShe is at the police station now.\n",
                List.of(new LabelledDocument.Entry("What will happen tonight if no bed is found?", "She is at the police station now.",
                        "table row 2", "Reasons and risks")));
        assertThat(REFERRAL.read(doc).values().get(ReferralField.REASON)).isIn(null, "");
    }
}
