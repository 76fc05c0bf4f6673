package org.ypsa.hub.domain.intake;

import java.nio.charset.StandardCharsets;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.adapter.store.OriginalStore;
import org.ypsa.hub.domain.voids.VoidReturn;
import org.ypsa.hub.support.TestIntake;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Void returns whose columns providers name in their own words (issue 14), found by probing the reader with 600
 * returns of invented column names, orders, heading layouts and channels: a property named by its address beside its
 * code, a count heading that denies what it names ("Not occupied"), an emergency bed marked "EB", labels over their
 * values with a week label cut short, a sign-off under a count's column. Wordings and figures invented for these tests.
 */
class VoidColumnsAsProvidersNameThemTest {
    private final Intake intake = TestIntake.shipped();

    private static final String HEAD = "Provider:,Key2 Futures\r\nWeek commencing:,07/12/2026\r\n\r\n";

    private Outcome csv(String csv) {
        byte[] b = csv.getBytes(StandardCharsets.UTF_8);
        return intake.handle(TestIntake.mail("returns@key2.provider.test", "Voids", "2026-12-07T08:00:00Z", "Attached.",
                new InboundMail.Attachment("voids.csv", "text/csv", b, OriginalStore.sha256(b))));
    }

    private Outcome body(String body) {
        return intake.handle(TestIntake.mail("returns@key2.provider.test", "Voids", "2026-12-07T08:00:00Z", body));
    }

    private static VoidReturn routed(Outcome o) {
        return TestIntake.routed(o, VoidReturn.class);
    }

