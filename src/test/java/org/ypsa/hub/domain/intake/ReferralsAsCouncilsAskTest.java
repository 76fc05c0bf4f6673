package org.ypsa.hub.domain.intake;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ypsa.hub.adapter.store.OriginalStore;
import org.ypsa.hub.domain.referrals.Referral;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Referrals as councils ask their questions (round tuneM, found by probing referral forms of my own in mail lines, labels
 * over answers, and Word tables of one and two label | value pairs a row): the name in parts, the date of birth with the
 * age beside it, the legal status as a tick list a row to an answer, a title's "urgent referral" that is no reason.
 * Wordings and people invented for the test.
 */
class ReferralsAsCouncilsAskTest {
    private static final String REASON = "Tomos has lived with his aunt since March. The arrangement has broken down "
            + "and she has asked him to leave.";
    private static final List<String> LAYOUTS = List.of("mail lines", "Word table", "Word table, two pairs a row");
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private static String[] row(String label, String value) {
        return new String[] {label, value};
    }

    /** A referral with the young person's rows given, the rest as every council asks. */
    private static List<String[]> referral(List<String[]> youngPerson) {
        List<String[]> rows = new ArrayList<>(youngPerson);
        rows.addAll(List.<String[]>of(row("Name of referrer", "Sian Prosser"), row("Role", "Social Worker"),
                row("Team", "Children Looked After Team"), row("Email", "s.prosser@council.test"), row("FGC offered?", "Yes"),
                row("Reason for referral", REASON), row("Date accommodation required", "15/01/2027"), row("Consent", "Yes")));
        return rows;
    }

