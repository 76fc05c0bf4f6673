package org.ypsa.hub.domain.intake;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ypsa.hub.adapter.store.OriginalStore;
import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form attached to a reply, with an earlier mail quoted under the note (stop 40) or under its header as Outlook
 * writes it (stop 41): the earlier mail's answers, which may be another young person's or another day's, never fill
 * the attached form's blanks. A form quoted under a note
 * with no attachment is still read as the form (FormsQuotedUnderAReplyTest).
 */
class AQuotedEarlierMailFillsNoAttachedFormTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private static final String EARLIER = "Incident notification\nProvider: Connection Support\nScheme ref: CON-SOX-01\n"
            + "Resident's name: Cerys Lloyd\nDate of incident: 01/11/2026\nTime: 22:10\nCategory: Missing\n"
            + "Severity: High\nWhat happened: Cerys did not return by curfew.\nActions taken: Police informed.\n";

    /** How mail programs put the earlier mail under a reply: quoted, or under the earlier mail's header (Outlook). */
    static Stream<String> earlierMailUnderAReply() {
        return Stream.of("On Mon, 2 Nov 2026 at 09:12, Ruth Tate <r.tate@connection.provider.test> wrote:\n"
                        + EARLIER.lines().map(l -> "> " + l).reduce((a, b) -> a + "\n" + b).orElse(""),
                "________________________________\nFrom: Ruth Tate <r.tate@connection.provider.test>\n"
                        + "Sent: 02 November 2026 09:12\nTo: Incidents <incidents@ypsa.test>\nSubject: incident\n\n" + EARLIER,
                "-----Original Message-----\nFrom: Ruth Tate <r.tate@connection.provider.test>\n"
                        + "Sent: Monday, November 2, 2026 9:12 AM\nTo: incidents@ypsa.test\nSubject: incident\n\n" + EARLIER);
    }

    @ParameterizedTest
    @MethodSource("earlierMailUnderAReply")
    void anEarlierIncidentUnderANewAttachedOneGivesItNoSeverity(String earlierMail) throws Exception {
        String body = "New incident attached, thanks.\n\nRuth\n\n" + earlierMail;
        String[][] rows = {{"Provider", "Connection Support"}, {"Property", "CON-SOX-01"},
            {"Young person's name", "Tomos Reed"}, {"Social worker", "Ffion Hale"}, {"Date of incident", "03/12/2026"},
            {"Time of incident", "21:45"}, {"Category", "Missing"}, {"Severity", ""},
            {"Description", "Tomos did not come back by curfew and police found him at the station."},
            {"Immediate actions taken", "Called police and the on-call manager."}};
        Outcome o = intake.handle(new InboundMail("intake@ypsa.test", "<x@test>", "r.tate@connection.provider.test",
                "RE: incident", Instant.parse("2026-12-04T09:00:00Z"), body, List.of(docx(rows)), false));
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Rejected.class);
        assertThat(((Outcome.Rejected) o).problems()).extracting(Problem::field).contains("Severity");
    }

    private static InboundMail.Attachment docx(String[][] rows) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Safeguarding Incident Report");
            XWPFTable t = doc.createTable();
            t.removeRow(0);
            int at = 0;
            for (String[] r : rows) {
                XWPFTableRow xr = t.insertNewTableRow(at++);
                xr.addNewTableCell().addParagraph().createRun().setText(r[0]);
                xr.addNewTableCell().addParagraph().createRun().setText(r[1]);
            }
            doc.write(out);
            byte[] b = out.toByteArray();
            return new InboundMail.Attachment("incident.docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", b, OriginalStore.sha256(b));
        }
    }
}
