package org.ypsa.hub.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.filter.impl.FilterImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import jakarta.jms.Connection;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.ypsa.hub.adapter.jms.ClockStore;
import org.ypsa.hub.adapter.jms.ClockTicker;
import org.ypsa.hub.support.Browser;
import org.ypsa.hub.support.Fixtures;
import org.ypsa.hub.support.HubIT;
import org.ypsa.hub.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pages duty staff and admins use (docs/web.md), driven in Debian's headless chromium against the hub on its
 * embedded mail server and broker: what a test emails shows on the pages, an ACK on a page stops the escalation
 * as an emailed ACK does, a duty login cannot reach admin actions, and a signed-out visitor sees nothing.
 */
class WebPagesIT extends HubIT {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    @Autowired
    ClockTicker ticker;
    @Autowired
    ClockStore broker;
    @Autowired
    EmbeddedActiveMQ artemis;

    private Browser browser;

    /** Started once the test's mail is routed: chromium starting up would slow the hub reading it. */
    private Browser browser() {
        if (browser == null) {
            browser = new Browser("http://127.0.0.1:" + port);
        }
        return browser;
    }

    @AfterEach
    void closeBrowserAndRealTimeAgain() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        clock.reset();
        queues.purge("hub.clocks", CALENDAR);
        ticker.forgetSeeded();
    }

    private static Instant london(String t) {
        return LocalDateTime.parse(t).atZone(LONDON).toInstant();
    }

    private String routedAt(String londonTime, String eml, String queue) {
        clock.set(london(londonTime));
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);
        assertThat(queues.take(queue, ref, 30_000)).as("routed to " + queue).isNotNull();
        return ref;
    }

    private static List<String> alertKinds(String reference) {
        return queues.browse("alerts", reference).stream().map(r -> {
            try {
                return JSON.readTree(r.text()).path("kind").asText();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void aSignedOutVisitorSeesOnlyTheSignInPage() {
        String ref = routedAt("2027-06-15T10:00", Fixtures.fresh(Fixtures.mail("referral-emergency-docx.eml")),
                "brokerage.referrals");
        for (String path : List.of("/", "/case/" + ref, "/beds", "/held", "/configuration")) {
            browser().open(path);
            assertThat(browser().path()).as(path).isEqualTo("/login");
            assertThat(browser().html()).as(path).doesNotContain(ref).doesNotContain("brokerage@ypsa.test");
        }
        browser().signIn("duty", "not-the-password");
        assertThat(browser().path()).isEqualTo("/login?error");
        assertThat(browser().text()).contains("not recognised");
    }

    @Test
    void theCasePageShowsWhatTheHubDidWithTheMailTheTestSentInTimeOrderWithTheRuleBehindEachStep() {
        String eml = Fixtures.fresh(Fixtures.mail("safeguarding-critical-body.eml"));
        String ref = routedAt("2027-06-15T10:00", eml, "brokerage.safeguarding");
        awaitReply("brokerage@ypsa.test", ref);
        browser().signIn("duty", "duty-demo").open("/case");
        assertThat(browser().title()).as(browser().text()).startsWith("Find a case");
        browser().one(By.id("reference")).sendKeys(ref);
        browser().press(browser().one(By.xpath("//button[text()='Show the case']")));
        assertThat(browser().path()).isEqualTo("/case/" + ref);
        openCaseOnceItShows(ref, "alert-sent");
        // read in one go, again if the page was still being replaced (Chrome: "node does not belong to the document")
        List<String> events = await().atMost(Duration.ofSeconds(20)).ignoreExceptions()
                .until(() -> browser().all(By.cssSelector("#history tbody tr")).stream()
                        .map(r -> r.getAttribute("data-event")).toList(), e -> e.contains("alert-sent"));
        assertThat(events).containsSubsequence("received", "recognised", "validated", "routed", "alert-sent");
        assertThat(browser().text()).contains("brokerage.safeguarding").contains("quality.safeguarding")
                .contains("Every inbound email gets a reference");
    }

    @Test
    void anAckOnTheTodayPageByTheTeamAlertedStopsTheEscalationAndIsRecordedAsThatPerson() throws Exception {
        String ref = emergencyReferralAnHourOld();
        browser().signIn("duty", "duty-demo");
        assertThat(browser().path()).isEqualTo("/");
        WebElement row = browser().one(By.cssSelector("#main-content tr[data-reference='" + ref + "']"));
        assertThat(row.getText()).contains("Emergency referral").contains("brokerage.manager@ypsa.test")
                .contains("15 Jun 2027, 12:00");
        row.findElement(By.cssSelector("input[name='why']")).sendKeys("Placement being found");
        browser().press(row.findElement(By.xpath(".//button[starts-with(normalize-space(.),'ACK')]")));
        assertThat(browser().text()).contains("ACK recorded for " + ref);
        assertThat(browser().all(By.cssSelector("tr[data-reference='" + ref + "']"))).isEmpty();

        clock.set(london("2027-06-15T12:00"));
        ticker.tick();
        clock.set(london("2027-06-15T12:30"));
        ticker.tick();
        assertThat(alertKinds(ref)).contains("emergency-referral").doesNotContain("emergency-referral:escalation");

        openCaseOnceItShows(ref, "clock-closed");
        WebElement closed = browser().one(By.cssSelector("tr[data-event='page-reply']"));
        assertThat(closed.getText()).contains("by: duty").contains("as: brokerage@ypsa.test")
                .contains("reason: Placement being found");
    }

    @Test
    void anAckOnThePageFromSomeoneTheAlertWasNotSentToIsRefusedAndTheEscalationStillFires() throws Exception {
        String ref = emergencyReferralAnHourOld();
        browser().signIn("admin", "admin-demo");
        browser().press(browser().one(By.cssSelector("tr[data-reference='" + ref + "']"))
                .findElement(By.xpath(".//button[starts-with(normalize-space(.),'ACK')]")));
        // the answer page, once the browser has it (a loaded machine can read the old page first)
        await().atMost(Duration.ofSeconds(15)).until(() -> browser().text().contains("There is a problem"));
        assertThat(browser().text()).contains("stays open");
        assertThat(browser().all(By.cssSelector("tr[data-reference='" + ref + "']"))).hasSize(1);
        clock.set(london("2027-06-15T12:00"));
        ticker.tick();
        assertThat(alertKinds(ref)).contains("emergency-referral:escalation");
    }

    @Test
    void aDutyLoginCannotReachAdminPagesOrActions() throws Exception {
        browser().signIn("duty", "duty-demo");
        assertThat(browser().text()).doesNotContain("Held mail").doesNotContain("Configuration");
        for (String path : List.of("/held", "/configuration")) {
            browser().open(path);
            assertThat(browser().text()).as(path).doesNotContain("Dead letters").doesNotContain("Version");
        }
        // The admin action itself, posted with this duty session's own valid CSRF token, is forbidden too.
        browser().open("/");
        String csrf = browser().one(By.cssSelector("input[name='_csrf']")).getAttribute("value");
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/held/handled"))
                .header("Cookie", browser().sessionCookie())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("reference=YPSA-00000-00000&why=x&_csrf=" + csrf)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(403);
    }

    @Test
    void signingOutEndsTheSession() {
        browser().signIn("duty", "duty-demo");
        assertThat(browser().text()).contains("On duty now");
        org.openqa.selenium.Cookie session = browser().driver().manage().getCookieNamed("JSESSIONID");
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Strict");
        browser().signOut();
        assertThat(browser().text()).contains("You have signed out");
        browser().open("/");
        assertThat(browser().path()).isEqualTo("/login");
    }

    @Test
    void aRejectedMailShowsOnHeldMailWithEachProblemAndAnAdminMarksItHandledWithWhy() {
        String eml = Fixtures.fresh(Fixtures.mail("void-xlsx-stonewater-broken.eml"));
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);
        await().atMost(Duration.ofSeconds(30)).until(() -> !queues.browse("hub.rejected", ref).isEmpty());
        browser().signIn("admin", "admin-demo").open("/held");
        WebElement card = browser().one(By.cssSelector(".govuk-summary-card[data-reference='" + ref + "']"));
        assertThat(card.getText()).contains("rejected").contains("void-return").contains("Problems")
                .contains("returns@stonewater.provider.test");
        card.findElement(By.cssSelector("form[action$='/held/handled'] input[name='why']"))
                .sendKeys("Stonewater resent a corrected return");
        browser().press(card.findElement(By.xpath(".//button[starts-with(normalize-space(.),'Mark handled')]")));
        assertThat(browser().text()).contains(ref + " marked handled");
        assertThat(browser().one(By.cssSelector(".govuk-summary-card[data-reference='" + ref + "']")).getText())
                .contains("Handled by admin");
        browser().open("/case/" + ref);
        assertThat(browser().one(By.cssSelector("tr[data-event='handled']")).getText()).contains("by: admin")
                .contains("reason: Stonewater resent a corrected return");
    }

    @Test
    void aDeadLetteredMessageIsSentAgainToItsQueueByAnAdminAndAudited() throws Exception {
        String ref = "YPSA-DEADL-" + String.format("%05d", (int) (Math.random() * 99999));
        try (Connection c = broker.connect(); Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageProducer p = s.createProducer(s.createQueue("alerts"))) {
            TextMessage m = s.createTextMessage("{\"reference\":\"" + ref + "\",\"kind\":\"test\"}");
            m.setStringProperty("hubReference", ref);
            m.setStringProperty("hubAlertKind", "emergency-referral");
            p.send(m);
        }
        // As the broker does after the last failed delivery (the embedded broker, in this JVM).
        org.apache.activemq.artemis.core.server.Queue alerts = artemis.getActiveMQServer()
                .locateQueue(SimpleString.of("alerts"));
        assertThat(alerts.sendMessagesToDeadLetterAddress(FilterImpl.createFilter("hubReference = '" + ref + "'")))
                .isEqualTo(1);
        // the broker makes the dead-letter queue on its first message: wait for it to hold this one
        await().atMost(Duration.ofSeconds(15)).until(() -> queues.browse("DLA::DLQ.alerts", ref).size() == 1);
        browser().signIn("admin", "admin-demo").open("/held");
        WebElement row = browser().one(By.cssSelector("#main-content tr[data-reference='" + ref + "']"));
        assertThat(row.getText()).contains("DLQ.alerts").contains("emergency-referral");
        row.findElement(By.cssSelector("input[name='why']")).sendKeys("Broker was full; fixed");
        browser().press(row.findElement(By.xpath(".//button[starts-with(normalize-space(.),'Send again')]")));
        assertThat(browser().text()).contains("Sent again from DLQ.alerts (" + ref + ")");
        assertThat(browser().all(By.cssSelector("tr[data-reference='" + ref + "']"))).isEmpty();
        assertThat(queues.browse("alerts", ref)).hasSize(1);
        assertThat(queues.browse("DLA::DLQ.alerts", ref)).isEmpty();
    }

    @Test
    void theBedsPageShowsTheWeeksReturnsByLocalityAndServiceTypeAndWhoHasNotReturned() {
        LocalDate week = LocalDate.of(2027, 6, 14);
        String eml = Fixtures.fresh(Fixtures.withWeek(Fixtures.mail("void-body-connection.eml"), week));
        routedAt("2027-06-10T12:00", eml, "brokerage.voids");
        browser().signIn("duty", "duty-demo").open("/beds");
        WebElement w = browser().one(By.cssSelector("div[data-week='14/06/2027']"));
        assertThat(w.getText()).contains("South Oxfordshire 18+ Single Self Contained 1 14/06/2027 0 1")
                .contains("Connection Support").contains("Not returned").contains("Response")
                .contains("Deadline Mon 14 Jun 2027, 10:00");
    }

    @Test
    void afterTheDeadlineSummaryTheBedsPageStillShowsTheWeeksVacancies() throws Exception {
        LocalDate week = LocalDate.of(2027, 6, 21);
        String eml = Fixtures.fresh(Fixtures.withWeek(Fixtures.mail("void-body-connection.eml"), week));
        routedAt("2027-06-17T12:00", eml, "brokerage.voids");
        ticker.forgetSeeded();
        ticker.tick(); // the week's summary is put on the queue
        clock.set(london("2027-06-21T10:00"));
        ticker.tick(); // and written: it takes the week's returns
        clock.set(london("2027-06-21T11:00"));
        browser().signIn("duty", "duty-demo").open("/beds");
        WebElement w = browser().one(By.cssSelector("div[data-week='21/06/2027']"));
        assertThat(w.getText()).contains("passed").contains("South Oxfordshire 18+ Single Self Contained 1")
                .contains("Connection Support");
    }

    @Test
    void theBedsPageListsOnceEachReturnReadAfterTheSummaryAndEachLeftOutOfIt() throws Exception {
        // Arrival is the mail server's clock (today); the hub's clock is set. A return for last week is late.
        LocalDate lastWeek = LocalDate.now(java.time.ZoneId.of("Europe/London"))
                .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)).minusWeeks(1);
        ticker.forgetSeeded();
        clock.set(london("2032-02-02T09:00"));
        ticker.tick();
        clock.set(london("2032-02-02T10:00"));
        ticker.tick(); // the summary of the week of 02/02/2032 goes with no return in it
        String leftOut = routedAt("2032-02-02T10:01", Fixtures.fresh(Fixtures.withWeek(
                Fixtures.mail("void-body-connection.eml"), LocalDate.of(2032, 2, 2))), "brokerage.voids");
        String late = routedAt("2032-02-02T10:02", Fixtures.fresh(Fixtures.withWeek(
                Fixtures.mail("void-body-connection.eml"), lastWeek)), "brokerage.voids");
        clock.set(london("2032-02-02T10:11"));
        ticker.tick(); // the return that arrived in time is reported as left out of the summary
        clock.set(london("2032-02-02T12:00"));
        browser().signIn("duty", "duty-demo").open("/beds");
        String page = browser().one(By.tagName("main")).getText();
        assertThat(page).contains(late + ", arrived after the summary")
                .contains(leftOut + ", arrived in time, left out of the summary");
        assertThat(page.split(java.util.regex.Pattern.quote(late + ","), -1)).as("listed once").hasSize(2);
    }

    @Test
    void theConfigurationPageShowsTheVersionRunningToAnAdmin() {
        browser().signIn("admin", "admin-demo").open("/configuration");
        assertThat(browser().one(By.id("version")).getText()).isNotBlank();
        assertThat(browser().text()).contains("Last refused edit").contains("Rebuild the read model");
    }

    @Test
    void anAdminPutsAHeldMailBackToBeReadAgainAsANewEmailWhileTheFirstDecisionStands() {
        String eml = Fixtures.fresh(Fixtures.mail("void-xlsx-stonewater-broken.eml"));
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);
        await().atMost(Duration.ofSeconds(30)).until(() -> !queues.browse("hub.rejected", ref).isEmpty());
        browser().signIn("admin", "admin-demo").open("/held");
        WebElement card = browser().one(By.cssSelector(".govuk-summary-card[data-reference='" + ref + "']"));
        card.findElement(By.cssSelector("form[action$='/held/reprocess'] input[name='why']"))
                .sendKeys("Wording added to config/forms");
        browser().press(card.findElement(By.xpath(".//button[starts-with(normalize-space(.),'Read again')]")));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("put back in its mailbox as (YPSA-\\w{5}-\\w{5})")
                .matcher(browser().text());
        assertThat(m.find()).as(browser().text()).isTrue();
        String again = m.group(1);
        assertThat(again).isNotEqualTo(ref);
        await().atMost(Duration.ofSeconds(30)).until(() -> !queues.browse("hub.rejected", again).isEmpty());
        assertThat(queues.browse("hub.rejected", ref)).as("the first decision stands").hasSize(1);
        browser().open("/case/" + ref);
        assertThat(browser().one(By.cssSelector("tr[data-event='reprocessed']")).getText()).contains("by: admin")
                .contains("newReference: " + again).contains("reason: Wording added to config/forms");
    }

    @Test
    void thePagesWorkFromTheKeyboardAloneStartingWithASkipLink() {
        browser().open("/login");
        WebElement first = browser().tab();
        assertThat(first.getText()).isEqualTo("Skip to main content");
        browser().one(By.id("username")).sendKeys("duty" + Keys.TAB + "duty-demo" + Keys.ENTER);
        await().atMost(Duration.ofSeconds(20)).until(() -> browser().path().equals("/"));
        assertThat(browser().tab().getText()).isEqualTo("Skip to main content");
        assertThat(browser().all(By.cssSelector("input:not([type='hidden'])")).stream()
                .allMatch(in -> !browser().all(By.cssSelector("label[for='" + in.getAttribute("id") + "']")).isEmpty()))
                .as("every input on the page has a label").isTrue();
    }

    @Test
    void noLinkOrFormOnAnyPageCarriesMoreThanAHubReferenceInItsAddress() {
        String eml = Fixtures.fresh(Fixtures.mail("void-xlsx-stonewater-broken.eml"));
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);
        await().atMost(Duration.ofSeconds(30)).until(() -> !queues.browse("hub.rejected", ref).isEmpty());
        browser().signIn("admin", "admin-demo");
        for (String page : List.of("/", "/beds", "/held", "/case/" + ref, "/configuration", "/case")) {
            browser().open(page);
            List<String> addresses = new java.util.ArrayList<>();
            browser().all(By.cssSelector("a[href]")).forEach(a -> addresses.add(a.getAttribute("href")));
            browser().all(By.cssSelector("form[action]")).forEach(f -> addresses.add(f.getAttribute("action")));
            assertThat(addresses).as(page).isNotEmpty().allSatisfy(a -> assertThat(a.replace(
                    "http://127.0.0.1:" + port, "")).matches("(/[A-Za-z0-9:._-]*)*(#main-content)?"));
        }
    }

    /** The case page of a reference, once the read model (fed in the background) shows that event on it. */
    private void openCaseOnceItShows(String ref, String event) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            browser().open("/case/" + ref);
            return !browser().all(By.cssSelector("tr[data-event='" + event + "']")).isEmpty();
        });
    }

    /** An emergency referral routed at 10:00, the hub's clock at 11:00: its escalation is due at 12:00. */
    private String emergencyReferralAnHourOld() throws Exception {
        String ref = routedAt("2027-06-15T10:00", Fixtures.fresh(Fixtures.mail("referral-emergency-docx.eml")),
                "brokerage.referrals");
        clock.set(london("2027-06-15T11:00"));
        return ref;
    }
}
