package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ypsa.hub.domain.mash.MashReferral;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round tuneQ: a box headed for the receiving team ("BROKERAGE ONLY", "For office use only") whose labels are left
 * blank ("Date received", "Worker") says nothing of which form it is: a MASH referral with one was recognised as an
 * intelligence submission (its worker and time). Wordings and people invented for the test.
 */
class OfficeUseBoxTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private static final String[][] MASH = {{"Name of the 16/17 year old", "Mali Okonjo"}, {"Date of birth", "02/07/2009"},
            {"Present address of the young person", "4 Elm Close, Banbury OX16 1AA"},
            {"Agency presenting (e.g. district council)", "Cherwell District Council Housing Options"},
            {"Homelessness status of young person", "\u2610 Homeless now \u2612 Threatened with homelessness"},
            {"Mediation attempted with parents / carers?", "\u2612 Yes \u2610 No"},
            {"Outcome of mediation (details)", "Mum will have Mali back for two weeks only."},
            {"Safeguarding / welfare concerns - details", "Has been missing overnight twice this month."},
            {"Is the YP already known to social care?", "\u2610 Yes \u2612 No"},
            {"Parent or guardian (name and contact number)", "Grace Okonjo (mother) 07700 900456"}};

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource(delimiter = '|', value = {"Word table|BROKERAGE ONLY|Date received|Worker",
            "Word table|For office use only|Date received|Worker allocated", "Word table|MASH use only|Date logged|Officer",
            "PDF text|BROKERAGE ONLY|Date received|Worker", "PDF text|FOR OFFICE USE|Received by|Date and time received"})
    void anOfficeUseBoxLeftBlankCountsTowardsNoForm(String layout, String heading, String first, String second)
            throws Exception {
        InboundMail.Attachment file;
        if (layout.equals("Word table")) {
            List<String[]> rows = new ArrayList<>(List.of(MASH));
            rows.add(new String[] {heading});
            rows.add(new String[] {first, ""});
            rows.add(new String[] {second, ""});
            file = FormVariationsTest.docxTable("MASH form.docx", "MASH homelessness referral (young person aged 16-17)",
                    rows.toArray(new String[0][]));
        } else {
            List<String> lines = new ArrayList<>(List.of("MASH homelessness referral (young person aged 16-17)"));
            for (String[] r : MASH) {
                lines.add(r[0] + (r[0].endsWith("?") ? " " : ": ") + r[1].replace("\u2610", "[ ]").replace("\u2612", "[x]"));
            }
            lines.addAll(List.of(heading, first, second));
            file = FormVariationsTest.pdfOfLines("MASH form.pdf", lines.toArray(new String[0]));
        }
        Outcome o = intake.handle(new InboundMail("intake@ypsa.test", "<o@test>", "h.options@housing.council.test",
                "16/17 homeless - MO", Instant.parse("2026-12-07T10:00:00Z"), "Please see form attached.", List.of(file),
                false));
        assertThat(o).as("outcome %s", o).isInstanceOf(Outcome.Routed.class);
        assertThat(o.formType()).isEqualTo(FormType.MASH_REFERRAL);
        assertThat(((MashReferral) ((Outcome.Routed) o).fields()).homelessOrThreatened()).isEqualTo("threatened");
    }
}
