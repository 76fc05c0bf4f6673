package org.ypsa.hub.domain.intake;

import java.io.ByteArrayOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.ypsa.hub.adapter.store.OriginalStore;
import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.domain.risk.RiskField;
import org.ypsa.hub.support.TestIntake;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC: a risk concern needs all three parts. A provider's Word form of label-over-answer boxes whose last box (the
 * resources that would help) holds only a non-breaking space, over the template's footer ("SW-YPS-RC01 | OFFICIAL |
 * Stonewater Ltd"): the footer is no answer, so the concern is rejected and the provider asked for the missing part
 * (stop 67 found such a concern routed with the footer as its third part).
 */
class ARiskConcernWithAnEmptyBoxOverItsFooterIsRejectedTest {
    private final Intake intake = TestIntake.shipped();

    @Test
    void theFooterUnderAnEmptyLastBoxIsNoAnswerSoTheConcernIsRejectedForThatPart() throws Exception {
        Outcome o = send("\u00a0");
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Rejected.class);
        assertThat(((Outcome.Rejected) o).problems()).extracting(Problem::field).containsExactly(RiskField.RESOURCES.label());
    }

    @Test
    void theSameFormWithItsLastBoxAnsweredIsRoutedOverTheSameFooter() throws Exception {
        Outcome o = send("A male worker for double-up visits for the first month.");
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
    }

    private Outcome send(String resources) throws Exception {
        return intake.handle(TestIntake.mail("dana.reeve@stonewater.provider.test", "Risk concern",
                "2026-12-04T09:00:00Z", "Please see the attached form.\n\nDana\n", form(resources)));
    }

    /** The provider's form: boxes of a label over its answer, the last answering {@code resources}, then the footer. */
    private static InboundMail.Attachment form(String resources) throws Exception {
        String[][] boxes = {
            {"Referral reference", "SAAR-2026-0871"},
            {"Provider", "Stonewater - 18+ Single Self Contained, West Oxfordshire (STW-WOX-01)"},
            {"Risk we cannot manage", "Violence and intimidation towards female staff: two assaults on support workers"
                + " at his previous placement and threats made to a housing officer."},
            {"Why this risk cannot be managed", "Our West Oxfordshire team are all female and work alone on visits. We"
                + " have no second worker available for double-up visits."},
            {"Resources or support that would enable us to manage the risk", resources}};
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Risk Concern - Response to Brokerage Referral");
            XWPFTable t = doc.createTable(boxes.length * 2, 1);
            for (int i = 0; i < boxes.length; i++) {
                t.getRow(2 * i).getCell(0).setText(boxes[i][0]);
                t.getRow(2 * i + 1).getCell(0).setText(boxes[i][1]);
            }
            doc.createParagraph().createRun().setText("SW-YPS-RC01  |  OFFICIAL  |  Stonewater Ltd");
            doc.write(out);
            byte[] b = out.toByteArray();
            return new InboundMail.Attachment("risk-concern.docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", b, OriginalStore.sha256(b));
        }
    }
}
