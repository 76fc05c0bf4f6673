package org.ypsa.hub.domain.forms;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.intelligence.IntelligenceField;
import org.ypsa.hub.domain.mash.MashField;
import org.ypsa.hub.domain.referrals.ReferralField;
import org.ypsa.hub.domain.risk.RiskField;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Labels in words that mean what a listed wording means (issue 14): written from the seeds' field lists and UK
 * council forms, none of them in config/forms or in the variation corpus.
 */
class RelatedWordingsTest {

    @Nested
    class WordsOfOneMeaning {
        @Test
        void aPractitionerOfficerOrProfessionalIsAWorker() {
            var intel = FieldCatalog.shipped(IntelligenceField.class, "intelligence-submission");
            assertThat(intel.match("Submitting officer")).contains(IntelligenceField.WORKER);
            assertThat(intel.match("Name of practitioner submitting")).contains(IntelligenceField.WORKER);
        }

        @Test
        void aDesignationPostOrPositionIsTheRole() {
            var intel = FieldCatalog.shipped(IntelligenceField.class, "intelligence-submission");
            assertThat(intel.match("Designation of worker")).contains(IntelligenceField.ROLE);
            assertThat(intel.match("Post")).contains(IntelligenceField.ROLE);
        }

        @Test
        void aClassificationOrKindIsTheCategoryAndARatingTheSeverity() {
            var sg = FieldCatalog.shipped(SafeguardingField.class, "safeguarding-incident");
            assertThat(sg.match("Classification of incident")).contains(SafeguardingField.CATEGORY);
            assertThat(sg.match("Impact rating")).contains(SafeguardingField.SEVERITY);
        }

        @Test
        void convictionsAndChargesAreOffending() {
            var ref = FieldCatalog.shipped(ReferralField.class, "referral");
            assertThat(ref.match("Convictions / charges pending")).contains(ReferralField.OFFENDING);
        }

        @Test
        void aSessionOfMediationAndItsResultAreFoundUnderEitherWord() {
            var mash = FieldCatalog.shipped(MashField.class, "mash-referral");
            assertThat(mash.match("Result of the session")).contains(MashField.MEDIATION_OUTCOME);
        }

        @Test
        void aNarrativeOrAccountIsTheDescription() {
            var sg = FieldCatalog.shipped(SafeguardingField.class, "safeguarding-incident");
            assertThat(sg.match("Account of events")).contains(SafeguardingField.DESCRIPTION);
        }
    }

    @Nested
    class PhrasesOfOneMeaning {
        @Test
        void aServiceUserClientOrChildIsTheYoungPerson() {
            var risk = FieldCatalog.shipped(RiskField.class, "risk-concern");
            assertThat(risk.match("Service user's name")).contains(RiskField.YOUNG_PERSON);
            var ref = FieldCatalog.shipped(ReferralField.class, "referral");
            assertThat(ref.match("Child's full name")).contains(ReferralField.FULL_NAME);
            assertThat(ref.match("Name of the child")).contains(ReferralField.FULL_NAME);
        }

        @Test
        void childInNeedAndAChildOfTheirOwnStayWhatTheySay() {
            assertThat(Words.of("Child in need")).containsExactly("child", "need");
            assertThat(Words.of("Child")).containsExactly("child");
            var ref = FieldCatalog.shipped(ReferralField.class, "referral");
            assertThat(ref.match("Child in need")).isEmpty();
        }

        @Test
        void aLeadProfessionalOrKeyWorkerIsTheAllocatedWorker() {
            var ref = FieldCatalog.shipped(ReferralField.class, "referral");
            assertThat(ref.match("Lead professional (name)")).contains(ReferralField.SOCIAL_WORKER_NAME);
            var sg = FieldCatalog.shipped(SafeguardingField.class, "safeguarding-incident");
            assertThat(sg.match("Key worker")).contains(SafeguardingField.WORKER_NAME);
        }

        @Test
        void harmToOrFromOthersIsTheRiskToOrFromOthers() {
            var ref = FieldCatalog.shipped(ReferralField.class, "referral");
            assertThat(ref.match("Potential harm to others")).contains(ReferralField.RISK_TO_OTHERS);
            assertThat(ref.match("Harm from others?")).contains(ReferralField.RISK_FROM_OTHERS);
        }

        @Test
        void wordsWrittenAsOneAreReadAsTwo() {
            var mash = FieldCatalog.shipped(MashField.class, "mash-referral");
            assertThat(mash.match("Birthdate")).contains(MashField.DATE_OF_BIRTH);
            assertThat(mash.match("Surname, forename")).contains(MashField.NAME);
            var ref = FieldCatalog.shipped(ReferralField.class, "referral");
            assertThat(ref.match("Liquidlogic ref")).contains(ReferralField.LCS_NUMBER);
        }
    }

    @Test
    void anExactWordStillOutranksAWordOfTheSameMeaning() {
        var ref = FieldCatalog.shipped(ReferralField.class, "referral");
        for (String label : List.of("Organisation", "Team", "Agency")) {
            assertThat(ref.match(label)).as(label).contains(ReferralField.ORGANISATION);
        }
        var intel = FieldCatalog.shipped(IntelligenceField.class, "intelligence-submission");
        assertThat(intel.match("Source of information")).contains(IntelligenceField.SOURCE);
        assertThat(intel.match("Information")).contains(IntelligenceField.INFORMATION);
    }
}
