package org.ypsa.hub.domain.intake;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.ypsa.hub.adapter.store.OriginalStore;
import org.ypsa.hub.domain.mash.MashReferral;
import org.ypsa.hub.domain.risk.RiskConcern;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An online form's responses exported as a sheet or a CSV file (Microsoft Forms, Google Forms): the service's columns
 * first (when, and who filled it in), then a column headed by each question, the response in the row under the
 * headings. The questions are the labels and the cells under them the answers; the service's "Name" and "Email" are
 * the person who filled in the online form, never the young person.
 */
class OnlineFormResponsesTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private Outcome mail(String from, InboundMail.Attachment a) {
        return intake.handle(new InboundMail("intake@ypsa.test", "<r@test>", from, "Online form response",
                Instant.parse("2026-12-02T12:00:00Z"), "A response from our online form is attached.", List.of(a), false));
    }

    private static InboundMail.Attachment csv(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return new InboundMail.Attachment("responses.csv", "text/csv", b, OriginalStore.sha256(b));
    }

    private static InboundMail.Attachment xlsx(String[]... rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("Form1");
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
            byte[] b = out.toByteArray();
            return new InboundMail.Attachment("Form1.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", b, OriginalStore.sha256(b));
        }
    }

    @Test
    void aResponseRowUnderItsQuestionsIsTheFormsAnswers() {
        Outcome o = mail("duty@stonewater.provider.test", csv("""
                "Timestamp","Email address","What is the referral reference?","Which provider are you?","What is the young person's name?","What risk are you unable to manage?","Why can this risk not be managed?","What resources or support would enable you to manage it?"
                "01/12/2026 16:42:10","duty@stonewater.provider.test","REF70211","Stonewater","Rhys Pendleton","Repeated fire setting in the flat.","No waking night staff at the scheme.","A waking night worker for the first month."
                """));
        assertThat(o).as("outcome %s", o).isInstanceOf(Outcome.Routed.class);
        RiskConcern r = (RiskConcern) ((Outcome.Routed) o).fields();
        assertThat(r.referralReference()).isEqualTo("REF70211");
        assertThat(r.riskUnableToManage()).startsWith("Repeated fire setting");
    }

    @Test
    void theNameAndEmailOfWhoFilledInTheOnlineFormAreNoFieldsOfIt() throws Exception {
        Outcome o = mail("intake.team@council.test", xlsx(
                new String[] {"ID", "Start time", "Completion time", "Email", "Name", "Referral or notice",
                        "Young person's full name", "Young person's date of birth", "Home address",
                        "Presenting agency", "Homeless or threatened with homelessness?", "Has mediation been tried?",
                        "Outcome of mediation", "Welfare or safeguarding concerns", "Known to children's social care?",
                        "Parent or guardian contact"},
                new String[] {"3", "12/1/26 11:02:00", "12/1/26 11:20:41", "intake.team@council.test", "Morwenna Achebe",
                        "Referral", "Caspian Thorne", "14/06/2010", "22 Juniper Walk, Didcot, OX11 7PL",
                        "District Housing", "Threatened", "Yes", "Father will not have him home.",
                        "Sofa surfing with older adults.", "No", "Ivor Thorne (father) 01235 660123"}));
        assertThat(o).as("outcome %s", o).isInstanceOf(Outcome.Routed.class);
        MashReferral m = (MashReferral) ((Outcome.Routed) o).fields();
        assertThat(m.youngPersonName()).isEqualTo("Caspian Thorne");
        assertThat(m.dateOfBirth()).isEqualTo("2010-06-14");
    }

    private static final String RISK_QUESTIONS = "\"Timestamp\",\"Email address\",\"What is the referral reference?\","
            + "\"Which provider are you?\",\"What is the young person's name?\",\"What risk are you unable to manage?\","
            + "\"Why can this risk not be managed?\",\"What resources or support would enable you to manage it?\"\n";

    @Test
    void anExportOfSeveralResponsesIsReadByItsNewestAndTheSenderIsToldWhichRowWasRead() {
        Outcome o = mail("duty@stonewater.provider.test", csv(RISK_QUESTIONS + """
                "28/11/2026 09:12:00","duty@stonewater.provider.test","REF70100","Stonewater","Ann Older","Absconding at night.","No night staff.","A night worker."
                "01/12/2026 16:42:10","duty@stonewater.provider.test","REF70211","Stonewater","Rhys Pendleton","Repeated fire setting in the flat.","No waking night staff at the scheme.","A waking night worker for the first month."
                """));
        assertThat(o).as("outcome %s", o).isInstanceOf(Outcome.Routed.class);
        RiskConcern r = (RiskConcern) ((Outcome.Routed) o).fields();
        assertThat(r.referralReference()).isEqualTo("REF70211");
        assertThat(o.warnings()).anySatisfy(w -> assertThat(w).contains("holds 2 responses")
                .contains("only the newest (line 3) was read").contains("email of its own"));
    }

    @Test
    void anExportOfOneResponseSaysNothingOfHowItWasRead() {
        Outcome o = mail("duty@stonewater.provider.test", csv(RISK_QUESTIONS + """
                "01/12/2026 16:42:10","duty@stonewater.provider.test","REF70211","Stonewater","Rhys Pendleton","Repeated fire setting in the flat.","No waking night staff at the scheme.","A waking night worker for the first month."
                """));
        assertThat(o.warnings()).noneSatisfy(w -> assertThat(w).contains("responses"));
    }
}
