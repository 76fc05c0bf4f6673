package org.ypsa.hub.domain.documents;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.assertj.core.api.Assertions.assertThat;

/** A supported housing provider's tenant or licensee, and the name on the licence or tenancy, is the young person. */
class HousingWordsForTheYoungPersonTest {
    private static final FieldCatalog<SafeguardingField> SG =
            FieldCatalog.shipped(SafeguardingField.class, "safeguarding-incident");

    @ParameterizedTest
    @ValueSource(strings = {"Name on the licence agreement", "Name on licence", "Name as on tenancy", "Tenant name",
        "Licensee", "Name of licensee", "Licence holder", "Tenant's full name", "Name on their tenancy agreement"})
    void theNameOnTheLicenceOrTheTenantsIsTheYoungPersonsName(String label) {
        assertThat(SG.match(label)).contains(SafeguardingField.NAME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tenant's support worker", "Licensee's social worker"})
    void theTenantsWorkerIsNotTheYoungPerson(String label) {
        assertThat(SG.match(label)).isNotEqualTo(java.util.Optional.of(SafeguardingField.NAME));
    }
}
