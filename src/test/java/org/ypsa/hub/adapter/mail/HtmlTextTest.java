package org.ypsa.hub.adapter.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An HTML body read as the lines its writer saw, in the shapes Outlook and Word write forms into mail. */
class HtmlTextTest {

    @Test
    void aSectionTableInsideAnOuterLayoutTableKeepsARowALine() {
        String html = "<html><body><div class=WordSection1><table><tr><td>"
                + "<p class=MsoNormal><b>Section 1 - Young person</b></p>"
                + "<table border=1><tr><td><p>Name</p></td><td><p>Kit Barlow</p></td></tr>"
                + "<tr><td><p>Date of birth</p></td><td><p>02/03/2010</p></td></tr></table>"
                + "</td></tr><tr><td><table><tr><td>Referrer</td><td>Ann Lee</td></tr></table></td></tr>"
                + "</table></div></body></html>";
        assertThat(HtmlText.of(html)).isEqualTo(
                "Section 1 - Young person\nName\tKit Barlow\nDate of birth\t02/03/2010\nReferrer\tAnn Lee");
    }

    @Test
    void anEmptyParagraphIsABlankLineButTheBreakBetweenTwoParagraphsIsNot() {
        String html = "<html><head><style>p.MsoNormal {margin:0cm}</style></head><body>"
                + "<p class=MsoNormal>Hi team,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
                + "<p class=MsoNormal><b>Name of young person<o:p></o:p></b></p>\r\n<p class=MsoNormal>Kit\r\nBarlow<o:p></o:p></p>"
                + "<div><br></div><div><br></div><p class=MsoNormal>Thanks</p></body></html>";
        assertThat(HtmlText.of(html)).isEqualTo("Hi team,\n\nName of young person\nKit Barlow\n\nThanks");
    }

    @Test
    void anEmptyCellInATablePastedFromExcelKeepsItsColumn() {
        String html = "<table><tr><td>Ref</td><td>Units</td><td>Vacant</td></tr>"
                + "<tr><td>RSP-CHE-01</td><td>&nbsp;</td><td>1</td></tr><tr><td></td><td>4</td><td>2</td></tr>"
                + "<tr><td>Email address:</td><td> </td></tr><tr><td colspan=3>Part 4 - Incident</td></tr></table>";
        // a label whose answer cell is empty is followed by a blank line: the next row is no answer to it
        assertThat(HtmlText.of(html)).isEqualTo("Ref\tUnits\tVacant\nRSP-CHE-01\t\t1\n\t4\t2\nEmail address:\n\nPart 4 - Incident");
    }

    @Test
    void paragraphsInTheAnswerCellBesideALabelAreOneAnswer() {
        String html = "<table><tr><td><p>Concerns</p><p><i>(please describe)</i></p></td>"
                + "<td><p>&bull; missing overnight</p><p>&bull; new phone</p></td></tr></table>";
        assertThat(HtmlText.of(html)).isEqualTo("Concerns (please describe)\t\u2022 missing overnight \u2022 new phone");
    }

    @Test
    void aForwardedMailsHeaderBlockIsALineAField() {
        String html = "<div><p>Please see below.</p><div style='border-top:solid #E1E1E1 1.0pt'><p class=MsoNormal>"
                + "<b>From:</b> Ann Lee<br><b>Sent:</b> 30 November 2026 09:12<br><b>Subject:</b> Referral</p></div>"
                + "<p>Name: Kit Barlow</p></div>";
        assertThat(HtmlText.of(html)).isEqualTo(
                "Please see below.\nFrom: Ann Lee\nSent: 30 November 2026 09:12\nSubject: Referral\nName: Kit Barlow");
    }

    @Test
    void aBoldLabelOpeningAParagraphIsALabelBeforeItsAnswer() {
        String html = "<p><b>Risk we cannot manage *</b> Fire setting in the last month.</p>"
                + "<p><b>Why can you not offer a place?</b> No waking night staff.</p>"
                + "<p><strong>Provider:</strong> Response</p><p><b>Our concern</b></p><p><b>Name</b><br>Kit Barlow</p>";
        assertThat(HtmlText.of(html)).isEqualTo("Risk we cannot manage *: Fire setting in the last month.\n"
                + "Why can you not offer a place?: No waking night staff.\nProvider: Response\nOur concern\nName\nKit Barlow");
    }

    @Test
    void aPlainPartTheMailClientWrappedIsReadFromItsHtmlWhereTheLinesAreWhole() {
        String plain = "Name of young person: Kofi Ashworth\nBackground and reason for request: Kofi told her tutor she has\n"
                + "been sleeping on a night bus some nights.\nRisk to others: none known";
        String html = "<div dir=ltr><div>Name of young person: Kofi Ashworth</div><div>Background and reason for request: Kofi "
                + "told her tutor she has been sleeping on a night bus some nights.</div><div>Risk to others: none known</div></div>";
        assertThat(HtmlText.bodyOf(html, plain)).isEqualTo("Name of young person: Kofi Ashworth\nBackground and reason for "
                + "request: Kofi told her tutor she has been sleeping on a night bus some nights.\nRisk to others: none known");
    }

    @Test
    void aPlainPartWhoseLinesTheHtmlAlsoBreaksIsReadAsItIs() {
        String plain = "Name of young person: Kofi Ashworth\nBackground and reason for request: Kofi told her tutor she has\n"
                + "been sleeping on a night bus some nights.";
        String html = "<div>Name of young person: Kofi Ashworth</div><div>Background and reason for request: Kofi told her "
                + "tutor she has</div><div>been sleeping on a night bus some nights.</div>";
        assertThat(HtmlText.bodyOf(html, plain)).isEqualTo(plain);
    }
}
