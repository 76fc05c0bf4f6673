package org.ypsa.hub.domain.clocks;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.AuditEvent;
import org.ypsa.hub.domain.directory.Directory;
import org.ypsa.hub.domain.duty.DutyRota;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/** What a clock that has fallen due does, with the directory and schedules shipped in config/. */
class ClockRulesTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String REF = "YPSA-ABCDE-FGHJK";
    private static final Directory DIRECTORY = TestDirectory.shipped();
    private static final ClockSettings SCHEDULES = TestDirectory.shippedSchedules();
    private static final Timetable TIMETABLE = new Timetable(SCHEDULES, TestDirectory.bankHolidays(), LONDON,
            LocalTime.of(10, 0));
    private static final org.ypsa.hub.domain.Wording WORDING = TestDirectory.shippedWording();
    private static final DutyRota ROTA = org.ypsa.hub.support.TestFlows.rota(DIRECTORY);

    private static ClockRules rules(boolean texting) {
        return new ClockRules(SCHEDULES, TIMETABLE, new Recipients(DIRECTORY, ROTA), ROTA, DIRECTORY,
                "forms@ypsa.test", "brokerage.voids", List.of("Brokerage"), texting, WORDING);
    }

    private static Instant london(String t) {
        return LocalDateTime.parse(t).atZone(LONDON).toInstant();
    }

    private static <T> List<T> effects(Firing f, Class<T> type) {
        return f.effects().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static List<Firing.Audited> audited(Firing f) {
        return f.notes().stream().filter(Firing.Audited.class::isInstance).map(Firing.Audited.class::cast).toList();
    }

    /** Steps of a clock a form started: an escalation goes out and the next one waits. */
    @Nested
    class Steps {
        private final Instant started = london("2027-03-22T10:00");

        private DueClock safeguarding(int step, Map<String, Object> context) {
            return new DueClock(REF + ":" + ClockSettings.SAFEGUARDING, ClockSettings.SAFEGUARDING, REF, step,
                    started, started.plusSeconds(3600), context);
        }

        @Test
        void anEscalationGoesToItsStepsRecipientsAndTheNextStepWaitsFromWhenTheClockStarted() {
            Firing f = rules(false).fire(safeguarding(0, Map.of("severity", "High")), london("2027-03-22T11:00"),
                    false, List.of());

            Firing.Alert alert = effects(f, Firing.Alert.class).get(0);
            assertThat(alert.to()).containsExactly("brokerage@ypsa.test"); // duty in working hours
            assertThat(alert.kind()).isEqualTo("safeguarding-incident:escalation");
            assertThat(alert.idBase()).isEqualTo("clock:" + REF + ":safeguarding-incident:0");
            DueClock next = effects(f, Firing.Next.class).get(0).clock();
            assertThat(next.step()).isEqualTo(1);
            assertThat(next.dueAt()).isEqualTo(started.plusSeconds(2 * 3600));
            assertThat(next.startedAt()).isEqualTo(started);
            assertThat(next.context()).containsEntry("severity", "High")
                    .containsEntry(ClosingRights.NOTIFIED, List.of("brokerage@ypsa.test"));
        }

        @Test
        void anEscalationShowsItsContextInOneOrderWhateverOrderItWasStoredIn() {
            Map<String, Object> stored = new java.util.LinkedHashMap<>();
            stored.put("provider", "Response");
            stored.put("category", "Missing from placement");
            stored.put("severity", "High");
            String text = effects(rules(false).fire(safeguarding(0, stored), london("2027-03-22T11:00"), false,
                    List.of()), Firing.Alert.class).get(0).text();
            assertThat(text).containsSubsequence("Severity: High\n", "Category: Missing from placement\n",
                    "Provider: Response\n");
        }

        @Test
        void anEscalationEmailSaysWhatIsDueAndHowToStopItWordForWord() {
            Firing f = rules(false).fire(safeguarding(0, Map.of("severity", "High", "youngPerson", "not shown")),
                    london("2027-03-22T11:00"), false, List.of());

            Firing.Alert alert = effects(f, Firing.Alert.class).get(0);
            assertThat(alert.subject()).isEqualTo("[" + REF + "] ESCALATION: High or critical safeguarding incident "
                    + "not acknowledged");
            assertThat(alert.text()).isEqualTo("""
                    High or critical safeguarding incident not acknowledged.

                    Reference: %s
                    Started: Monday 22/03/2027 10:00
                    Severity: High

                    To stop these reminders, reply to this email keeping the reference in the subject and start \
                    your reply with ACK or ACCEPTED or DECLINED.
                    """.formatted(REF));
        }

        @Test
        void theLastStepLeavesNoNextStep() {
            Firing f = rules(false).fire(safeguarding(1, Map.of()), london("2027-03-22T12:00"), false, List.of());

            assertThat(effects(f, Firing.Alert.class)).hasSize(1);
            assertThat(effects(f, Firing.Next.class)).isEmpty();
            assertThat(audited(f)).extracting(Firing.Audited::event).containsExactly(AuditEvent.ESCALATED);
        }

        @Test
        void outOfHoursAStepIsTextedToTheDutyPhoneWhenNotifyIsSetUp() {
            Instant saturday = london("2027-03-20T12:00");
            DueClock due = safeguarding(0, Map.of());

            Firing.Text texted = effects(rules(true).fire(due, saturday, false, List.of()), Firing.Text.class).get(0);
            Firing.Text notTexted = effects(rules(false).fire(due, saturday, false, List.of()), Firing.Text.class)
                    .get(0);

            assertThat(texted.to()).extracting(p -> p.asRecipient()).containsExactly("tel:+447700900101");
            assertThat(notTexted.to()).isEmpty();
        }

        @Test
        void thoseTextedMayCloseTheNextStepToo() {
            Firing f = rules(true).fire(safeguarding(0, Map.of()), london("2027-03-20T12:00"), false, List.of());

            assertThat(effects(f, Firing.Next.class).get(0).clock().context().get(ClosingRights.NOTIFIED))
                    .isEqualTo(List.of("reoc.duty@ypsa.test", "tel:+447700900101"));
        }

        @Test
        void aClockAReplyClosedSendsNothing() {
            Firing f = rules(false).fire(safeguarding(0, Map.of()), london("2027-03-22T11:00"), true, List.of());

            assertThat(f.effects()).isEmpty();
            assertThat(audited(f)).containsExactly(new Firing.Audited(REF, AuditEvent.CLOCK_CLOSED,
                    Map.of("clock", ClockSettings.SAFEGUARDING)));
        }

        @Test
        void aClockOrStepTheSchedulesNoLongerHaveIsDropped() {
            DueClock gone = new DueClock(REF + ":gone", "no-such-clock", REF, 0, started, started, Map.of());

            assertThat(rules(false).fire(gone, started, false, List.of()).effects()).isEmpty();
            assertThat(rules(false).fire(safeguarding(2, Map.of()), started, false, List.of()).notes())
                    .extracting(n -> ((Firing.Audited) n).event()).containsExactly(AuditEvent.CLOCK_DROPPED);
        }
    }

    @Test
    void aProgressReviewReminderGoesToTheProviderAndSocialWorkerAndTheNextReviewWaits() {
        DueClock due = new DueClock(REF + ":progress-review", ClockSettings.PROGRESS_REVIEW, REF, 1,
                london("2027-01-05T09:00"), london("2027-03-18T09:00"), Map.of("movedIn", "2027-01-01",
                        "review", "1", Recipients.PROVIDER_ADDRESS, "keyworker@response.provider.test",
                        Recipients.SOCIAL_WORKER, "sw@council.test"));

        Firing f = rules(false).fire(due, london("2027-03-18T09:00"), false, List.of());

        Firing.Alert alert = effects(f, Firing.Alert.class).get(0);
        assertThat(alert.to()).containsExactly("keyworker@response.provider.test", "sw@council.test");
        assertThat(alert.subject()).isEqualTo("[" + REF + "] REMINDER: progress review due 01/04/2027");
        assertThat(alert.text()).isEqualTo("A progress review is due on 01/04/2027 (every 3 months from moving in on "
                + "01/01/2027).\n\nReference: " + REF + "\n\nWhen the young person moves on, reply keeping the "
                + "reference in the subject and start your reply with MOVED ON to stop these reminders.\n");
        DueClock next = effects(f, Firing.Next.class).get(0).clock();
        assertThat(next.context()).containsEntry("review", "2");
        assertThat(next.dueAt()).isEqualTo(london("2027-06-17T09:00"));
    }

    @Test
    void aProgressReviewReminderSaysHowOftenReviewsComeAsTheCouncilSetIt() {
        ClockSettings.ProgressReview shipped = SCHEDULES.progressReview();
        ClockSettings sixWeekly = new ClockSettings(SCHEDULES.tick(), SCHEDULES.voidReturn(), SCHEDULES.clocks(),
                new ClockSettings.ProgressReview(java.time.Period.ofDays(42), shipped.remindBefore(), shipped.at(),
                        shipped.to()), SCHEDULES.providerForum());
        ClockRules rules = new ClockRules(sixWeekly, new Timetable(sixWeekly, TestDirectory.bankHolidays(), LONDON,
                LocalTime.of(10, 0)), new Recipients(DIRECTORY, ROTA), ROTA, DIRECTORY, "forms@ypsa.test",
                "brokerage.voids", List.of("Brokerage"), false, WORDING);
        DueClock due = new DueClock(REF + ":progress-review", ClockSettings.PROGRESS_REVIEW, REF, 1,
                london("2027-01-05T09:00"), london("2027-01-29T09:00"), Map.of("movedIn", "2027-01-01",
                        "review", "1", Recipients.PROVIDER_ADDRESS, "keyworker@response.provider.test"));

        assertThat(effects(rules.fire(due, london("2027-01-29T09:00"), false, List.of()), Firing.Alert.class).get(0)
                .text()).startsWith("A progress review is due on 12/02/2027 (every 42 days from moving in on "
                        + "01/01/2027).");
    }

    /** The weekly void returns: reminders before the deadline, the summary at it. */
    @Nested
    class VoidReturns {
        private final List<String> withProperties = DIRECTORY.providers().stream()
                .filter(p -> !p.properties().isEmpty()).map(Directory.Provider::id).toList();

        private DueClock occurrence(String series, String dueLondon) {
            return DueClock.of(TIMETABLE.next(series, london(dueLondon).minusSeconds(1)).orElseThrow());
        }

        private List<VoidReturned> allBut(String providerId) {
            return withProperties.stream().filter(id -> !id.equals(providerId))
                    .map(id -> new VoidReturned(id, List.of())).toList();
        }

        @Test
        void theMondayReminderGoesOnlyToProvidersWithNoReturnYet() {
            DueClock monday = occurrence("void-reminder-2", "2027-03-22T08:00");

            Firing f = rules(false).fire(monday, london("2027-03-22T08:00"), false, allBut("response"));

            List<Firing.Alert> alerts = effects(f, Firing.Alert.class);
            assertThat(alerts).singleElement().satisfies(a -> {
                assertThat(a.to()).containsExactly("returns@response.provider.test");
                assertThat(a.subject()).isEqualTo(
                        "Reminder: void return for the week of 22/03/2027 is due by Monday 22/03/2027 10:00");
                assertThat(a.text()).isEqualTo("The hub has not yet received Response's weekly void return for the "
                        + "week commencing 22/03/2027.\n\nIt is due by Monday 22/03/2027 10:00. Please email it to "
                        + "forms@ypsa.test as a spreadsheet, a CSV file or in the body of the email.\n\nIf you have "
                        + "sent it in the last few minutes, please ignore this reminder.\n");
                assertThat(a.idBase()).isEqualTo("clock:void-reminder-2:2027-03-22:response");
            });
            assertThat(f.notes()).contains(new Firing.Counted("void-return-reminder", 1));
        }

        @Test
        void aReminderAnAdminRewordedIsWhatTheProviderReadsFilledFromTheSchedules() {
            java.util.Map<String, String> phrases = new java.util.HashMap<>(WORDING.phrases());
            phrases.put("void-reminder", "Nid yw ffurflen {provider} wedi cyrraedd / {provider}: due by {deadline}.");
            ClockRules rules = new ClockRules(SCHEDULES, TIMETABLE, new Recipients(DIRECTORY, ROTA), ROTA, DIRECTORY,
                    "forms@ypsa.test", "brokerage.voids", List.of("Brokerage"), false, new org.ypsa.hub.domain.Wording(phrases));

            Firing f = rules.fire(occurrence("void-reminder-2", "2027-03-22T08:00"), london("2027-03-22T08:00"), false,
                    allBut("response"));

            assertThat(effects(f, Firing.Alert.class).get(0).text()).isEqualTo("Nid yw ffurflen Response wedi "
                    + "cyrraedd / Response: due by Monday 22/03/2027 10:00.\n");
        }

        @Test
        void aReminderThatFallsDueAfterTheDeadlineIsDropped() {
            DueClock monday = occurrence("void-reminder-2", "2027-03-22T08:00");

            Firing f = rules(false).fire(monday, london("2027-03-22T10:00"), false, List.of());

            assertThat(f.effects()).isEmpty();
            assertThat(audited(f)).extracting(Firing.Audited::event).containsExactly(AuditEvent.CLOCK_DROPPED);
        }

        @Test
        void anOccurrenceTheSchedulesNoLongerHaveIsDroppedAndReadsNoReturns() {
            DueClock moved = new DueClock("void-summary:2027-03-22", "void-summary", "void-summary:2027-03-22", 0,
                    null, london("2027-03-22T11:00"), Map.of(DueClock.KEY, "2027-03-22"));

            assertThat(rules(false).readsVoidReturnsOf(moved)).isEmpty();
            assertThat(audited(rules(false).fire(moved, london("2027-03-22T11:00"), false, List.of())))
                    .containsExactly(new Firing.Audited("void-summary:2027-03-22", AuditEvent.CLOCK_DROPPED,
                            Map.of("why", "no longer scheduled")));
        }

        @Test
        void theSummaryTakesTheWeeksReturnsOffTheQueueBeforeAnythingIsSent() {
            DueClock summary = occurrence("void-summary", "2027-03-22T10:00");

            assertThat(rules(false).readsVoidReturnsOf(summary)).contains(java.time.LocalDate.of(2027, 3, 22));
            Firing f = rules(false).fire(summary, london("2027-03-22T10:00"), false, allBut("response"));

            assertThat(f.effects().get(0)).isEqualTo(new Firing.TakeVoidReturns(java.time.LocalDate.of(2027, 3, 22),
                    allBut("response").size()));
        }

        @Test
        void aProviderWithNoReturnByTheDeadlineIsListedAsMissingAndItsManagerIsTold() {
            DueClock summary = occurrence("void-summary", "2027-03-22T10:00");

            Firing f = rules(false).fire(summary, london("2027-03-22T10:00"), false, allBut("response"));

            List<Firing.Alert> alerts = effects(f, Firing.Alert.class);
            assertThat(alerts).extracting(Firing.Alert::kind).containsExactly("void-return-summary",
                    "void-return-missing");
            assertThat(alerts.get(0).subject()).isEqualTo("Void returns summary: week of 22/03/2027 (1 missing)");
            assertThat(alerts.get(0).text()).contains("\nNot returned:\n  Response\n");
            assertThat(alerts.get(1).to()).containsExactly("manager@response.provider.test");
            assertThat(alerts.get(1).text()).isEqualTo("Response's weekly void return for the week commencing "
                    + "22/03/2027 had not been received by the deadline, Monday 22/03/2027 10:00. Brokerage has been "
                    + "told. Please send it as soon as possible to forms@ypsa.test.\n");
            assertThat(audited(f)).containsExactly(new Firing.Audited("void-summary:2027-03-22", AuditEvent.VOID_SUMMARY_SENT,
                    Map.of("returned", withProperties.size() - 1, "missing", 1)));
        }

        @Test
        void aMissingReturnSaysTheTeamsTheConfigurationSendsVoidReturnsToWereToldCountingTeamsNotAnds() {
            DueClock summary = occurrence("void-summary", "2027-03-22T10:00");
            assertThat(missingAlertText(List.of("Housing Options Team (SHG)"), summary))
                    .contains("Housing Options Team (SHG) has been told.").doesNotContain("Brokerage");
            assertThat(missingAlertText(List.of("Quality and Contracts"), summary))
                    .contains("Quality and Contracts has been told.");
            assertThat(missingAlertText(List.of("Brokerage", "Quality and Contracts"), summary))
                    .contains("Brokerage and Quality and Contracts have been told.");
        }

        private String missingAlertText(List<String> teams, DueClock summary) {
            ClockRules rules = new ClockRules(SCHEDULES, TIMETABLE, new Recipients(DIRECTORY, ROTA), ROTA, DIRECTORY,
                    "forms@ypsa.test", "brokerage.voids", teams, false, WORDING);
            return effects(rules.fire(summary, london("2027-03-22T10:00"), false, allBut("response")),
                    Firing.Alert.class).get(1).text();
        }

        @Test
        void aReturnLeftOutOfTheSummaryIsToldToThoseToldOfLateReturnsWordForWord() {
            VoidReturned r = new VoidReturned("response", List.of(new VoidReturned.Line("Oxford City", "18+ Shared",
                    2, false), new VoidReturned.Line("Cherwell", "18+ Shared", 1, false)));

            Firing f = rules(false).uncountedVoidReturn(REF, java.time.LocalDate.of(2027, 3, 22), r,
                    london("2027-03-22T10:10"));

            assertThat(effects(f, Firing.Alert.class)).singleElement().satisfies(a -> {
                assertThat(a.kind()).isEqualTo("void-return-uncounted");
                assertThat(a.to()).containsExactly("brokerage@ypsa.test");
                assertThat(a.subject()).isEqualTo("[" + REF + "] Void return not in the weekly summary: Response, "
                        + "week of 22/03/2027");
                assertThat(a.text()).isEqualTo("Response's void return for the week commencing 22/03/2027 arrived "
                        + "before the deadline but was read after the weekly summary was written, so the summary does "
                        + "not count it and may list Response as missing. It is on brokerage.voids.\n\nVacant: 3 beds "
                        + "in 2 properties.\nReference: " + REF + "\n");
                assertThat(a.idBase()).isEqualTo(REF + ":uncounted");
            });
            assertThat(f.notes()).contains(new Firing.Counted("void-return-uncounted", 1));
        }

        @Test
        void aReturnIsReportedAsUncountedOnlyAfterItsWeeksSummaryHasHadTimeToTakeIt() {
            assertThat(TIMETABLE.voidReturnUncountedAfter(java.time.LocalDate.of(2027, 3, 22)))
                    .isEqualTo(london("2027-03-22T10:10"));
            assertThat(TIMETABLE.voidReturnUncountedAfter(java.time.LocalDate.of(2027, 3, 29)))
                    .as("Easter Monday: the deadline is Tuesday's").isEqualTo(london("2027-03-30T10:10"));
        }

        @Test
        void theSummaryReadsWordForWord() {
            DueClock summary = occurrence("void-summary", "2027-03-22T10:00");
            List<VoidReturned> returns = withProperties.stream().map(id -> new VoidReturned(id,
                    id.equals("response") ? List.of(new VoidReturned.Line("Oxford City", "18+ Shared", 2, true),
                            new VoidReturned.Line("Cherwell", "18+ Shared", 1, false),
                            new VoidReturned.Line("Oxford City", "18+ Shared", 0, true))
                            : List.of())).toList();

            Firing.Alert a = effects(rules(false).fire(summary, london("2027-03-22T10:00:30"), false, returns),
                    Firing.Alert.class).get(0);

            assertThat(a.to()).containsExactly("brokerage@ypsa.test");
            assertThat(a.text()).isEqualTo("""
                    Void returns for the week commencing 22/03/2027, as at Monday 22/03/2027 10:00.

                    Returns received: %1$d of %1$d providers.

                    Vacant beds by locality and service type:

                    Cherwell
                      18+ Shared: 1 vacant (1 property)

                    Oxford City
                      18+ Shared: 2 vacant, 2 emergency beds (2 properties)

                    Total vacant: 3

                    Not returned:
                      none: every provider returned.

                    A return that arrives after this summary is still routed to brokerage.voids and you will be \
                    told it arrived.
                    """.formatted(withProperties.size()));
        }
    }

    @Test
    void aForumReminderGoesToEveryProviderAndThePoliceContact() {
        DueClock forum = DueClock.of(TIMETABLE.next(Timetable.PROVIDER_FORUM, london("2027-01-01T00:00"))
                .orElseThrow());

        Firing.Alert a = effects(rules(false).fire(forum, forum.dueAt(), false, List.of()), Firing.Alert.class)
                .get(0);

        assertThat(a.to()).contains("partnerships@police.test", "returns@response.provider.test")
                .hasSize(DIRECTORY.providers().size() + 1);
        assertThat(a.subject()).isEqualTo("Reminder: provider forum on 20/01/2027");
        assertThat(a.text()).isEqualTo("The quarterly provider forum is on 20/01/2027. Please send agenda items to "
                + "Quality and Contracts.\n");
    }

    @Test
    void aForumReminderNamesTheTeamItsScheduleSaysCollectsAgendaItemsAndNoTeamWhenNoneIsSet() {
        DueClock forum = DueClock.of(TIMETABLE.next(Timetable.PROVIDER_FORUM, london("2027-01-01T00:00"))
                .orElseThrow());
        for (String team : new String[] {"mash", null}) {
            ClockSettings.ProviderForum f = SCHEDULES.providerForum();
            ClockSettings schedules = new ClockSettings(SCHEDULES.tick(), SCHEDULES.voidReturn(), SCHEDULES.clocks(),
                    SCHEDULES.progressReview(), new ClockSettings.ProviderForum(f.dates(), f.remindBefore(), f.at(),
                            f.to(), team));
            ClockRules rules = new ClockRules(schedules, TIMETABLE, new Recipients(DIRECTORY, ROTA), ROTA, DIRECTORY,
                    "forms@ypsa.test", "brokerage.voids", List.of("Brokerage"), false, WORDING);
            String text = effects(rules.fire(forum, forum.dueAt(), false, List.of()), Firing.Alert.class).get(0).text();
            assertThat(text).isEqualTo(team == null ? "The quarterly provider forum is on 20/01/2027.\n"
                    : "The quarterly provider forum is on 20/01/2027. Please send agenda items to "
                            + DIRECTORY.teams().get(team).name() + ".\n");
        }
    }


    @Test
    void theNextOccurrenceOfEachCalendarSeriesIsPutOnTheQueueAsAClock() {
        List<DueClock> next = rules(false).nextOccurrences(london("2027-03-22T09:00"));

        assertThat(next).extracting(DueClock::id).containsExactly("void-reminder-1:2027-03-29",
                "void-reminder-2:2027-03-29", "void-summary:2027-03-22", "provider-forum:2027-04-21");
        assertThat(next).allSatisfy(c -> assertThat(c.occurrence().id()).isEqualTo(c.id()));
    }
}
