package org.ypsa.hub.domain.intake;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ypsa.hub.adapter.store.OriginalStore;
import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.domain.intelligence.IntelligenceSubmission;
import org.ypsa.hub.domain.mash.MashReferral;
import org.ypsa.hub.domain.referrals.Referral;
import org.ypsa.hub.domain.risk.RiskConcern;
import org.ypsa.hub.domain.safeguarding.SafeguardingIncident;
import org.ypsa.hub.domain.voids.VoidReturn;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each form in wordings, layouts and value styles the hub's own fixtures do not use: bodies typed by staff,
 * Word tables with a label and its value in one cell, PDFs that are only text. Every one is read as its form.
 */
class FormVariationsTest {
    private static final String SOCIAL_WORKER = "r.okafor@council.test";
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private Outcome mail(String from, String subject, String body, InboundMail.Attachment... files) {
        return intake.handle(new InboundMail("intake@ypsa.test", "<v@test>", from, subject,
                Instant.parse("2026-11-30T12:00:00Z"), body, List.of(files), false));
    }

    private static <T> T routed(Outcome o, FormType type, Class<T> fields) {
        assertThat(o).as("outcome %s", o).isInstanceOf(Outcome.Routed.class);
        assertThat(o.formType()).isEqualTo(type);
        return fields.cast(((Outcome.Routed) o).fields());
    }

