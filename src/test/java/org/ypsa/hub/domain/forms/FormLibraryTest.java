package org.ypsa.hub.domain.forms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/** config/forms is data an admin edits: every mistake is named with its file and line. */
class FormLibraryTest {
    @TempDir
    Path dir;

    private Path copyShipped() throws IOException {
        for (Path f : FormLibrary.files(FormLibrary.SHIPPED)) {
            Files.copy(f, dir.resolve(f.getFileName()));
        }
        return dir.resolve("referral.yml");
    }

    private static int lineOf(Path file, String text) throws IOException {
        var lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    @Test
    void theShippedFormsLoadWithoutMistakes() {
        assertThat(org.ypsa.hub.domain.intake.KnownForms.load(FormLibrary.SHIPPED).mistakes()).isEmpty();
    }

    @Test
    void aNewWordingAddedToTheYamlIsMatchedWithNoRebuild() throws IOException {
        Path referral = copyShipped();
        assertThat(new FieldCatalog<>(ReferralField.class, org.ypsa.hub.domain.intake.KnownForms.load(dir).orThrow().form("referral"))
                .match("Tale of woe")).isEmpty();
        Files.writeString(referral, Files.readString(referral).replace("labels: [reason, ",
                "labels: [tale of woe, reason, "));
        assertThat(new FieldCatalog<>(ReferralField.class, org.ypsa.hub.domain.intake.KnownForms.load(dir).orThrow().form("referral"))
                .match("Tale of woe")).contains(ReferralField.REASON);
    }

    @Test
    void wordsOfOneMeaningOnOneFormAreThatFormsDataAndMeanSoThereOnly() {
        // stop 51 (review51): "filled", "let" and "taken" mean occupied on a void return (its related-words:), not
        // "Provider filling in this form" or "Action taken" on any other form
        FormSpec voids = FormLibrary.shipped().form("void-return");
        assertThat(voids.relatedWords()).anySatisfy(g -> assertThat(g).contains("occupied", "filled", "let"));
        assertThat(FormLibrary.shipped().form("referral").relatedWords()).isEmpty();
        assertThat(Words.relatedOn(voids.relatedWords()).get(Words.of("filled").get(0)))
                .contains(Words.of("occupied").get(0));
        assertThat(Words.relatedOn(List.of())).isSameAs(Words.relatedOn(FormLibrary.shipped().form("referral")
                .relatedWords()));
    }

    @Test
    void aGroupOfRelatedWordsThatIsNoListOfWordsIsReportedWithFileAndLine() throws IOException {
        copyShipped();
        Path voids = dir.resolve("void-return.yml");
        Files.writeString(voids, Files.readString(voids).replace("  - [vacant, empty,", "  - [Vacant beds, empty,"));
        assertThat(org.ypsa.hub.domain.intake.KnownForms.load(dir).mistakes()).singleElement().asString()
                .startsWith(voids + ":" + lineOf(voids, "Vacant beds") + ": related-words: \"Vacant beds\"");
    }

    @Test
    void theWordsThatSayMediationWorkedAreTheMashFormsData() {
        // stop 52 (review52): one vocabulary of "mediation worked", in mash-referral.yml's mediation-worked:, read for
        // a notice's outcome answer ("Prevented", "moved home") and for a letter's or a reply's words alike
        FormSpec mash = FormLibrary.shipped().form("mash-referral");
        assertThat(mash.mediationWorked()).contains("reconciled*", "prevented", "(moved|went) (back|) home");
        assertThat(FormLibrary.shipped().form("referral").mediationWorked()).isEmpty();
    }

    @Test
    void aWordingThatSaysMediationWorkedAndIsNoPhraseIsReportedWithFileAndLine() throws IOException {
        // stop 53 (review53): mediation-worked: is written in the phrase language of a letter's words, not Java's
        // regular expressions; a regular expression left in it is reported where it stands
        copyShipped();
        Path mash = dir.resolve("mash-referral.yml");
        Files.writeString(mash, Files.readString(mash).replace("  - reconciled*", "  - 'reconcil(ed|iation)?'"));
        assertThat(org.ypsa.hub.domain.intake.KnownForms.load(dir).mistakes()).singleElement().asString()
                .startsWith(mash + ":" + lineOf(mash, "reconcil(ed|iation)?") + ": mediation-worked: \"reconcil(ed|iation)?\"")
                .contains("\"word*\" for a word's start");
    }

    @Test
    void anUnknownFieldTypeIsReportedWithFileLineAndTheTypes() throws IOException {
        Path referral = copyShipped();
        Files.writeString(referral, Files.readString(referral).replaceFirst("type: date", "type: dat"));
        assertThat(org.ypsa.hub.domain.intake.KnownForms.load(dir).mistakes()).singleElement().asString()
                .startsWith(referral + ":" + lineOf(referral, "type: dat") + ": type \"dat\"")
                .contains("text, date, datetime");
    }

    @Test
    void aFieldIdTheRulesDoNotKnowIsReportedWithFileAndLine() throws IOException {
        Path referral = copyShipped();
        Files.writeString(referral, Files.readString(referral).replace("id: gender", "id: gendr"));
        String at = referral + ":" + lineOf(referral, "id: gendr") + ": field id \"gendr\"";
        assertThat(org.ypsa.hub.domain.intake.KnownForms.load(dir).mistakes()).anyMatch(m -> m.startsWith(at))
                .anyMatch(m -> m.contains("field gender is not described"));
    }

    @Test
    void oneWordingUnderTwoFieldsIsReportedWithBothLines() throws IOException {
        Path referral = copyShipped();
        Files.writeString(referral, Files.readString(referral).replace("labels: [sex, ", "labels: [sex, reason, "));
        assertThat(org.ypsa.hub.domain.intake.KnownForms.load(dir).mistakes()).singleElement().asString()
                .contains("label \"reason\"").contains("field gender").contains("field reason");
    }

    @Test
    void aRequiredRuleThatIsNotYesOrNoIsReported() throws IOException {
        Path referral = copyShipped();
        Files.writeString(referral, Files.readString(referral).replaceFirst("required: no", "required: sometimes"));
        assertThat(org.ypsa.hub.domain.intake.KnownForms.load(dir).mistakes()).singleElement().asString()
                .startsWith(referral + ":" + lineOf(referral, "required: sometimes") + ": required \"sometimes\"");
    }

    @Test
    void yamlThatDoesNotParseIsReportedWithItsLine() throws IOException {
        Path referral = copyShipped();
        Files.writeString(referral, Files.readString(referral).replaceFirst("labels: \\[sex, ", "labels: [sex, \"open, "));
        assertThat(org.ypsa.hub.domain.intake.KnownForms.load(dir).mistakes()).singleElement().asString()
                .startsWith(referral + ":").contains("does not parse");
    }

    @Test
    void aMissingFormFileIsReported() throws IOException {
        copyShipped();
        Files.delete(dir.resolve("mash-referral.yml"));
        assertThat(org.ypsa.hub.domain.intake.KnownForms.load(dir).mistakes()).singleElement().asString()
                .contains("mash-referral.yml").contains("missing");
    }
}
