package org.ypsa.hub.domain.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.ypsa.hub.support.RichTextDocs.row;
import static org.ypsa.hub.support.RichTextDocs.rtf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A case note saved as RTF by a case system (stop 63): a small header table of the system's own (the note's type, who
 * wrote it, when it was logged), then the note, whose "label: answer" lines are broken by short sentences telling who
 * it is about and the dates that matter ("Opened for Cai Bowen.", "born 3 May 2009."). Those sentences are the form's
 * answers; the header is no part of the form. Wordings and values invented for the test.
 */
class CaseNotesTellFactsInSentencesTest {
    private static final String LINES = "\\pard Home town: Witney.\\par Any children: no.\\par Current school: Henley College.\\par ";

    private static LabelledDocument note(String sentences) throws Exception {
        return WordReader.read("note.rtf", rtf("\\pard Case record\\par " + row("kind", "housing") + row("author", "Jo Hale")
                + row("recorded", "02/12/2026 09:15") + "\\pard " + sentences + "\\par " + LINES));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            the one person a short sentence names is the young person   | Opened today for Cai Bowen.          | Young person's name | Cai Bowen
            a surname in capitals first is still the person named       | Opened today for BOWEN, Cai.         | Young person's name | BOWEN, Cai
            a referral's reference told in a sentence is the reference  | In answer to referral BRK/2026/0312. | Referral reference  | BRK/2026/0312
            """)
    void aFactToldInAShortSentenceIsTheAnswerToItsLabel(String rule, String sentence, String label, String value)
            throws Exception {
        assertThat(note(sentence).entries())
                .extracting(LabelledDocument.Entry::label, LabelledDocument.Entry::value)
                .contains(tuple(label, value));
    }

    @Test
    void aSentenceOnTheLineOfAnAnswerStaysInThatAnswer() throws Exception {
        assertThat(note("Seen at the office: no. Opened today for BOWEN, Cai.").entries())
                .extracting(LabelledDocument.Entry::value).doesNotContain("BOWEN, Cai");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Opened for Cai Bowen. born 3 May 2009.", "Opened for Cai Bowen. (dob 3 May 2009).",
        "Opened for Cai Bowen. His date of birth is 3 May 2009.", "Cai Bowen, born 3 May 2009."})
    void aDateToldAfterBornOrDobInASentenceOrABracketIsTheDateOfBirth(String told) throws Exception {
        assertThat(note(told).entries())
                .extracting(LabelledDocument.Entry::label, LabelledDocument.Entry::value)
                .contains(tuple("Young person's name", "Cai Bowen"), tuple("Date of birth", "3 May 2009"));
    }

    @Test
    void aDateToldAfterAFewWordsIsThoseWordsAnswer() throws Exception {
        assertThat(note("Wants to move in from 6/1/2027.").entries())
                .anySatisfy(e -> {
                    assertThat(e.label()).startsWith("Wants to move in");
                    assertThat(e.value()).endsWith("6/1/2027");
                });
    }

    @Test
    void theCaseSystemsHeaderTableIsNoLabelOfTheForm() throws Exception {
        assertThat(note("Opened today for Cai Bowen.").entries()).extracting(LabelledDocument.Entry::label)
                .doesNotContain("kind", "author", "recorded").contains("Home town", "Any children");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cai Bowen and Jo Hale met at the office.",
        "She told staff that Cai Bowen had been staying with friends in the town since the weekend."})
    void proseNamingTwoPeopleOrLongSentencesIsLeftAsWritten(String prose) throws Exception {
        assertThat(note(prose).entries()).extracting(LabelledDocument.Entry::label).doesNotContain("Young person's name");
    }

    @Test
    void aFormsOwnTableOfManyRowsStaysATable() throws Exception {
        LabelledDocument d = WordReader.read("form.rtf", rtf(row("Name", "Cai Bowen") + row("Home town", "Witney")
                + row("Any children", "no") + row("Current school", "Henley College") + row("Phone", "01865 000000")));
        assertThat(d.entries()).extracting(LabelledDocument.Entry::label, LabelledDocument.Entry::value)
                .contains(tuple("Name", "Cai Bowen"), tuple("Home town", "Witney"));
    }
}
