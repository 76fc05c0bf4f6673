package org.ypsa.hub.domain.documents;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.domain.mash.MashField;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A label naming a party's person ("YP's worker", "Young person's mother", "Worker for the young person") names that
 * other person, never the young person, however much of the young person's wording it shares (issue 14, safety).
 */
class AnotherPersonsNameTest {
    private static final FieldCatalog<SafeguardingField> SG =
            FieldCatalog.shipped(SafeguardingField.class, "safeguarding-incident");
    private static final FieldCatalog<MashField> MASH = FieldCatalog.shipped(MashField.class, "mash-referral");

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
}
