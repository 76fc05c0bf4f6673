package org.ypsa.hub.domain.documents;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.domain.intelligence.IntelligenceField;
import org.ypsa.hub.domain.mash.MashField;
import org.ypsa.hub.domain.referrals.ReferralField;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A label naming a party's person ("YP's worker", "Young person's mother", "Worker for the young person") names that
 * other person, never the young person, however much of the young person's wording it shares; so does a label naming
 * any party the young person's name is not worded with ("Mother's name", "GP name", "Your name") (issue 14, safety).
 */
class AnotherPersonsNameTest {
    private static final FieldCatalog<SafeguardingField> SG =
            FieldCatalog.shipped(SafeguardingField.class, "safeguarding-incident");
    private static final FieldCatalog<MashField> MASH = FieldCatalog.shipped(MashField.class, "mash-referral");
    private static final FieldCatalog<IntelligenceField> INTELLIGENCE =
            FieldCatalog.shipped(IntelligenceField.class, "intelligence-submission");
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");

    @ParameterizedTest
    @ValueSource(strings = {"YP's worker", "Young person's worker", "Resident's worker",
        "YP's support worker", "YP's keyworker", "YP's mother", "Young person's parent", "Resident's manager",
        "Worker for the young person", "Mother of the YP", "Gweithiwr y person ifanc / YP's worker",
        "Young person's support worker name", "Client's carer"})
    void aLabelNamingTheYoungPersonsWorkerOrParentIsNotTheYoungPersonsName(String label) {
        assertThat(SG.match(label)).isNotEqualTo(Optional.of(SafeguardingField.NAME));
        assertThat(MASH.match(label)).isNotEqualTo(Optional.of(MashField.NAME));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Parent's name", "Name of agency", "Name of referring worker", "Parent's full name",
        "Agency's name", "Mother's name", "Father's name", "GP's name", "Name of GP", "Sibling's name",
        "Perpetrator's name", "Name of witness", "Manager's name", "Name of school", "Householder's name",
        "Tenant's name", "Name of person completing this form", "Your name", "Staff member's name"})
    void theNameOfAnyOtherPartyIsNotTheYoungPersonsName(String label) {
        assertThat(MASH.match(label)).isNotEqualTo(Optional.of(MashField.NAME));
        assertThat(REFERRAL.match(label)).isNotEqualTo(Optional.of(ReferralField.FULL_NAME));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mother's name", "Perpetrator's name", "Name of witness", "Your name", "Manager's name",
        "GP's name", "Sibling's name"})
    void anIncidentsOtherPeopleAreNotTheYoungPerson(String label) {
        assertThat(SG.match(label)).isNotEqualTo(Optional.of(SafeguardingField.NAME));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Other young person involved", "Other young person involved:", "Another resident",
        "Other resident's name", "Name of other young person"})
    void anotherYoungPersonIsNotTheYoungPerson(String label) {
        assertThat(SG.match(label)).isNotEqualTo(Optional.of(SafeguardingField.NAME));
        assertThat(REFERRAL.match(label)).isNotEqualTo(Optional.of(ReferralField.FULL_NAME));
        assertThat(MASH.match(label)).isNotEqualTo(Optional.of(MashField.NAME));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Name (referring worker)", "Name of person completing this form", "Referring worker's name"})
    void aNameSaidToBeTheReferringWorkersIsTheReferrersName(String label) {
        assertThat(REFERRAL.match(label)).contains(ReferralField.REFERRER_NAME);
    }

    @Test
    void aPartyBesideTheWordYourIsStillItsParty() {
        assertThat(REFERRAL.match("Referrer - your name")).contains(ReferralField.REFERRER_NAME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Your full name (block capitals)", "Your full name", "My full name", "Your name in full"})
    void theSendersOwnNameIsTheNameFieldWordedAsTheSenders(String label) {
        assertThat(INTELLIGENCE.match(label)).contains(IntelligenceField.WORKER);
        assertThat(REFERRAL.match(label)).contains(ReferralField.REFERRER_NAME);
        assertThat(MASH.match(label)).isNotEqualTo(Optional.of(MashField.NAME));
        assertThat(SG.match(label)).isNotEqualTo(Optional.of(SafeguardingField.NAME));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Name of submitter", "Submitter name"})
    void theSubmittersNameIsTheIntelligenceWorkers(String label) {
        assertThat(INTELLIGENCE.match(label)).contains(IntelligenceField.WORKER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Name of the 16/17 year old", "Name of young person presenting", "Child's name",
        "Name of the child", "Applicant's name", "Forename and surname of young person", "Name of child/young person",
        "Person's name", "Client's name", "Name (in full)", "Name"})
    void theNameOfTheYoungPersonHoweverWordedIsStillTheirs(String label) {
        assertThat(MASH.match(label)).contains(MashField.NAME);
        assertThat(REFERRAL.match(label)).contains(ReferralField.FULL_NAME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Young person's name", "Young person's full name", "YP's first name and surname",
        "Name of the young person", "Full name of YP", "Resident's name", "Client's full name",
        "Young person's full name and title", "YP's name and preferred name"})
    void aLabelAskingForTheYoungPersonsOwnNameStillNamesThem(String label) {
        assertThat(SG.match(label)).contains(SafeguardingField.NAME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"YP's worker", "Young person's social worker", "Worker for the young person"})
    void theYoungPersonsWorkerIsTheWorker(String label) {
        assertThat(SG.match(label)).contains(SafeguardingField.WORKER_NAME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Child / YP name", "Child name", "Child full name", "Child's name"})
    void aChildsNameAsChildrensServicesAskItIsTheYoungPersonsName(String label) {
        assertThat(REFERRAL.match(label)).contains(ReferralField.FULL_NAME);
        assertThat(MASH.match(label)).contains(MashField.NAME);
    }
}
