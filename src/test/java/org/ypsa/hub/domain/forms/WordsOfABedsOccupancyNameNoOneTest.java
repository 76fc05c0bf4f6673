package org.ypsa.hub.domain.forms;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Taken", "filled", "full" are of one meaning with "tenanted" as a count of beds (a void return's); "tenanted" is
 * stemmed as the person "tenant", one of the young person's wordings on a provider's form. A label doing something
 * ("filling in", "taken") is no tenant: tuned15 routed "Provider filling in this form: Connection" as the young
 * person's name.
 */
class WordsOfABedsOccupancyNameNoOneTest {
    private final FieldCatalog<SafeguardingField> incident = FieldCatalog.shipped(SafeguardingField.class,
            "safeguarding-incident");

    @Test
    void aLabelSayingWhoFilledInTheFormIsNotTheYoungPersonsName() {
        assertThat(incident.match("Provider filling in this form")).contains(SafeguardingField.PROVIDER);
        assertThat(incident.ranked("Provider filling in this form")).extracting(java.util.Map.Entry::getKey)
                .doesNotContain(SafeguardingField.NAME);
    }

    @Test
    void actionsTakenAreNoTenant() {
        assertThat(incident.match("taken")).isNotEqualTo(java.util.Optional.of(SafeguardingField.NAME));
        assertThat(incident.ranked("actons taken")).extracting(java.util.Map.Entry::getKey)
                .doesNotContain(SafeguardingField.NAME);
    }

    @Test
    void theTenantIsStillTheYoungPerson() {
        assertThat(incident.match("Tenant")).contains(SafeguardingField.NAME);
        assertThat(incident.match("Tenant name")).contains(SafeguardingField.NAME);
    }

    @Test
    void aHouseIsTheIncidentsPropertyAndFillingInTheFormIsNot() {
        assertThat(incident.match("house")).contains(SafeguardingField.PROPERTY);
        assertThat(incident.match("Which house")).contains(SafeguardingField.PROPERTY);
        assertThat(incident.match("Eiddo / Which house")).contains(SafeguardingField.PROPERTY);
        assertThat(incident.match("Provider filling in this form")).contains(SafeguardingField.PROVIDER);
        assertThat(incident.match("Form filled in by")).isNotEqualTo(java.util.Optional.of(SafeguardingField.PROPERTY));
        assertThat(incident.match("Action taken")).contains(SafeguardingField.ACTIONS);
    }
}
