package org.ypsa.hub.domain.intelligence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;


import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ypsa.hub.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Screening, phrasing by phrasing (screening/examples/phrasings.csv, shipped: the learnt screen is trained on them too): present danger in the many ways
 * staff write it is urgent (recall must be 100%); explicit negations, past events, the form's own guidance and email
 * footers are not. Prints recall and precision for each round. The "tuned" rows were written with the rules; each
 * "held-out" round was written before the rules saw it and scored first, then its misses were fixed. Scores before
 * the fixes (recall, precision): 1: 14/20, 14/14; 2: 14/20, 14/15; 3: 10/15, 10/10; 4: 10/15, 10/11; 5: 11/15,
 * 11/12; 6 (after the present-tense safety net): 15/15, 15/18; 7 (whole submissions): 5/5, 5/6; 8 (abbreviations
 * as staff type them: YP, atm, w/): 8/10, 8/9; 9 (stop 41, sentences): 33/34, 33/34; 10 (whole submissions, tick
 * boxes, Y/N answers, footers): 9/13, 9/16; 11 (whole submissions: habits, records, "at present"): 10/10, 10/21;
 * 12 (danger written after the fixes of 10 and 11, before they were run): 22/25.
 */
class ScreeningPhrasingsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    /** Asserts how a text is screened, showing the signs found when it is not as expected. */
    private static void assertScreened(String text, boolean urgent) {
        Screening.Result r = Screening.screen(text, TODAY);
        assertThat(r.urgent()).as(text + " " + r.signs()).isEqualTo(urgent);
    }

    /** The rows of screening/examples/phrasings.csv, read as the learnt screen reads them. */
    static List<LearnedScreen.Example> phrasings() {
        return LearnedScreen.examples("phrasings.csv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phrasings")
    void eachPhrasingIsScreenedAsExpected(LearnedScreen.Example p) {
        assertThat(Screening.screen(p.text(), TODAY).urgent()).as(p.text() + " " + Screening.screen(p.text(), TODAY)
                .signs()).isEqualTo(p.urgent());
    }

    @Test
    void everyUrgentPhrasingIsCaughtAndPrecisionIsReported() throws Exception {
        Map<String, int[]> byRound = new TreeMap<>();
        List<String> missed = new ArrayList<>();
        List<String> heldBack = new ArrayList<>();
        for (LearnedScreen.Example p : phrasings()) {
            boolean flagged = Screening.screen(p.text(), TODAY).urgent();
            int[] c = byRound.computeIfAbsent(p.round(), k -> new int[4]);
            int[] all = byRound.computeIfAbsent("all", k -> new int[4]);
            int cell = p.urgent() ? (flagged ? 0 : 1) : (flagged ? 2 : 3);
            c[cell]++;
            all[cell]++;
            if (p.urgent() && !flagged) {
                missed.add(p.text());
            } else if (!p.urgent() && flagged) {
                heldBack.add(p.text());
            }
        }
        byRound.forEach((round, c) -> System.out.printf("screening phrasings (%s): %d, urgent %d, ordinary %d; recall "
                + "%.3f, precision %.3f%n", round, c[0] + c[1] + c[2] + c[3], c[0] + c[1], c[2] + c[3],
                c[0] / (double) (c[0] + c[1]), c[0] / (double) (c[0] + c[2])));
        System.out.printf("screening phrasings: missed %s; ordinary held back %s%n", missed, heldBack);
        int[] all = byRound.get("all");
        assertThat(all[0] + all[1] + all[2] + all[3]).isGreaterThanOrEqualTo(40);
        assertThat(missed).as("urgent phrasings let through").isEmpty();
    }

    /**
     * A long text without punctuation is still screened to its end (an unbounded pattern once scanned back and forth
     * for minutes; its time is a figure of the benchmark, HubBenchmark.screeningALongTextWithoutPunctuation).
     */
    @Test
    void aLongTextWithoutPunctuationIsScreenedToItsEnd() {
        String words = "staff saw an older male near the flat and he spoke to residents ".repeat(1_500);
        assertThat(Screening.screen(words + "\nshe is with him now", TODAY).urgent()).isTrue();
        assertThat(Screening.screen(words.replace(" and ", "\n"), TODAY).urgent()).isFalse();
    }

    @Nested
    class Rules {
        @Test
        void notUrgentIsNotAnEmergency() {
            assertThat(Screening.screen("Not urgent. Sharing as intelligence about a car seen outside the flat.", TODAY)
                    .urgent()).isFalse();
        }

        @Test
        void notUrgentWrappedOverALabelsEndInAPdfsTextIsStillNotUrgent() {
            assertThat(Screening.screen("Details / A grey car was parked by the bins last month. Not\n"
                    + "summary * urgent.", TODAY).urgent()).isFalse();
        }

        @Test
        void aNotAtALineEndDoesNotSetAsideDangerOnTheNextLine() {
            assertThat(Screening.screen("She says she is not\nsafe, he is outside now with a knife.", TODAY).urgent())
                    .isTrue();
        }

        @Test
        void noImmediateRiskIsNotAnEmergency() {
            assertThat(Screening.screen("No immediate risk. She has been seen with older males.", TODAY).urgent())
                    .isFalse();
        }

        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(strings = {
            "Car seen outside most Tuesdays. Not believed to pose an immediate risk; sharing for the intelligence picture.",
            "The male is not thought to be in danger; he has been seen near the shops with friends.",
            "Her social worker says she is not considered to be at imminent risk from her ex.",
            "He does not present a risk to other residents at this time, logged for the record."})
        void aHedgedNegationOfRiskIsNotAnEmergency(String text) {
            assertThat(Screening.screen(text, TODAY).urgent()).isFalse();
        }

        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(strings = {
            "The YP has been told to travel to Birmingham on the 18:30 train today to deliver a package; he is 16 and scared.",
            "Threat made by text to petrol bomb the house later.",
            "Staff heard screaming from room 4 and a male voice shouting he would kill her.",
            "Young person not returned, last seen getting into a taxi with an older male, phone switched off, she has a "
                + "history of CSE.",
            "Mae'r person ifanc mewn perygl nawr - dyn gyda chyllell y tu allan.",
            "Bygythiad i'w thrywanu heno."})
        void dangerToldAsAThreatReportedHeardNotBackOrInWelshIsAnEmergency(String text) {
            assertScreened(text, true);
        }

        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(strings = {
            "A man charged at her with a knife in the car park and he is still out there.",
            "He charged at staff with a machete and is now in the lounge.",
            "A group has charged into the scheme with weapons and they are fighting in the corridor.",
            "Her phone is being charged but she says the men with the gun are at the door.",
            "He's on a course of antibiotics and is bleeding heavily from a stab wound now.",
            "Of course she is scared, he has a knife and is outside her room.",
            "Of course he will stab him if they meet, he has said so.",
            "The man who charged at her has a blade and will hurt her.",
            "On the course they are attacking a lad with bottles.",
            "Her mum is not aware that she is in immediate danger from him tonight."})
        void aRecordWordUsedInAnotherSenseOrADangerOthersDoNotKnowOfDoesNotSetAsidePresentDanger(String text) {
            assertThat(Screening.screen(text, TODAY).urgent()).as("%s", Screening.screen(text, TODAY)).isTrue();
        }

        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(strings = {
            "She did not return on Friday night and came back on Saturday morning; she would not say where she had been.",
            "He has not returned to college since the summer.",
            "Last year he was told to deliver packages to Swindon; he is now engaging with the youth offending team.",
            "Dim perygl ar hyn o bryd. Rhannu er gwybodaeth.",
            "Nid yw hyn yn fater brys: car wedi ei weld tu allan i'r prosiect."})
        void theSameWordsInThePastOrNegatedAreNoEmergency(String text) {
            assertThat(Screening.screen(text, TODAY).urgent()).isFalse();
        }

        @Test
        void aHedgedNegationDoesNotCancelDangerBesideIt() {
            assertThat(Screening.screen("She is not at risk from staff but the male outside with a knife right now is "
                    + "threatening her.", TODAY).urgent()).isTrue();
            assertThat(Screening.screen("He is not safe: the men are outside his door now threatening to kill him.", TODAY)
                    .urgent()).isTrue();
        }

        @Test
        void aNegationThatAnswersTheFormsQuestionIsStillANegation() {
            assertThat(Screening.screen("What did you see or hear? No immediate danger. He drops her off late at night.",
                    TODAY).urgent()).isFalse();
            assertThat(Screening.screen("What did you see or hear? No one helped. He has a knife with him now.", TODAY)
                    .urgent()).isTrue();
        }

        @Test
        void aTickGridSaysOnlyTheAnswerTicked() {
            assertThat(Screening.screen("Is anyone at immediate risk of harm?   \u2610 Yes  \u2612 No\nInformation: a grey "
                    + "car has been seen near the scheme on Saturdays.", TODAY).urgent()).isFalse();
            assertThat(Screening.screen("Does this need an immediate police response?  Yes [ ]  No [x]\nInformation: "
                    + "a van drops parcels at number 12.", TODAY).urgent()).isFalse();
            assertThat(Screening.screen("[ ] Urgent   [X] Not urgent\nInformation: money from an unknown source.", TODAY)
                    .urgent()).isFalse();
            assertThat(Screening.screen("Is anyone in immediate danger? \u2612 Yes \u2610 No\nInformation: the man is back.",
                    TODAY).urgent()).isTrue();
            assertThat(Screening.screen("\u2610 Not urgent \u2612 Urgent\nInformation: car outside.", TODAY).urgent())
                    .isTrue();
            assertThat(Screening.screen("Urgency: \u2612 Immediate \u2610 Within 24 hours \u2610 Routine", TODAY).urgent())
                    .isTrue();
            // two boxes ticked: no one answer, read as written
            assertThat(Screening.screen("Is anyone in immediate danger? \u2612 Yes \u2612 No", TODAY).urgent()).isTrue();
        }

        @Test
        void aTimeSoonAskedInAFormsQuestionAssertsNothingUnlessAnsweredYes() {
            assertThat(Screening.screen("Homeless tonight, or got notice?:\nHomeless.", TODAY).urgent()).isFalse();
            assertThat(Screening.screen("Anyone due to collect her this evening?\nNot that we know of.", TODAY).urgent())
                    .isFalse();
            assertThat(Screening.screen("Is anyone in danger tonight?: yes", TODAY).urgent()).isTrue();
            assertThat(Screening.screen("The men are coming back for her tonight.", TODAY).urgent()).isTrue();
        }

        @Test
        void theFireOfficerIsNoFire() {
            assertThat(Screening.screen("We're a shared house with no waking night staff, fire officer said no.", TODAY)
                    .urgent()).isFalse();
            assertThat(Screening.screen("We can't meet the fire regulations for a second bed.", TODAY).urgent()).isFalse();
            assertThat(Screening.screen("There's a fire in her room and she won't come out.", TODAY).urgent()).isTrue();
        }

        @Test
        void aNoAnswerIsNotCarriedOnToTheFormsNextQuestion() {
            assertThat(Screening.screen("Is the young person currently missing? No\nRisk of harm now: None known\n"
                    + "Information: seen at the bus station with two males on Saturday.", TODAY).urgent()).isFalse();
            assertThat(Screening.screen("Urgent (Y/N): N\nImmediate danger (Y/N)  N\nInformation: an older male gives "
                    + "her lifts.", TODAY).urgent()).isFalse();
            assertThat(Screening.screen("Is anyone in danger? No\nimmediate danger to the YP, he is outside with a knife.",
                    TODAY).urgent()).isTrue();
        }

        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(strings = {
            "At present she is living with her aunt. Her ex, who has a conviction for assault, has been seen in Didcot.",
            "At the moment he is staying at his mum's.",
            "YP is frequently missing overnight and returns with cash.",
            "Missing episodes: 3 in the last 6 months. YP returns from missing episodes with injuries she won't explain.",
            "The YP has recently completed a knife crime awareness course with the YOS.",
            "No knife has been found in room searches.",
            "Worker: Kim Lee, Urgent Care Practitioner.",
            "No-one is currently missing.",
            "YP disclosed he was made to carry drugs to Swindon in summer 2025.",
            "Young people on our programme say that a knife is being passed around the group at the skate park at weekends."})
        void aHabitARecordOrHowSomeoneLivesIsNoDangerNow(String text) {
            assertScreened(text, false);
        }

        /** Stop 71 (tuned33): a move out of the area that services make to keep someone safe is no danger now. */
        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(strings = {
            "He was assaulted there over a debt. Jordan has now left the flat and is being moved out of area.",
            "She has been moved out of the borough for her safety."})
        void aMoveOutOfTheAreaServicesMakeIsNoDangerNow(String text) {
            assertScreened(text, false);
        }

        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(strings = {
            "She is being moved out of area by the men tonight.",
            "They are moving her out of area right now in a red Corsa."})
        void aMoveOutOfTheAreaByThoseHarmingThemIsStillAnEmergency(String text) {
            assertScreened(text, true);
        }

        /**
         * Stop 72 (tuned34 w14-intel-03): what someone said then, quoted in a sentence about the past, was true then: "at
         * the moment" inside the quote is no sign of now.
         */
        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(strings = {
            "Harvey came to see us last week looking thin and said he \"can't go home at the moment\".",
            "She rang the office two days ago and told us 'I'm sofa surfing at the minute'."})
        void wordsOfNowQuotedAsSaidThenAreNoDangerNow(String text) {
            assertScreened(text, false);
        }

        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(strings = {
            "She went missing last week and at the moment she is with the men again.",
            "He said last week he was fine but at the moment he is locked in the flat with them."})
        void nowToldOutsideAQuoteInAClauseAboutThePastIsStillAnEmergency(String text) {
            assertScreened(text, true);
        }

        /** Stop 70 (tuned32): men who sat somewhere and went, and a thing of someone's taken, are intelligence. */
        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(strings = {
            "Two unknown males sat in a car in the residents' car park for about an hour and asked a 17-year-old resident "
                + "where another resident was.",
            "Three lads sat outside the block then drove off towards the ring road.",
            "He told his support worker that the lads staying with him have taken his bank card."})
        void menWhoSatAndWentOrAThingTakenIsNoDangerNow(String text) {
            assertScreened(text, false);
        }

        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(strings = {
            "Two males sat in a car outside the house, she is inside alone.",
            "Two males sat in a car outside for an hour now, she is scared.",
            "They have taken her to a flat in Swindon.",
            "They have taken her brother and will not let him go."})
        void menSatOutsideNowOrAPersonTakenIsStillAnEmergency(String text) {
            assertScreened(text, true);
        }

        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(strings = {
            "There is no suggestion that she is at risk at present; we are passing this on for your records.",
            "We have no evidence that they are in any danger.",
            "No weapons have been seen and no-one has been threatened.",
            "Nobody was hurt.",
            "Last month he was seen giving lifts to young people from the scheme. Nobody is at risk right now.",
            "No one is in danger at the moment.",
            "No-one is at risk currently."})
        void aPersonSaidNotToBeAtRiskOrNoOneHurtIsNoDanger(String text) {
            assertScreened(text, false);
        }

        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(strings = {
            "There is no suggestion that she is at risk from him, but she is missing now and her phone is off.",
            "No-one has been threatened yet, but a man is outside her room now with a knife."})
        void aNegationOfAPersonsRiskLeavesDangerBesideItUrgent(String text) {
            assertScreened(text, true);
        }

        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(strings = {
            "The car is back outside now and the men are trying to get her to come out.",
            "She's in the back of a silver Audi with two older lads and says she doesn't want to be there.",
            "The dealers are not letting him leave the trap house.",
            "There is a group of males outside the project shouting that they will batter him when he comes out.",
            "There are men at the door of flat 6 trying to force their way in.",
            "She was seen last week and is missing.",
            "At the moment she is at home but her ex is outside with a knife.",
            "He is frequently missing and is missing right now with a dealer."})
        void dangerAsStaffPutItIsUrgentBesideAHabitOrThePast(String text) {
            assertScreened(text, true);
        }

        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(strings = {
            "Staff have heard that he runs a phone line and has been recruiting young people who have just moved into the area.",
            "A family has just moved to the estate and their older son has been seen dealing from the car park.",
            "She has just moved house and is known to associate with a county line.",
            "Teenagers are seen going in and out of the flat late at night, always when a black car is parked outside.",
            "Every time she leaves the project a silver Audi is waiting at the end of the road.",
            "Whenever he has been paid, older lads are standing outside the shop asking for him."})
        void someoneMovingToAnAreaOrAHabitIsNoDangerNow(String text) {
            assertScreened(text, false);
        }

        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(strings = {
            "She has just been moved to another area by the men who run the line.",
            "He has just been moved into the area by an older male and has no money or phone.",
            "They have just moved her into a flat above the takeaway.",
            "Whenever she leaves he follows her, and a black car is parked outside again.",
            "Every time staff check he is missing, and he is missing right now.",
            "The men who always come when she is alone are outside her door now.",
            "Every time she goes out he follows her, and he is outside the project waiting for her.",
            "She has just moved away with a 24-year-old man she met online.",
            "He has just moved here with two older lads from London and they are staying in his room."})
        void dangerBesideAMoveOrAHabitIsStillAnEmergency(String text) {
            assertScreened(text, true);
        }

        @Test
        void aFightLastYearIsNotAnEmergency() {
            assertThat(Screening.screen("He was attacked in a fight last year and threatened to stab the lad who did it.",
                    TODAY).urgent()).isFalse();
        }

        @Test
        void anEventIn2023IsNotAnEmergency() {
            assertThat(Screening.screen("In 2023 she was held in a flat in London and threatened with a knife.", TODAY)
                    .urgent()).isFalse();
        }

        @Test
        void aNegationInOneSentenceDoesNotCancelDangerInAnother() {
            assertThat(Screening.screen("Not urgent. She is with him now and he has a knife.", TODAY).urgent()).isTrue();
            assertThat(Screening.screen("There is no immediate risk to staff. The resident is being held upstairs.",
                    TODAY).urgent()).isTrue();
        }

        @Test
        void aNegationDoesNotCancelOtherDangerInItsOwnSentence() {
            assertThat(Screening.screen("No immediate risk to staff, but the young person is at risk right now.", TODAY)
                    .urgent()).isTrue();
        }

        @Test
        void aPastEventDoesNotHideDangerNow() {
            assertThat(Screening.screen("Last year he was stabbed and now the same group is outside waiting for him.",
                    TODAY).urgent()).isTrue();
        }

        @Test
        void theFormsOwnGuidanceIsNotAnEmergency() {
            assertThat(Screening.screen("Partnership Agency Intelligence Sharing Submission\nThis form is not for crimes "
                    + "in progress. If anyone is in immediate danger call 999.\nInformation: a van is often parked "
                    + "outside.", TODAY).urgent()).isFalse();
        }

        @Test
        void theFormsNoteOnWhenNotToUseItGoesOnPastADash() {
            assertThat(Screening.screen("SECTION 2 - INTELLIGENCE\nDo not use this form to report a crime in progress "
                    + "- call 999.\nInformation: he was seen with a parcel at the shops last month.", TODAY).urgent())
                    .isFalse();
        }

        @Test
        void aFootersNoteNotToUseItForEmergenciesIsNoEmergency() {
            assertThat(Screening.screen("Information: two men were seen in the car park last Sunday night.\n"
                    + "A2Dominion - TVP partnership intelligence submission - do not use for emergencies (999)", TODAY)
                    .urgent()).isFalse();
        }

        @Test
        void dangerNowInTheSubmittersWordsAfterTheFormsNoteIsStillUrgent() {
            assertThat(Screening.screen("Do not use this form to report a crime in progress - call 999.\n"
                    + "Information: he has a knife and is outside her flat right now, call 999.", TODAY).urgent())
                    .isTrue();
        }
    }
}
