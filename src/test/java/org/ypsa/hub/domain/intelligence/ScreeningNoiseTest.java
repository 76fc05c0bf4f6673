package org.ypsa.hub.domain.intelligence;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A form's blanks and the sender's covering words are not danger; danger said next to them still is. */
class ScreeningNoiseTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @ParameterizedTest
    @ValueSource(strings = {"Grading, if the agency grades: not known at present",
            "Vehicles linked - not known at present", "Handling code: unknown at the moment",
            "As promised, here is the information. Please let me know if anything is missing.",
            "Shout if any details are missing from the form.", "Tell me if something seems to be missing.",
            "Form attached - shout if anything's missing.", "Let me know if something else's missing."})
    void aFieldNotKnownAtPresentOrAskingWhetherAnythingIsMissingIsNotUrgent(String text) {
        assertThat(Screening.screen(text, TODAY).urgent()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Let me know if anything is missing. Jade is missing and is with two older men now.",
            "Vehicle not known at present. He is at the flat with a knife right now.",
            "Sam is missing and we do not know where she is.", "Her phone is not known at present and she is missing.",
            "Her whereabouts are not known at present.", "Whereabouts currently unknown at present.",
            "Shout if anything's missing. She's missing and is with two older men now."})
    void dangerNextToABlankOrACoveringLineIsStillUrgent(String text) {
        assertThat(Screening.screen(text, TODAY).urgent()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"If this is urgent and I am out of the office please call the duty line.",
            "For anything urgent while I am on leave, ring the office on 01865 000000.",
            "Please phone the team if it is an emergency.", "If the matter is urgent, contact my manager instead.",
            "Should you need something urgently when I am unavailable, email the duty inbox.",
            "Facts, not opinion. Do not use for emergencies.", "This mailbox is not monitored for urgent matters.",
            "Please do not send urgent referrals by email in an emergency."})
    void adviceToTheReaderOnWhatToDoIfUrgentIsNotUrgent(String text) {
        assertThat(Screening.screen(text, TODAY).urgent()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"If this is urgent please call the police now, he has a knife.",
            "If he is being hurt urgently call the police.", "If this is urgent call me. She is with two men now.",
            "Do not use for emergencies. He is outside her flat right now.",
            "If urgent please call, as she is at immediate risk."})
    void dangerNextToAdviceToTheReaderIsStillUrgent(String text) {
        assertThat(Screening.screen(text, TODAY).urgent()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"For urgent concerns please phone the office rather than emailing.",
            "Urgent safeguarding referrals must be phoned through to the hub.",
            "Urgent enquiries: ring 01865 000000 between 9 and 5.", "Any urgent queries, please call the duty desk.",
            "Urgent child protection concerns should be reported to the MASH by telephone.",
            "Emergency out of hours: 0300 000 0000", "Urgent line (24 hrs): 01865 000001"})
    void aFootersAdviceOnWhereToTakeUrgentMattersIsNotUrgent(String text) {
        assertThat(Screening.screen(text, TODAY).urgent()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"For urgent concerns please phone the office. He is outside her flat with a knife now.",
            "Urgent concern: she has been taken by two men tonight.", "This is urgent: she is with him right now.",
            "Urgent referrals must be phoned through, so I am ringing too: he has just stabbed someone.",
            "URGENT - please call me back, the girl is missing tonight.", "Emergency: he is threatening to kill her."})
    void dangerNextToAFootersAdviceOrAnUrgentMatterStatedIsStillUrgent(String text) {
        assertThat(Screening.screen(text, TODAY).urgent()).isTrue();
    }

    /** Footers and signatures in wordings of this test's own, as councils, providers and police forces write them. */
    @ParameterizedTest
    @ValueSource(strings = {
            "If you believe a child or young person is at immediate risk of harm, please contact the police on 999.",
            "Where there is an immediate risk to life, dial 999 straight away.",
            "If you are concerned that a child is being harmed, report it to the MASH on 0300 123 1234.",
            "Ring the duty team on 01865 000000 if a young person is in danger out of office hours.",
            "Anyone at risk of significant harm should be reported to Children's Services immediately.",
            "In the event that someone is in danger, always call 999 first.",
            "Urgent out-of-hours referrals should go to the Emergency Duty Team.",
            "Anything urgent: ring 01295 000000.", "Urgent work must be sent to the duty inbox, not to me.",
            "Should a resident be at risk of harm, contact the on-call manager without delay.",
            "If there is a threat to life call 999 or the EDT.",
            "Young people in danger should always be reported to the police.",
            "Keeping children safe: report concerns to the MASH on 0300 000 0000, or 999 if a child is in immediate danger.",
            "Police: emergency 999, non-emergency 101.", "Emergencies: 999 | Everything else: 101",
            "In an emergency or if you have immediate concerns about a child's safety, call 999."})
    void adviceToAnyReaderInAFooterIsNotUrgent(String text) {
        assertThat(Screening.screen(text, TODAY).urgent()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "If you can, call 999, Jade has a knife and is outside the flat.",
            "If she comes back tonight, call the police: he is threatening to stab her.",
            "If anyone sees them now please ring 999 as they have taken her.",
            "Contact the police if they turn up, he said he will kill her tonight.",
            "Please call the duty team now, she is with two older men.",
            "Anyone who sees her should call 999, she has been missing since this morning.",
            "This is an emergency: he is at the door with a knife.", "In an emergency like this one, she is with them now."})
    void dangerNextToAdviceOrInAdviceAboutAPersonTheSenderMeansIsStillUrgent(String text) {
        assertThat(Screening.screen(text, TODAY).urgent()).isTrue();
    }

    /** Advice on emergencies in shapes no list of wordings foresees: told apart by what it says, not its words. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Do not use this address to report a child in danger - call 999.",
            "If you think someone is in immediate danger, don't delay - call 999.",
            "Danger to life: 999. Other concerns: MASH 0300 123 4567.",
            "Lone working policy: staff in danger must press their alarm and call 999.",
            "Where there is a risk of immediate harm please contact Thames Valley Police on 999 straight away.",
            "Emergencies: always call 999. Non-emergencies: 101.", "Report any immediate danger to the police on 999.",
            "Children in danger: call 999 now.",
            "If there is an immediate risk of harm to a child, the police must be called on 999.",
            "Any child at risk of immediate harm should be reported by telephone to 999.",
            "A reminder that anyone in immediate danger should call 999.",
            "There is a fire drill on Tuesday at 11. Please leave by the nearest exit.",
            "The fire alarm test is on Monday morning; fire doors must be kept shut.",
            "Any young person at immediate risk must be reported to the police on 999.",
            "Urgent requests received after 4pm will be dealt with the next working day.",
            "Please mark urgent emails URGENT in the subject line.", "If your message is urgent, please resend it to duty@council.test.",
            "I am not in the office on Fridays; urgent queries to my manager please."})
    void aSentenceTellingAnyoneWhatToDoInAnEmergencyIsNotUrgent(String text) {
        assertThat(Screening.screen(text, TODAY).urgent()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Call the police now - Jade is with Reece at his flat.",
            "Please ring 999, someone has been stabbed outside the scheme.", "If you can, call 999: she has a knife.",
            "Call 999 if anyone sees her tonight, she has been taken by two men.",
            "Children are in danger at the flat right now, call 999.",
            "Please call the police on 999, there is a man with a knife in the hallway.",
            "Can you call the police? Jade is at Reece's flat.", "You need to ring 999 for us, we cannot get to her.",
            "Anyone in immediate danger should call 999: Jade is at the flat with Reece right now.",
            "There is a fire in the kitchen, this is not a drill, the fire doors are jammed."})
    void anInstructionToCallForHelpWithDangerSaidBesideItIsStillUrgent(String text) {
        assertThat(Screening.screen(text, TODAY).urgent()).isTrue();
    }

    /**
     * Advice in the shapes footers use besides a sentence with "if": a question then the instruction that answers it,
     * a number listed for a kind of danger, a purpose ("To report a crime in progress, call 999"), a duty team or
     * the MASH instead of the police.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Emergency? Dial 999.", "Worried about a child? Contact the MASH on 0300 123 4567.",
            "Think a young person is in danger? Ring 999 straight away.",
            "For immediate danger call 999, for non-urgent police matters call 101.",
            "Immediate risk to life: 999. Non-emergency: 101.", "To report a crime in progress, call 999.",
            "In any emergency please dial 999 and then notify the on-call manager.",
            "If you are in crisis, call 999 or the Samaritans on 116 123.",
            "In such circumstances please ring the Emergency Duty Team on 0800 000 000.",
            "Concerned that a resident is at risk out of hours? Phone the on-call manager."})
    void adviceAsAQuestionAListedNumberOrAPurposeIsNotUrgent(String text) {
        assertThat(Screening.screen(text, TODAY).urgent()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Someone stabbed outside the project: 999", "Someone stabbed outside the project - call 999",
            "Fire in the building: 999", "Man with a knife in reception: call 999",
            "Young person assaulted in the car park, call the police", "Kids fighting with knives at the park. Call 999.",
            "If you get this call 999, there is a man with a gun at the project.",
            "Is she with him? Call the police, he has her phone.", "Ring the duty team now, she has taken an overdose."})
    void dangerToldTerselyBesideAnInstructionIsStillUrgent(String text) {
        assertThat(Screening.screen(text, TODAY).urgent()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"If it reached you by mistake, delete it; there is no urgent action for you to take.",
            "No urgent action needed.", "There is no need for an immediate response.",
            "Nothing in this needs emergency attention.", "For information, no urgent follow-up required.",
            "Reece, who stabbed a boy in 2023, is now living in Banbury.",
            "Her ex-partner, who assaulted her last year, has been released and lives in Didcot again."})
    void noActionCalledForOrHarmPutInThePastBetweenCommasIsNotUrgent(String text) {
        assertThat(Screening.screen(text, TODAY).urgent()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"No urgent action from you, but he is outside her flat with a knife now.",
            "Reece, who stabbed a boy in 2023, is outside the project with a knife.",
            "The man who attacked her last year has been released and is looking for her tonight.",
            "Her ex-partner, released last week, is attacking her at the flat."})
    void dangerBesideNoActionOrAPastPartIsStillUrgent(String text) {
        assertThat(Screening.screen(text, TODAY).urgent()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Passed on for the police picture; nothing suggests any danger now.",
            "Nothing indicates a risk at present.", "Seen near the park twice; nothing points to any immediate danger."})
    void nothingSuggestingDangerAsTheClausesLastWordsIsNotUrgent(String text) {
        assertThat(Screening.screen(text, TODAY).urgent()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nothing suggests any danger now, but he is at the flat with a knife right now.",
            "Nothing suggests any risk; she is with two older men now.",
            "Nothing suggests any danger to staff is over: he is outside the door right now."})
    void dangerAfterNothingSuggestingItIsStillUrgent(String text) {
        assertThat(Screening.screen(text, TODAY).urgent()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"She says a man lets girls stay at his flat and several of them are now missing school.",
            "He is currently missing college most days.", "Both boys are missing lessons and appointments.",
            "She has been missing out on education since the summer."})
    void missingSomethingToAttendIsNotBeingMissing(String text) {
        assertThat(Screening.screen(text, TODAY).urgent()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"She is missing from school and was last seen with an older man today.",
            "He is missing, school have been told.", "They are now missing.",
            "She is missing school and is with two older men now.", "Jade is currently missing."})
    void beingMissingNextToMissingSchoolIsStillUrgent(String text) {
        assertThat(Screening.screen(text, TODAY).urgent()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Silver Ford Focus, dropped patients at ambulance bay 28/11 23.50",
            "Seen outside the ambulance station on Mill Road last Tuesday.", "Referred on by the ambulance service."})
    void theAmbulanceBayOrServiceNamedAsAPlaceOrABodyIsNotUrgent(String text) {
        assertThat(Screening.screen(text, TODAY).urgent()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"She is bleeding and we have called an ambulance.", "Ambulance on its way, he is not breathing."})
    void anAmbulanceCalledIsStillUrgent(String text) {
        assertThat(Screening.screen(text, TODAY).urgent()).isTrue();
    }
}
