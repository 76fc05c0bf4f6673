package org.ypsa.hub.domain.voids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ypsa.hub.domain.voids.VoidCsv.read;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.documents.FieldCatalog;

/**
 * Stop 62 (words62): a void return's column typed as what is in the bed, as small providers' staff head them, is its
 * count: a bed with a young person, a resident or a tenant in it is occupied, one with no one or nobody in it vacant.
 * Wordings invented here; a column of when a young person can move in stays the date a unit is free.
 */
class ABedWithSomeoneInItIsOccupiedTest {
    private static final FieldCatalog<VoidField> VOIDS = FieldCatalog.shipped(VoidField.class, "void-return");

    @Test
    void aBedWithAYoungPersonInItIsOccupiedAndOneWithNoOneInItIsVacant() {
        assertThat(VOIDS.match("rooms with a young person in")).contains(VoidField.OCCUPIED);
        assertThat(VOIDS.match("units with a resident in them")).contains(VoidField.OCCUPIED);
        assertThat(VOIDS.match("flats with a tenant in")).contains(VoidField.OCCUPIED);
        assertThat(VOIDS.match("rooms with nobody in")).contains(VoidField.VACANT);
        assertThat(VOIDS.match("flats with no yp in")).contains(VoidField.VACANT);
        assertThat(VOIDS.match("when can a yp move in")).isNotEqualTo(java.util.Optional.of(VoidField.OCCUPIED));
    }

    @Test
    void aReturnHeadedSoIsReadAsItsCounts() throws Exception {
        VoidReturnReader.Draft d = read("Provider,Brightways\nWeek commencing,07/12/2026\n\n"
                + "\"Property ref\",Locality,\"total rooms\",\"rooms with a yp in\",\"rooms with no one in\"\n"
                + "\"ABC-01\",Cherwell,4,3,1\n\"ABC-02\",Oxford,2,2,0\n");
        assertThat(d.rows().get(0).get(VoidField.OCCUPIED)).isEqualTo("3");
        assertThat(d.rows().get(0).get(VoidField.VACANT)).isEqualTo("1");
        assertThat(d.rows().get(1).get(VoidField.OCCUPIED)).isEqualTo("2");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"dunno", "Don't know", "idk", "no idea", "?"})
    void notKnowingTypedInAHurryIsNoAnswer(String typed) {
        assertThat(org.ypsa.hub.domain.documents.FieldValues.isNothing(typed)).isTrue();
    }
}
