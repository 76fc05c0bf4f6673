package org.ypsa.hub.domain.documents;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.intelligence.IntelligenceField;
import org.ypsa.hub.domain.referrals.ReferralField;
import org.ypsa.hub.domain.risk.RiskField;
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
    private static final FieldCatalog<RiskField> RISK = FieldCatalog.shipped(RiskField.class, "risk-concern");
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
    void rule1AFormsTitleLineOverALabelAloneOnItsLineIsNoFieldsValue() {
        // tuned15 t15-intel-006 (its information left out) routed the information "Partner Submission Form"
        String form = "Shire County Council - Children's Services OFFICIAL - SENSITIVE\n"
                + "Shared Intelligence - Partner Submission Form\nAgency you are from *\nKey2 Futures\n"
                + "Reporting staff member - full name:\nFfion Morcombe\nSource of information - how known:\nCCTV\n";
        var values = INTEL.read(TextDocuments.pdfText(form)).values();
        assertThat(values.get(IntelligenceField.INFORMATION)).isIn(null, "");
        assertThat(values).containsEntry(IntelligenceField.AGENCY, "Key2 Futures");
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

    @Test
    void rule3ALabelEndingInASlashGoesOnInItsOtherLanguageOnTheNextLine() {
        // tuned13 t13-ref-011 routed the reason for referral "/" from "Pam ydych chi'n atgyfeirio? /"
        String body = "Hello,\n\nName of the young person: Ayaan Kavanagh\nPam ydych chi'n atgyfeirio? /\n"
                + "Why are you referring? Arguments at home have escalated and mum has asked for a placement.\n"
                + "Gweithiwr y cyngor /\nCouncil worker: Blessing Hussain\n";
        var values = REFERRAL.read(TextDocuments.bodyLines(body)).values();
        assertThat(values.get(ReferralField.REASON)).isNotEqualTo("/").contains("Arguments at home have escalated");
        assertThat(LabelShapes.joinLabelsRunOn(body.split("\\R"))).contains(
                "Pam ydych chi'n atgyfeirio / Why are you referring? Arguments at home have escalated and mum has asked "
                        + "for a placement.", "Gweithiwr y cyngor / Council worker: Blessing Hussain");
    }

    @Test
    void rule4AWelshLabelAboveItsEnglishOneIsOneLabelNotALabelAndItsValue() {
        // tuned9 t9-risk-023 routed the risk "na ellir ei rheoli" from the Welsh label over the English one
        String pdf = "Reference number of the referral: YPSA-7F2A9-4S3XE\nName of provider: Response\n"
                + "Risg na ellir ei rheoli\n"
                + "Risk we are unable to manage safely History of setting fires in two previous placements.\n"
                + "Rheswm\nWhy not? Other residents are younger and vulnerable.\n";
        var values = RISK.read(TextDocuments.pdfText(pdf)).values();
        assertThat(values.get(RiskField.RISK)).isNotEqualTo("na ellir ei rheoli");
    }

    @Test
    void rule5ABracketedHintWrappedUnderABodyLabelBelongsToThatLabel() {
        // tuned13 t13-sg-004 routed the actions taken as the incident's description
        String body = "Provider: A2 Dominion\nYoung person's name: Ayaan Doherty\nDescription of the incident\n"
                + "(please give details): Ayaan was detained by police at the retail park.\nWhat has been done since?\n"
                + "- please describe: On-call manager told, social worker emailed.\n";
        var values = INCIDENT.read(TextDocuments.bodyLines(body)).values();
        assertThat(values.get(SafeguardingField.DESCRIPTION)).isEqualTo("Ayaan was detained by police at the retail park.");
        assertThat(values.get(SafeguardingField.ACTIONS)).isEqualTo("On-call manager told, social worker emailed.");
        // tuned3 t3-sg-014: a hint line with nothing after its colon is neither a value nor a label taking lines under it
        String empty = "Provider: A2 Dominion\n7. Email\n(SW/PA):\nThe incident\n8. Date\nof occurrence\tSun 24 Jan 2027\n";
        assertThat(LabelShapes.joinLabelsRunOn(empty.split("\\R"))).containsExactly(empty.split("\\R"));
        assertThat(INCIDENT.read(TextDocuments.bodyLines(empty)).values().get(SafeguardingField.WORKER_EMAIL)).isIn(null, "");
    }

    @Test
    void theLineUnderALabelThatAskedIsItsAnswerAndNoFreeTextFieldsLabel() {
        // tuned15 t15-ref-003 routed the reason for referral "Options Officer" from the referrer's job title
        String referral = "Referrer's name:\nDara Quinn\nReferrer's job title:\nHousing Advice Officer\n"
                + "Organisation:\nCherwell District Council\n";
        var values = REFERRAL.read(TextDocuments.pdfText(referral)).values();
        assertThat(values.get(ReferralField.REFERRER_ROLE)).isEqualTo("Housing Advice Officer");
        assertThat(values.get(ReferralField.REASON)).isNullOrEmpty();
    }
}
