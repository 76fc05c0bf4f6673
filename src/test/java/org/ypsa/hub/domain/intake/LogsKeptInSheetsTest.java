package org.ypsa.hub.domain.intake;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.ypsa.hub.adapter.store.OriginalStore;
import org.ypsa.hub.domain.grid.Grid;
import org.ypsa.hub.domain.grid.LogSheet;
import org.ypsa.hub.domain.risk.RiskConcern;
import org.ypsa.hub.domain.safeguarding.SafeguardingIncident;
import org.ypsa.hub.domain.voids.VoidReturnReader;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provider's log kept in Excel: night staff's incident log (a header row of the log's columns, the night's row under
 * it, the log's title and a handover note as lone cells) is the incident form, each column's heading the label of the
 * cell under it; a risk log's dated entries beside its notice to Brokerage (labels down column A, answers beside them)
 * are the provider's record of earlier events, not an incident.
 */
class LogsKeptInSheetsTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private Outcome mail(String subject, InboundMail.Attachment a) {
        return intake.handle(new InboundMail("intake@ypsa.test", "<l@test>", "nights@key2.provider.test", subject,
                Instant.parse("2026-12-04T09:00:00Z"), "Log attached.\n\nThanks\nNights team", List.of(a), false));
    }

    /** A sheet of the rows given, each row only as wide as its last cell (as Excel saves a row with empty cells after). */
    private static InboundMail.Attachment xlsx(String[]... rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("Log");
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (!rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            wb.write(out);
            byte[] b = out.toByteArray();
            return new InboundMail.Attachment("log.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", b, OriginalStore.sha256(b));
        }
    }

    private static final String[] LOG_HEADER = {"Provider", "Scheme", "Young person", "Date of birth", "LCS record no.",
            "When it happened", "Type of incident", "Grade of seriousness", "Account of incident", "Steps staff took",
            "Police log no."};

    @Test
    void theHeaderRowsLabelsHaveTheNightsRowUnderThemAsTheirAnswers() throws Exception {
        Outcome o = mail("Night log", xlsx(new String[] {"Night Shift Log"}, new String[] {"One row per incident"},
                new String[] {}, LOG_HEADER,
                new String[] {"Key2 Futures", "K2F-CHE-01", "Rowan Tillbrook", "02/02/2008", "none", "14/11/2026 23:20",
                        "Missing", "Medium", "Rowan did not come back by curfew and was found by police at 3am.",
                        "Reported missing to police, manager on call informed.", ""},
                new String[] {}, new String[] {"Handed over to day staff"}));
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        SafeguardingIncident i = (SafeguardingIncident) ((Outcome.Routed) o).fields();
        assertThat(i.youngPersonName()).isEqualTo("Rowan Tillbrook");
        assertThat(i.incidentAt()).isEqualTo("2026-11-14T23:20");
        assertThat(i.severity()).isEqualTo("Medium");
        assertThat(i.description()).startsWith("Rowan did not come back");
    }

    @Test
    void theNewestEntryOfALogOfSeveralIsRead() throws Exception {
        Outcome o = mail("Night log", xlsx(new String[] {"Night Shift Log"}, LOG_HEADER,
                new String[] {"Key2 Futures", "K2F-CHE-01", "Ash Morrow", "03/03/2007", "none", "10/11/2026 22:00",
                        "Violence", "Low", "Ash kicked a door after a phone call.", "Talked it through.", ""},
                new String[] {"Key2 Futures", "K2F-CHE-01", "Rowan Tillbrook", "02/02/2008", "none", "14/11/2026 23:20",
                        "Missing", "Medium", "Rowan did not come back by curfew and was found by police at 3am.",
                        "Reported missing to police, manager on call informed.", ""}));
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        assertThat(((SafeguardingIncident) ((Outcome.Routed) o).fields()).youngPersonName()).isEqualTo("Rowan Tillbrook");
    }

    @Test
    void anIncidentLogsEmptyColumnHeadedWithANumberIsNoCountOfAVoidReturn() {
        Grid log = new Grid("log.xlsx, sheet Log", "Row", List.of(
                new Grid.Row(1, List.of("Incident Log")),
                new Grid.Row(3, List.of("Provider", "Accommodation site", "Young person", "Category", "Impact level",
                        "Log number (police)")),
                new Grid.Row(4, List.of("Key2 Futures", "K2F-CHE-01", "Rowan Tillbrook", "Other", "Critical", ""))));
        assertThat(VoidReturnReader.fromGrid(log)).isEmpty();
    }

    @Test
    void aRiskLogsDatedEntriesBesideItsNoticeAreTheProvidersRecordNotAnIncident() throws Exception {
        Outcome o = mail("Placement risk - BRK/2026/0312", xlsx(new String[] {"Resident Risk Log"}, new String[] {},
                new String[] {"Referral ref", "BRK/2026/0312"}, new String[] {"Provider", "Key2 Futures"},
                new String[] {"Resident", "Rowan Tillbrook"}, new String[] {},
                new String[] {"Date", "What happened", "Action", "Recorded by"},
                new String[] {"02/11/2026", "Late back", "Spoken to", "Night worker"},
                new String[] {"09/11/2026", "Broken window", "Repair booked", "Support worker"},
                new String[] {"16/11/2026", "Missed keywork", "Rebooked", "Support worker"}, new String[] {},
                new String[] {"Notice to Brokerage"},
                new String[] {"What has been going on", "Fire setting twice in the last month."},
                new String[] {"Why we cannot cope", "We have no waking night cover."},
                new String[] {"What would help us hold on to the YP", "A waking night worker for six weeks."}));
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        assertThat(((Outcome.Routed) o).formType()).isEqualTo(FormType.RISK_CONCERN);
        RiskConcern r = (RiskConcern) ((Outcome.Routed) o).fields();
        assertThat(r.riskUnableToManage()).isEqualTo("Fire setting twice in the last month.");
        assertThat(r.whyItCannotBeManaged()).isEqualTo("We have no waking night cover.");
        assertThat(r.whatWouldEnableIt()).isEqualTo("A waking night worker for six weeks.");
    }

    @Test
    void aCaseSystemsExportOfAQuestionToARowIsNoLog() {
        Grid export = new Grid("export.csv", "Row", List.of(
                new Grid.Row(1, List.of("FIELD_CODE", "FIELD_NAME", "FIELD_VALUE")),
                new Grid.Row(2, List.of("F01", "REFERRAL_REFERENCE", "BRK/2026/0312")),
                new Grid.Row(3, List.of("F02", "PROVIDER", "Key2 Futures")),
                new Grid.Row(4, List.of("F03", "THE_RISK", "Fire setting twice in the last month."))));
        assertThat(LogSheet.read(export)).isEmpty();
    }
}
