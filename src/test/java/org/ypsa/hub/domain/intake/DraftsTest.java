package org.ypsa.hub.domain.intake;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same form attached twice, a draft beside the final (issue 14, tuned14 docx-twice and pdf-twice: "t14-sg-023"
 * read the draft's "00/00/0000" date of birth): the covering line says which to use, else the file names, else the
 * document headed as a draft; the draft is set aside whole.
 */
class DraftsTest {

    private static final Set<String> FORM = Set.of("name", "dateofbirth", "address", "category", "description");
    private static final List<Set<String>> TWO_ALIKE = List.of(FORM, FORM);
    private static final List<String> NO_TITLES = List.of("Some form\nName", "Some form\nName");

    @Test
    void theCoveringLineNamingTheFirstAsTheDraftSetsItAside() {
        assertThat(Drafts.setAside(List.of("a.docx", "b.docx"), NO_TITLES, TWO_ALIKE,
                "Hi, both files here. The upper one is an out of date draft, sorry.")).containsExactly(0);
    }

    @Test
    void theCoveringLineNamingTheFinalSetsTheOtherAside() {
        assertThat(Drafts.setAside(List.of("a.pdf", "b.pdf"), NO_TITLES, TWO_ALIKE,
                "Please go with the second attachment, it is the final one.")).containsExactly(0);
        assertThat(Drafts.setAside(List.of("a.pdf", "b.pdf"), NO_TITLES, TWO_ALIKE,
                "Don't use the 2nd file - the top one is the up to date version")).containsExactly(1);
    }

    @Test
    void theOtherOneIsTheDraftWhenTheLineNamesTheFinalFirst() {
        assertThat(Drafts.setAside(List.of("a.pdf", "b.pdf"), NO_TITLES, TWO_ALIKE,
                "The 1st file is the correct form; the other one is my old draft.")).containsExactly(1);
    }

    @Test
    void fileNamesSayWhichIsTheDraftWhenTheMailDoesNot() {
        assertThat(Drafts.setAside(List.of("referral FINAL.docx", "referral draft.docx"), NO_TITLES, TWO_ALIKE,
                "Form attached, thanks")).containsExactly(1);
        assertThat(Drafts.setAside(List.of("incident v3.pdf", "incident v2.pdf"), NO_TITLES, TWO_ALIKE, ""))
                .containsExactly(1);
    }

    @Test
    void aDocumentHeadedAsADraftIsSetAsideWhenNothingElseSays() {
        assertThat(Drafts.setAside(List.of("x.docx", "y.docx"),
                List.of("Incident form\nName", "DRAFT - Incident form\nName"), TWO_ALIKE, "")).containsExactly(1);
    }

    @Test
    void aFormAndAnotherDocumentAreNoDraftAndFinal() {
        assertThat(Drafts.setAside(List.of("referral final.docx", "risk assessment.docx"), NO_TITLES,
                List.of(FORM, Set.of("hazard", "likelihood", "controls", "reviewdate")), "")).isEmpty();
    }

    @Test
    void nothingIsSetAsideWhenNothingSaysWhichIsTheDraft() {
        assertThat(Drafts.setAside(List.of("a.docx", "b.docx"), NO_TITLES, TWO_ALIKE,
                "Two forms attached, one for each young person.")).isEmpty();
        // a line that says both of one attachment is no answer
        assertThat(Drafts.setAside(List.of("a.docx", "b.docx"), NO_TITLES, TWO_ALIKE,
                "The second is the final, not the draft")).isEmpty();
    }
}
