package org.ypsa.hub.domain.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Yardstick (grid51, stop 51): a council template's details grid saved as PDF - four cells to a row, label | answer |
 * label | answer, the label cells shaded, the rows parted by horizontal rules and the columns by none (or by rules, as
 * some templates draw them) - is read cell by cell: each label takes the answer in the cell beside it, however the
 * cells' lines wrap and run together on the page's text lines. Wordings and layouts invented for the test.
 */
class ADetailsGridPrintedToPdfIsReadCellByCellTest {
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");

    private record Case(String layout, CouncilTemplatePdf pdf, ReferralField field, String answer) {
    }

    /**
     * Rows the hub does not read yet, kept visible, never disabled: the cells are paired, but these labels' wordings
     * ("Children's social care system number", "Your position e.g. PA, SW, housing officer" - a hint outside brackets)
     * are not yet known to the referral's fields (a matter of wordings, not of the layout).
     */
    private static final Set<String> NOT_YET = Set.of("wrapped labels (no column rules) LCS_NUMBER",
            "wrapped labels (no column rules) REFERRER_ROLE", "wrapped labels (column rules) LCS_NUMBER",
            "wrapped labels (column rules) REFERRER_ROLE");

    private static CouncilTemplatePdf wrappedGrid() {
        return new CouncilTemplatePdf()
                .row("Young person's|name as it appears|on Mosaic:", "Tomos Reed", "Date the YP was|born - check|against ID:",
                        "04/05/2009")
                .row("YP's gender in|their own words", "Male", "Children's social|care system|number", "5528193")
                .row("Name of the|person completing|this form", "Cerys Okafor", "Your position|e.g. PA, SW,|housing officer",
                        "Leaving Care PA")
                .row("Reasons and risks")
                .row("Why is supported accommodation the right option at this point?")
                .row("His mother has moved into a one-bedroom flat and there is no room for him.");
    }

    private static CouncilTemplatePdf shortGrid() {
        return new CouncilTemplatePdf()
                .row("Full name", "Layla al-Hassan", "Date of birth", "12 March 2008")
                .row("Referrer", "Owen Prosser", "Job title", "Social Worker")
                .row("Team / service", "Youth Justice Service", "Email", "o.prosser@council.test");
    }

    private static CouncilTemplatePdf twoLineAnswers() {
        return new CouncilTemplatePdf()
                .row("Name of young|person", "Aoife Ní|Bhriain", "DOB", "1/2/2008")
                .row("Referring|worker", "Dewi ap|Rhys", "Role", "Personal|Adviser")
                .row("Why are you referring?", "Her stepfather|asked her to leave.", "Consent given?", "Yes");
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (boolean rules : new boolean[] {false, true}) {
            String how = rules ? " (column rules)" : " (no column rules)";
            CouncilTemplatePdf a = wrappedGrid();
            CouncilTemplatePdf b = shortGrid();
            CouncilTemplatePdf c = twoLineAnswers();
            if (rules) {
                a.withColumnRules();
                b.withColumnRules();
                c.withColumnRules();
            }
            cases.add(new Case("wrapped labels" + how, a, ReferralField.FULL_NAME, "Tomos Reed"));
            cases.add(new Case("wrapped labels" + how, a, ReferralField.DATE_OF_BIRTH, "04/05/2009"));
            cases.add(new Case("wrapped labels" + how, a, ReferralField.GENDER, "Male"));
            cases.add(new Case("wrapped labels" + how, a, ReferralField.LCS_NUMBER, "5528193"));
            cases.add(new Case("wrapped labels" + how, a, ReferralField.REFERRER_NAME, "Cerys Okafor"));
            cases.add(new Case("wrapped labels" + how, a, ReferralField.REFERRER_ROLE, "Leaving Care PA"));
            cases.add(new Case("wrapped labels" + how, a, ReferralField.REASON,
                    "His mother has moved into a one-bedroom flat and there is no room for him."));
            cases.add(new Case("one-line cells" + how, b, ReferralField.FULL_NAME, "Layla al-Hassan"));
            cases.add(new Case("one-line cells" + how, b, ReferralField.DATE_OF_BIRTH, "12 March 2008"));
            cases.add(new Case("one-line cells" + how, b, ReferralField.REFERRER_NAME, "Owen Prosser"));
            cases.add(new Case("one-line cells" + how, b, ReferralField.REFERRER_ROLE, "Social Worker"));
            cases.add(new Case("one-line cells" + how, b, ReferralField.ORGANISATION, "Youth Justice Service"));
            cases.add(new Case("one-line cells" + how, b, ReferralField.REFERRER_EMAIL, "o.prosser@council.test"));
            cases.add(new Case("wrapped answers" + how, c, ReferralField.FULL_NAME, "Aoife Ní Bhriain"));
            cases.add(new Case("wrapped answers" + how, c, ReferralField.DATE_OF_BIRTH, "1/2/2008"));
            cases.add(new Case("wrapped answers" + how, c, ReferralField.REFERRER_NAME, "Dewi ap Rhys"));
            cases.add(new Case("wrapped answers" + how, c, ReferralField.REFERRER_ROLE, "Personal Adviser"));
            cases.add(new Case("wrapped answers" + how, c, ReferralField.REASON, "Her stepfather asked her to leave."));
            cases.add(new Case("wrapped answers" + how, c, ReferralField.CONSENT, "Yes"));
        }
        return cases;
    }

    @Test
    void eachLabelCellTakesTheAnswerCellBesideIt() throws Exception {
        List<String> misses = new ArrayList<>();
        List<Case> cases = cases();
        Map<CouncilTemplatePdf, Map<ReferralField, String>> read = new java.util.IdentityHashMap<>();
        for (Case c : cases) {
            Map<ReferralField, String> values = read.computeIfAbsent(c.pdf(), p -> {
                try {
                    return REFERRAL.read(PdfReader.readWithTables("form.pdf", p.bytes()).form()).values();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            String got = values.get(c.field());
            if (!c.answer().equals(got)) {
                misses.add(c.layout() + " " + c.field() + ": " + got + " (wanted " + c.answer() + ")");
            }
        }
        System.out.println("ADetailsGridPrintedToPdfIsReadCellByCell: " + (cases.size() - misses.size()) + "/" + cases.size());
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertThat(misses.stream().filter(m -> NOT_YET.stream().noneMatch(m::startsWith)).toList()).isEmpty();
    }
}
