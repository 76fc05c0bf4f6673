package org.ypsa.hub.domain.documents;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case system's print in two columns (issue 14, stops 54-55: tuned24's pdf-leaders-2col): "Label ..... answer" on
 * the left half of the page and another on the right, no borders drawn, a long label or answer wrapped onto the line
 * under it within its own column. Each column's "Label ..... answer" is one pair; the gap between the columns (where
 * the right column's lines start, whether the page puts separate runs of text there, spaces or a jump with no space
 * at all) parts them, not the spaces between words. Wordings and values invented for the test.
 */
class ATwoColumnLeaderPrintIsReadAsEachColumnsPairsTest {
    private static final String DOTS = " ..........";
    private static final String RULE = " __________";
    private static final String SPACED = " . . . . . . .";

    /** Each row a left and a right column's lines, a cell's lines parted by "|". */
    private static final List<String[]> ONE_LINE_ROWS = List.of(
            new String[] {"Young person's full name" + DOTS + " Aaron Webb", "Date of birth" + DOTS + " 02/03/2008"},
            new String[] {"Case system no." + DOTS + " CS-448120", "Gender" + DOTS + " Male"},
            new String[] {"Referrer's name" + DOTS + " Priya Shah", "Referrer's phone" + DOTS + " 07700 900882"});

    private static final List<String[]> WRAPPED_ROWS = List.of(
            new String[] {"Full name of the YP as on our records" + DOTS + "|Aaron Webb",
                    "When were they born?" + DOTS + " 2nd|March 2008"},
            new String[] {"Case system no." + DOTS + " CS-448120", "Gender" + DOTS + " Male"},
            new String[] {"Name of worker making this referral" + DOTS + "|Priya Shah",
                    "Best phone number for the worker in" + DOTS + "|07700 900882"});

    /** A label wrapped with its leader and answer on its second line; rules and spaced dots as leaders. */
    private static final List<String[]> WRAPPED_LABELS = List.of(
            new String[] {"Legal name of the young person being|referred" + RULE + " Kezia Marlow",
                    "Their date of birth - must be 16 to 24 on|the day" + RULE + " 17/11/2008"},
            new String[] {"Which district would they prefer to|live in?" + SPACED + " Abingdon",
                    "Local authority ID number" + SPACED + "|LA-20931"},
            new String[] {"Who is completing this form" + RULE + "|Tomasz Brennan",
                    "Contact telephone for the person" + RULE + "|01632 960411"});

    /** The pairs each page must give: label, answer. */
    private static final List<String[]> ONE_LINE_PAIRS = List.of(new String[] {"Young person's full name", "Aaron Webb"},
            new String[] {"Date of birth", "02/03/2008"}, new String[] {"Case system no", "CS-448120"},
            new String[] {"Gender", "Male"}, new String[] {"Referrer's name", "Priya Shah"},
            new String[] {"Referrer's phone", "07700 900882"});

    private static final List<String[]> WRAPPED_PAIRS = List.of(
            new String[] {"Full name of the YP as on our records", "Aaron Webb"},
            new String[] {"When were they born?", "2nd March 2008"}, new String[] {"Case system no", "CS-448120"},
            new String[] {"Gender", "Male"}, new String[] {"Name of worker making this referral", "Priya Shah"},
            new String[] {"Best phone number for the worker in", "07700 900882"});

    private static final List<String[]> WRAPPED_LABEL_PAIRS = List.of(
            new String[] {"Legal name of the young person being referred", "Kezia Marlow"},
            new String[] {"Their date of birth - must be 16 to 24 on the day", "17/11/2008"},
            new String[] {"Which district would they prefer to live in?", "Abingdon"},
            new String[] {"Local authority ID number", "LA-20931"},
            new String[] {"Who is completing this form", "Tomasz Brennan"},
            new String[] {"Contact telephone for the person", "01632 960411"});

    /**
     * How the page puts the gap between the columns: each column's text a run of its own where its column starts (as
     * LibreOffice exports a borderless table), a line typed in a fixed-width type with spaces up to the right column,
     * or one run with a jump to the right column and no space character at all (a tab as a PDF writes it).
     */
    enum Gap {
        RUNS, SPACES, JUMP
    }

    @Test
    void eachColumnsLabelAndAnswerOnOneLineIsOnePair() throws Exception {
        assertThat(pairs(read(ONE_LINE_ROWS, Gap.RUNS))).containsSubsequence("Young person's full name", "Aaron Webb")
                .containsSubsequence("Date of birth", "02/03/2008").containsSubsequence("Case system no", "CS-448120")
                .containsSubsequence("Gender", "Male").containsSubsequence("Referrer's name", "Priya Shah")
                .containsSubsequence("Referrer's phone", "07700 900882");
    }

