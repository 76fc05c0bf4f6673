package org.ypsa.hub.domain.intelligence;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stop 64, after a fourth independent author (F): danger told by its warning signs rather than its words - goodbyes and
 * things given away, a note left, a door locked behind someone, a threat sent to them, a child's body failing,
 * someone who never arrived and cannot be reached - is urgent; a time soon ("tonight") is danger only when told of
 * what is to come, not of what was done this evening or of what did not happen. Our own sentences, not the author's.
 */
class WarningSignsAndTimesSoonTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @ParameterizedTest
    @ValueSource(strings = {
        "Callum has handed out his Xbox games to the other lads and is giving away his trainers. He went out an hour ago.",
        "She has left a note for her mum on her pillow and taken the dog lead. We cannot find her.",
        "Jordan just gave me his bank card and said he won't be needing it any more.",
        "Amira has locked herself in the bathroom and is not answering staff.",
        "He keeps saying he doesn't want to be alive.",
        "Got a message from the ex: your dead when you come out of the gym.",
        "The baby is very hot and floppy and mum is not here.",
        "Text from Kayden: they've taken me to a house, I don't know where.",
        "Two teenagers are sitting on the railings of the footbridge above the live line.",
        "Her ex is climbing in through the kitchen window.",
        "The man at number 4 won't let her sister leave the flat.",
        "Rhys was due at his aunt's at six and never arrived. His phone is switched off.",
        "The man who assaulted her has just messaged saying he's coming to the hostel.",
        "She says she's drunk most of a bottle of gin and taken a strip of paracetamol.",
        "He has arranged to meet the older lads tonight to drop off the bag.",
        "Lacey messaged \"tonight I'm going to make it stop\" and her phone is now off.",
        "Jay has written letters to all his friends and gone out without his coat.",
        "Mia gave all her clothes away to the girls on her floor tonight and has just walked off towards the canal.",
        "The dealers have told her to bring the money to the flats or they'll come for her brother.",
        "He rang to say thanks for everything and then hung up.",
        "Staff can see him on the roof of the garages.",
        "Her flatmate says she took 40 of her mum's tablets an hour ago.",
        "The man who was stalking her has just pulled up on the drive.",
        "Kelsey has been sat in a van outside the shop with two older men for an hour.",
        "She went to meet a boy from Snapchat at six. Her phone is now switched off.",
    })
    void aWarningSignToldNowIsUrgent(String text) {
        assertThat(Screening.screen(text, TODAY).urgent()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "No visitors came to the flat tonight. Logging the pattern from last month.",
        "Returned to the project at 23:40 tonight, calm, in her room.",
        "The residents' meeting went ahead this evening and the youth worker spoke about online safety.",
        "He was low tonight and talked about the overdose he took in March.",
        "A lad in year 10 always has a blade on him, according to other pupils; nobody has seen it.",
        "There are no concerns about anyone being held at the address.",
        "He told us nobody's threatened him since he moved.",
    })
    void aTimeSoonOrASignToldOfWhatWasDoneOrDidNotHappenIsNoEmergency(String text) {
        assertThat(Screening.screen(text, TODAY).urgent()).as(text).isFalse();
    }
}
