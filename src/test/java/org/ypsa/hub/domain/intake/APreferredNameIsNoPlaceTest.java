package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.domain.referrals.Referral;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The name a young person likes to be called ("Preferred name: Jay") is never the preferred locality: the two share
 * only the word "preferred" (it had been routed as the area wanted). Wordings invented for the test.
 */
class APreferredNameIsNoPlaceTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    @ParameterizedTest
    @ValueSource(strings = {"Preferred name: Jay", "Preferred name (if different): Jay", "Preferred first name: Jay",
            "Name they like to be called: Jay"})
    void aPreferredNameIsNeverThePreferredLocality(String line) {
        String body = "Hi,\n\nFull name: Tomos Price\n" + line + "\nDate of birth: 12/05/2009\nLegal status: Care leaver\n"
                + "Name of referrer: Sian Prosser\nRole: Social Worker\nTeam: Children Looked After Team\n"
                + "Email: s.prosser@council.test\nFGC offered?: Yes\n"
                + "Reason for referral: Tomos has lived with his aunt since March. The arrangement has broken down.\n"
                + "Bed wanted: 15/01/2027\nConsent: Yes\nMany thanks\n";
        Outcome o = intake.handle(new InboundMail("intake@ypsa.test", "<pref@test>", "s.prosser@council.test",
                "Referral - TLP", Instant.parse("2026-11-30T12:00:00Z"), body, List.of(), false));
        assertThat(o).as("outcome %s", o).isInstanceOf(Outcome.Routed.class);
        Referral.YoungPerson yp = ((Referral) ((Outcome.Routed) o).fields()).youngPerson();
        assertThat(yp.fullName()).isEqualTo("Tomos Price");
        assertThat(yp.preferredLocality()).isNull();
    }
}
