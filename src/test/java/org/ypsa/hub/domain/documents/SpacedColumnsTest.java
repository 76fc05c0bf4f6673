package org.ypsa.hub.domain.documents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form's table pasted into a plain mail as text lined up with spaces (issue 14, tuned13's "body-spaced" mails): each
 * wrapped label is one label again, beside its answer. Wordings and people invented for the test.
 */
class SpacedColumnsTest {
    private static final String PASTED = String.join("\n",
            "Morning all,",
            "",
            "ABOUT THE RESIDENT",
            "Enw'r person ifanc / Name of      Harvey Nowicki",
            "young person",
            "YP'S DOB (DAY MONTH YEAR)         4.10.2008",
            "NAME OF PERSON COMPLETING         Courtney Zielinska",
            "FORM (FIRST NAME AND",
            "SURNAME)",
            "Time of the incident (please      15:55 (24hr)",
            "state)",
            "Offending (current and past) *",
            "Description of the incident       Harvey told the night worker about it.",
            "(please give details)",
            "Risks posed to the YP by",
            "others",
            "Police reference / log no.        n/a",
            "",
            "Speak soon,",
            "Jakub");

    @Test
    void aWrappedLabelIsOneLabelBesideItsAnswer() {
        assertThat(SpacedColumns.lines(PASTED)).contains(
                "Enw'r person ifanc / Name of young person: Harvey Nowicki",
                "YP'S DOB (DAY MONTH YEAR): 4.10.2008",
                "NAME OF PERSON COMPLETING FORM (FIRST NAME AND SURNAME): Courtney Zielinska",
                "Time of the incident (please state): 15:55 (24hr)",
                "Description of the incident (please give details): Harvey told the night worker about it.",
                "Risks posed to the YP by others: ",
                "Police reference / log no.: n/a");
    }

    @Test
    void aLabelWhoseAnswerWasLeftEmptyStaysALabelOfItsOwn() {
        assertThat(SpacedColumns.lines(PASTED)).contains("Offending (current and past) *: ");
    }

    @Test
    void theLinesAroundTheTableAreAsWritten() {
        String read = SpacedColumns.lines(PASTED);
        assertThat(read).startsWith("Morning all,\n\nABOUT THE RESIDENT\n").endsWith("\n\nSpeak soon,\nJakub");
    }

    @Test
    void aWeeklyReturnPastedWithSpacesIsNoLabelAndAnswerTable() {
        String voids = String.join("\n", "Ref        Address              Beds   Vacant",
                "OXY-01     1 High St, Oxford    4      1", "OXY-02     2 High St, Oxford    4      0",
                "OXY-03     3 High St, Oxford    4      2", "OXY-04     4 High St, Oxford    4      1",
                "OXY-05     5 High St, Oxford    4      0");
        assertThat(SpacedColumns.lines(voids)).isEqualTo(voids);
    }

    @Test
    void aFewLinesThatHappenToLineUpAreLeftAlone() {
        String body = "Name:  Sam\nDate:  today\n\nThanks";
        assertThat(SpacedColumns.lines(body)).isEqualTo(body);
    }

    private static final String BARRED = String.join("\n",
            "Hi, record printed from the case system below.",
            "",
            "Field                 | Value",
            "----------------------+------------------------------",
            "Client name           | Megan Pryce",
            "DOB                   | 12/03/2008",
            "Current address       | 4 Heol Isaf, Pontglas",
            "                      | (with her aunt)",
            "Social worker/PA      | Not recorded",
            "Consent (Y/N)         | Y",
            "",
            "Thanks",
            "Owain Hughes",
            "Social Worker | Cwm Glas CBC");

    @Test
    void aTablePartedByBarsIsReadAsLabelsAndAnswers() {
        assertThat(SpacedColumns.lines(BARRED)).contains("Client name: Megan Pryce", "DOB: 12/03/2008",
                "Current address: 4 Heol Isaf, Pontglas (with her aunt)", "Social worker/PA: Not recorded",
                "Consent (Y/N): Y").doesNotContain("Field", "-----");
    }

    @Test
    void theRowsOfAMarkdownTableAreReadAsLabelsAndAnswers() {
        String md = String.join("\n", "| Question | Answer |", "|---|---|", "| Name | Sam Tudor |", "| DOB | 1/2/2009 |",
                "| Address | 3 Mill Lane |", "| Consent | Yes |", "| Date needed | 5/1/2027 |");
        assertThat(SpacedColumns.lines(md)).isEqualTo(String.join("\n", "Name: Sam Tudor", "DOB: 1/2/2009",
                "Address: 3 Mill Lane", "Consent: Yes", "Date needed: 5/1/2027"));
    }

    @Test
    void aBarInASignatureAloneIsAsWritten() {
        assertThat(SpacedColumns.lines(BARRED)).endsWith("Owain Hughes\nSocial Worker | Cwm Glas CBC");
    }
}
