package org.ypsa.hub.domain.forms;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.risk.RiskField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question on a provider's risk concern asks the part of its kind (stop 50, risk50): why the provider cannot, is
 * unable or struggling asks the reason; what would help, be needed or make the placement work asks the resources; what
 * is happening or the concern asks the risk - in words no form lists. A question about what was done already, and a
 * heading with no question mark that is not put whole as one of the kinds, are not read so. A heading that says the
 * provider would say yes on a condition and leaves the condition for the answer ("Would be fine if...") asks the
 * resources (stop 64).
 */
class ARiskConcernQuestionAsksThePartOfItsKindTest {
    private static final FieldCatalog<RiskField> RISK = FieldCatalog.shipped(RiskField.class, "risk-concern");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "What behaviour is causing concern?|RISK",
        "What risk is the young person presenting?|RISK",
        "What is putting the placement at risk?|RISK",
        "What is worrying staff at the moment?|RISK",
        "Why are staff unable to keep him safe?|REASON",
        "Why is the scheme struggling to hold this?|REASON",
        "Why can't the team manage the behaviour?|REASON",
        "What stops the service managing it?|REASON",
        "What would make this placement safe?|RESOURCES",
        "What would reduce the risk (staffing, training)?|RESOURCES",
        "Beth fyddai'n helpu? / What would help the scheme keep him?|RESOURCES",
        "What do you need from the council?|RESOURCES",
        "What makes it unmanageable?|REASON",
        "Pa risg na allwn ei rheoli / What the service cannot hold|RISK",
        "Beth na allwn ei reoli / What we can't manage *|RISK",
        "Why the scheme is unable to continue|REASON",
        "CYMORTH / WHAT WOULD HELP THE SCHEME KEEP HIM|RESOURCES",
        "What we would need|RESOURCES",
        // the provider's yes on a condition, the condition left for the answer (stop 64)
        "Would be fine if...|RESOURCES",
        "We could accept this referral if|RESOURCES",
        "Placement might work with…|RESOURCES",
        "we'd take her if there was|RESOURCES",
        "I would consider it provided|RESOURCES",
    })
    void aQuestionOfAKindAsksItsPart(String question, RiskField part) {
        assertThat(ConcernAsked.of(question).map(Enum::name)).contains(part.name().equals("RESOURCES") ? "RESOURCES"
                : part.name());
        assertThat(RISK.match(question)).contains(part);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "What help has been offered already?",
        "What support have you tried?",
        "Why is the young person homeless?",
        "What is the date of birth?",
        "What we can't manage is her going out at night and coming back late",
        "What we did about it",
        "We would accept if she had not been evicted twice before, but the risk is too high now",
        "Would you like a call back if",
    })
    void aQuestionOfNoneOfTheKindsAsksNoPartByItsKind(String question) {
        assertThat(ConcernAsked.of(question)).isEqualTo(Optional.empty());
    }
}
