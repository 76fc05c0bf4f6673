package org.ypsa.hub.domain.intelligence;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The screen learnt from people's accounts of present danger ({@link LearnedScreen}). */
class LearnedScreenTest {
    private static final List<String> ACCOUNTS = List.of(
            "Callum is stood on the bridge parapet on the A34 and is not talking to staff.",
            "Ruby came back from college, had tea and went to her room. Settled evening, no concerns.");

    @Test
    void theSameExamplesMakeTheSameScreenOnEveryStart() {
        List<LearnedScreen.Example> examples = LearnedScreen.SHIPPED.stream()
                .flatMap(name -> LearnedScreen.examples(name).stream()).toList();
        LearnedScreen once = LearnedScreen.trainedOn(examples);
        LearnedScreen again = LearnedScreen.trainedOn(examples);
        for (String account : ACCOUNTS) {
            assertThat(again.urgency(account)).isEqualTo(once.urgency(account));
        }
    }

    @Test
    void anOrdinaryEveningIsNotUrgentAndSomeoneOnABridgeParapetIs() {
        assertThat(LearnedScreen.shipped().urgent(ACCOUNTS.get(0))).isTrue();
        assertThat(LearnedScreen.shipped().urgent(ACCOUNTS.get(1))).isFalse();
    }

    @Test
    void noAccountIsNotUrgent() {
        assertThat(LearnedScreen.shipped().urgent(null)).isFalse();
    }

    @Test
    void aWordOrTwoIsNoAccountAndIsLeftToTheListedSignsHoweverStrong() {
        assertThat(LearnedScreen.shipped().urgency("Being held")).as("the model alone").isGreaterThan(LearnedScreen.URGENT_FROM);
        assertThat(LearnedScreen.shipped().urgent("Being held")).isFalse();
    }

    @Test
    void everyShippedFileHoldsBothKindsOfExample() {
        for (String name : LearnedScreen.SHIPPED) {
            assertThat(LearnedScreen.examples(name)).as(name).extracting(LearnedScreen.Example::urgent)
                    .contains(true, false);
        }
    }
}
