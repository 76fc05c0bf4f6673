package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.adapter.store.OriginalStore;
import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.domain.intelligence.IntelligenceSubmission;
import org.ypsa.hub.domain.intelligence.IntelligenceValidator;
import org.ypsa.hub.support.Fixtures;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/** Intelligence submissions are screened on the whole mail first, and recognised by what they are. */
class IntakeIntelligenceTest {
    private static final String STONEWATER = "returns@stonewater.provider.test";
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private Outcome handle(String subject, String body) {
        return intake.handle(new InboundMail("intake@ypsa.test", "<x@test>", STONEWATER, subject,
                Instant.parse("2026-12-05T21:49:00Z"), body, List.of(), false));
    }

    private static String form(String information) {
        return """
                Partnership Agency Intelligence Sharing Submission

                Submitting agency: Stonewater
                Worker name: Ottilie Mardle-Penrose
                Role: Support Worker
                Contact email: o.mardle-penrose@stonewater.provider.test
                Contact phone: 07700 900418
                Date and time of information: 20/11/2026 14:00
                Location: Outside 5 Harrowby Row, Witney, OX28 9ZW
                Persons involved: Bartholomew Skellern-Voss, 07/06/1990
                Vehicles: Silver Vauxhall Astra, partial registration KX19
                Information: %s
                Source: Staff observation
                Information grading: 1A
                Handling code: P
                """.formatted(information);
    }

    private static boolean isUrgent(Outcome o) {
        return o instanceof Outcome.Rejected r && r.formType() == FormType.INTELLIGENCE_SUBMISSION
                && r.problems().stream().map(Problem::field).toList().equals(List.of(IntelligenceValidator.URGENT_FIELD));
    }

    @Test
    void anUrgentPdfFormIsScreenedOnItsFieldValuesEvenWhenNoFieldNameWasUnderstood() throws Exception {
        byte[] pdf;
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument();
                var out = new java.io.ByteArrayOutputStream()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            var form = new org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            String[][] fields = {{"Box1", "Stonewater"}, {"Box2", "Her ex is outside her flat right now with a knife."}};
            for (String[] f : fields) {
                var field = new org.apache.pdfbox.pdmodel.interactive.form.PDTextField(form);
                field.setPartialName(f[0]);
                form.getFields().add(field);
                var widget = field.getWidgets().get(0);
                widget.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(50, 700, 400, 20));
                widget.setPage(page);
                page.getAnnotations().add(widget);
                field.getCOSObject().setString(org.apache.pdfbox.cos.COSName.V, f[1]);
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        Outcome o = intake.handle(new InboundMail("intake@ypsa.test", "<x@test>", STONEWATER, "Intel submission",
                Instant.parse("2026-12-05T21:49:00Z"), "", List.of(new InboundMail.Attachment("intel.pdf",
                        "application/pdf", pdf, OriginalStore.sha256(pdf))), false));
        assertThat(isUrgent(o)).as(o.toString()).isTrue();
    }

