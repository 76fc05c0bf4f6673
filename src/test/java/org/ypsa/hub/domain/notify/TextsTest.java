package org.ypsa.hub.domain.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.domain.clocks.StaffReply;
import org.ypsa.hub.domain.clocks.TextReply;
import org.ypsa.hub.domain.directory.Directory;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Texts through GOV.UK Notify: numbers, what a text says, what a text back means, the hourly limits. */
class TextsTest {
    private static final String REF = "YPSA-7K2QF-M9XDT";

    @Nested
    class Numbers {
        @ParameterizedTest
        @ValueSource(strings = {"07700 900123", "07700900123", "+44 7700 900123", "+447700900123", "447700900123",
                "0044 7700 900123", "+44 (0)7700 900-123"})
        void everyWayAUkMobileIsWrittenIsTheSameNumber(String written) {
            assertThat(PhoneNumber.parse(written)).contains(new PhoneNumber("+447700900123"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"01865 792422", "+33 6 12 34 56 78", "07700 90012", "call me", ""})
        void landlinesForeignAndShortNumbersAreNotMobiles(String written) {
            assertThat(PhoneNumber.parse(written)).isEmpty();
        }

        @Test
        void aNumberIsShownMaskedInLogsAndTheAuditTrail() {
            PhoneNumber n = PhoneNumber.parse("07700 900123").orElseThrow();
            assertThat(n.masked()).isEqualTo("+447*******123");
            assertThat(n.toString()).doesNotContain("900123");
        }
    }

    @Nested
    class WhatATextSays {
        @Test
        void aTextCarriesTheReferenceTheAlertWhatIsDueAndWhereToLookButNoPersonalData() {
            // What a clock's context may hold about the young person: none of it may reach a text.
            Map<String, String> form = Map.of("name", "Corwin Ashdown", "dateOfBirth", "14/02/2010",
                    "intelligence", "seen with an older male at the station", "phone", "07700 900999");
            TextAlert t = TextAlert.forStep(REF, "escalation", "Emergency referral not acknowledged",
                    "brokerage.referrals");
            Map<String, String> p = t.personalisation();
            assertThat(p).containsOnlyKeys("reference", "alert", "due", "where");
            assertThat(p.get("reference")).isEqualTo(REF);
            assertThat(p.get("alert")).isEqualTo("ESCALATION: Emergency referral not acknowledged");
            assertThat(p.get("due")).contains("ACK " + REF);
            assertThat(p.get("where")).contains("brokerage.referrals");
            String all = String.join(" ", p.values());
            form.values().forEach(v -> assertThat(all).doesNotContain(v));
            assertThat(all).doesNotContainPattern("\\d{1,2}/\\d{1,2}/\\d{2,4}").doesNotContain("@");
        }

        @Test
        void aTextWithoutAHubReferenceIsNotMade() {
            assertThatThrownBy(() -> new TextAlert("Corwin Ashdown", "a", "b", "c"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class TextsBack {
        private final Directory directory = TestDirectory.shipped();
        private final PhoneNumber from = PhoneNumber.parse("07700 900102").orElseThrow();

        @ParameterizedTest
        @ValueSource(strings = {"ACK " + REF, "ack ypsa-7k2qf-m9xdt", REF + " ACK", "Acknowledged " + REF + " thanks",
                " ACK  " + REF})
        void ackAndTheReferenceInAnyOrderAndCaseIsAnAck(String text) {
            StaffReply r = TextReply.parse(directory, text, from).orElseThrow();
            assertThat(r.reference()).isEqualTo(REF);
            assertThat(r.word()).isEqualTo("ACK");
            assertThat(r.closes()).contains("emergency-referral", "safeguarding-incident");
            assertThat(r.repliedBy()).isEqualTo("tel:+447700900102");
        }

        @Test
        void theWordsOfEmailRepliesWorkByTextToo() {
            assertThat(TextReply.parse(directory, "DECLINED " + REF, from).orElseThrow().tellReferrer()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"ACK", "on my way", "ok " + REF, "MOVED IN 01/04/2027 " + REF})
        void aTextWithoutReferenceOrWordOrNeedingADateIsNoReply(String text) {
            assertThat(TextReply.parse(directory, text, from)).isEmpty();
        }
    }

    @Nested
    class HourlyLimits {
        private final Instant t0 = Instant.parse("2027-06-16T02:00:00Z");

        @Test
        void theTwentyFirstIdenticalTextInAnHourIsHeldUntilTheFirstIsAnHourOld() {
            TextRate rate = new TextRate(20, 100);
            for (int i = 0; i < 20; i++) {
                assertThat(rate.heldUntil("n", "same", t0.plusSeconds(i))).isEmpty();
                rate.sent(new TextRate.Sent("n", "same", t0.plusSeconds(i)));
            }
            assertThat(rate.heldUntil("n", "same", t0.plusSeconds(30))).contains(t0.plusSeconds(3600));
            assertThat(rate.heldUntil("n", "other", t0.plusSeconds(30))).isEmpty();
            assertThat(rate.heldUntil("m", "same", t0.plusSeconds(30))).isEmpty();
            assertThat(rate.heldUntil("n", "same", t0.plusSeconds(3601))).isEmpty();
        }

        @Test
        void theHundredAndFirstTextOfAnyKindInAnHourIsHeld() {
            TextRate rate = new TextRate(20, 100);
            for (int i = 0; i < 100; i++) {
                rate.sent(new TextRate.Sent("n", "text " + i, t0.plusSeconds(i)));
            }
            assertThat(rate.heldUntil("n", "new", t0.plusSeconds(200))).contains(t0.plusSeconds(3600));
        }
    }

    @Nested
    class OnCallRota {
        @Test
        void rotaDatesAreBothIncluded() {
            Directory.OnCall o = new Directory.OnCall(LocalDate.of(2027, 6, 14), LocalDate.of(2027, 6, 20),
                    "a.worker@ypsa.test", null);
            Directory.Team edt = new Directory.Team("EDT", "edt@ypsa.test", null, "07700 900102", null, List.of(o));
            assertThat(edt.onCallOn(LocalDate.of(2027, 6, 14))).contains(o);
            assertThat(edt.onCallOn(LocalDate.of(2027, 6, 20))).contains(o);
            assertThat(edt.onCallOn(LocalDate.of(2027, 6, 21))).isEmpty();
        }
    }
}