    /** The yardstick: every page in every gap, each pair counted; all must come out. */
    @Test
    void everyPairOfEveryLayoutComesOut() throws Exception {
        int read = 0;
        int all = 0;
        List<String> missed = new ArrayList<>();
        for (Gap gap : Gap.values()) {
            for (int page = 0; page < 3; page++) {
                List<String[]> rows = List.of(ONE_LINE_ROWS, WRAPPED_ROWS, WRAPPED_LABELS).get(page);
                List<String[]> expected = List.of(ONE_LINE_PAIRS, WRAPPED_PAIRS, WRAPPED_LABEL_PAIRS).get(page);
                List<String> pairs = pairs(read(rows, gap));
                for (String[] e : expected) {
                    all++;
                    if (paired(pairs, e[0], e[1])) {
                        read++;
                    } else {
                        missed.add(gap + " " + e[0] + " -> " + e[1] + " in " + pairs);
                    }
                }
            }
        }
        System.out.println("two-column leader prints: " + read + "/" + all + " pairs");
        missed.forEach(m -> System.out.println("  missed: " + m));
        assertThat(missed).isEmpty();
    }

    /** An answer wrapped onto the line under its label, within its column, is that label's answer. */
    @ParameterizedTest
    @EnumSource(Gap.class)
    void anAnswerWrappedUnderItsLabelInItsColumnIsThatLabelsAnswer(Gap gap) throws Exception {
        List<String> pairs = pairs(read(WRAPPED_ROWS, gap));
        assertThat(paired(pairs, "Full name of the YP as on our records", "Aaron Webb")).as("%s", pairs).isTrue();
        assertThat(paired(pairs, "When were they born?", "2nd March 2008")).as("%s", pairs).isTrue();
        assertThat(paired(pairs, "Name of worker making this referral", "Priya Shah")).as("%s", pairs).isTrue();
    }

    /** A label wrapped in its column, its leader and answer on its second line, is one label. */
    @ParameterizedTest
    @EnumSource(Gap.class)
    void aLabelWrappedInItsColumnIsOneLabel(Gap gap) throws Exception {
        List<String> pairs = pairs(read(WRAPPED_LABELS, gap));
        assertThat(paired(pairs, "Legal name of the young person being referred", "Kezia Marlow")).as("%s", pairs).isTrue();
        assertThat(paired(pairs, "Their date of birth - must be 16 to 24 on the day", "17/11/2008")).as("%s", pairs)
                .isTrue();
    }

    /** Whether the label is read with the answer given (the next in the list of labels and answers). */
    private static boolean paired(List<String> pairs, String label, String answer) {
        for (int i = 0; i + 1 < pairs.size(); i += 2) {
            if (pairs.get(i).equals(label) && pairs.get(i + 1).replaceAll("\\s+", " ").equals(answer)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> pairs(LabelledDocument doc) {
        return doc.entries().stream().filter(e -> !e.value().isBlank())
                .flatMap(e -> Stream.of(e.label(), e.value())).toList();
    }

    private static final float LEFT = 40;
    private static final float RIGHT = 310;
    private static final float SIZE = 9;
    /** A cell's lines 11 points apart, its rows 4 more (a table's cell padding). */
    private static final float LINE = 11;
    private static final float PADDING = 4;

    /** A page printed in two columns, no borders, under a title line across the page. */
    private static LabelledDocument read(List<String[]> rows, Gap gap) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType1Font font = new PDType1Font(gap == Gap.SPACES ? Standard14Fonts.FontName.COURIER
                    : Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = 740;
                run(cs, font, LEFT, y, "Printed from the case system on 03/01/2027 - Supported Housing Referral");
                y -= 24;
                for (String[] row : rows) {
                    String[] left = row[0].split("\\|");
                    String[] right = row[1].split("\\|");
                    for (int k = 0; k < Math.max(left.length, right.length); k++) {
                        String l = k < left.length ? left[k] : "";
                        String r = k < right.length ? right[k] : "";
                        switch (gap) {
                            case RUNS -> {
                                if (!l.isEmpty()) {
                                    run(cs, font, LEFT, y, l);
                                }
                                if (!r.isEmpty()) {
                                    run(cs, font, RIGHT, y, r);
                                }
                            }
                            case SPACES -> {
                                float space = font.getStringWidth(" ") / 1000 * SIZE;
                                int to = Math.round((RIGHT - LEFT) / space);
                                run(cs, font, LEFT, y, r.isEmpty() ? l : l + " ".repeat(Math.max(1, to - l.length())) + r);
                            }
                            case JUMP -> {
                                float width = font.getStringWidth(l) / 1000 * SIZE;
                                cs.beginText();
                                cs.setFont(font, SIZE);
                                cs.newLineAtOffset(LEFT, y);
                                cs.showTextWithPositioning(new Object[] {l, -(RIGHT - LEFT - width) / SIZE * 1000, r});
                                cs.endText();
                            }
                        }
                        y -= LINE;
                    }
                    y -= PADDING;
                }
                run(cs, font, LEFT, y - 12, "*** End of report ***");
            }
            doc.save(out);
            return PdfReader.readWithTables("print.pdf", out.toByteArray()).form();
        }
    }

    private static void run(PDPageContentStream cs, PDType1Font font, float x, float y, String text) throws Exception {
        cs.beginText();
        cs.setFont(font, SIZE);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }
}
