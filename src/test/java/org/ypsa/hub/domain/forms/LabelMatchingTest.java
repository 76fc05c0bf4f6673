package org.ypsa.hub.domain.forms;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.intelligence.IntelligenceField;
import org.ypsa.hub.domain.mash.MashField;
import org.ypsa.hub.domain.referrals.ReferralField;
import org.ypsa.hub.domain.risk.RiskField;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;
import org.ypsa.hub.domain.voids.VoidField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Labels as people write them, in wordings config/forms does not list word for word: each must land on its
 * field, and a label that names no field must land nowhere rather than on a guess.
 */
class LabelMatchingTest {

    @Nested
    class Referral {
        private final FieldCatalog<ReferralField> fields = FieldCatalog.shipped(ReferralField.class, "referral");

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Legal status (LAC / care leaver / CIN)|LEGAL_STATUS",
                "Legal status (LAC / care leaver /|LEGAL_STATUS",
                "Gender [M/F/other]|GENDER",
                "Date of birth (dd/mm/yyyy)|DATE_OF_BIRTH"})
        void aLabelWithABracketedHintStillMatchesItsField(String label, ReferralField field) {
            assertThat(fields.match(label)).contains(field);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Parent (Y/N)?|PARENT",
                "UASC? *|UASC",
                "CONSENT TO REFERRAL AND INFORMATION SHARING:|CONSENT",
                "*Reason for referral*|REASON",
                "Is the young person a parent? Yes/No|PARENT"})
        void caseStarsColonsQuestionMarksAndYesNoSuffixesDoNotMatter(String label, ReferralField field) {
            assertThat(fields.match(label)).contains(field);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "D.O.B.|DATE_OF_BIRTH",
                "YP DOB|DATE_OF_BIRTH",
                "YP's full name|FULL_NAME",
                "SW/PA email address|SOCIAL_WORKER_EMAIL",
                "FGC offered?|FGC_OFFERED",
                "Date of FGC|FGC_DATE",
                "LCS No.|LCS_NUMBER",
                "Tel. no.|REFERRER_PHONE",
                "Is YP UASC?|UASC"})
        void abbreviationsAreUnderstood(String label, ReferralField field) {
            assertThat(fields.match(label)).contains(field);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Why does the young person need accommodation?|REASON",
                "Why is supported accommodation being requested|REASON",
                "When is the accommodation needed?|DATE_NEEDED",
                "Needed from|DATE_NEEDED",
                "Accommodation wanted from|DATE_NEEDED",
                "Does the young person agree to the referral and to sharing information?|CONSENT",
                "Has a Family Group Conference been offered to the family?|FGC_OFFERED",
                "What support will the young person need?|SUPPORT_NEEDS",
                "Any risk posed by other people|RISK_FROM_OTHERS",
                "Drug or alcohol misuse|SUBSTANCE_MISUSE",
                "Referring worker's job title|REFERRER_ROLE"})
        void aLabelThatIsAQuestionOrAnotherWordingFindsItsField(String label, ReferralField field) {
            assertThat(fields.match(label)).contains(field);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Name of referrer|REFERRER_NAME",
                "Referrer's name|REFERRER_NAME",
                "Needed date accommodation|DATE_NEEDED",
                "Email of social worker|SOCIAL_WORKER_EMAIL"})
        void wordOrderDoesNotMatter(String label, ReferralField field) {
            assertThat(fields.match(label)).contains(field);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "YoungPersonFullName|FULL_NAME",
                "date_of_birth|DATE_OF_BIRTH",
                "DoB|DATE_OF_BIRTH",
                "LCSNumber|LCS_NUMBER",
                "FGCOffered|FGC_OFFERED",
                "ReasonForReferral|REASON"})
        void aFormFieldsOwnNameInCamelCaseOrWithUnderscoresFindsItsField(String label, ReferralField field) {
            assertThat(fields.match(label)).contains(field);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Favourite colour", "Signature", "Office use only", "Page 2 of 3"})
        void aLabelThatNamesNoFieldIsLeftUnplaced(String label) {
            assertThat(fields.match(label)).isEmpty();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"Risk to others|RISK_TO_OTHERS", "Risk from others|RISK_FROM_OTHERS",
                "Risk to self|RISK_TO_SELF"})
        void fieldsThatShareWordsKeepTheirOwnLabels(String label, ReferralField field) {
            assertThat(fields.match(label)).contains(field);
        }
    }

    @Nested
    class RiskConcern {
        private final FieldCatalog<RiskField> fields = FieldCatalog.shipped(RiskField.class, "risk-concern");

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "What support would help us manage it|RESOURCES",
                "What resources would let you manage the risk?|RESOURCES",
                "Why can't the risk be managed?|REASON",
                "Reasons we are unable to manage this|REASON",
                "The risk we cannot manage|RISK",
                "Risk(s) identified|RISK",
                "Brokerage referral no.|REFERRAL_REFERENCE",
                "Referral ref:|REFERRAL_REFERENCE"})
        void eachOfTheThreePartsIsFoundUnderOtherWordings(String label, RiskField field) {
            assertThat(fields.match(label)).contains(field);
        }

        @ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(strings = {"Provider submitting concern",
            "PROVIDER SUBMITTING CONCERN", "Provider raising this risk concern", "Provider raising the concern"})
        void theProviderRaisingTheConcernIsTheProviderNotTheRisk(String label) {
            assertThat(fields.match(label)).contains(RiskField.PROVIDER);
        }
    }

    @Nested
    class Safeguarding {
        private final FieldCatalog<SafeguardingField> fields = FieldCatalog.shipped(SafeguardingField.class,
                "safeguarding-incident");

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Date of incident|INCIDENT_DATE",
                "Time|INCIDENT_TIME",
                "Time of incident (24hr)|INCIDENT_TIME",
                "Date & time of incident|WHEN",
                "Type of concern|CATEGORY",
                "Incident category (tick one)|CATEGORY",
                "How serious is it?|SEVERITY",
                "What happened?|DESCRIPTION",
                "Action taken immediately|ACTIONS",
                "Crime ref no.|POLICE_REFERENCE",
                "SW/PA name|WORKER_NAME",
                "Name of YP|NAME"})
        void incidentLabelsAreFoundUnderOtherWordings(String label, SafeguardingField field) {
            assertThat(fields.match(label)).contains(field);
        }
    }

    @Nested
    class Intelligence {
        private final FieldCatalog<IntelligenceField> fields = FieldCatalog.shipped(IntelligenceField.class,
                "intelligence-submission");

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "What information do you want to share?|INFORMATION",
                "Intelligence / information|INFORMATION",
                "Your organisation|AGENCY",
                "Name of submitting worker|WORKER",
                "People involved (name, DOB, description)|PERSONS",
                "Vehicle(s) involved|VEHICLES",
                "Handling code (1-5)|HANDLING",
                "Where did this happen?|LOCATION",
                "Date information obtained|INFO_DATE"})
        void submissionLabelsAreFoundUnderOtherWordings(String label, IntelligenceField field) {
            assertThat(fields.match(label)).contains(field);
        }
    }

    @Nested
    class Mash {
        private final FieldCatalog<MashField> fields = FieldCatalog.shipped(MashField.class, "mash-referral");

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Is the young person homeless or threatened with homelessness?|STATUS",
                "Known to Children's Services?|KNOWN",
                "Parent/carer contact details|PARENT_CONTACT",
                "Any welfare concerns|CONCERNS",
                "Has mediation been attempted?|MEDIATION",
                "Agency presenting|AGENCY"})
        void mashLabelsAreFoundUnderOtherWordings(String label, MashField field) {
            assertThat(fields.match(label)).contains(field);
        }
    }

    @Nested
    class VoidReturn {
        private final FieldCatalog<VoidField> fields = FieldCatalog.shipped(VoidField.class, "void-return");

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "W/C|WEEK_COMMENCING",
                "No. of bed spaces|TOTAL_UNITS",
                "Vacancies|VACANT",
                "Beds occupied|OCCUPIED",
                "Emergency bed (Y/N)|EMERGENCY_BED",
                "Prop. ref|PROPERTY_REFERENCE",
                "Date available from|AVAILABLE_FROM"})
        void columnHeadingsAreFoundUnderOtherWordings(String label, VoidField field) {
            assertThat(fields.match(label)).contains(field);
        }
    }
}