    private static void countsAre413And220(VoidReturn r) {
        assertThat(r.properties()).extracting(VoidReturn.PropertyLine::propertyReference,
                VoidReturn.PropertyLine::totalUnits, VoidReturn.PropertyLine::occupied, VoidReturn.PropertyLine::vacant)
                .containsExactly(Tuple.tuple("K2F-CHE-01", 4, 1, 3), Tuple.tuple("K2F-OXC-01", 2, 2, 0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Scheme|Prop ref", "Scheme|ID", "Site|Room", "Property|Flat",
        "Property address|Unit", "Scheme name|Bedspace", "Address|Code"})
    void aColumnOfCodesIsThePropertysReferenceBesideItsAddress(String address, String code) {
        String table = address + "," + code + ",Area,Service,Total,Occupied,Vacant\r\n"
                + "\"12 Banbury Road, Bicester\",K2F-CHE-01,Cherwell,18+ Single Self Contained,4,1,3\r\n"
                + "\"3 Iffley Mews, Oxford\",K2F-OXC-01,Oxford City,18+ Single Self Contained,2,2,0\r\n";
        countsAre413And220(routed(csv(HEAD + table)));
    }

    @Test
    void aPropertyNamedOnlyByItsAddressIsStillNamedSo() {
        String table = "Scheme,Area,Service,Total,Occupied,Vacant\r\n"
                + "\"12 Banbury Road, Bicester\",Cherwell,18+ Single Self Contained,4,1,3\r\n";
        VoidReturn r = routed(csv(HEAD + table));
        assertThat(r.properties()).extracting(VoidReturn.PropertyLine::propertyReference)
                .containsExactly("12 Banbury Road, Bicester");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Location", "Property location"})
    void anAddressUnderALocalityWordIsNoLocality(String heading) {
        String table = "Ref," + heading + ",District,Service,Total,Occupied,Vacant\r\n"
                + "K2F-CHE-01,\"12 Banbury Road, Bicester\",Cherwell,18+ Single Self Contained,4,1,3\r\n"
                + "K2F-OXC-01,\"3 Iffley Mews, Oxford\",Oxford City,18+ Single Self Contained,2,2,0\r\n";
        VoidReturn r = routed(csv(HEAD + table));
        assertThat(r.properties()).extracting(VoidReturn.PropertyLine::locality)
                .containsExactly("Cherwell", "Oxford City");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Taken|Not occupied", "Occupied|Not occupied", "Used|Beds not in use",
        "Let|Non-occupied", "Filled|Rooms not let", "Full|Beds with no resident"})
    void aCountHeadingThatDeniesOccupiedIsTheVacantCount(String occupied, String notOccupied) {
        String table = "Ref,Area,Service,Total," + occupied + "," + notOccupied + "\r\n"
                + "K2F-CHE-01,Cherwell,18+ Single Self Contained,4,1,3\r\n"
                + "K2F-OXC-01,Oxford City,18+ Single Self Contained,2,2,0\r\n";
        countsAre413And220(routed(csv(HEAD + table)));
    }

    @Test
    void aCountHeadingThatDeniesOccupiedComesBeforeTheOccupiedCount() {
        String table = "Ref,Area,Service,Total,Not occupied,Occupied\r\n"
                + "K2F-CHE-01,Cherwell,18+ Single Self Contained,4,3,1\r\n"
                + "K2F-OXC-01,Oxford City,18+ Single Self Contained,2,0,2\r\n";
        countsAre413And220(routed(csv(HEAD + table)));
    }

    @Test
    void aLineThatDeniesOccupiedInAPropertysBlockIsTheVacantCount() {
        String b = "Provider: Key2 Futures\nWeek commencing: 07/12/2026\n\nRef: K2F-CHE-01\nArea: Cherwell\n"
                + "Service: 18+ Single Self Contained\nTotal: 4\nOccupied: 1\nNot occupied: 3\n";
        VoidReturn r = routed(body(b));
        assertThat(r.properties().get(0).vacant()).isEqualTo(3);
        assertThat(r.properties().get(0).occupied()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"No occupied", "No. occupied"})
    void noOpeningACountHeadingIsItsNumber(String heading) {
        String table = "Ref,Area,Service,Total," + heading + ",Vacant\r\n"
                + "K2F-CHE-01,Cherwell,18+ Single Self Contained,4,1,3\r\n"
                + "K2F-OXC-01,Oxford City,18+ Single Self Contained,2,2,0\r\n";
        countsAre413And220(routed(csv(HEAD + table)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"EB", "E.B.", "Emergency", "Emergency bed", "Crash bed"})
    void anEmergencyBedMarkedByItsOwnNameIsAYes(String mark) {
        String table = "Ref,Area,Service,Total,Occupied,Vacant,Emergency bed\r\n"
                + "K2F-CHE-01,Cherwell,18+ Single Self Contained,4,1,3," + mark + "\r\n"
                + "K2F-OXC-01,Oxford City,18+ Single Self Contained,2,2,0,\r\n";
        VoidReturn r = routed(csv(HEAD + table));
        assertThat(r.properties()).extracting(VoidReturn.PropertyLine::emergencyBed).containsExactly(true, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Svc", "Svc type"})
    void serviceCutShortToSvcIsTheServiceType(String heading) {
        String table = "Property address,Ref,Area," + heading + ",Total,Occupied,Vacant\r\n"
                + "12 Banbury Road,K2F-CHE-01,Cherwell,18+ Shared,4,1,3\r\n";
        assertThat(routed(csv(HEAD + table)).properties().get(0).serviceType()).isEqualTo("18+ Shared");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Key2 Futures - void return - Week Mon 7 Dec 2026",
        "Key2 Futures - void return - Week Monday 07/12/2026"})
    void aWeekNamedWithItsWeekdayInATitleLineIsTheReturnsWeek(String title) {
        String table = "Ref,Area,Service,Total,Occupied,Vacant\r\n"
                + "K2F-CHE-01,Cherwell,18+ Single Self Contained,4,1,3\r\n";
        assertThat(routed(csv("\"" + title + "\"\r\n\r\n" + table)).weekCommencing()).isEqualTo("2026-12-07");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Wk comm.", "W/c.", "Wk beg."})
    void labelsOverTheirValuesAreReadWithTheWeeksLabelCutShortByADot(String weekLabel) {
        String table = "Ref,Area,Service,Total,Occupied,Vacant\r\n"
                + "K2F-CHE-01,Cherwell,18+ Single Self Contained,4,1,3\r\n";
        VoidReturn r = routed(csv("Provider,," + weekLabel + "\r\nKey2 Futures,,07/12/2026\r\n\r\n" + table));
        assertThat(r.providerId()).isEqualTo("key2-futures");
        assertThat(r.weekCommencing()).isEqualTo("2026-12-07");
    }

    @Test
    void aSignOffUnderACountsColumnIsNoProperty() {
        String b = "Hi,\n\nProvider:\tKey2 Futures\nWeek commencing:\t07/12/2026\n\n"
                + "Occupied\tRef\tVacant\tArea\tService\tTotal\n"
                + "1\tK2F-CHE-01\t3\tCherwell\t18+ Single Self Contained\t4\n"
                + "2\tK2F-OXC-01\t0\tOxford City\t18+ Single Self Contained\t2\n\nThanks\nJo\n";
        countsAre413And220(routed(body(b)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "* K2F-CHE-01 - Cherwell - 18+ Single Self Contained: total 4, occ 1, vac 3, from 9 Dec 2026, emerg Y - Lift broken",
        "K2F-CHE-01 (Cherwell): 3 vacant of 4 (1 occupied); available 09/12/2026; emergency bed yes",
        "- K2F-CHE-01, Cherwell, 18+ Single Self Contained, 4 beds, 1 occupied, 3 vacant, ready Wed 9 Dec",
        "1. K2F-CHE-01 | Cherwell | Total: 4 | Occupied: 1 | Vacant: 3 | Available from: 09.12.2026",
        "K2F-CHE-01 - Cherwell - 3 free out of 4 - 1 let - emergency bed Y"})
    void aReturnWrittenOneLinePerPropertyInTheBodyIsRead(String line) {
        String b = "Hi all,\n\nProvider: Key2 Futures\nWeek commencing: 07/12/2026\n\n" + line + "\n"
                + "K2F-OXC-01 - Oxford City - total 2, occupied 2, vacant 0\n\nThanks,\nJo\n";
        VoidReturn r = routed(body(b));
        countsAre413And220(r);
        assertThat(r.properties().get(0).locality()).isEqualTo("Cherwell");
    }

    @Test
    void aPropertysLineIsNamedByItsReferenceAndLine() {
        String b = "Provider: Key2 Futures\nWeek commencing: 07/12/2026\n\n"
                + "K2F-CHE-01 - Cherwell - total 4, occupied 2, vacant 3\n";
        Outcome o = body(b);
        assertThat(o).isInstanceOf(Outcome.Rejected.class);
        assertThat(((Outcome.Rejected) o).problems()).anyMatch(p -> p.where().equals("K2F-CHE-01 (line 4)"));
    }

    @Test
    void wordsAfterAPropertysCountsAreItsNotesNotItsServiceType() {
        String b = "Provider: Key2 Futures\nWeek commencing: 07/12/2026\n\n"
                + "K2F-CHE-01 (Cherwell): 3 vacant of 4 (1 occupied) - Flat 3 out of action\n";
        VoidReturn r = routed(body(b));
        assertThat(r.properties().get(0).serviceType()).isEqualTo("18+ Single Self Contained");
        assertThat(r.properties().get(0).notes()).isEqualTo("Flat 3 out of action");
    }

    @Test
    void aLineOfProseWithACodeIsNoPropertysLine() {
        String b = "Hi, the referral ABC-123 we discussed: she moved on 3 December.\nThanks\n";
        assertThat(body(b)).isNotInstanceOf(Outcome.Routed.class);
    }

    @Test
    void aLabelWithItsColonHasItsValueBesideItNotBeneathIt() {
        String table = "Ref,Area,Service,Total,Occupied,Vacant\r\n"
                + "K2F-CHE-01,Cherwell,18+ Single Self Contained,4,1,3\r\n";
        VoidReturn r = routed(csv("Name of provider submitting:,Key2 Futures\r\nW/comm,wk beg 7.12\r\n\r\n" + table));
        assertThat(r.providerId()).isEqualTo("key2-futures");
        assertThat(r.weekCommencing()).isEqualTo("2026-12-07");
    }
}
