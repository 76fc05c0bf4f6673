package org.ypsa.hub.domain.forms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ypsa.hub.domain.documents.RiskLetter;
import org.ypsa.hub.domain.intake.KnownForms;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stop 52 (risk52): how a provider says its risk concern in a letter ("we are struggling to manage", "what would help
 * is") is the risk concern's data (risk-concern.yml's letter:), not Java: a wording added there is met with no
 * rebuild, and a wording with a mistake is named with its file and line.
 */
class ARiskLettersWordingsAreTheFormsDataTest {
    @TempDir
    Path dir;

    private static final String LETTER = "Dear Brokerage,\n\nWe are finding it hard to manage the placement for referral "
            + "BRK/2026/0760.\n\nOur concern is her going missing overnight.\n\nThis is because we have no waking night.\n\n"
            + "What would help is a waking night worker.\n\nKind regards,\nJo Evans\n";

    private Path copyShipped() throws IOException {
        for (Path f : FormLibrary.files(FormLibrary.SHIPPED)) {
            Files.copy(f, dir.resolve(f.getFileName()));
        }
        return dir.resolve("risk-concern.yml");
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    @Test
    void theRiskConcernsLetterWordingsAreInItsYaml() {
        LetterWords letter = FormLibrary.shipped().form("risk-concern").letter();
        assertThat(letter.cannot()).contains("struggling to", "cannot");
        assertThat(letter.cannotDo()).contains("manage", "hold");
        assertThat(letter.opens().get("resources")).anyMatch(p -> p.startsWith("what would (help|"));
        assertThat(FormLibrary.shipped().form("referral").letter()).isEqualTo(LetterWords.NONE);
    }

    @Test
    void aPhraseReadsItsChoicesItsOptionalWordsAndItsGap() {
        Pattern p = Pattern.compile("(?i)^" + Phrases.longestFirst(List.of("the (main|) (risk|risks) … (is|are) (that|)"))
                + "\\s+(\\S.*)$");
        assertThat(p.matcher("The risk we cannot manage is that he carries a knife.").matches()).isTrue();
        assertThat(p.matcher("The main risks are his visitors.").matches()).isTrue();
        assertThat(p.matcher("The risk. It is large.").matches()).isFalse();
        assertThat(Pattern.compile("(?i)" + Phrases.longestFirst(List.of("can't"))).matcher("we can\u2019t").find()).isTrue();
    }

    @Test
    void aWordingAddedToTheYamlIsMetWithNoRebuild() throws IOException {
        Path risk = copyShipped();
        assertThat(new RiskLetter(KnownForms.load(dir).orThrow().form("risk-concern").letter()).asForm(LETTER)).isEmpty();
        Files.writeString(risk, Files.readString(risk).replace("cannot: [", "cannot: [finding it hard to, "));
        assertThat(new RiskLetter(KnownForms.load(dir).orThrow().form("risk-concern").letter()).asForm(LETTER))
                .hasValueSatisfying(lines -> assertThat(lines).contains("her going missing overnight")
                        .contains("a waking night worker"));
    }

    @Test
    void aWordingThatIsNoPhraseIsReportedWithFileAndLine() throws IOException {
        Path risk = copyShipped();
        Files.writeString(risk, Files.readString(risk).replace("struggling to,", "Struggling to,"));
        assertThat(KnownForms.load(dir).mistakes()).singleElement().asString()
                .startsWith(risk + ":" + lineOf(risk, "Struggling to") + ": letter: cannot: \"Struggling to\"");
    }

    @Test
    void wordsOpeningAFieldTheFormDoesNotHaveAreReportedWithFileAndLine() throws IOException {
        Path risk = copyShipped();
        Files.writeString(risk, Files.readString(risk).replace("    reason: [(this|that)", "    reasons: [(this|that)"));
        assertThat(KnownForms.load(dir).mistakes()).singleElement().asString()
                .startsWith(risk + ":" + lineOf(risk, "reasons: [(this|that)") + ": letter: opens: \"reasons\"");
    }

    /**
     * Stop 53 (review53): the words of a heading naming a part and of the letter's end are the form's data too
     * (letter: headings:, closing:), in the same phrases; a heading word or a sign-off added there is met with no
     * rebuild.
     */
    @Test
    void aHeadingsWordsAndTheLettersEndAreInTheYaml() throws IOException {
        String letter = "Dear Brokerage,\n\nWe are not able to offer a placement for referral BRK/2026/0761.\n\n"
                + "Staffing\nWe have no waking night.\n\nWorries\nHer going missing overnight.\n\nCheers for reading this.\nJo Evans\n";
        Path risk = copyShipped();
        assertThat(new RiskLetter(KnownForms.load(dir).orThrow().form("risk-concern").letter()).asForm(letter))
                .hasValueSatisfying(lines -> assertThat(lines).contains("manage: We have no waking night.")
                        .contains("managed: Cheers for reading this."));
        Files.writeString(risk, Files.readString(risk).replace("    risk: [risk, risks,", "    risk: [worries, risk, risks,")
                .replace("    reason: [why,", "    reason: [staffing, why,").replace("closing: [please,", "closing: [cheers, please,"));
        assertThat(new RiskLetter(KnownForms.load(dir).orThrow().form("risk-concern").letter()).asForm(letter))
                .hasValueSatisfying(lines -> assertThat(lines).contains("manage: Her going missing overnight.")
                        .contains("be managed: We have no waking night.").doesNotContain("Cheers"));
    }

    @Test
    void aHeadingsWordsForAFieldTheFormDoesNotHaveAreReportedWithFileAndLine() throws IOException {
        Path risk = copyShipped();
        Files.writeString(risk, Files.readString(risk).replace("    reason: [why,", "    reasons: [why,"));
        assertThat(KnownForms.load(dir).mistakes()).singleElement().asString()
                .startsWith(risk + ":" + lineOf(risk, "reasons: [why,") + ": letter: headings: \"reasons\"");
    }
}
