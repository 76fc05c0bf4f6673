package org.ypsa.hub.domain.intake;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ypsa.hub.adapter.store.OriginalStore;
import org.ypsa.hub.domain.referrals.Referral;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout yardstick (stop 50): referral forms laid out as English and Welsh councils build their Word templates -
 * label | answer cells, a label row across the table over an answer row, shaded section headings (some asked as a
 * question), hints under a label, answers over several paragraphs, empty answers, tick boxes, four columns, the answer
 * after the label's colon in one cell, a label wrapped over two rows, paragraphs outside a table and labels in Welsh and
 * English. Each layout is read to the same referral: every label paired with its own answer, and a label never read as
 * the answer of the label before it. Layouts, wordings and people invented for the test, none from the corpus.
 */
class CouncilTemplateLayoutsPairLabelsWithAnswersTest {
    private static final String NAME = "Carys Bevan-Hughes";
    private static final String DOB = "03/02/2009";
    private static final String REFERRER = "Owain Griffiths";
    private static final String REASON = "Her mother asked her to leave after months of arguments at home. She has been "
            + "staying on a friend's sofa for a week.";
    private static final String NEEDED = "14/12/2026";
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    /** One layout: how the document is built and what must be read from it beyond the common fields. */
    record Layout(String name, Consumer<Doc> build, Consumer<Referral> also) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> eachLayoutIsReadToItsAnswers() {
        List<Layout> all = new ArrayList<>();
        all.add(new Layout("label cell | answer cell", d -> {
            Tab t = d.table(2);
            common(t);
        }, r -> { }));
        all.add(new Layout("a label row across the table over its answer row", d -> {
            Tab t = d.table(2);
            t.wide("Young person's full name *").wide(NAME);
            t.wide("Date of birth *").wide(DOB);
            t.wide("Legal status *").wide("Looked after (s20)");
            t.wide("Name of referrer *").wide(REFERRER);
            t.wide("Role *").wide("Social Worker");
            t.wide("Team *").wide("Leaving Care Team");
            t.wide("Email address").wide("o.griffiths@council.test");
            t.wide("Reason for referral *").wide(REASON);
            t.wide("Date accommodation needed *").wide(NEEDED);
            t.wide("Does the young person consent to this referral?").wide("Yes");
            t.wide("Has a family group conference been offered?").wide("Yes");
        }, r -> assertThat(r.referrer().email()).isEqualTo("o.griffiths@council.test")));
        all.add(new Layout("a shaded heading asked as a question over a label row and its answer row", d -> {
            Tab t = d.table(2);
            t.heading("About the young person");
            t.row("Full name", NAME).row("Date of birth", DOB).row("Legal status", "Looked after (s20)");
            t.heading("Why now?");
            t.wide("Presenting need - why does the young person need accommodation? *").wide(REASON);
            t.heading("About you");
            t.row("Your name", REFERRER).row("Your role", "Social Worker").row("Your team", "Leaving Care Team");
            t.row("Date accommodation needed", NEEDED).row("Consent to referral", "Yes").row("FGC offered", "Yes");
        }, r -> { }));
        all.add(new Layout("a question heading straight over the answer's label cell", d -> {
            Tab t = d.table(2);
            t.heading("What is happening for the young person?");
            t.row("Reason for referral", REASON);
            t.heading("Who is making this referral?");
            t.row("Name of referrer", REFERRER).row("Role", "Social Worker").row("Team", "Leaving Care Team");
            t.heading("About the young person");
            t.row("Full name", NAME).row("Date of birth", DOB).row("Legal status", "Looked after (s20)");
            t.row("Date accommodation needed", NEEDED).row("Consent to referral", "Yes").row("FGC offered", "Yes");
        }, r -> { }));
        all.add(new Layout("a label with its hint on a second line or in brackets", d -> {
            Tab t = d.table(2);
            t.row("Young person's name\n(as on the case system)", NAME);
            t.row("Date of birth (dd/mm/yyyy)", DOB);
            t.row("Legal status\nLooked after, care leaver or child in need", "Looked after (s20)");
            t.row("Name of referrer", REFERRER).row("Role (e.g. social worker, PA)", "Social Worker");
            t.row("Team\n(or service)", "Leaving Care Team");
            t.row("Reason for referral\nPlease give as much detail as you can, including what has been tried", REASON);
            t.row("Date accommodation needed (the date the young person must move)", NEEDED);
            t.row("Consent to referral (Y/N)", "Yes").row("Family group conference offered? (Y/N)", "Y");
        }, r -> { }));
        all.add(new Layout("an answer over several paragraphs in its cell", d -> {
            Tab t = d.table(2);
            common(t, "Reason for referral", "Her mother asked her to leave after months of arguments at home.\n"
                    + "She has been staying on a friend's sofa for a week.\nThe friend's family cannot keep her past Friday.");
        }, r -> assertThat(r.reasonForReferral()).contains("months of arguments").contains("past Friday")));
        all.add(new Layout("empty answer rows (blank, no-break space, dash) before the next label row", d -> {
            Tab t = d.table(2);
            t.wide("Young person's full name *").wide(NAME);
            t.wide("Date of birth *").wide(DOB);
            t.wide("Gender").wide("");
            t.wide("Current address").wide("\u00a0");
            t.wide("Legal status *").wide("Looked after (s20)");
            t.wide("LCS number").wide("-");
            t.wide("Name of referrer *").wide(REFERRER);
            t.wide("Role *").wide("Social Worker");
            t.wide("Team *").wide("Leaving Care Team");
            t.wide("Mental health");
            t.wide("Reason for referral *").wide(REASON);
            t.wide("Date accommodation needed *").wide(NEEDED);
            t.wide("Does the young person consent to this referral?").wide("Yes");
            t.wide("Has a family group conference been offered?").wide("Yes");
        }, r -> {
            assertThat(r.youngPerson().currentAddress()).as("address").isNullOrEmpty();
            assertThat(r.youngPerson().gender()).as("gender").isNullOrEmpty();
            assertThat(r.risks().mentalHealth()).as("mental health").isNullOrEmpty();
        }));
        all.add(new Layout("tick boxes in the answer cell", d -> {
            Tab t = d.table(2);
            t.row("Young person's name", NAME).row("Date of birth", DOB);
            t.row("Legal status", "\u2612 Looked after (s20)  \u2610 Care leaver  \u2610 Child in need");
            t.row("Name of referrer", REFERRER).row("Role", "Social Worker").row("Team", "Leaving Care Team");
            t.row("Has a family group conference been offered?", "\u2612 Yes  \u2610 No");
            t.row("Reason for referral", REASON).row("Date accommodation needed", NEEDED);
            t.row("Has the young person agreed to this referral?", "[X] Yes [ ] No");
        }, r -> {
            assertThat(r.familyGroupConference().offered()).isTrue();
            assertThat(r.youngPerson().legalStatus()).containsIgnoringCase("looked after");
        }));
        all.add(new Layout("four columns: label | answer | label | answer", d -> {
            Tab t = d.table(4);
            t.row("Name", NAME, "Date of birth", DOB);
            t.row("Legal status", "Looked after (s20)", "Gender", "Female");
            t.row("Referrer", REFERRER, "Role", "Social Worker");
            t.row("Team", "Leaving Care Team", "Email", "o.griffiths@council.test");
            t.wide("Reason for referral").wide(REASON);
            t.row("Date needed", NEEDED, "Consent given", "Yes");
            t.row("FGC offered", "Yes", "Date FGC offered", "01/11/2026");
        }, r -> assertThat(r.youngPerson().gender()).isEqualTo("Female")));
        all.add(new Layout("the answer typed into the label's cell after its colon", d -> {
            Tab t = d.table(2);
            t.row("Young person's name: " + NAME, "").row("Date of birth: " + DOB, "");
            t.row("Legal status: Looked after (s20)", "");
            t.row("Name of referrer: " + REFERRER, "").row("Role: Social Worker", "").row("Team: Leaving Care Team", "");
            t.row("Reason for referral: " + REASON, "");
            t.row("Date accommodation needed: " + NEEDED, "").row("Consent to referral: Yes", "").row("FGC offered: Yes", "");
        }, r -> { }));
        all.add(new Layout("a label wrapped over two rows", d -> {
            Tab t = d.table(2);
            t.row("Young person's name", NAME).row("Date of birth", DOB).row("Legal status", "Looked after (s20)");
            t.row("Name of referrer", REFERRER).row("Role", "Social Worker").row("Team", "Leaving Care Team");
            t.wide("Reason for referral - what has happened and why does the young person").wide("need a place now?")
                    .wide(REASON);
            t.row("Date accommodation needed", NEEDED).row("Consent to referral", "Yes").row("FGC offered", "Yes");
        }, r -> { }));
        all.add(new Layout("paragraphs outside a table, each answer under its label", d -> {
            d.para("Supported Accommodation Referral Form");
            for (String[] p : List.of(new String[] {"Name of young person:", NAME}, new String[] {"Date of birth:", DOB},
                    new String[] {"Legal status:", "Looked after (s20)"}, new String[] {"Name of referrer:", REFERRER},
                    new String[] {"Role:", "Social Worker"}, new String[] {"Team:", "Leaving Care Team"},
                    new String[] {"Reason for referral:", REASON}, new String[] {"Date accommodation needed:", NEEDED},
                    new String[] {"Consent to referral:", "Yes"}, new String[] {"Family group conference offered:", "Yes"})) {
                d.para(p[0]).para(p[1]);
            }
        }, r -> { }));
        all.add(new Layout("labels in Welsh and English, in cells and across the table", d -> {
            Tab t = d.table(2);
            t.heading("Adran 1: Y person ifanc / Section 1: The young person");
            t.row("Enw llawn / Full name", NAME).row("Dyddiad geni / Date of birth", DOB);
            t.row("Statws cyfreithiol / Legal status", "Looked after (s20)");
            t.heading("Adran 2: Atgyfeiriwr / Section 2: Referrer");
            t.row("Enw / Name of referrer", REFERRER).row("Rôl / Role", "Social Worker").row("Tîm / Team", "Leaving Care Team");
            t.wide("Rheswm dros atgyfeirio / Reason for referral").wide(REASON);
            t.row("Dyddiad angen llety / Date accommodation needed", NEEDED);
            t.row("Caniatâd / Consent", "Yes").row("Cynhadledd grŵp teulu wedi'i chynnig / FGC offered", "Yes");
        }, r -> { }));
        all.add(new Layout("section headings that are no questions, shaded across the table", d -> {
            Tab t = d.table(2);
            t.heading("SECTION 1 - YOUNG PERSON'S DETAILS");
            t.row("Full name", NAME).row("Date of birth", DOB).row("Legal status", "Looked after (s20)");
            t.heading("Section 2 - Referrer details");
            t.row("Name", REFERRER).row("Role", "Social Worker").row("Team", "Leaving Care Team");
            t.heading("Section 3 - Reason for referral");
            t.wide(REASON);
            t.heading("Section 4 - Accommodation");
            t.row("Date accommodation needed", NEEDED).row("Consent to referral", "Yes").row("FGC offered", "Yes");
        }, r -> { }));
        all.add(new Layout("answer rows under labels ending in a colon, a shaded question heading between", d -> {
            Tab t = d.table(2);
            t.heading("Who is the young person?");
            t.wide("Name of young person:").wide(NAME);
            t.wide("Date of birth:").wide(DOB);
            t.wide("Legal status:").wide("Looked after (s20)");
            t.heading("Who is referring?");
            t.wide("Referrer's name:").wide(REFERRER);
            t.wide("Job title:").wide("Social Worker");
            t.wide("Team or service:").wide("Leaving Care Team");
            t.heading("Why is accommodation needed now?");
            t.wide("Reason for referral:").wide(REASON);
            t.wide("Date needed:").wide(NEEDED);
            t.wide("Consent:").wide("Yes");
            t.wide("Family group conference offered:").wide("Yes");
        }, r -> { }));
        return all.stream().map(Arguments::of);
    }

