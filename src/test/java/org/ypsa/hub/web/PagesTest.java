package org.ypsa.hub.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ypsa.hub.adapter.store.EventStore;

import static org.assertj.core.api.Assertions.assertThat;

/** What the pages make of the read model and of their requests, with no server. */
class PagesTest {

    @Nested
    class Paths {
        @Test
        void onlyHubReferencesAndIdsAreTakenInAPathNeverNamesOrAddresses() {
            assertThat(PageModel.isHubId("YPSA-1A2B3-C4D5E")).isTrue();
            assertThat(PageModel.isHubId("provider-forum:2027-04-21")).isTrue();
            assertThat(PageModel.isHubId("Jane Doe")).isFalse();
            assertThat(PageModel.isHubId("jane@council.test")).isFalse();
            assertThat(PageModel.isHubId("x'; drop table hub_event")).isFalse();
            assertThat(PageModel.isHubId(null)).isFalse();
        }
    }

    @Nested
    class CaseHistoryLines {
        private EventStore.Row row(String event, Map<String, Object> detail) {
            return new EventStore.Row(Instant.parse("2027-06-15T09:00:00Z"), "YPSA-AAAAA-BBBBB", event,
                    new LinkedHashMap<>(detail));
        }

        @Test
        void eachLineSaysWhatHappenedInLondonTimeAndTheRuleBehindIt() {
            List<CaseHistory.Line> lines = CaseHistory.of(List.of(
                    row("received", Map.of("mailbox", "intake", "originalSha256", "ab12")),
                    row("routed", Map.of("queue", "brokerage.referrals", "why", "a referral goes to Brokerage"))),
                    ZoneId.of("Europe/London"));
            assertThat(lines.get(0).time()).isEqualTo("Tue 15 Jun 2027, 10:00");
            assertThat(lines.get(0).details()).containsExactly("mailbox: intake");
            assertThat(lines.get(0).rule()).contains("reference");
            assertThat(lines.get(1).what()).isEqualTo("Routed to a team queue");
            assertThat(lines.get(1).rule()).isEqualTo("a referral goes to Brokerage");
        }

        @Test
        void aPageActionShowsWhoAndWhy() {
            CaseHistory.Line l = CaseHistory.of(List.of(row("page-reply", Map.of("by", "duty", "as",
                    "brokerage@ypsa.test", "word", "ACK", "reason", "placement found",
                    "closes", List.of("emergency-referral")))), ZoneId.of("Europe/London")).get(0);
            assertThat(l.what()).isEqualTo("Closed on the web page");
            assertThat(l.details()).contains("by: duty", "reason: placement found", "closes: emergency-referral");
        }

        @Test
        void aClockStartIsNamedByItsClock() {
            assertThat(CaseHistory.what(row("clock-emergency-referral", Map.of())))
                    .isEqualTo("Clock started: emergency-referral");
        }
    }

    @Nested
    class BedsCells {
        @Test
        void theEarliestAvailableDateOfACellIsShownAndABlankOneDoesNotHideIt() {
            assertThat(org.ypsa.hub.domain.clocks.WeeklyVoids.earliest("2027-06-21", "2027-06-14")).isEqualTo("2027-06-14");
            assertThat(org.ypsa.hub.domain.clocks.WeeklyVoids.earliest("", "2027-06-14")).isEqualTo("2027-06-14");
            assertThat(org.ypsa.hub.domain.clocks.WeeklyVoids.earliest("2027-06-21", null)).isEqualTo("2027-06-21");
            assertThat(new Beds.Cell("Cherwell", "18+ Shared", 2, 0, 1, "2027-06-14").shownFrom())
                    .isEqualTo("14/06/2027");
        }
    }
}
