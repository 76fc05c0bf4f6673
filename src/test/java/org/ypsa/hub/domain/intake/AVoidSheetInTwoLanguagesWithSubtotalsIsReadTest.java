package org.ypsa.hub.domain.intake;

import java.nio.charset.StandardCharsets;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.adapter.store.OriginalStore;
import org.ypsa.hub.domain.voids.VoidReturn;
import org.ypsa.hub.support.TestIntake;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stop 55 (issue 14): Welsh partnerships' void sheets head their columns in both languages ("Occupied / Llawn", "Gwag /
 * Vacant", either first) and providers put a subtotal under each district and a total at the foot. Each header is
 * read as the column it names in either language; a subtotal is no property, and no reason to doubt that a column of
 * codes under a heading the hub does not know is the properties' references. Wordings and figures invented here.
 */
class AVoidSheetInTwoLanguagesWithSubtotalsIsReadTest {
    private static final String HEAD = "Provider / Darparwr:,Key2 Futures\r\nWeek commencing / Wythnos yn dechrau:,07/12/2026\r\n\r\n";
    private final Intake intake = TestIntake.shipped();

    @ParameterizedTest
    @ValueSource(strings = {
        "House or flat code,District / Ardal,Service / Gwasanaeth,Total beds in the property,Occupied / Llawn,Vacant / Gwag",
        "Cod yr eiddo / Property code,Ardal / Area,Gwasanaeth / Service,Cyfanswm / Total,Llawn / Occupied,Gwag / Vacant",
        "Property ref / Cyf eiddo,Locality / Lleoliad,Service type / Math o wasanaeth,Units / Unedau,Occ / Llawn,Void / Gwag",
        "Ref,Area,Service,Bedspaces in total,Beds taken / Gwelyau llawn,Beds empty / Gwelyau gwag",
        "Property code,District / Ardal,Service / Gwasanaeth,Total beds in the property,Occupied / Llawn,Vacant / Gwag",
        "House or flat code,District / Ardal,Service / Gwasanaeth,Total,Occupied / Llawn,Vacant / Gwag",
        "House or flat code,District,Service,Total beds in the property,Occupied,Vacant",
        "Property code,District,Service,Total beds in the property,Occupied,Vacant",
        "House or flat code,District,Service,Total,Occupied,Vacant",
        "Our number for it / Ein rhif,District,Service,Total,Occupied,Vacant",
    })
    void eachColumnIsReadByItsHeaderInEitherLanguageAndSubtotalsAreNoProperties(String header) {
        String table = header + "\r\n"
                + "K2F-CHE-01,Cherwell,18+ Single Self Contained,4,1,3\r\n"
                + "Cherwell total,,,4,1,3\r\n"
                + "K2F-OXC-01,Oxford City,18+ Single Self Contained,2,2,0\r\n"
                + "Oxford City total / Cyfanswm,,,2,2,0\r\n"
                + "All properties / Pob eiddo,,,6,3,3\r\n";
        byte[] b = (HEAD + table).getBytes(StandardCharsets.UTF_8);
        Outcome o = intake.handle(TestIntake.mail("returns@key2.provider.test", "Voids", "2026-12-07T08:00:00Z",
                "Attached.", new InboundMail.Attachment("voids.csv", "text/csv", b, OriginalStore.sha256(b))));
        assertThat(TestIntake.routed(o, VoidReturn.class).properties()).extracting(
                VoidReturn.PropertyLine::propertyReference, VoidReturn.PropertyLine::totalUnits,
                VoidReturn.PropertyLine::occupied, VoidReturn.PropertyLine::vacant)
                .containsExactly(Tuple.tuple("K2F-CHE-01", 4, 1, 3), Tuple.tuple("K2F-OXC-01", 2, 2, 0));
    }
}
