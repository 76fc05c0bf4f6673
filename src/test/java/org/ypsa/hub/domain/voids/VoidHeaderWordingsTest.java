package org.ypsa.hub.domain.voids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ypsa.hub.domain.voids.VoidCsv.read;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Column and heading words providers use for a void return's fields besides the form's own (issue 14): the place
 * as a borough, local authority, ward or zone; the service as a level of support, band or model; the date a unit is
 * ready; the provider as the landlord. Wordings invented for these tests.
 */
class VoidHeaderWordingsTest {
    private static final String STANDARD = "Property ref|Locality|Service type|Total units|Occupied|Vacant|Available from";

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "1;Borough;Cherwell", "1;Local authority;Cherwell", "1;Ward;Cherwell", "1;Zone;Cherwell",
        "2;Level of support;18+ shared", "2;Support band;18+ shared", "2;Model;18+ shared",
        "6;Date ready;14/12/2026", "6;Earliest start;14/12/2026"})
    void aColumnUnderAWordingProvidersUseIsReadAsItsField(int column, String header, String expected) throws Exception {
        String[] headers = STANDARD.split("\\|");
        headers[column] = header;
        VoidReturnReader.Draft d = read("Provider,Brightways\nWeek commencing,07/12/2026\n\n\"" + String.join("\",\"", headers)
                + "\"\n\"ABC-01\",\"Cherwell\",\"18+ shared\",4,3,1,14/12/2026\n\"ABC-02\",\"Oxford\",\"16-17 supported\",2,2,0,\n");
        VoidField field = VoidField.values()[0];
        for (VoidField f : VoidField.values()) {
            if (f.name().equals(new String[] {"PROPERTY_REFERENCE", "LOCALITY", "SERVICE_TYPE", "TOTAL_UNITS", "OCCUPIED",
                "VACANT", "AVAILABLE_FROM"}[column])) {
                field = f;
            }
        }
        assertThat(d.rows().get(0).get(field)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"Landlord", "Name of provider"})
    void theProviderNamedAsTheLandlordIsTheProvider(String label) throws Exception {
        VoidReturnReader.Draft d = read("\"" + label + "\",Brightways\nWeek commencing,07/12/2026\n\n"
                + "\"Property ref\",Locality,\"Service type\",\"Total units\",Occupied,Vacant\n\"ABC-01\",Cherwell,\"18+ shared\",4,3,1\n");
        assertThat(d.heading().get(VoidField.PROVIDER)).isEqualTo("Brightways");
    }
}
