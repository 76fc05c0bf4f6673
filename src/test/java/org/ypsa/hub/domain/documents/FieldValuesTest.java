package org.ypsa.hub.domain.documents;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Yes, no and nothing as people write them. */
class FieldValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Y", "y", "Yes", "YES", "yes - offered 12/10/2026", "True", "\u2713", "\u2714", "\u2611",
            "\u2612", "x", "X", "Yes \u2612 No \u2610", "Yes [x] No [ ]", "Checked", "On", "Consent given",
            "Offered on 12/10/2026", "[X] Yes [ ] No", "\u2612 Yes \u2610 No"})
    void yesIsReadFromWordsTicksCrossesAndCheckedBoxes(String written) {
        assertThat(FieldValues.yesNo(written)).contains(true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Yes \uD83D\uDDF9 No \u2610", "\u22a0 Yes \u25a2 No", "Yes (\u25cf) No ( )", "\uD83D\uDDF9"})
    void yesIsReadFromEveryMarkATickListReads(String written) {
        assertThat(FieldValues.yesNo(written)).contains(true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"N", "n", "No", "NO", "no, declined", "False", "Yes \u2610 No \u2612", "Yes [ ] No [x]",
            "[ ] Yes [X] No", "\u2610 Yes \u2612 No", "\u2610", "Off", "Unchecked", "Consent not given", "Family declined"})
    void noIsReadFromWordsAndEmptyBoxes(String written) {
        assertThat(FieldValues.yesNo(written)).contains(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Do", "do - yes", "Do (yes)", "Oedd", "Ydyw"})
    void yesIsReadFromTheWelshAnswersToAQuestionInThePast(String written) {
        assertThat(FieldValues.yesNo(written)).contains(true);
    }

    @Test
    void doInAnEnglishAnswerIsNoYes() {
        assertThat(FieldValues.yesNo("Do not know")).isNotEqualTo(java.util.Optional.of(true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NOPE", "nah", "Nac oes / No", "Nac oes", "Naddo", "nage"})
    void noIsReadFromInformalAndWelshWords(String written) {
        assertThat(FieldValues.yesNo(written)).contains(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Oes / Yes", "Ie", "ydy"})
    void yesIsReadFromWelshWords(String written) {
        assertThat(FieldValues.yesNo(written)).contains(true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ie / Yes  Na / No", "Oes / Yes  Nac oes / No"})
    void theWelshAndEnglishChoicesPrintedWhereTheAnswerGoesAreNoAnswer(String written) {
        assertThat(FieldValues.yesNo(written)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"(Y/N):", "Y/N", "Yes / No", "(yes or no)", "YES/NO/NOT KNOWN", "Y / N *"})
    void theChoicesPrintedWhereTheAnswerGoesAreNoAnswer(String written) {
        assertThat(FieldValues.yesNo(written)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u00a0", "\u00a0 \u00a0", "-", "\u2013", "n/a", "N/A", "NA"})
    void spacesDashesAndNotApplicableAreBlank(String written) {
        assertThat(FieldValues.isBlank(written)).isTrue();
        assertThat(FieldValues.yesNo(written)).isEmpty();
        assertThat(FieldValues.value(Map.of("f", written), "f")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Click or tap here to enter text.", "Click here to enter a date.", "Choose an item.",
            "Tap to add text", "Enter text here", "Select an option", "click or tap to enter a date",
            "\u2002\u2002\u2002\u2002\u2002"})
    void aWordProcessorsPromptInAnUnfilledBoxIsBlank(String written) {
        assertThat(FieldValues.isBlank(written)).isTrue();
        assertThat(FieldValues.value(Map.of("f", written), "f")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Clicked the door shut to enter the text message", "Chose an item from the shop",
            "Type 2 diabetes"})
    void sentencesLikeAPromptAreAnswers(String written) {
        assertThat(FieldValues.isBlank(written)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NULL", " NULL ", "(null)", "#N/A"})
    void aCaseSystemsExportOfAnEmptyFieldIsBlank(String written) {
        assertThat(FieldValues.isBlank(written)).isTrue();
        assertThat(FieldValues.value(Map.of("f", written), "f")).isEmpty();
    }

    @Test
    void nullWrittenAsANameIsNotBlank() {
        assertThat(FieldValues.isBlank("Null")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "None", "nil", "TBC", "not known", "Not applicable"})
    void noneNilAndTbcAreNothingForAnOptionalField(String written) {
        assertThat(FieldValues.orNull(Map.of("f", written), "f")).isNull();
    }

    @Test
    void aRealValueIsNeitherBlankNorNothing() {
        assertThat(FieldValues.isNothing("None known to police, but see notes")).isFalse();
        assertThat(FieldValues.orNull(Map.of("f", " Cherwell "), "f")).isEqualTo("Cherwell");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TBC", "t.b.c.", "To be confirmed later", "Will confirm", "we will advise shortly",
            "Details to follow", "to be agreed", "Please see the attached document", "See enclosed report"})
    void aRequiredAnswerStillToComeIsMissing(String written) {
        assertThat(FieldValues.noValue(Map.of("f", written), "f")).hasValueSatisfying(
                why -> assertThat(why).startsWith("is missing"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Confirmed by the landlord", "Will need a ground floor room", "Follow-up visit weekly",
            "Pending s20 agreement is not an issue", "Attached garage flat"})
    void aRequiredAnswerThatMentionsConfirmingOrFollowingIsAnAnswer(String written) {
        assertThat(FieldValues.noValue(Map.of("f", written), "f")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"as above", "As above.", "see attached", "See attached", "N/K", "n/k",
            "not known at present", "see above"})
    void anAnswerPointingElsewhereOrNotKnownIsNothingForAnOptionalField(String written) {
        assertThat(FieldValues.isNothing(written)).isTrue();
        assertThat(FieldValues.orNull(Map.of("f", written), "f")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Yes - see notes", "Yes \u2013 see below", "yes (agreed)"})
    void yesWithAPointerToNotesIsYes(String written) {
        assertThat(FieldValues.yesNo(written)).contains(true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"No (declined)", "No \u2013 not applicable"})
    void noWithAReasonIsNo(String written) {
        assertThat(FieldValues.yesNo(written)).contains(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"N/A \u2013 not known", "not recorded", "Nothing known", "NIL", "none recorded",
            "Unknown at this time", "no details held", "Not known - tbc", "(not given)", "\u2014 not provided \u2014"})
    void anAnswerMadeOnlyOfWordsSayingNothingIsKnownIsNothingForAnOptionalField(String written) {
        assertThat(FieldValues.isNothing(written)).isTrue();
        assertThat(FieldValues.orNull(Map.of("f", written), "f")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"N/a - not relevant", "Not relevant", "nothing to add", "Nothing to report"})
    void notRelevantAndNothingToAddAreNothingForAnOptionalField(String written) {
        assertThat(FieldValues.isNothing(written)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"No", "No \u2013 not applicable", "No, not at present", "not void", "not", "Not known to CSC",
            "none since 12/10/2026", "Known to police"})
    void anAnswerWithAnyOtherWordOrNumberIsNotNothing(String written) {
        assertThat(FieldValues.saysNothingKnown(written)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Aelwen Ormsby-Vale", "Siân O'Neill", "john smith", "SMITH, Jo", "Ana de la Cruz",
            "Omar bin Said", "J. Bloggs", "TOBIAS HARKAWAY", "Saffi", "Test Person", "Sam Young"})
    void aPersonsNameIsReadAsOneInTheWaysPeopleWriteIt(String written) {
        assertThat(FieldValues.readsAsName(written)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"property", "referral to MASH", "MASH", "YP", "presenting Bastian Gethin-Lowe",
            "kian.llewellin-hart@sanctuary.provider.test", "NAME Saffi Ormsby-Vale", "Resident's LCS no. (if held)",
            "14/03/2009", "Name of young person", "see attached", "Full name: Jo Bloggs", "Jo\nBloggs"})
    void wordsThatCannotBeAPersonsNameAreNotReadAsOne(String written) {
        assertThat(FieldValues.readsAsName(written)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Saffi Upcott (known as Saf)", "Rhodri Vale - prefers Rho", "PC 4412 Jones", "DS Amy Hale",
            "Sgt. 1203 Okafor", "JONES, Sam", "Sam JONES"})
    void aNameNamesSomeoneWithANoteAfterItOrAnOfficersRankAndNumberBeforeIt(String written) {
        assertThat(FieldValues.namesSomeone(written)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"referral to MASH", "property", "kian.hart@provider.test", "PC 4412", "4412",
            "(known as Saf)", "NAME Saffi Ormsby-Vale"})
    void wordsThatAreNoNameDoNotNameSomeone(String written) {
        assertThat(FieldValues.namesSomeone(written)).isFalse();
    }

    @Test
    void aNameReadAsAnotherFieldsWordsIsRefusedSayingWhatWasReadAndANoteAfterANameIsNoPartOfIt() {
        assertThat(FieldValues.noPersonName(Map.of("name", "referral to MASH"), "name"))
                .contains("\"referral to MASH\" does not read as a person's name");
        assertThat(FieldValues.noPersonName(Map.of("name", " "), "name")).contains("is missing");
        Map<String, String> preferred = Map.of("a", "Saffi Upcott (known as Saf)", "b", "Rhodri Vale - prefers Rho",
                "c", "Jo Bloggs");
        for (String f : preferred.keySet()) {
            assertThat(FieldValues.noPersonName(preferred, f)).isEmpty();
        }
        assertThat(FieldValues.personName(preferred, "a")).isEqualTo("Saffi Upcott");
        assertThat(FieldValues.personName(preferred, "b")).isEqualTo("Rhodri Vale");
        assertThat(FieldValues.personName(preferred, "c")).isEqualTo("Jo Bloggs");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {"Tomos Pryce [YP]|Tomos Pryce",
            "Tomos Pryce [known as Tom]|Tomos Pryce", "Tomos Pryce, also known as Tom|Tomos Pryce",
            "Tomos Pryce also known as TJ|Tomos Pryce"})
    void aNoteInSquareBracketsOrAfterAlsoKnownAsIsNoPartOfAName(String written, String name) {
        assertThat(FieldValues.noPersonName(Map.of("n", written), "n")).isEmpty();
        assertThat(FieldValues.personName(Map.of("n", written), "n")).isEqualTo(name);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"Miss Carys Pugh-Evans, Carys Pugh-Evans", "Mr. Dewi ap Rhys, Dewi ap Rhys",
            "MX Sam Okoro, Sam Okoro", "Master Idris Bevan, Idris Bevan", "Miss Pugh, Miss Pugh",
            "Misha Bevan, Misha Bevan", "Ms O'Neill-Hart, Ms O'Neill-Hart"})
    void aTitleBeforeAYoungPersonsForenameAndSurnameIsNoPartOfTheirName(String written, String name) {
        assertThat(FieldValues.personName(Map.of("n", written), "n")).isEqualTo(name);
    }
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {"OKAFOR, Tomos|Tomos OKAFOR",
            "PUGH-EVANS, Carys Mai|Carys Mai PUGH-EVANS", "O'NEILL,Siân|Siân O'NEILL", "AP IFAN, Dewi|Dewi AP IFAN",
            "OKAFOR, TOMOS|TOMOS OKAFOR", "Okafor, Tomos|Tomos Okafor", "Pugh-Evans, Carys Mai|Carys Mai Pugh-Evans",
            "ap Ifan, Dewi|Dewi ap Ifan", "O'Neill,Siân|Siân O'Neill"})
    void aSurnameBeforeACommaIsWrittenAfterTheForenames(String written, String name) {
        assertThat(FieldValues.personName(Map.of("n", written), "n")).isEqualTo(name);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {"OKAFOR Tomos|Tomos OKAFOR",
            "PUGH-EVANS Carys Mai|Carys Mai PUGH-EVANS", "O'NEILL Siân|Siân O'NEILL", "LEE Amira|Amira LEE"})
    void aSurnameInCapitalsBeforeTheForenamesIsWrittenAfterThem(String written, String name) {
        assertThat(FieldValues.personName(Map.of("n", written), "n")).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TOMOS OKAFOR", "OKAFOR TOMOS", "AJ Smith", "Tomos OKAFOR", "OKAFOR Tomos Ifan Rhys",
            "OKAFOR tomos"})
    void aNameInCapitalsThatShowsNoSurnameFirstIsLeftAsWritten(String written) {
        assertThat(FieldValues.personName(Map.of("n", written), "n")).isEqualTo(written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"OKAFOR, Tomos, Jr", "OKAFOR and SONS, Tomos", "OKAFOR, Tomos Ifan Rhys",
            "Okafor Jones, Tomos", "Okafor, tomos", "Tomos Okafor, Banbury"})
    void aCommaFormThatIsNotAPlainSurnameAndForenamesIsLeftAsWritten(String written) {
        assertThat(FieldValues.personName(Map.of("n", written), "n")).isEqualTo(written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tomos ab Ieuan", "Lowri ferch Dafydd", "Gwen verch Rhys", "Yusuf ibn Hamid",
            "Mariam bint Khalid"})
    void aParticleBetweenNamesIsPartOfTheName(String written) {
        assertThat(FieldValues.readsAsName(written)).isTrue();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {"Father (child does not live with him)|true",
            "Mother of one|true", "Has a son aged 2|true", "No children|false", "Not a parent|false",
            "Mother refused consent|false"})
    void aParentSaysSoInWordsAndANoteInBracketsIsNoAnswer(String written, boolean parent) {
        org.assertj.core.api.Assertions.assertThat(FieldValues.parent(written)).contains(parent);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Mother of one", "Has a son aged 2", "Father (see notes)"})
    void aParentsWordsAnswerOnlyTheParentQuestion(String written) {
        org.assertj.core.api.Assertions.assertThat(FieldValues.yesNo(written)).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Not known", "Don't know", "Unsure", "Parent: no"})
    void anAnswerNotKnownOrALabelEchoedIsNeitherYesNorNo(String written) {
        org.assertj.core.api.Assertions.assertThat(FieldValues.yesNo(written)).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {"(Yes/No) No|false", "(y/n) y|true",
            "(No / Yes) yes - due in March|true", "No (checked)|false"})
    void theChoicesPrintedBeforeTheAnswerAreNoPartOfIt(String written, boolean answer) {
        org.assertj.core.api.Assertions.assertThat(FieldValues.yesNo(written)).contains(answer);
    }

    @Test
    void theWordsALabelAsksWhoSomeoneIsWithAreNoName() {
        assertThat(FieldValues.readsAsName("person being referred")).isFalse();
        assertThat(FieldValues.readsAsName("being referred")).isFalse();
        assertThat(FieldValues.readsAsName("Neil Young")).isTrue();
    }
}
