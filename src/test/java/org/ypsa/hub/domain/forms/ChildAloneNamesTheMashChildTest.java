package org.ypsa.hub.domain.forms;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.mash.MashField;

import static org.assertj.core.api.Assertions.assertThat;

/** A MASH form is about a child of 16 or 17: "CHILD" alone over the name asks the child's (the young person's) name. */
class ChildAloneNamesTheMashChildTest {
    private final FieldCatalog<MashField> mash = FieldCatalog.shipped(MashField.class, "mash-referral");

    @Test
    void childAloneIsTheYoungPersonsName() {
        assertThat(mash.match("CHILD")).contains(MashField.NAME);
        assertThat(mash.match("1.1 Child")).contains(MashField.NAME);
    }
}