    static InboundMail.Attachment pdfOfLines(String name, String... lines) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                cs.newLineAtOffset(40, 750);
                for (String l : lines) {
                    cs.showText(l);
                    cs.newLineAtOffset(0, -14);
                }
                cs.endText();
            }
            doc.save(out);
            byte[] b = out.toByteArray();
            return new InboundMail.Attachment(name, "application/pdf", b, OriginalStore.sha256(b));
        }
    }

    /** A Word table: each row's cells as given ("Label: value" in one cell, or label and value cells). */
    static InboundMail.Attachment docxTable(String name, String title, String[]... rows) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(title);
            XWPFTable t = doc.createTable(rows.length, 2);
            for (int r = 0; r < rows.length; r++) {
                if (rows[r].length == 1) {
                    t.getRow(r).removeCell(1); // a heading row of one cell
                }
                for (int c = 0; c < rows[r].length; c++) {
                    t.getRow(r).getCell(c).setText(rows[r][c]);
                }
            }
            doc.write(out);
            byte[] b = out.toByteArray();
            return new InboundMail.Attachment(name,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", b, OriginalStore.sha256(b));
        }
    }

    @Nested
    class Referrals {
        @Test
        void aReferralTypedInOtherWordingsWithHintsQuestionsAndAbbreviationsIsRouted() {
            Referral r = routed(mail(SOCIAL_WORKER, "New referral", """
                    Hi Brokerage, referral below.

                    YP name: Ada Pennyfeather
                    D.O.B.: 8 Sep 2009
                    Sex: Female
                    Legal status (LAC / care leaver / CIN): Looked after
                    Is the YP a parent? (Y/N): N
                    UASC (Y/N): \u00a0
                    Name of referrer: Rita Okafor
                    Your role: Social worker
                    Team: Family Solutions North
                    Tel. no.: 07700 900123
                    FGC offered?: \u2714
                    Date of FGC: 2nd November 2026
                    Why does the young person need accommodation?: Her placement is ending and family cannot have her back.
                    Needed from: 8th January 2027
                    Consent to referral and information sharing: Yes

                    Thanks, Rita
                    """), FormType.REFERRAL, Referral.class);
            assertThat(r.youngPerson().fullName()).isEqualTo("Ada Pennyfeather");
            assertThat(r.youngPerson().dateOfBirth()).isEqualTo("2009-09-08");
            assertThat(r.youngPerson().legalStatus()).isEqualTo("Looked after");
            assertThat(r.youngPerson().uasc()).isNull();
            assertThat(r.referrer().role()).isEqualTo("Social worker");
            assertThat(r.familyGroupConference().offered()).isTrue();
            assertThat(r.familyGroupConference().date()).isEqualTo("2026-11-02");
            assertThat(r.reasonForReferral()).startsWith("Her placement is ending");
            assertThat(r.dateNeeded()).isEqualTo("2027-01-08");
            assertThat(r.consent()).isTrue();
        }

        @Test
        void aReferralMadeOfPdfTextIsRecognisedAsAReferralNotAnIntelligenceSubmission() throws Exception {
            Referral r = routed(mail(SOCIAL_WORKER, "Referral", "", pdfOfLines("referral.pdf",
                    "Supported accommodation - request for a placement",
                    "Name of young person Ben Ashgrove",
                    "Date of birth 14 March 2008 Gender Male",
                    "Legal status (LAC / care leaver / CIN) Care leaver",
                    "Current address 4 Mill Lane, Banbury",
                    "Referrer name Rita Okafor Referrer role Personal Adviser",
                    "Organisation/team Leaving Care Service",
                    "Email r.okafor@council.test",
                    "Family Group Conference offered Yes",
                    "Why does the young person need accommodation? Staying-put arrangement ends.",
                    "Location preferred Oxford City",
                    "Information sharing and consent",
                    "Date accommodation needed 19 Jan 2027",
                    "Consent to referral and information sharing Yes")), FormType.REFERRAL, Referral.class);
            assertThat(r.youngPerson().fullName()).isEqualTo("Ben Ashgrove");
            assertThat(r.youngPerson().legalStatus()).isEqualTo("Care leaver");
            assertThat(r.dateNeeded()).isEqualTo("2027-01-19");
            assertThat(r.reasonForReferral()).isEqualTo("Staying-put arrangement ends.");
            assertThat(r.consent()).isTrue();
        }

        @Test
        void aLabelAndItsValueInOneWordCellAreSplitAndACellOfOnlyANonBreakingSpaceIsBlank() throws Exception {
            Referral r = routed(mail(SOCIAL_WORKER, "Referral", "", docxTable("referral.docx",
                    "Supported Accommodation Assessment and Referral Form",
                    new String[] {"Full name: Cara Linnet", ""},
                    new String[] {"DOB", "01.02.2009"},
                    new String[] {"Gender", "\u00a0"},
                    new String[] {"Legal status (looked after / care leaver / child in need / not known)", "Child in need"},
                    new String[] {"Referrer's name", "Rita Okafor"},
                    new String[] {"Job title", "Senior practitioner"},
                    new String[] {"Organisation", "Family Solutions"},
                    new String[] {"Has a Family Group Conference been offered? (Y/N)", "Y"},
                    new String[] {"Reason for referral", "Family breakdown"},
                    new String[] {"Date needed", "2027-01-08"},
                    new String[] {"Consent to referral and information sharing: Yes", ""})),
                    FormType.REFERRAL, Referral.class);
            assertThat(r.youngPerson().fullName()).isEqualTo("Cara Linnet");
            assertThat(r.youngPerson().gender()).isNull();
            assertThat(r.youngPerson().legalStatus()).isEqualTo("Child in need");
            assertThat(r.consent()).isTrue();
        }

        @Test
        void bareNameAndEmailLabelsUnderAHeadingBelongToThatHeadingsPerson() throws Exception {
            Referral r = routed(mail(SOCIAL_WORKER, "Referral", "", docxTable("referral.docx",
                    "Supported Accommodation Assessment and Referral Form",
                    new String[] {"About the young person"},
                    new String[] {"Name", "Gus Merryweather"},
                    new String[] {"Date of birth", "3 March 2009"},
                    new String[] {"Legal status", "Looked after"},
                    new String[] {"Referrer details"},
                    new String[] {"Name", "Rita Okafor"},
                    new String[] {"Role", "Social worker"},
                    new String[] {"Team", "Family Solutions"},
                    new String[] {"Email", "r.okafor@council.test"},
                    new String[] {"Social worker / PA (if not the referrer)"},
                    new String[] {"Name", "Dev Pattern"},
                    new String[] {"Email", "d.pattern@council.test"},
                    new String[] {"FGC offered", "Yes"},
                    new String[] {"Reason for referral", "Placement breakdown"},
                    new String[] {"Date needed", "08/01/2027"},
                    new String[] {"Consent", "Yes"})), FormType.REFERRAL, Referral.class);
            assertThat(r.youngPerson().fullName()).isEqualTo("Gus Merryweather");
            assertThat(r.referrer().name()).isEqualTo("Rita Okafor");
            assertThat(r.referrer().email()).isEqualTo("r.okafor@council.test");
            assertThat(r.socialWorkerOrPa().name()).isEqualTo("Dev Pattern");
            assertThat(r.socialWorkerOrPa().email()).isEqualTo("d.pattern@council.test");
        }

        @Test
        void aLabelAloneOnItsLineTakesTheParagraphUnderIt() {
            Referral r = routed(mail(SOCIAL_WORKER, "Referral", """
                    Supported Accommodation Assessment and Referral Form
                    Young person's full name: Hal Brierley
                    Date of birth: 01/02/2009
                    Legal status: Care leaver
                    Referrer name: Rita Okafor
                    Referrer role: Personal adviser
                    Organisation/team: Leaving Care
                    FGC offered: Yes
                    Reason for referral:
                    Hal's staying-put arrangement ends in January
                    and his former carers are moving away.

                    Date accommodation needed: 08/01/2027
                    Consent: Yes
                    """), FormType.REFERRAL, Referral.class);
            assertThat(r.reasonForReferral()).startsWith("Hal's staying-put").contains("moving away");
        }

        @Test
        void aSecondValueUnderALabelAlreadyPlacedIsNamedWhenAFieldIsMissing() {
            Outcome o = mail(SOCIAL_WORKER, "Referral", """
                    Supported Accommodation Assessment and Referral Form
                    Name: Dan Quill
                    Date of birth: 01/02/2009
                    Legal status: Child in need
                    Name: Rita Okafor
                    Referrer role: Social worker
                    Organisation/team: Family Solutions
                    FGC offered: Yes
                    Reason for referral: Asked to leave.
                    Date accommodation needed: 08/01/2027
                    Consent: Yes
                    """);
            assertThat(o).isInstanceOf(Outcome.Rejected.class);
            Outcome.Rejected r = (Outcome.Rejected) o;
            assertThat(r.unplacedLabels()).containsExactly("Name");
            assertThat(r.problems()).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("Referrer name");
                assertThat(p.describe()).contains("\"Name\"").doesNotContain("Rita");
            });
        }

        @Test
        void aRejectionNamesTheLabelsTheHubCouldNotPlaceBesideTheFieldItCallsMissing() {
            Outcome o = mail(SOCIAL_WORKER, "Referral", """
                    Supported Accommodation Assessment and Referral Form
                    Young person's full name: Dan Quill
                    Date of birth: 01/02/2009
                    Legal status: Child in need
                    Referrer name: Rita Okafor
                    Referrer role: Social worker
                    Organisation/team: Family Solutions
                    FGC offered: Yes
                    Story so far: Mum has asked him to leave after months of arguments.
                    Date accommodation needed: 08/01/2027
                    Consent: Yes
                    """);
            assertThat(o).isInstanceOf(Outcome.Rejected.class);
            Outcome.Rejected r = (Outcome.Rejected) o;
            assertThat(r.unplacedLabels()).containsExactly("Story so far");
            Problem reason = r.problems().stream().filter(p -> p.field().equals("Reason for referral")).findFirst()
                    .orElseThrow();
            assertThat(reason.describe()).contains("\"Story so far\"").contains("label it \"Reason for referral\"")
                    .doesNotContain("arguments");
        }
    }

    @Nested
    class RiskConcerns {
        /** A risk concern in other wordings than the form's, quoting Brokerage's own referral number. */
        private static final String CONCERN = """
                    Risk concern
                    Brokerage referral no.: BRK/2026/0312
                    Provider name: Response
                    The risk we cannot manage: Fire setting in the last month.
                    Why can't it be managed?: No waking night staff at the scheme.
                    What support would help us manage it: Waking night cover for the first six weeks.
                    """;

        @Test
        void aRiskConcernQuotingBrokeragesOwnReferralNumberInOtherWordingsIsRouted() {
            RiskConcern rc = routed(mail("returns@response.provider.test", "Concern about a referral", CONCERN),
                    FormType.RISK_CONCERN, RiskConcern.class);
            assertThat(rc.referralReference()).isEqualTo("BRK/2026/0312");
            assertThat(rc.whatWouldEnableIt()).startsWith("Waking night cover");
            assertThat(rc.whyItCannotBeManaged()).startsWith("No waking night staff");
        }

        @Test
        void aRoutedFormsSenderIsToldOfTheLabelsTheHubCouldNotPlaceAsWhatIsUnderThemWasNotRead() {
            Outcome o = mail("returns@response.provider.test", "Concern about a referral",
                    CONCERN + "Zxqv flurbo: Keep away from the kitchen.\n");
            routed(o, FormType.RISK_CONCERN, RiskConcern.class);
            assertThat(o.warnings()).anySatisfy(w -> assertThat(w).contains("\"Zxqv flurbo\"")
                    .contains("not read").doesNotContain("kitchen"));
        }
    }

    @Nested
    class SafeguardingIncidents {
        @Test
        void anIncidentWithItsDateAndTimeInTwoFieldsIsRouted() {
            SafeguardingIncident si = routed(mail("returns@response.provider.test", "Incident", """
                    Safeguarding incident report
                    Provider: Response
                    Name of YP: Eli Farrant
                    D.O.B: 3rd May 2008
                    Date of incident: 19 Nov 2026
                    Time: 2.05pm
                    Type of incident: Missing
                    How serious: Medium
                    What happened?: Did not return to the scheme by curfew; reported missing.
                    Action taken immediately: Police informed, on-call manager told.
                    Crime ref no.: n/a
                    """), FormType.SAFEGUARDING_INCIDENT, SafeguardingIncident.class);
            assertThat(si.incidentAt()).isEqualTo("2026-11-19T14:05");
            assertThat(si.category()).isEqualTo("Missing");
            assertThat(si.severity()).isEqualTo("Medium");
            assertThat(si.policeReference()).isNull();
        }

        @Test
        void anIncidentForwardedDaysLaterIsToldFromTheDayItsReportWasFirstSent() {
            SafeguardingIncident si = routed(mail("returns@response.provider.test", "FW: Incident", """
                    Forwarding the night staff's report below, sorry it is late.

                    From: Night Staff <night@response.provider.test>
                    Sent: Friday, 27 November 2026 08:12
                    To: Scheme Manager
                    Subject: Incident

                    Safeguarding incident report
                    Provider: Response
                    Young person: Eli Farrant
                    When did it happen: last night at 23:40
                    Incident type: Violence
                    Severity (low/medium/high/critical): Low
                    Brief description: Pushed another resident in the kitchen.
                    """), FormType.SAFEGUARDING_INCIDENT, SafeguardingIncident.class);
            assertThat(si.incidentAt()).isEqualTo("2026-11-26T23:40");
        }

        @Test
        void aDateOnlyInTheWhenFieldTakesTheTimeFromATimeField() {
            SafeguardingIncident si = routed(mail("returns@response.provider.test", "Incident", """
                    Safeguarding incident
                    Provider: Response
                    Young person: Eli Farrant
                    Date incident occurred: 19/11/2026
                    Approx. time: 1405
                    Incident type: Violence
                    Severity (low/medium/high/critical): Low
                    Brief description: Pushed another resident in the kitchen.
                    """), FormType.SAFEGUARDING_INCIDENT, SafeguardingIncident.class);
            assertThat(si.incidentAt()).isEqualTo("2026-11-19T14:05");
        }

        @Test
        void inPdfTextTheCategoryIsTheValueItsLabelHoldsNotANeighbouringLine() throws Exception {
            SafeguardingIncident si = routed(mail("returns@response.provider.test", "Incident", "",
                    pdfOfLines("incident.pdf",
                            "Safeguarding Incident Report",
                            "Provider Response",
                            "Young person's name Eli Farrant",
                            "Incident date and time 21/11/2026 22:40",
                            "Category (missing / exploitation / self-harm / violence /",
                            "allegation against staff / police involvement / hospital admission / other) Violence",
                            "Severity High",
                            "Description Argument between residents; one was punched.",
                            "Immediate actions taken Staff separated them and called police.")),
                    FormType.SAFEGUARDING_INCIDENT, SafeguardingIncident.class);
            assertThat(si.category()).isEqualTo("Violence");
            assertThat(si.severity()).isEqualTo("High");
            assertThat(si.incidentAt()).isEqualTo("2026-11-21T22:40");
        }

        @Test
        void aValueOnTheLineBelowItsLabelIsReadWhenItIsOfTheFieldsKind() throws Exception {
            SafeguardingIncident si = routed(mail("returns@response.provider.test", "Incident", "",
                    pdfOfLines("incident.pdf",
                            "Safeguarding Incident Report",
                            "Provider Response",
                            "Young person's name Eli Farrant",
                            "Incident date and time 21/11/2026 22:40",
                            "Category",
                            "Self-harm",
                            "Severity",
                            "Low",
                            "Description",
                            "Minor cut to arm, treated by staff.")),
                    FormType.SAFEGUARDING_INCIDENT, SafeguardingIncident.class);
            assertThat(si.category()).isEqualTo("Self-harm");
            assertThat(si.severity()).isEqualTo("Low");
        }
    }

    @Nested
    class IntelligenceSubmissions {
        @Test
        void aPdfIntelligenceFormIsRecognisedAndItsInformationFieldFound() throws Exception {
            IntelligenceSubmission s = routed(mail("returns@stonewater.provider.test", "Intelligence", "",
                    pdfOfLines("intel.pdf",
                            "Partnership Agency Intelligence Sharing Submission",
                            "Submitting agency Stonewater",
                            "Worker name Ottilie Marsh",
                            "Contact email o.marsh@stonewater.provider.test",
                            "Date of information 20 Nov 2026 Time 14:00",
                            "Location Outside 5 Harrowby Row, Witney",
                            "Information / intelligence",
                            "A man in a silver car has waited outside the scheme on three afternoons last week.",
                            "Handling code P")),
                    FormType.INTELLIGENCE_SUBMISSION, IntelligenceSubmission.class);
            assertThat(s.information()).startsWith("A man in a silver car");
            assertThat(s.when()).startsWith("20 Nov 2026");
        }

        @Test
        void aSubmissionTypedInOtherWordingsIsRouted() {
            IntelligenceSubmission s = routed(mail("returns@stonewater.provider.test", "Info for police", """
                    Intelligence submission
                    Your organisation: Stonewater
                    Name of submitting worker: Ottilie Marsh
                    Phone: 07700 900418
                    Date: 20/11/2026
                    Time: 2pm
                    What information do you want to share?: Two men seen handing packages to residents at the gate.
                    """), FormType.INTELLIGENCE_SUBMISSION, IntelligenceSubmission.class);
            assertThat(s.agency()).isEqualTo("Stonewater");
            assertThat(s.worker()).isEqualTo("Ottilie Marsh");
            assertThat(s.information()).startsWith("Two men");
        }
    }

    @Nested
    class MashReferrals {
        @Test
        void aMashReferralInOtherWordingsIsRouted() {
            MashReferral m = routed(mail("p.venn@housing.council.test", "MASH", """
                    MASH referral
                    Name of YP: Finn Oakes
                    DOB: 4th April 2010
                    Agency presenting: District housing options
                    Is the young person homeless or threatened with homelessness?: Threatened
                    Known to Children's Services? (Y/N): Y
                    """), FormType.MASH_REFERRAL, MashReferral.class);
            assertThat(m.homelessOrThreatened()).isEqualTo("threatened");
            assertThat(m.knownToSocialCare()).isTrue();
            assertThat(m.dateOfBirth()).isEqualTo("2010-04-04");
        }
    }

    @Nested
    class VoidReturns {
        @Test
        void aVoidReturnWithOtherColumnHeadingsIsRouted() {
            VoidReturn v = routed(mail("returns@connection.provider.test", "Voids", """
                    Provider: Connection Support
                    W/C: 30 Nov 2026
                    Prop. ref\tArea\tType of service\tNo. of bed spaces\tBeds occupied\tVacancies\tEmergency bed (Y/N)
                    CON-SOX-01\tSouth Oxfordshire\t18+ Single Self Contained\t6\t5\t1\tY
                    CON-OOC-01\tOut of county\tOut of county\t2\t2\t0\tN
                    """), FormType.VOID_RETURN, VoidReturn.class);
            assertThat(v.properties()).hasSize(2);
            assertThat(v.totals().vacant()).isEqualTo(1);
        }
    }
}
