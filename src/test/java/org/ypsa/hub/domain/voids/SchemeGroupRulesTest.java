package org.ypsa.hub.domain.voids;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ypsa.hub.domain.voids.VoidCsv.read;

/**
 * Void returns grouped by scheme (issue 14, tuned10 round): a heading row per scheme, a row summing each scheme, a
 * row summing them all at the top or the foot, a note in a row of its own under a property. Only the properties are
 * properties. Wordings and figures invented for these tests.
 */
class SchemeGroupRulesTest {
    private static final String HEADER = "\"Unit code\",\"District\",\"Service\",\"Beds\",\"Filled\",\"Empty\"\n";

    @Test
    void aRowWhoseWordsSayItSumsOthersIsNoPropertyWhereverItStands() throws Exception {
        VoidReturnReader.Draft d = read(HEADER
                + "\"Whole service total\",,,9,4,5\n"
                + "\"Banbury houses\",,,,,\n"
                + "\"K2F-CHE-01\",\"Cherwell\",\"18+ Shared\",4,1,3\n"
                + "\"Sub-total Banbury\",,,4,1,3\n"
                + "\"Witney houses\",,,,,\n"
                + "\"K2F-WOX-01\",\"West Oxfordshire\",\"18+ Shared\",3,2,1\n"
                + "\"K2F-WOX-02\",\"West Oxfordshire\",\"18+ Shared\",2,1,1\n"
                + "\"Witney sum\",,,5,3,2\n");
        assertThat(d.rows()).extracting(r -> r.get(VoidField.PROPERTY_REFERENCE))
                .containsExactly("K2F-CHE-01", "K2F-WOX-01", "K2F-WOX-02");
    }

    @Test
    void aRowSummingTheRowsSinceTheLastSchemeHeadingIsNoPropertyWhateverItIsCalled() throws Exception {
        VoidReturnReader.Draft d = read(HEADER
                + "\"North\",,,,,\n"
                + "\"K2F-CHE-01\",\"Cherwell\",\"18+ Shared\",4,1,3\n"
                + "\"K2F-CHE-02\",\"Cherwell\",\"18+ Shared\",2,2,0\n"
                + "\"North beds\",,,6,3,3\n"
                + "\"South\",,,,,\n"
                + "\"K2F-SOX-01\",\"South Oxfordshire\",\"18+ Shared\",5,1,4\n"
                + "\"K2F-SOX-02\",\"South Oxfordshire\",\"18+ Shared\",1,0,1\n"
                + "\"South beds\",,,6,1,5\n");
        assertThat(d.rows()).extracting(r -> r.get(VoidField.PROPERTY_REFERENCE))
                .containsExactly("K2F-CHE-01", "K2F-CHE-02", "K2F-SOX-01", "K2F-SOX-02");
    }

    @Test
    void aNoteInARowOfItsOwnUnderAPropertyIsNoProperty() throws Exception {
        VoidReturnReader.Draft d = read(HEADER
                + "\"K2F-CHE-01\",\"Cherwell\",\"18+ Shared\",4,1,3\n"
                + "\"Comment: boiler replaced Tuesday\",,,,,\n"
                + "\"K2F-OXC-01\",\"Oxford City\",\"18+ Shared\",2,2,0\n"
                + "\"(nothing to add)\",,,,,\n");
        assertThat(d.rows()).extracting(r -> r.get(VoidField.PROPERTY_REFERENCE))
                .containsExactly("K2F-CHE-01", "K2F-OXC-01");
    }

    @Test
    void aPropertyWhoseCountsDoNotAddUpIsStillReadAsAPropertyAmongSchemes() throws Exception {
        VoidReturnReader.Draft d = read(HEADER
                + "\"Banbury houses\",,,,,\n"
                + "\"K2F-CHE-01\",\"Cherwell\",\"18+ Shared\",4,3,3\n"
                + "\"Sub-total Banbury\",,,4,3,3\n");
        assertThat(d.rows()).hasSize(1);
        assertThat(d.rows().get(0).get(VoidField.OCCUPIED)).isEqualTo("3");
    }

    @Test
    void aRowWithoutACodeThatSumsNoGroupIsStillAProperty() throws Exception {
        String twoProperties = "\"K2F-CHE-01\",\"Cherwell\",\"18+ Shared\",4,1,3\n"
                + "\"K2F-CHE-02\",\"Cherwell\",\"18+ Shared\",2,2,0\n";
        String elm = "\"Elm House\",\"Cherwell\",\"18+ Shared\",5,2,3\n";
        assertThat(read(HEADER + twoProperties + elm).rows()).hasSize(3);
    }

    @Test
    void aRowCalledATotalIsNoPropertyEvenWhenItsCountsDoNotAddUp() throws Exception {
        for (String total : new String[] {"Grandtotal", "GRAND TOTAL", "TOTALS:", "Overall (both schemes)", "Total"}) {
            VoidReturnReader.Draft d = read(HEADER
                    + "\"K2F-CHE-01\",\"Cherwell\",\"18+ Shared\",4,1,3\n"
                    + "\"" + total + "\",,,9,9,9\n");
            assertThat(d.rows()).as(total).extracting(r -> r.get(VoidField.PROPERTY_REFERENCE))
                    .containsExactly("K2F-CHE-01");
        }
    }
}
