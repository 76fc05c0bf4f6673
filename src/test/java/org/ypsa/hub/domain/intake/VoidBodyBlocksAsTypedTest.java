package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.voids.VoidReturn;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Void returns typed in the body as blocks of "label: value" lines, one block a property, the way a hurried sender
 * writes them: words cut short with an apostrophe, a slip in a label, an earlier mail quoted under the sign-off.
 * Providers, wordings and figures invented for these tests.
 */
class VoidBodyBlocksAsTypedTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private Outcome mail(String body) {
        return intake.handle(new InboundMail("intake@ypsa.test", "<v@test>", "returns@key2.provider.test",
                "Weekly figures", Instant.parse("2026-12-07T08:00:00Z"), body, List.of(), false));
    }

    private static VoidReturn routed(Outcome o) {
        assertThat(o).as("outcome %s", o).isInstanceOf(Outcome.Routed.class);
        return (VoidReturn) ((Outcome.Routed) o).fields();
    }

    @Test
    void aWordCutShortWithAnApostropheIsReadAsTheWordItStartsNotAsItsLastLetter() {
        VoidReturn r = routed(mail("""
                Hello,

                Provider: Key2 Futures
                Week beginning: 07/12/2026

                Unit code: K2F-CHE-01
                loc'y: Cherwell
                Kind of service: 18+ Single Self Contained
                Beds in total: 4
                Beds taken: 1
                vac'y: 3
                Emergency bed: N

                Best wishes,
                Jo
                """));
        VoidReturn.PropertyLine p = r.properties().get(0);
        assertThat(p.locality()).isEqualTo("Cherwell");
        assertThat(p.vacant()).isEqualTo(3);
        assertThat(p.emergencyBed()).isFalse();
    }

    @Test
    void aDateUnderALabelReadAsACountIsTheDayThePropertyIsAvailable() {
        VoidReturn r = routed(mail("""
                Provider: Key2 Futures
                Week beginning: 07/12/2026

                Unit code: K2F-CHE-01
                Area: Cherwell
                Kind of service: 18+ Single Self Contained
                Beds in total: 4
                Beds taken: 1
                Beds free: 3
                avialable: 10/12/2026
                Emergency bed: N
                """));
        VoidReturn.PropertyLine p = r.properties().get(0);
        assertThat(p.vacant()).isEqualTo(3);
        assertThat(p.availableFrom()).isEqualTo("2026-12-10");
    }

    @Test
    void aDateUnderALabelForTheDayABedFellEmptyIsNoDayItIsAvailable() {
        Outcome o = mail("""
                Provider: Key2 Futures
                Week beginning: 07/12/2026

                Unit code: K2F-CHE-01
                Area: Cherwell
                Kind of service: 18+ Single Self Contained
                Beds in total: 4
                Beds taken: 1
                Beds free: 3
                Vacant since: 01/12/2026
                """);
        assertThat(routed(o).properties().get(0).availableFrom()).isNull();
    }

    @Test
    void anEarlierMailQuotedUnderTheSignOffIsNoPartOfTheReturn() {
        VoidReturn r = routed(mail("""
                Hello,

                Provider: Key2 Futures
                Week beginning: 07/12/2026

                Unit code: K2F-CHE-01
                Area: Cherwell
                Kind of service: 18+ Single Self Contained
                Beds in total: 4
                Beds taken: 4
                Beds free: 0
                Available from: -

                Many thanks,
                Jo

                -----Original Message-----
                From: Duty Desk
                Sent: 02 December 2026 08:55
                Subject: RE: figures

                Please send this week's figures.
                """.replace("\n", "\r\n")));
        assertThat(r.properties()).singleElement().satisfies(p -> assertThat(p.availableFrom()).isNull());
    }

    @Test
    void aReturnForwardedUnderACoveringNoteIsStillRead() {
        VoidReturn r = routed(mail("""
                Passing this on.

                Thanks,
                Sam

                -----Original Message-----
                From: Jo
                Sent: 07 December 2026 07:30
                Subject: figures

                Provider: Key2 Futures
                Week beginning: 07/12/2026
                Unit code: K2F-CHE-01
                Area: Cherwell
                Kind of service: 18+ Single Self Contained
                Beds in total: 4
                Beds taken: 1
                Beds free: 3
                """));
        assertThat(r.properties()).extracting(VoidReturn.PropertyLine::propertyReference).containsExactly("K2F-CHE-01");
    }
}
