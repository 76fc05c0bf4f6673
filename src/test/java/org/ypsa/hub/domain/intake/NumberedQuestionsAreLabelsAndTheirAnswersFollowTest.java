package org.ypsa.hub.domain.intake;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.ypsa.hub.domain.intelligence.IntelligenceSubmission;
import org.ypsa.hub.domain.mash.MashReferral;
import org.ypsa.hub.domain.referrals.Referral;
import org.ypsa.hub.adapter.store.OriginalStore;
import org.ypsa.hub.support.Yardstick;
import org.ypsa.hub.support.TestIntake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ypsa.hub.domain.intake.FormVariationsTest.pdfOfLines;

/**
 * The yardstick of stop 52 for numbered forms (numbered52): a numbered question is a label - its number ("1.", "2)",
 * "Q3", "4.1", "(a)", "i.", a bare "5" or Word's own automatic numbering, which is not in the text) is not part of it -
 * and its answer is what follows it on the line or the lines up to the next numbered question; a numbered list inside
 * an answer ("1. she left at 10pm" / "2. she came back at 2am") is the answer's, not new questions. Each row is
 * "FORM LAYOUT STYLE PLACE [LIST]" and the hub must route the form with its name, its sender's part and its long
 * answer as written. Forms, people and wordings invented for the test, laid out as council and provider staff number
 * their forms: typed in a mail, typed in Word, numbered by Word, exported to PDF; the answer on the question's line
 * or under it. The MASH referral's address (its third question) opens with the number of the fourth: a house
 * number and its street are the answer, never the next question.
 */
class NumberedQuestionsAreLabelsAndTheirAnswersFollowTest {
    private static final Intake INTAKE = TestIntake.shipped();
    private static final String READ = "READ";

    private static final List<Yardstick.Row> ROWS = Yardstick.rows("""
            REFERRAL BODY 1. ON | READ
            REFERRAL BODY 1) UNDER | READ
            REFERRAL BODY Q1 UNDER | READ
            REFERRAL WORD 1. UNDER | READ
            REFERRAL WORD AUTO UNDER | READ
            REFERRAL PDF 1 UNDER | READ
            REFERRAL PDF 1) UNDER | READ
            REFERRAL PDF (a) ON | READ
            REFERRAL WORD 4.1 UNDER | READ
            MASH BODY 1. ON | READ
            MASH PDF 1 UNDER | READ
            MASH WORD AUTO UNDER | READ
            INTEL WORD Q1. UNDER | READ
            INTEL PDF Q1. UNDER | READ
            INTEL BODY 1\u2003 UNDER | READ
            INTEL BODY i. ON | READ
            INTEL WORD AUTO UNDER | READ
            REFERRAL BODY 1. UNDER LIST | READ
            REFERRAL WORD AUTO UNDER LIST | READ
            MASH PDF 1) UNDER LIST | READ
            INTEL BODY Q1. UNDER LIST | READ
            """);

    /**
     * Rows the hub does not read as the row says yet (visible, not disabled): a Word form numbered by Word itself whose
     * long answer is a typed numbered list - the reason is not found at all (the paragraphs are not read as a label
     * over its answer; not traced by stop 52).
     */
    private static final List<String> NOT_YET = List.of("REFERRAL WORD AUTO UNDER LIST");

    private static final String[] REASON = {"Her stepmother asked her to leave on Friday after a row about money.",
            "She has been sofa surfing with a friend from college since then."};
    private static final String[] LISTED = {"1. she left home at 10pm on Friday after the row",
            "2. she stayed two nights with a friend from college", "3. the friend's parents cannot keep her"};

    private static final Object[][] REFERRAL = {{"Young person's full name", "Keziah Bramwell-Oduya"},
            {"Date of birth", "14/02/2009"}, {"Gender", "Female"}, {"Legal status", "Section 20"},
            {"Name of referrer", "Ffion Castellan"}, {"Role of referrer", "Social Worker"},
            {"Team", "Children in Need East"}, {"Referrer's email", "f.castellan@council.test"},
            {"Referrer's telephone", "01632 960418"}, {"Was a Family Group Conference offered?", "Yes"},
            {"Why is supported accommodation needed?", REASON}, {"Risks known", "None known."},
            {"Date accommodation needed", "15/01/2027"}, {"Does the young person consent to this referral?", "Yes"}};
    private static final Object[][] MASH = {{"Young person's name", "Toby Aldersey-Quinn"},
            {"Date of birth", "03/09/2010"}, {"Current address", "4 Old Mill Court, Northtown"},
            {"Presenting agency", "Housing Options"}, {"Homeless or threatened with homelessness?", "Homeless tonight"},
            {"Has mediation been tried?", "Yes"}, {"Outcome of mediation", "Dad will not have him home."},
            {"Any safeguarding concerns about the young person?", REASON}};
    private static final Object[][] INTEL = {{"Submitting agency", "Riverside Youth Service"},
            {"Your name", "Alys Penhaligon"}, {"Your role", "Youth worker"},
            {"Your email", "a.penhaligon@youth.test"}, {"Your telephone", "07700 900512"},
            {"Date and time of the information", "02/12/2026 16:30"}, {"Location", "Northtown bus station"},
            {"Persons involved", "Unknown adult male, about 30"}, {"Information", REASON},
            {"Source of the information", "Seen by staff"}, {"Is anyone in immediate danger?", "No"}};

