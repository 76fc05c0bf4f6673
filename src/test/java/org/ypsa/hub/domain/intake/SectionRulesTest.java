package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.forms.Words;
import org.ypsa.hub.domain.referrals.Referral;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * British referral forms in sections: the same short label ("Full name", "Email") under the young person's, the
 * referrer's and the allocated worker's sections belongs to the person its section is about.
 */
class SectionRulesTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private static final String REST = "Legal status: CIN\nFamily group conference offered: Yes\n"
            + "Date FGC offered: 12/11/2026\nDate accommodation needed: 08/01/2027\n"
            + "Consent to referral and information sharing: Yes\n";

    private Referral referral(String body) {
        Outcome o = intake.handle(new InboundMail("intake@ypsa.test", "<s@test>", "r.okafor@council.test",
                "Supported accommodation referral", Instant.parse("2026-11-30T12:00:00Z"), body, List.of(), false));
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        return (Referral) ((Outcome.Routed) o).fields();
    }

    @Test
    void aShortLabelUnderALetteredOrNumberedSectionBelongsToThatSectionsPerson() {
        Referral r = referral("Supported Accommodation Referral Form - Non-Emergency\n\n"
                + "SECTION ONE: THE YOUNG PERSON\nFull name: Ada Pennyfeather\nDate of birth: 14/03/2009\n\n"
                + "SECTION TWO: REFERRER\nFull name: Rita Okafor\nJob title: Youth worker\n"
                + "Organisation: Family Solutions\n\nSECTION THREE: ALLOCATED WORKER\n"
                + "Leave blank if you are the allocated worker.\nFull name: Dev Lusk\nEmail: d.lusk@council.test\n\n"
                + "Section 4 - Reasons\nReason for referral: Family breakdown.\n" + REST);
        assertThat(r.youngPerson().fullName()).isEqualTo("Ada Pennyfeather");
        assertThat(r.referrer().name()).isEqualTo("Rita Okafor");
        assertThat(r.socialWorkerOrPa().name()).isEqualTo("Dev Lusk");
        assertThat(r.socialWorkerOrPa().email()).isEqualTo("d.lusk@council.test");
    }

    @Test
    void aQuestionNumberIsNoWordOfAShortLabelUnderAHeading() {
        Referral r = referral("Supported Accommodation Referral Form - Non-Emergency\n\n1. Young person's details\n"
                + "1. Full name: Ada Pennyfeather\n2. Date of birth: 14/03/2009\n\n2. Referrer's details\n"
                + "10. Full name: Rita Okafor\n11. Job title: Youth worker\n12. Organisation: Family Solutions\n\n"
                + "13. Current situation: Family breakdown.\n" + REST);
        assertThat(r.referrer().name()).isEqualTo("Rita Okafor");
        assertThat(r.reasonForReferral()).as("the current situation is the reason").isEqualTo("Family breakdown.");
    }

    @Test
    void aSameDayRequestIsAnEmergencyOne() {
        assertThat(Words.clean("Reason for same-day request")).isEqualTo("reason for emergency request");
        assertThat(Words.clean("Was it reported the same day?")).doesNotContain("emergency");
    }
}
