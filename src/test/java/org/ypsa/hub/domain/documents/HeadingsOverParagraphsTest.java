package org.ypsa.hub.domain.documents;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.domain.risk.RiskField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Safety (issue 14): a risk concern's parts written as headings with a paragraph under each, the heading going on in
 * small letters after the words that name its field ("Why this cannot be safely managed here"). The whole line is the
 * heading and the paragraph its answer: the heading's tail ("this cannot be safely managed here") is never routed as
 * the answer. Headings invented for the test, as providers word the three parts.
 */
class HeadingsOverParagraphsTest {
    private static final FieldCatalog<RiskField> RISK = FieldCatalog.shipped(RiskField.class, "risk-concern");
    private static final String RISK_TEXT = "He has set two fires in his bedroom this month.";
    private static final String REASON_TEXT = "The scheme has no waking night staff after ten.";
    private static final String HELP_TEXT = "Waking night cover for the first six weeks would let us offer a room.";

    static Stream<Arguments> headings() {
        List<String> risks = List.of("Risk identified in the referral papers", "Nature of the risk we cannot hold",
                "Description of risk", "The risk as we understand it");
        List<String> reasons = List.of("Why this cannot be safely managed in our service",
                "Why the scheme is not able to hold it", "Reasons provider is unable to manage",
                "Barriers to managing the risk safely", "Current management and its limits");
        List<String> helps = List.of("Mitigation that would allow acceptance", "What would help us say yes",
                "Support that would enable us to offer a placement", "Resources required before a move in",
                "Conditions for acceptance");
        return risks.stream().flatMap(r -> reasons.stream().flatMap(w -> helps.stream().map(h -> Arguments.of(r, w, h))));
    }

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @MethodSource("headings")
    void eachHeadingsParagraphIsItsAnswerAndTheHeadingsWordsAreNone(String risk, String reason, String help) {
        String body = "Risk concern\nReferral reference: BRK/2027/0451\nProvider: Response\n\n" + risk + "\n" + RISK_TEXT
                + "\n\n" + reason + "\n" + REASON_TEXT + "\n\n" + help + "\n" + HELP_TEXT + "\n";
        Map<RiskField, String> f = RISK.read(TextDocuments.bodyLines(body)).values();
        assertThat(f).containsEntry(RiskField.RISK, RISK_TEXT).containsEntry(RiskField.REASON, REASON_TEXT)
                .containsEntry(RiskField.RESOURCES, HELP_TEXT);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Reason: the scheme has no waking night staff", "Reason not known at present",
            "Reason unknown"})
    void aLineWithItsOwnAnswerOverASentenceKeepsItsAnswer(String line) {
        String body = "Risk concern\nReferral reference: BRK/2027/0451\n" + line + "\n" + RISK_TEXT + "\n";
        Map<RiskField, String> f = RISK.read(TextDocuments.bodyLines(body)).values();
        assertThat(f.get(RiskField.REASON)).isNotEqualTo(RISK_TEXT);
    }
}
