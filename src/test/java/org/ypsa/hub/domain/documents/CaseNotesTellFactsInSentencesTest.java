package org.ypsa.hub.domain.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.ypsa.hub.support.RichTextDocs.row;
import static org.ypsa.hub.support.RichTextDocs.rtf;

import org.junit.jupiter.api.Test;

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

    @Test
    void theOnePersonAShortSentenceNamesIsTheYoungPerson() throws Exception {
        assertThat(note("Opened today for Cai Bowen.").entries())
                .extracting(LabelledDocument.Entry::label, LabelledDocument.Entry::value)
                .contains(tuple("Young person's name", "Cai Bowen"));
    }

    @Test
    void aSurnameInCapitalsFirstIsStillThePersonNamed() throws Exception {
        assertThat(note("Seen at the office: no. Opened today for BOWEN, Cai.").entries())
                .extracting(LabelledDocument.Entry::value).doesNotContain("BOWEN, Cai");
        assertThat(note("Opened today for BOWEN, Cai.").entries())
                .extracting(LabelledDocument.Entry::label, LabelledDocument.Entry::value)
                .contains(tuple("Young person's name", "BOWEN, Cai"));
    }

    @Test
    void aDateToldAfterBornOrDobInASentenceOrABracketIsTheDateOfBirth() throws Exception {
        for (String told : new String[] {"Opened for Cai Bowen. born 3 May 2009.", "Opened for Cai Bowen. (dob 3 May 2009).",
            "Opened for Cai Bowen. His date of birth is 3 May 2009.", "Cai Bowen, born 3 May 2009."}) {
            assertThat(note(told).entries()).as(told)
                    .extracting(LabelledDocument.Entry::label, LabelledDocument.Entry::value)
                    .contains(tuple("Young person's name", "Cai Bowen"), tuple("Date of birth", "3 May 2009"));
        }
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
    void aReferralsReferenceToldInASentenceIsTheReferralReference() throws Exception {
        assertThat(note("In answer to referral BRK/2026/0312.").entries())
                .extracting(LabelledDocument.Entry::label, LabelledDocument.Entry::value)
                .contains(tuple("Referral reference", "BRK/2026/0312"));
    }

    @Test
    void theCaseSystemsHeaderTableIsNoLabelOfTheForm() throws Exception {
        assertThat(note("Opened today for Cai Bowen.").entries()).extracting(LabelledDocument.Entry::label)
                .doesNotContain("kind", "author", "recorded").contains("Home town", "Any children");
    }

    @Test
    void proseNamingTwoPeopleOrLongSentencesIsLeftAsWritten() throws Exception {
        assertThat(note("Cai Bowen and Jo Hale met at the office.").entries()).extracting(LabelledDocument.Entry::label)
                .doesNotContain("Young person's name");
        assertThat(note("She told staff that Cai Bowen had been staying with friends in the town since the weekend.")
                .entries()).extracting(LabelledDocument.Entry::label).doesNotContain("Young person's name");
    }

    @Test
    void aFormsOwnTableOfManyRowsStaysATable() throws Exception {
        LabelledDocument d = WordReader.read("form.rtf", rtf(row("Name", "Cai Bowen") + row("Home town", "Witney")
                + row("Any children", "no") + row("Current school", "Henley College") + row("Phone", "01865 000000")));
        assertThat(d.entries()).extracting(LabelledDocument.Entry::label, LabelledDocument.Entry::value)
                .contains(tuple("Name", "Cai Bowen"), tuple("Home town", "Witney"));
    }
}
