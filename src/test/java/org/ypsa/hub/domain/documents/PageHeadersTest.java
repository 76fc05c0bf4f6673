package org.ypsa.hub.domain.documents;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A long form's running page header ("Page 4 of 4 | Referral form", "Section 3 of 7 - Incident report") printed over
 * each page is no label (issue 14): the paragraph a PDF or Word table sets beside it (a signed declaration, the next
 * answer) is not read as the answer of a field its title's words name. Headers invented for the test.
 */
class PageHeadersTest {
    private static final FieldCatalog<SafeguardingField> INCIDENT = FieldCatalog.shipped(SafeguardingField.class,
            "safeguarding-incident");

    static Stream<Arguments> headers() {
        List<String> places = List.of("Page 4 of 4", "Page 2 of 5", "PAGE 3 OF 6", "Tudalen 2 o 5", "p. 2 of 3",
                "Section 3 of 7", "Part 2/4");
        List<String> titles = List.of("Incident report", "Safeguarding Incident Notification (PROVIDERS)",
                "Description of the incident and actions", "Notification to the placing authority v3");
        return places.stream().flatMap(p -> titles.stream().flatMap(t -> Stream.of(
                Arguments.of(p + " | " + t), Arguments.of(t + " | " + p), Arguments.of(p + " - " + t),
                Arguments.of(t + " \u2013 " + p), Arguments.of(t + " (" + p + ")"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headers")
    void aRunningPageHeaderIsNoLabelSoTheParagraphBesideItIsNoAnswer(String header) {
        assertThat(DocumentMarkings.isPageHeader(header)).isTrue();
        LabelledDocument doc = new LabelledDocument("incident.pdf", "", List.of(
                new LabelledDocument.Entry(header, "Ticked boxes are the ones that apply.", "table row 1"),
                new LabelledDocument.Entry("What happened?", "She returned at 2am with cuts to her arm.", "table row 3"),
                new LabelledDocument.Entry(header, "I confirm the details above are correct to the best of my knowledge.",
                        "table row 9")));
        assertThat(INCIDENT.read(doc).values()).containsEntry(SafeguardingField.DESCRIPTION,
                "She returned at 2am with cuts to her arm.");
        LabelledDocument declarationOnly = new LabelledDocument("incident.pdf", "", List.of(
                new LabelledDocument.Entry(header, "I confirm the details above are correct to the best of my knowledge.",
                        "table row 9")));
        assertThat(INCIDENT.read(declarationOnly).values().get(SafeguardingField.DESCRIPTION))
                .as("the declaration beside the header is nobody's answer").isNullOrEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Section 3 of 7", "Section 2: Referrer", "Page 2 of 5", "Date - 12/03/2026",
            "Description of the incident", "Part 2 - the young person", "Risks - see page 2", "Page 2"})
    void aHeadingAloneOrALabelAndItsValueIsNoPageHeader(String line) {
        assertThat(DocumentMarkings.isPageHeader(line)).isFalse();
    }
}