    @Test
    void aNumberedQuestionIsALabelAndItsAnswerFollowsItOnTheLineOrUnderIt() {
        Yardstick.Tally t = Yardstick.read("numbered questions are labels", ROWS, r -> {
            String[] w = r.wording().replace("\\u2003", "\u2003").split(" ");
            boolean list = w[w.length - 1].equals("LIST");
            return read(w[0], w[1], w[2], w[3].equals("ON"), list);
        });
        assertThat(t.misses().stream().filter(m -> !NOT_YET.contains(m.row().wording())).toList()).isEmpty();
    }

    private static String read(String form, String layout, String style, boolean on, boolean list) {
        Object[][] fields = switch (form) {
            case "REFERRAL" -> REFERRAL;
            case "MASH" -> MASH;
            default -> INTEL;
        };
        String title = switch (form) {
            case "REFERRAL" -> "Supported Accommodation Referral Form";
            case "MASH" -> "MASH referral - 16/17 year old homeless or threatened with homelessness";
            default -> "Partnership Agency Intelligence Sharing Submission";
        };
        String[] longAnswer = list ? LISTED : REASON;
        List<String[]> questions = new ArrayList<>();
        for (int i = 0; i < fields.length; i++) {
            String[] answer = fields[i][1] instanceof String s ? new String[] {s} : longAnswer;
            String number = style.equals("AUTO") ? "" : number(style, i + 1);
            if (on && answer.length == 1) {
                questions.add(new String[] {number + fields[i][0] + ": " + answer[0]});
            } else {
                String[] q = new String[answer.length + 1];
                q[0] = number + fields[i][0];
                System.arraycopy(answer, 0, q, 1, answer.length);
                questions.add(q);
            }
        }
        Outcome o;
        try {
            o = switch (layout) {
                case "BODY" -> mail(title, String.join("\n", lines(title, questions)));
                case "PDF" -> mail(title, "Form attached.", pdfOfLines("form.pdf", lines(title, questions)));
                default -> mail(title, "Form attached.", word(title, questions, style.equals("AUTO")));
            };
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (!(o instanceof Outcome.Routed routed)) {
            return String.valueOf(o);
        }
        String[] expected = {(String) fields[0][1], String.join(" ", longAnswer)};
        Object f = routed.fields();
        String[] got = f instanceof Referral ref ? new String[] {ref.youngPerson().fullName(), ref.reasonForReferral()}
                : f instanceof MashReferral m ? new String[] {m.youngPersonName(), m.concerns()}
                : f instanceof IntelligenceSubmission s ? new String[] {s.agency(), s.information()}
                : new String[] {String.valueOf(f), ""};
        String first = expected[0].equals(got[0]) ? "" : "first answer read as " + got[0] + "; ";
        String longOne = got[1] != null && got[1].replaceAll("\\s+", " ").strip().equals(expected[1]) ? ""
                : "long answer read as " + got[1];
        return (first + longOne).isEmpty() ? READ : first + longOne;
    }

    private static String number(String style, int n) {
        return switch (style) {
            case "1." -> n + ". ";
            case "1)" -> n + ") ";
            case "Q1" -> "Q" + n + " ";
            case "Q1." -> "Q" + n + ". ";
            case "1" -> n + " ";
            case "1\u2003" -> n + "\u2003";
            case "4.1" -> "4." + n + " ";
            case "(a)" -> "(" + (char) ('a' + n - 1) + ") ";
            case "i." -> roman(n) + ". ";
            default -> throw new IllegalArgumentException(style);
        };
    }

    private static String roman(int n) {
        String[] r = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv"};
        return r[n - 1];
    }

    private static String[] lines(String title, List<String[]> questions) {
        List<String> lines = new ArrayList<>(List.of(title, ""));
        for (String[] q : questions) {
            lines.addAll(List.of(q));
        }
        return lines.toArray(String[]::new);
    }

    /** Word paragraphs: each question bold (numbered by Word when auto), its answer in the paragraphs under it. */
    private static InboundMail.Attachment word(String title, List<String[]> questions, boolean auto) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFRun head = doc.createParagraph().createRun();
            head.setBold(true);
            head.setText(title);
            BigInteger numId = auto ? decimalList(doc) : null;
            for (String[] q : questions) {
                XWPFParagraph p = doc.createParagraph();
                if (numId != null) {
                    p.setNumID(numId);
                }
                XWPFRun run = p.createRun();
                run.setBold(true);
                run.setText(q[0]);
                for (int i = 1; i < q.length; i++) {
                    XWPFParagraph a = doc.createParagraph();
                    a.setIndentationLeft(360);
                    a.createRun().setText(q[i]);
                }
            }
            doc.write(out);
            byte[] b = out.toByteArray();
            return new InboundMail.Attachment("form.docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", b, OriginalStore.sha256(b));
        }
    }

    /** Word's automatic numbering "1.", "2.", ...: the numbers are in the list's definition, not in the text. */
    private static BigInteger decimalList(XWPFDocument doc) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.ONE);
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
        lvl.addNewLvlText().setVal("%1.");
        XWPFNumbering numbering = doc.createNumbering();
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abs)));
    }

    private static Outcome mail(String subject, String body, InboundMail.Attachment... files) {
        return INTAKE.handle(new InboundMail("intake@ypsa.test", "<n@test>", "f.castellan@council.test", subject,
                Instant.parse("2026-12-04T10:00:00Z"), body, List.of(files), false));
    }
}