    /** The common rows as label | answer cells, the reason's row given. */
    private static void common(Tab t, String reasonLabel, String reason) {
        t.row("Young person's full name", NAME).row("Date of birth", DOB).row("Legal status", "Looked after (s20)");
        t.row("Name of referrer", REFERRER).row("Role", "Social Worker").row("Team", "Leaving Care Team");
        t.row(reasonLabel, reason).row("Date accommodation needed", NEEDED).row("Consent to referral", "Yes");
        t.row("FGC offered", "Yes");
    }

    private static void common(Tab t) {
        common(t, "Reason for referral", REASON);
    }

    /**
     * Layouts not yet read right (stop 50): a label row with no answer row at all before the next label row is still
     * taken for a heading, and its field then takes the next label's answer; the reason's answer row straight under a
     * numbered section heading ("Section 3 - Reason for referral") is left unread.
     */
    private static final java.util.Set<String> LEFT = java.util.Set.of(
            "empty answer rows (blank, no-break space, dash) before the next label row",
            "section headings that are no questions, shaded across the table");

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void eachLayoutIsReadToItsAnswers(Layout layout) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(LEFT.contains(layout.name()), "left for a later stop");
        readsToItsAnswers(layout);
    }

    /** The yardstick's count: 12 of 15 layouts at main (83245df4), 13 with layout50; the misses are those LEFT. */
    @org.junit.jupiter.api.Test
    void theLayoutsLeftAreTheOnlyOnesMisread() {
        List<String> missed = new ArrayList<>();
        eachLayoutIsReadToItsAnswers().map(a -> (Layout) a.get()[0]).forEach(l -> {
            try {
                readsToItsAnswers(l);
            } catch (Exception | AssertionError e) {
                missed.add(l.name());
            }
        });
        System.out.println("Council template layouts read: " + (15 - missed.size()) + " of 15; missed " + missed);
        assertThat(LEFT).containsAll(missed);
    }

    private void readsToItsAnswers(Layout layout) throws Exception {
        Doc d = new Doc();
        layout.build().accept(d);
        Outcome o = intake.handle(new InboundMail("intake@ypsa.test", "<layout@test>", "o.griffiths@council.test",
                "Referral", Instant.parse("2026-11-30T12:00:00Z"), "Please find the referral attached.",
                List.of(d.attachment()), false));
        assertThat(o).as("outcome %s", o).isInstanceOf(Outcome.Routed.class);
        Referral r = (Referral) ((Outcome.Routed) o).fields();
        assertThat(r.youngPerson().fullName()).as("young person's name").isEqualTo(NAME);
        assertThat(r.youngPerson().dateOfBirth()).as("date of birth").isEqualTo("2009-02-03");
        assertThat(r.referrer().name()).as("referrer").isEqualTo(REFERRER);
        assertThat(r.referrer().role()).as("role").isEqualTo("Social Worker");
        assertThat(r.referrer().organisation()).as("team").isEqualTo("Leaving Care Team");
        assertThat(r.reasonForReferral()).as("reason").contains("months of arguments");
        assertThat(r.dateNeeded()).as("date needed").isEqualTo("2026-12-14");
        layout.also().accept(r);
    }

    /** A Word document built a paragraph or a table at a time. */
    static final class Doc {
        private final XWPFDocument doc = new XWPFDocument();

        Doc() {
            doc.createParagraph().createRun().setText("Supported Accommodation Referral Form");
        }

        Doc para(String text) {
            doc.createParagraph().createRun().setText(text);
            return this;
        }

        Tab table(int columns) {
            XWPFTable t = doc.createTable();
            t.removeRow(0);
            return new Tab(t, columns);
        }

        InboundMail.Attachment attachment() throws Exception {
            try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                doc.write(out);
                doc.close();
                byte[] b = out.toByteArray();
                return new InboundMail.Attachment("referral.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", b, OriginalStore.sha256(b));
            }
        }
    }

    /** A table of a fixed number of columns: rows of cells, rows across it, shaded heading rows. */
    static final class Tab {
        private final XWPFTable t;
        private final int columns;

        Tab(XWPFTable t, int columns) {
            this.t = t;
            this.columns = columns;
        }

        Tab row(String... cells) {
            XWPFTableRow r = t.insertNewTableRow(t.getNumberOfRows());
            for (String c : cells) {
                fill(r.addNewTableCell(), c);
            }
            return this;
        }

        /** One cell across the whole table (merged over its columns). */
        Tab wide(String text) {
            XWPFTableRow r = t.insertNewTableRow(t.getNumberOfRows());
            XWPFTableCell c = r.addNewTableCell();
            c.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(columns));
            fill(c, text);
            return this;
        }

        /** A shaded row across the table, in bold: a section's heading. */
        Tab heading(String text) {
            wide(text);
            XWPFTableCell c = t.getRow(t.getNumberOfRows() - 1).getCell(0);
            c.setColor("D9D9D9");
            c.getParagraphs().forEach(p -> p.getRuns().forEach(run -> run.setBold(true)));
            return this;
        }

        private static void fill(XWPFTableCell cell, String text) {
            boolean first = true;
            for (String line : text.split("\n", -1)) {
                var p = first && !cell.getParagraphs().isEmpty() ? cell.getParagraphs().get(0) : cell.addParagraph();
                first = false;
                p.createRun().setText(line);
            }
        }
    }
}
