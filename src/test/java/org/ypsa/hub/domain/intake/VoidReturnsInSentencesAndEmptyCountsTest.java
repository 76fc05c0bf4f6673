package org.ypsa.hub.domain.intake;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.adapter.store.OriginalStore;
import org.ypsa.hub.domain.voids.VoidReturn;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Void returns as providers write them (stop 49, misc49): a property's sentence giving its service type before its
 * locality, a total's label qualified after a comma ("Total units, let or empty 6"), and what the sender of a sheet
 * whose count columns are all empty is told. Providers, wordings and figures invented for these tests.
 */
class VoidReturnsInSentencesAndEmptyCountsTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private Outcome body(String text) {
        return intake.handle(new InboundMail("intake@ypsa.test", "<v@test>", "returns@key2.provider.test",
                "Voids w/c 07/12/2026", Instant.parse("2026-12-07T08:00:00Z"), text, List.of(), false));
    }

    private static VoidReturn routed(Outcome o) {
        assertThat(o).as("outcome %s", o).isInstanceOf(Outcome.Routed.class);
        return (VoidReturn) ((Outcome.Routed) o).fields();
    }

    @Test
    void aServiceTypeWrittenBeforeTheLocalityIsPutInItsPlace() {
        VoidReturn r = routed(body("Hi,\n\nProvider: Key2 Futures\nWeek beginning: 07/12/2026\n\n"
                + "K2F-CHE-01 (18+ Single Self Contained, Cherwell): 3 vacant out of 4, 1 let; available from 09/12/2026.\n"
                + "K2F-OXC-01 (Oxford City, 18+ Single Self Contained): 0 vacant out of 2, 2 let.\n\nThanks\n"));
        assertThat(r.properties()).extracting(VoidReturn.PropertyLine::locality).containsExactly("Cherwell", "Oxford City");
        assertThat(r.properties()).extracting(VoidReturn.PropertyLine::serviceType)
                .containsOnly("18+ Single Self Contained");
    }

    @Test
    void aSentenceAboutAPropertyOpeningWithAPrepositionIsItsLine() {
        VoidReturn r = routed(body("Hi,\n\nProvider: Key2 Futures\nWeek beginning: 07/12/2026\n\n"
                + "At K2F-CHE-01 in Cherwell (18+ Single Self Contained) we have 4 units: 1 occupied and 3 void, "
                + "available from 09/12/2026.\n\n"
                + "For K2F-OXC-01 at Oxford City (18+ Single Self Contained) there are 2 units: 2 let & 0 empty.\n\nThanks\n"));
        assertThat(r.properties()).extracting(VoidReturn.PropertyLine::propertyReference, VoidReturn.PropertyLine::locality,
                VoidReturn.PropertyLine::totalUnits, VoidReturn.PropertyLine::occupied, VoidReturn.PropertyLine::vacant)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("K2F-CHE-01", "Cherwell", 4, 1, 3),
                        org.assertj.core.groups.Tuple.tuple("K2F-OXC-01", "Oxford City", 2, 2, 0));
    }

    @Test
    void aPropertyAllOfWhoseUnitsAreTakenHasThemAsItsTotal() {
        VoidReturn r = routed(body("Hi,\n\nProvider: Key2 Futures\nWeek beginning: 07/12/2026\n\n"
                + "K2F-CHE-01 in Cherwell (18+ Single Self Contained) is full - all 4 units occupied, 0 void.\n\nThanks\n"));
        assertThat(r.properties()).extracting(VoidReturn.PropertyLine::totalUnits, VoidReturn.PropertyLine::occupied,
                VoidReturn.PropertyLine::vacant).containsExactly(org.assertj.core.groups.Tuple.tuple(4, 4, 0));
    }

    @Test
    void aCodeWithPlainWordsAfterItSigningTheMailIsNoProperty() {
        VoidReturn r = routed(body("Hi,\n\nProvider: Key2 Futures\nWeek beginning: 07/12/2026\n\n"
                + "K2F-CHE-01 (Cherwell, 18+ Single Self Contained): 3 vacant out of 4, 1 let.\n\nKind regards,\n"
                + "K2 Futures Returns\n"));
        assertThat(r.properties()).extracting(VoidReturn.PropertyLine::propertyReference).containsExactly("K2F-CHE-01");
    }

    @Test
    void aLocalityAndServiceTypeNeitherOfTheListsAreNotSwappedButNamedToTheSender() {
        Outcome o = body("Hi,\n\nProvider: Key2 Futures\nWeek beginning: 07/12/2026\n\n"
                + "K2F-CHE-01 (Top floor, Cherwell): 3 vacant out of 4, 1 let.\n\nThanks\n");
        assertThat(o).as("outcome %s", o).isInstanceOf(Outcome.Rejected.class);
        assertThat(((Outcome.Rejected) o).problems()).anySatisfy(p -> assertThat(p.problem()).contains("\"Top floor\""));
    }

    @Test
    void anAlternativeAfterATotalsCommaQualifiesTheTotalAndCountsNothing() {
        VoidReturn r = routed(body("Hi,\n\nProvider: Key2 Futures\nWeek beginning: 07/12/2026\n\n"
                + "K2F-CHE-01 (Cherwell, 18+ Single Self Contained): Total units, let or empty 4, In use 1, No. void 3\n"
                + "K2F-OXC-01 (Oxford City, 18+ Single Self Contained): Total units, whether let or not 2, In use 2, "
                + "No. void 0\n\nThanks\n"));
        assertThat(r.properties()).extracting(VoidReturn.PropertyLine::totalUnits).containsExactly(4, 2);
        assertThat(r.properties()).extracting(VoidReturn.PropertyLine::occupied).containsExactly(1, 2);
    }

    @Test
    void aSheetWhoseCountColumnsAreAllEmptyIsToldItsCountsAreMissing() {
        byte[] b = ("Provider,Key2 Futures\nWeek commencing,07/12/2026\n\n"
                + "Property ref,Locality,Service type,Total units,Occupied,Vacant\n"
                + "K2F-CHE-01,Cherwell,18+ Single Self Contained,,,\n"
                + "K2F-OXC-01,Oxford City,18+ Single Self Contained,,,\n").getBytes(StandardCharsets.UTF_8);
        Outcome o = intake.handle(new InboundMail("intake@ypsa.test", "<v@test>", "returns@key2.provider.test",
                "Void return", Instant.parse("2026-12-07T08:00:00Z"), "Return attached.",
                List.of(new InboundMail.Attachment("voids.csv", "text/csv", b, OriginalStore.sha256(b))), false));
        // read as a void return (not taken for another form) and told, property by property, which counts are missing
        assertThat(o).as("outcome %s", o).isInstanceOf(Outcome.Rejected.class);
        assertThat(o.formType()).isEqualTo(FormType.VOID_RETURN);
        assertThat(((Outcome.Rejected) o).problems()).extracting(p -> p.where() + " / " + p.field() + " " + p.problem())
                .containsExactly("K2F-CHE-01 (line 4) / Total units is missing", "K2F-CHE-01 (line 4) / Occupied is missing",
                        "K2F-CHE-01 (line 4) / Vacant is missing", "K2F-OXC-01 (line 5) / Total units is missing",
                        "K2F-OXC-01 (line 5) / Occupied is missing", "K2F-OXC-01 (line 5) / Vacant is missing");
    }
}
