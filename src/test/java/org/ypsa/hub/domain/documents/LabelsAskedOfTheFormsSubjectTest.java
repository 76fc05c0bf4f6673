package org.ypsa.hub.domain.documents;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.intelligence.IntelligenceField;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Labels that ask a field of the thing the form is about, in the words of the form's own title ("Description of the
 * safeguarding incident"), and labels that hedge the value they ask ("Roughly what time?") (issue 14, sg40). Wordings
 * invented for these tests.
 */
class LabelsAskedOfTheFormsSubjectTest {
    private static final FieldCatalog<SafeguardingField> INCIDENT =
            FieldCatalog.shipped(SafeguardingField.class, "safeguarding-incident");
    private static final FieldCatalog<IntelligenceField> INTELLIGENCE =
            FieldCatalog.shipped(IntelligenceField.class, "intelligence-submission");

    private static final String INCIDENT_HEAD = "Report of a safeguarding incident\nProvider: Oxon Youth\n"
            + "Resident's name: Mali Pritchard\nDate of incident: 03/12/2026\nTime: 21:15\nCategory: Violence\n"
            + "Severity: Low\n";

    @Test
    void aFieldsWordingAskedOfTheFormsTitleIsThatFieldsLabelNotTheTitle() {
        // "Description of the safeguarding incident" names the form's title ("safeguarding incident") but asks for
        // the description: the line under it is its answer, not a heading's
        for (String label : new String[] {"Description of the safeguarding incident", "Summary of this safeguarding incident",
                "Account of the incident report"}) {
            Map<SafeguardingField, String> f = INCIDENT.read(TextDocuments.pdfText(INCIDENT_HEAD + label
                    + "\nMali threw a mug at another resident in the kitchen.\nActions taken\nStaff separated them.\n"))
                    .values();
            assertThat(f).as(label).containsEntry(SafeguardingField.DESCRIPTION,
                    "Mali threw a mug at another resident in the kitchen.");
        }
    }

    @Test
    void theFormsTitleAloneOrCalledAReportStaysTheTitle() {
        // "Provider report of a safeguarding incident": the words before "of" name the document, so it is the title,
        // and "Safeguarding incident" alone is the title: neither is the provider's nor the description's label
        Map<SafeguardingField, String> f = INCIDENT.read(TextDocuments.pdfText("Provider report of a safeguarding "
                + "incident\nMali threw a mug.\nName: Mali Pritchard\n")).values();
        assertThat(f.get(SafeguardingField.PROVIDER)).isNull();
        assertThat(f.get(SafeguardingField.DESCRIPTION)).isNull();
        Map<IntelligenceField, String> i = INTELLIGENCE.read(TextDocuments.pdfText("Intelligence submission\n"
                + "Agency: Oxon Youth\n")).values();
        assertThat(i.get(IntelligenceField.INFORMATION)).isNull();
    }

    @Test
    void aLabelsHedgeAsksForAnApproximateValue() {
        // "Roughly what time?" is the incident's approximate time, as "Approx. time" is
        assertThat(INCIDENT.match("Roughly what time?")).contains(SafeguardingField.INCIDENT_TIME);
        assertThat(INCIDENT.match("Q9 Approximately what time")).contains(SafeguardingField.INCIDENT_TIME);
        assertThat(INCIDENT.match("Roughly when did it happen?")).contains(SafeguardingField.WHEN);
    }
}
