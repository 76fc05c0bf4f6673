package org.ypsa.hub.domain.documents;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.domain.mash.MashField;
import org.ypsa.hub.domain.risk.RiskField;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supported housing provider's tenant or licensee, and the name on the licence or tenancy, is the young person on the
 * provider's forms; on a MASH referral for a 16/17-year-old at home the tenant or householder is a parent.
 */
class HousingWordsForTheYoungPersonTest {
    private static final FieldCatalog<SafeguardingField> SG =
            FieldCatalog.shipped(SafeguardingField.class, "safeguarding-incident");
    private static final FieldCatalog<RiskField> RISK = FieldCatalog.shipped(RiskField.class, "risk-concern");
    private static final FieldCatalog<MashField> MASH = FieldCatalog.shipped(MashField.class, "mash-referral");

    @ParameterizedTest
    @ValueSource(strings = {"Name on the licence agreement", "Name on licence", "Name as on tenancy", "Tenant name",
        "Licensee", "Name of licensee", "Licence holder", "Tenant's full name", "Name on their tenancy agreement"})
    void theNameOnTheLicenceOrTheTenantsIsTheYoungPersonsName(String label) {
        assertThat(SG.match(label)).contains(SafeguardingField.NAME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tenant name", "Licensee", "Tenant's full name", "Name on licence"})
    void theTenantIsTheYoungPersonOnAProvidersRiskConcernToo(String label) {
        assertThat(RISK.match(label)).contains(RiskField.YOUNG_PERSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tenant's name", "Tenant name", "Householder's name", "Name of householder",
        "Name on the tenancy", "Name of licensee"})
    void theTenantOrHouseholderOnAMashReferralIsNotTheYoungPerson(String label) {
        assertThat(MASH.match(label)).isNotEqualTo(java.util.Optional.of(MashField.NAME));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tenant's support worker", "Licensee's social worker"})
    void theTenantsWorkerIsNotTheYoungPerson(String label) {
        assertThat(SG.match(label)).isNotEqualTo(java.util.Optional.of(SafeguardingField.NAME));
    }
}