    static Stream<Arguments> theNameAskedForInPartsIsThePartsTogether() {
        List<List<String[]>> names = List.of(List.<String[]>of(row("First name", "Tomos"), row("Surname", "Llewellyn-Price")),
                List.<String[]>of(row("Surname", "Llewellyn-Price"), row("First name", "Tomos")),
                List.<String[]>of(row("Forename(s)", "Tomos"), row("Family name", "Llewellyn-Price"), row("Known as", "Tom")),
                List.<String[]>of(row("Young person's first name", "Tomos"), row("Young person's last name", "Llewellyn-Price")));
        return cases(names);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theNameAskedForInPartsIsThePartsTogether(String layout, String labels, List<String[]> name) throws Exception {
        List<String[]> young = new ArrayList<>(name);
        young.addAll(List.<String[]>of(row("Date of birth", "12/05/2009"), row("Legal status", "Looked after (s20)")));
        assertThat(routed(layout, referral(young)).youngPerson().fullName()).isEqualTo("Tomos Llewellyn-Price");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void aWholeNamesLabelWrappedOverTwoLinesIsNoPartOfIt(String layout) throws Exception {
        List<String[]> young = List.of(row("Forename(s) and\nsurname", "Tomos Llewellyn-Price"),
                row("Date of birth", "12/05/2009"), row("Legal status", "Looked after (s20)"));
        assertThat(routed(layout, referral(young)).youngPerson().fullName()).isEqualTo("Tomos Llewellyn-Price");
    }

    static Stream<Arguments> aGivenNameIsAForename() {
        return cases(List.of(List.<String[]>of(row("Family name", "Llewellyn-Price"), row("Given name(s)", "Tomos")),
                List.<String[]>of(row("Given names", "Tomos"), row("Last name", "Llewellyn-Price")),
                List.<String[]>of(row("Surname", "Llewellyn-Price"), row("Given name", "Tomos"))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aGivenNameIsAForename(String layout, String labels, List<String[]> name) throws Exception {
        theNameAskedForInPartsIsThePartsTogether(layout, labels, name);
    }

    static Stream<Arguments> theLegalBasisPositionOrStandingIsTheLegalStatus() {
        List<Arguments> out = new ArrayList<>();
        for (String layout : LAYOUTS) {
            for (String label : List.of("Current legal basis", "Legal basis for the placement", "Legal position - tick one",
                    "YP's legal standing")) {
                out.add(Arguments.of(layout, label, "Child in need", "Child in need"));
                out.add(Arguments.of(layout, label, "\u2610 Looked after (s20) \u2610 Care leaver \u2612 Child in need \u2610 Not known",
                        "Child in need"));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @MethodSource
    void theLegalBasisPositionOrStandingIsTheLegalStatus(String layout, String label, String value, String status)
            throws Exception {
        List<String[]> young = List.of(row("Young person's name", "Tomos Llewellyn-Price"), row("Date of birth", "12/05/2009"),
                row(label, value));
        assertThat(routed(layout, referral(young)).youngPerson().legalStatus()).isEqualTo(status);
    }

    static Stream<Arguments> aRequiredTickListWithTwoBoxesTickedOrNoneIsNoAnswer() {
        List<Arguments> out = new ArrayList<>();
        for (String layout : LAYOUTS) {
            for (String grid : List.of("\u2612 Looked after (s20) \u2610 Care leaver \u2612 Child in need \u2610 Not known",
                    "\u2612 Looked after (s20) \u2610 Care leaver \u2612 Child in need",
                    "[x] Looked after [ ] Care leaver [x] Child in need", "\u2610 Looked after \u2610 Care leaver \u2610 Child in need")) {
                out.add(Arguments.of(layout, grid));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aRequiredTickListWithTwoBoxesTickedOrNoneIsNoAnswer(String layout, String grid) throws Exception {
        List<String[]> young = List.of(row("Young person's name", "Tomos Llewellyn-Price"), row("Date of birth", "12/05/2009"),
                row("Legal status", grid));
        Outcome o = outcome(layout, referral(young));
        assertThat(o).as("a legal status guessed or left out: %s", o).isInstanceOf(Outcome.Rejected.class);
        assertThat(((Outcome.Rejected) o).problems()).anySatisfy(p -> assertThat(p.field()).isEqualTo("Legal status"));
    }

    static Stream<Arguments> oneOfTheNamesPartsAloneIsNoName() {
        return cases(List.of(List.<String[]>of(row("First name", "Tomos")), List.<String[]>of(row("Surname", "Llewellyn-Price"))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void oneOfTheNamesPartsAloneIsNoName(String layout, String labels, List<String[]> name) throws Exception {
        List<String[]> young = new ArrayList<>(name);
        young.addAll(List.<String[]>of(row("Date of birth", "12/05/2009"), row("Legal status", "Looked after (s20)")));
        Outcome o = outcome(layout, referral(young));
        assertThat(o).as("a part of a name routed as the whole: %s", o).isInstanceOf(Outcome.Rejected.class);
    }

    static Stream<Arguments> theDateOfBirthWithTheAgeBesideItIsTheDate() {
        return cases(List.of(List.<String[]>of(row("Date of birth", "12/05/2009 - aged 17")), List.<String[]>of(row("DOB / Age", "12.05.2009 / 17")),
                List.<String[]>of(row("Date of birth and age", "12 May 2009, 17 years")), List.<String[]>of(row("Age / DOB", "17 - 12/05/2009"))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theDateOfBirthWithTheAgeBesideItIsTheDate(String layout, String labels, List<String[]> dob) throws Exception {
        List<String[]> young = new ArrayList<>(List.<String[]>of(row("Young person's name", "Tomos Llewellyn-Price")));
        young.addAll(dob);
        young.add(row("Legal status", "Looked after (s20)"));
        assertThat(routed(layout, referral(young)).youngPerson().dateOfBirth()).isEqualTo("2009-05-12");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void anAgeThatIsNotTheDatesAgeLeavesTheDateOfBirthToBeAskedFor(String layout) throws Exception {
        List<String[]> young = List.<String[]>of(row("Young person's name", "Tomos Llewellyn-Price"),
                row("Date of birth", "12/05/2009 - aged 15"), row("Legal status", "Looked after (s20)"));
        assertThat(outcome(layout, referral(young))).isInstanceOf(Outcome.Rejected.class);
    }

    static Stream<Arguments> theLegalStatusTickedOnItsOwnRowIsThatRowsWords() {
        List<Arguments> out = new ArrayList<>();
        for (String layout : List.of("Word table", "Word table, two pairs a row")) {
            for (String[] ticked : List.<String[]>of(row("Looked after (S20)", "Looked after"), row("Care leaver", "Care leaver"),
                    row("Child in need", "Child in need"), row("Not known to social care", "Not known to social care"))) {
                for (String mark : List.of("X", "\u2612", "\u2713")) {
                    out.add(Arguments.of(layout, ticked[0], mark, ticked[1]));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @MethodSource
    void theLegalStatusTickedOnItsOwnRowIsThatRowsWords(String layout, String ticked, String mark, String status)
            throws Exception {
        List<String[]> young = new ArrayList<>(List.<String[]>of(row("Young person's name", "Tomos Llewellyn-Price"),
                row("Date of birth", "12/05/2009"), new String[] {"Legal status"}));
        for (String option : List.of("Looked after (S20)", "Care leaver", "Child in need", "Not known to social care")) {
            young.add(row(option, option.equals(ticked) ? mark : ""));
        }
        assertThat(routed(layout, referral(young)).youngPerson().legalStatus()).isEqualTo(status);
    }

    /** Stop 70 (tuned33): the form's note of a rule for non-emergency referrals is no answer to the referral type. */
    @org.junit.jupiter.api.Test
    void aNoteOfTheRuleForNonEmergencyReferralsIsNoReferralType() throws Exception {
        List<String[]> rows = new ArrayList<>(List.<String[]>of(
                row("Non-emergency referrals", "a Family Group Conference must have been offered before referral."),
                row("Emergency / Non-emergency", "Non-emergency"), row("Young person's name", "Tomos Llewellyn-Price"),
                row("Date of birth", "12/05/2009"), row("Legal status", "Looked after (s20)")));
        assertThat(routed("mail lines", referral(rows)).isEmergency()).isFalse();
    }

    /**
     * SPEC.md: a referral without the young person's consent carries the safeguarding basis for sharing it. Stop 70
     * (tuned32): social workers write the grounds after the answer itself, in its own cell or line; the referral is
     * routed with them as its basis, and a refusal alone ("No - YP declined") is still no basis.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void consentNoWithTheGroundsForSharingWrittenAfterItIsRoutedWithThemAsItsBasis(String layout) throws Exception {
        String grounds = "No - shared without consent to safeguard him, risk of significant harm";
        List<String[]> rows = referral(List.<String[]>of(row("Young person's name", "Tomos Llewellyn-Price"),
                row("Date of birth", "12/05/2009"), row("Legal status", "Looked after (s20)")));
        rows.replaceAll(r -> r[0].equals("Consent") ? row("Consent", grounds) : r);
        Referral routed = routed(layout, rows);
        assertThat(routed.consent()).isFalse();
        assertThat(routed.safeguardingBasis()).contains("significant harm");
        rows.replaceAll(r -> r[0].equals("Consent") ? row("Consent", "No - YP declined") : r);
        assertThat(outcome(layout, rows)).isInstanceOf(Outcome.Rejected.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void anEmergencyTickedOnItsOwnRowIsAnEmergency(String layout) throws Exception {
        List<String[]> rows = new ArrayList<>(List.<String[]>of(row("Emergency", "X"), row("Non-emergency", ""),
                row("Young person's name", "Tomos Llewellyn-Price"), row("Date of birth", "12/05/2009"),
                row("Legal status", "Looked after (s20)")));
        rows = referral(rows);
        rows.add(row("Immediate safety concerns", "His aunt has told him to leave tonight and he has nowhere to stay."));
        assertThat(routed(layout, rows).isEmergency()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void aTitleSayingHowUrgentTheReferralIsIsNoReason(String layout) throws Exception {
        List<String[]> rows = new ArrayList<>(List.<String[]>of(row("Young person's supported housing", "urgent referral"),
                row("Young person's name", "Tomos Llewellyn-Price"), row("Date of birth", "12/05/2009"),
                row("Legal status", "Looked after (s20)")));
        assertThat(routed(layout, referral(rows)).reasonForReferral()).isEqualTo(REASON);
    }

    static Stream<Arguments> wordingsCouncilsUseForTheYoungPersonAndTheReferrer() {
        return cases(List.of(
                List.<String[]>of(row("A1 Full legal name of young person", "Tomos Llewellyn-Price"),
                        row("A2 Date of birth", "12/05/2009"), row("A3 Legal status", "Child in need")),
                List.<String[]>of(row("Full legal name of the young person", "Tomos Llewellyn-Price"), row("Date of birth", "12/05/2009"),
                        row("Status under the Children Act / leaving care", "Child in need")),
                List.<String[]>of(row("Name", "Tomos Llewellyn-Price"), row("Date of birth", "12/05/2009"),
                        row("Status under the Children Act 1989", "CIN (s17)"))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void wordingsCouncilsUseForTheYoungPersonAndTheReferrer(String layout, String labels, List<String[]> young)
            throws Exception {
        Referral r = routed(layout, referral(young));
        assertThat(r.youngPerson().fullName()).isEqualTo("Tomos Llewellyn-Price");
        assertThat(r.youngPerson().legalStatus()).isEqualTo("Child in need");
        assertThat(r.referrer().name()).isEqualTo("Sian Prosser");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void theReferrerSigningTheDeclarationByPrintNameIsTheReferrer(String layout) throws Exception {
        List<String[]> rows = new ArrayList<>(referral(List.of(row("Young person's name", "Tomos Llewellyn-Price"),
                row("Date of birth", "12/05/2009"), row("Legal status", "Looked after (s20)"))));
        rows.removeIf(r -> r[0].equals("Name of referrer"));
        rows.addAll(List.of(new String[] {"Declaration"}, row("Signed", "S. Prosser"), row("Print name", "Sian Prosser")));
        assertThat(routed(layout, rows).referrer().name()).isEqualTo("Sian Prosser");
    }

    static Stream<String> layouts() {
        return LAYOUTS.stream();
    }

    private static Stream<Arguments> cases(List<List<String[]>> variants) {
        List<Arguments> out = new ArrayList<>();
        for (String layout : LAYOUTS) {
            for (List<String[]> v : variants) {
                out.add(Arguments.of(layout, String.join(" / ", v.stream().map(r -> r[0]).toList()), v));
            }
        }
        return out.stream();
    }

    private Referral routed(String layout, List<String[]> rows) throws Exception {
        Outcome o = outcome(layout, rows);
        assertThat(o).as("outcome %s", o).isInstanceOf(Outcome.Routed.class);
        return (Referral) ((Outcome.Routed) o).fields();
    }

    private Outcome outcome(String layout, List<String[]> rows) throws Exception {
        return switch (layout) {
            case "mail lines" -> mail("Hi,\n\nReferral below.\n\n" + lines(rows) + "\nMany thanks\n");
            case "Word table" -> mail("Please find the referral attached.", docx(rows, 1));
            default -> mail("Please find the referral attached.", docx(rows, 2));
        };
    }

    private static String lines(List<String[]> rows) {
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            sb.append(r.length == 1 ? "\n" + r[0] + "\n\n" : r[0] + ": " + r[1] + "\n");
        }
        return sb.toString();
    }

    private Outcome mail(String body, InboundMail.Attachment... files) {
        return intake.handle(new InboundMail("intake@ypsa.test", "<asked@test>", "s.prosser@council.test",
                "Referral - TLP", Instant.parse("2026-11-30T12:00:00Z"), body, List.of(files), false));
    }

    /** A Word table of label | value rows, {@code pairs} to a row; a row of one cell is a heading. */
    private static InboundMail.Attachment docx(List<String[]> rows, int pairs) throws Exception {
        List<List<String>> tableRows = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (String[] r : rows) {
            if (r.length == 1 || pending.size() == 2 * pairs) {
                if (!pending.isEmpty()) {
                    tableRows.add(pending);
                }
                pending = new ArrayList<>();
            }
            if (r.length == 1) {
                tableRows.add(List.of(r[0]));
            } else {
                pending.addAll(List.of(r));
            }
        }
        if (!pending.isEmpty()) {
            tableRows.add(pending);
        }
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Supported Accommodation Referral Form");
            XWPFTable t = doc.createTable();
            t.removeRow(0);
            int at = 0;
            for (List<String> cells : tableRows) {
                XWPFTableRow xr = t.insertNewTableRow(at++);
                for (String c : cells) {
                    var cell = xr.addNewTableCell();
                    for (String line : c.split("\n")) {
                        cell.addParagraph().createRun().setText(line);
                    }
                }
            }
            doc.write(out);
            byte[] b = out.toByteArray();
            return new InboundMail.Attachment("referral.docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", b, OriginalStore.sha256(b));
        }
    }
}
