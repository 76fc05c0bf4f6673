package org.ypsa.hub.domain.documents;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ypsa.hub.domain.risk.RiskField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Safety (issue 14): a form's title written as a label with a subtitle after it ("Risk Concern: Provider Unable to
 * Accept Referral") at the top of the form is its heading, so the subtitle is never routed as the risk. Titles,
 * subtitles and layouts invented for the test.
 */
class TitleOverSubtitleTest {
    private static final FieldCatalog<RiskField> RISK = FieldCatalog.shipped(RiskField.class, "risk-concern");

    static Stream<Arguments> headings() {
        List<String> titles = List.of("Risk Concern", "RISK CONCERN", "Risk concern form", "Unable to manage risk",
                "Cannot safely accept", "Unable to accept", "Unable to offer");
        List<String> subtitles = List.of("Provider Unable to Accept Referral", "provider response to Brokerage",
                "risk information for Brokerage",
                "Response from the Provider", "Placement declined (risk)", "Decision of the Scheme Manager");
        return titles.stream().flatMap(t -> subtitles.stream().map(s -> Arguments.of(t, s)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("headings")
    void aTitleOverASubtitleOpeningAWordFormIsItsHeadingNotTheRisk(String title, String subtitle) {
        LabelledDocument doc = new LabelledDocument("concern.docx", "", List.of(
                new LabelledDocument.Entry(title, subtitle, "paragraph 1"),
                new LabelledDocument.Entry("Referral number", "BRK/2027/0451", "table row 1", "Section 1 of 2"),
                new LabelledDocument.Entry("Risk identified that we cannot hold", "Threats to staff with a blade.",
                        "table row 2", "Section 1 of 2")));
        assertThat(RISK.read(doc).values()).containsEntry(RiskField.RISK, "Threats to staff with a blade.");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("headings")
    void aTitleOverASubtitleUnderTheGreetingOfAMailIsItsHeading(String title, String subtitle) {
        String body = "Hi team,\n\n" + title + ": " + subtitle + "\n\nReferral number: BRK/2027/0451\n"
                + "What risk is it that you cannot hold? Threats to staff with a blade.\n";
        assertThat(RISK.read(TextDocuments.bodyLines(body)).values()).doesNotContainEntry(RiskField.RISK, subtitle);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("headings")
    void aTitleOverASubtitleInASpreadsheetsFirstCellIsItsHeading(String title, String subtitle) {
        LabelledDocument sheet = new LabelledDocument("Book1.xls", "", List.of(
                new LabelledDocument.Entry(title + ": " + subtitle, "", "row 1"),
                new LabelledDocument.Entry("Risk identified that we cannot hold", "Threats to staff with a blade.", "row 9")));
        assertThat(RISK.read(sheet).values()).containsEntry(RiskField.RISK, "Threats to staff with a blade.");
    }

    @Test
    void aTitleAloneOverASubtitleGivesNoRiskSoTheFormIsRejected() {
        LabelledDocument doc = new LabelledDocument("concern.docx", "", List.of(
                new LabelledDocument.Entry("Risk concern", "Provider Unable to Accept Referral", "paragraph 1")));
        Map<RiskField, String> f = RISK.read(doc).values();
        assertThat(f.get(RiskField.RISK)).isNullOrEmpty();
    }

    @Test
    void theTitlesWordsAsALabelWithASentenceAfterThemAreTheRisk() {
        LabelledDocument doc = new LabelledDocument("concern.docx", "", List.of(
                new LabelledDocument.Entry("Risk concern", "He has threatened staff with a knife.", "paragraph 1")));
        assertThat(RISK.read(doc).values()).containsEntry(RiskField.RISK, "He has threatened staff with a knife.");
        LabelledDocument later = new LabelledDocument("concern.docx", "", List.of(
                new LabelledDocument.Entry("Referral number", "BRK/2027/0451", "table row 1"),
                new LabelledDocument.Entry("Risk concern", "Fire setting and threats", "table row 7")));
        assertThat(RISK.read(later).values()).as("past the form's top a title's words are a label")
                .containsEntry(RiskField.RISK, "Fire setting and threats");
    }
}