    /** The form's lines as a case system exports them: one row a field, a code, the prompt and the answer. */
    private static byte[] exportedWorkbook(String information) throws Exception {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var sheet = wb.createSheet("Export");
            String[][] rows = {{"Code", "Prompt", "Answer"}, {"T1", "Form", "Partnership Agency Intelligence Sharing Submission"},
                    {"A1", "Submitting agency", "Stonewater"}, {"A2", "Worker name", "Ottilie Mardle-Penrose"},
                    {"A3", "Contact email", "o.mardle-penrose@stonewater.provider.test"},
                    {"B1", "Date and time of information", "20/11/2026 14:00"},
                    {"B2", "Location", "Outside 5 Harrowby Row, Witney, OX28 9ZW"},
                    {"B3", "Information", information}, {"B4", "Information grading", "1A"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void anUrgentSubmissionExportedAsASpreadsheetIsReadAndScreenedNotLeftUnread() throws Exception {
        byte[] xlsx = exportedWorkbook("Her ex is outside her flat right now with a knife.");
        Outcome o = intake.handle(new InboundMail("intake@ypsa.test", "<x@test>", STONEWATER, "Fwd: partner information",
                Instant.parse("2026-12-05T21:49:00Z"), "Form attached.", List.of(new InboundMail.Attachment("export.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx,
                        OriginalStore.sha256(xlsx))), false));
        assertThat(isUrgent(o)).as(o.toString()).isTrue();
    }

    @Test
    void anUrgentSubmissionIsScreenedEvenWhenNoLabelWasUnderstood() {
        Outcome o = handle("Intelligence sharing submission", """
                Partnership Agency Intelligence Sharing Submission

                Who is sending this - Stonewater, Ottilie
                What has happened - Rosalind phoned in tears. Her ex is outside the flat now with a knife and she has
                locked herself in the bathroom.
                """);
        assertThat(isUrgent(o)).as(o.toString()).isTrue();
    }

    @Test
    void anUrgentSubmissionWithoutItsTitleIsRecognisedFromItsSubjectAndScreened() {
        Outcome o = handle("Intel for TVP", "Hi, passing this on.\nShe is with him now at his flat and he has a gun.\n");
        assertThat(isUrgent(o)).as(o.toString()).isTrue();
    }

    @Test
    void dangerInTheBodyIsScreenedWhenTheFormItselfIsOrdinary() {
        Outcome o = handle("Intelligence sharing submission", form("A silver Astra is often parked outside.")
                + "\nPS the resident has just rung: he is outside again right now threatening to kill her.\n");
        assertThat(isUrgent(o)).as(o.toString()).isTrue();
    }

    @Test
    void notUrgentIsNotAnEmergency() {
        Outcome o = handle("Intelligence sharing submission - not urgent", form("Not urgent. A silver Astra has been "
                + "parked outside the property on several evenings; the driver watches the front door."));
        assertThat(o).isInstanceOf(Outcome.Routed.class);
        assertThat(((Outcome.Routed) o).fields()).isInstanceOf(IntelligenceSubmission.class);
    }

    @Test
    void aFightLastYearIsNotAnEmergency() {
        Outcome o = handle("Intelligence sharing submission", form("He was involved in a fight last year in Witney "
                + "and threatened to stab the other lad. No immediate risk."));
        assertThat(o).isInstanceOf(Outcome.Routed.class);
    }

    @Test
    void theFormsOwnGuidanceDoesNotMakeASubmissionUrgent() {
        Outcome o = handle("Intelligence sharing submission", "Do not use this form to report a crime in progress. "
                + "If anyone is in immediate danger call 999.\n" + form("A silver Astra is often parked outside."));
        assertThat(o).isInstanceOf(Outcome.Routed.class);
    }

    @Test
    void aSubmissionNamedInItsSubjectIsRecognisedWithoutItsTitle() {
        String body = form("A silver Astra is often parked outside.").replace(
                "Partnership Agency Intelligence Sharing Submission", "");
        Outcome o = handle("Police intel", body);
        assertThat(o.formType()).isEqualTo(FormType.INTELLIGENCE_SUBMISSION);
    }

    @Test
    void theOrdinaryWordFormOfTheSampleIsForwarded() {
        byte[] b = Fixtures.bytes("safeguarding/intel-ordinary.docx");
        Outcome o = intake.handle(new InboundMail("intake@ypsa.test", "<x@test>", STONEWATER, "Intelligence",
                Instant.parse("2026-12-05T10:00:00Z"), "Please see attached.\n\nKind regards\nOttilie", List.of(
                        new InboundMail.Attachment("intel.docx", "application/vnd.openxmlformats-officedocument."
                                + "wordprocessingml.document", b, OriginalStore.sha256(b))), false));
        assertThat(o).as(o.toString()).isInstanceOf(Outcome.Routed.class);
        assertThat(o.formType()).isEqualTo(FormType.INTELLIGENCE_SUBMISSION);
    }

    @Test
    void anUntitledSubmissionIsRecognisedFromMostOfItsFields() {
        Outcome o = handle("Submission", """
                Submitting agency: Stonewater
                Worker name: Ottilie Mardle-Penrose
                Contact email: o.mardle-penrose@stonewater.provider.test
                Date and time of information: 20/11/2026 14:00
                Information: A silver Astra is often parked outside.
                """);
        assertThat(o.formType()).isEqualTo(FormType.INTELLIGENCE_SUBMISSION);
    }

    @Test
    void aReferralMadeOfPdfTextIsNotAnIntelligenceSubmission() {
        byte[] b = Fixtures.bytes("referrals/referral-emergency-table.pdf");
        Outcome o = intake.handle(new InboundMail("intake@ypsa.test", "<x@test>", "j.pemberton-quaile@council.test",
                "Referral - information sharing", Instant.parse("2026-12-05T10:00:00Z"), "", List.of(
                        new InboundMail.Attachment("referral.pdf", "application/pdf", b, OriginalStore.sha256(b))),
                false));
        assertThat(o.formType()).isEqualTo(FormType.REFERRAL);
    }

    @Test
    void aFewWordsSharedWithOtherFormsDoNotMakeAnIntelligenceSubmission() {
        Outcome o = handle("Young person", """
                Agency: Children We Care For Team
                Role: Social worker
                Email: r.okafor@council.test
                Phone: 01865 000000
                Address: 3 Mill Lane, Banbury
                Details: needs somewhere to live from next week
                """);
        assertThat(o.formType()).isNotEqualTo(FormType.INTELLIGENCE_SUBMISSION);
    }

    @Test
    void aReferralTitledAsSuchIsNotAnIntelligenceSubmissionWhateverItsFields() {
        Outcome o = handle("Referral", """
                Young People's Supported Accommodation Assessment and Referral Form
                Agency: Children We Care For Team
                Role: Social worker
                Email: r.okafor@council.test
                Persons involved: mother and stepfather
                Source: social care records
                Details: needs somewhere to live from next week
                """);
        assertThat(o.formType()).isNotEqualTo(FormType.INTELLIGENCE_SUBMISSION);
    }

    @Test
    void aWordOrTwoWhereTheInformationBelongsIsNoInformationAndTheSubmissionIsRejected() {
        Outcome o = handle("Intelligence sharing submission", form("Neighbour"));
        assertThat(o).as(o.toString()).isInstanceOf(Outcome.Rejected.class);
        assertThat(((Outcome.Rejected) o).problems()).anyMatch(p -> p.field().equals("Information"));
    }

    @Test
    void aFormTitleEndingInFormGivesNoInformationToASubmissionWithoutIt() {
        Outcome o = handle("Partner intel", """
                POLICE PARTNER INTELLIGENCE FORM
                Submitting agency: Stonewater
                Worker name: Ottilie Mardle-Penrose
                Contact email: o.mardle-penrose@stonewater.provider.test
                Location: Outside 5 Harrowby Row, Witney
                Handling code: P
                """);
        assertThat(o).as(o.toString()).isInstanceOf(Outcome.Rejected.class);
        assertThat(o).as(o.toString()).isNotInstanceOf(Outcome.Routed.class);
    }

    @Test
    void whoGaveTheInformationIsItsSourceNotTheInformation() {
        Outcome o = handle("Intelligence sharing submission", """
                Partnership Agency Intelligence Sharing Submission
                Submitting agency: Stonewater
                Worker name: Ottilie Mardle-Penrose
                Contact email: o.mardle-penrose@stonewater.provider.test
                Who provided this information? A neighbour
                Handling code: P
                """);
        assertThat(o).as(o.toString()).isInstanceOf(Outcome.Rejected.class);
        assertThat(((Outcome.Rejected) o).problems()).anyMatch(p -> p.field().equals("Information"));
    }

    @Test
    void aLabelInCapitalsGoingOnWithOfIsNotTheShorterLabelItStartsWith() {
        Outcome o = handle("Intelligence sharing submission", """
                Partnership Agency Intelligence Sharing Submission
                NAME OF ORGANISATION	Stonewater
                Officer reporting	Ottilie Mardle-Penrose
                Contact email	o.mardle-penrose@stonewater.provider.test
                """);
        assertThat(o).as(o.toString()).isInstanceOf(Outcome.Rejected.class);
    }
}
