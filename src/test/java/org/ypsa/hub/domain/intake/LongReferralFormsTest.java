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
 * Referrals as councils' social workers fill them (issue 14, round J): long forms with fields the hub does not need
 * (GP, school, family, reviews, the team manager) between the ones it does, the reason as sentences and bullets, the
 * role "Social Worker" (itself a field's wording) as a value, each laid out as a mail's "Label: value" lines, a label
 * over its answer, and a Word table of label and value rows. Wordings and people invented for the test.
 */
class LongReferralFormsTest {
    private static final String REASON = "Tomos has lived with his aunt since March.\n"
            + "The arrangement has broken down after repeated arguments:\n- his aunt is moving to a one-bedroom flat\n"
            + "- no other family can offer him a home\nTomos wants to stay in Newport near college.";
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    /** The form's rows: label, value. The labels of the fields the hub needs vary by council. */
    private static List<String[]> form(String roleLabel, String teamLabel, String consentLabel) {
        return List.of(new String[] {"Young person's name", "Tomos Llewellyn-Price"},
                new String[] {"Ethnicity", "White Welsh"}, new String[] {"Date of birth", "12/05/2009"},
                new String[] {"GP name", "Dr Rhys Hughes"}, new String[] {"School / college", "Coleg Gwent"},
                new String[] {"Mother's name", "Karen Price"}, new String[] {"Legal status", "Looked after (s20)"},
                new String[] {"Date of last LAC review", "03/11/2026"}, new String[] {"Name of IRO", "Helen Bowen"},
                new String[] {"FGC offered?", "Yes"}, new String[] {"Reason for referral", REASON},
                new String[] {"Date accommodation required", "15/01/2027"},
                new String[] {"Name of referrer", "Sian Prosser"}, new String[] {roleLabel, "Social Worker"},
                new String[] {teamLabel, "Children Looked After Team"}, new String[] {"Team manager", "Gwyn Morgan"},
                new String[] {"Email", "s.prosser@council.test"}, new String[] {consentLabel, "Yes"});
    }

    static Stream<Arguments> longFormsInEachLayout() {
        List<Arguments> out = new ArrayList<>();
        String[][] wordings = {{"Position", "Service / Team", "Consent"},
                {"Referrer's role", "Team", "Is the young person aware of and in agreement with the referral?"},
                {"Job role", "Agency / Team", "Does the young person agree to this referral?"}};
        for (String[] w : wordings) {
            for (String layout : List.of("mail lines", "labels over answers", "Word table")) {
                out.add(Arguments.of(layout, w[0], w[1], w[2]));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1} / {2} / {3}")
    @MethodSource
    void longFormsInEachLayout(String layout, String roleLabel, String teamLabel, String consentLabel) throws Exception {
        List<String[]> rows = form(roleLabel, teamLabel, consentLabel);
        Outcome o = switch (layout) {
            case "mail lines" -> mail("Hi,\n\nReferral below.\n\n" + lines(rows, ": ") + "\nMany thanks\nSian\n");
            case "labels over answers" -> mail("Supported accommodation referral\n\n" + lines(rows, "\n") + "\n");
            default -> mail("Please find the referral attached.", docx(rows));
        };
        assertThat(o).as("outcome %s", o).isInstanceOf(Outcome.Routed.class);
        Referral r = (Referral) ((Outcome.Routed) o).fields();
        assertThat(r.youngPerson().fullName()).isEqualTo("Tomos Llewellyn-Price");
        assertThat(r.youngPerson().dateOfBirth()).isEqualTo("2009-05-12");
        assertThat(r.youngPerson().legalStatus()).isEqualTo("Looked after");
        assertThat(r.referrer().name()).isEqualTo("Sian Prosser");
        assertThat(r.referrer().role()).isEqualTo("Social Worker");
        assertThat(r.referrer().organisation()).isEqualTo("Children Looked After Team");
        assertThat(r.dateNeeded()).isEqualTo("2027-01-15");
        assertThat(r.reasonForReferral()).startsWith("Tomos has lived with his aunt").contains("- no other family")
                .endsWith("near college.");
        assertThat(r.consent()).isTrue();
    }

    private static String lines(List<String[]> rows, String between) {
        StringBuilder sb = new StringBuilder();
        rows.forEach(r -> sb.append(r[0]).append(between).append(r[1]).append(between.equals("\n") ? "\n\n" : "\n"));
        return sb.toString();
    }

    private Outcome mail(String body, InboundMail.Attachment... files) {
        return intake.handle(new InboundMail("intake@ypsa.test", "<long@test>", "s.prosser@council.test",
                "Referral - TLP", Instant.parse("2026-11-30T12:00:00Z"), body, List.of(files), false));
    }

    private static InboundMail.Attachment docx(List<String[]> rows) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Supported Accommodation Referral Form");
            XWPFTable t = doc.createTable();
            t.removeRow(0);
            int r = 0;
            for (String[] row : rows) {
                XWPFTableRow xr = t.insertNewTableRow(r++);
                for (String c : row) {
                    var cell = xr.addNewTableCell();
                    for (String line : c.split("\n", -1)) {
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
