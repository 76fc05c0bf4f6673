package org.ypsa.hub.domain.documents;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Yes or No written as a sentence (stop 41, risk41): an answer that denies is no, one that assents is yes, and one that
 * does both, or neither, is no answer the hub guesses. Wordings are ours, written for this test.
 */
class YesOrNoInASentenceTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Yes - discussed with YP on 1/12", "YP has agreed to the referral", "She consents",
            "Happy for us to share her information", "Verbally agreed with YP on 1/12", "Signed consent form on file"})
    void aSentenceThatAssentsIsYes(String answer) {
        assertThat(FieldValues.yesNo(answer)).contains(true);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"No, YP declined", "Not yet", "YP hasn't consented yet", "He doesn't agree to sharing",
            "She has not yet given consent", "Never agreed", "Consent not given", "YP isn't happy to share",
            "Consent given, later withdrawn"})
    void aSentenceThatDeniesIsNo(String answer) {
        assertThat(FieldValues.yesNo(answer)).contains(false);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"YP has consented but not to sharing with school", "Consent obtained, form not signed yet",
            "Discussed with YP", "YP aware", "Awaiting a call back"})
    void aSentenceThatDoesBothOrNeitherIsNoAnswer(String answer) {
        assertThat(FieldValues.yesNo(answer)).isEqualTo(Optional.empty());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1) Submitter", "1 more thing to add", "0 incidents recorded", "Checked by manager",
            "On which date?", "Date FGC offered / held"})
    void aSystemsStateOrASentenceIsNoYesOrNoSaidFirst(String words) {
        assertThat(FieldValues.yesNoSaidFirst(words)).isEqualTo(Optional.empty());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Yes - explained to YP", "Y", "yes, explained via interpreter", "\u2612 Yes \u2610 No",
            "Oes / Yes"})
    void aYesSaidFirstInWordsOrBoxesIsYes(String words) {
        assertThat(FieldValues.yesNoSaidFirst(words)).contains(true);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({"Na / No,false", "☑ Na / No,false", "Ie / Yes,true", "Nac oes / No,false"})
    void aYesOrNoInWelshBeforeItsEnglishIsRead(String written, boolean answer) {
        assertThat(FieldValues.yesNo(written)).contains(answer);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"NA", "na", "UASC (yes / no)", "Parent (Y / N)"})
    void anEnglishNaOrALabelsPrintedChoicesIsNoAnswer(String written) {
        assertThat(FieldValues.yesNo(written)).isEmpty();
    }
}
