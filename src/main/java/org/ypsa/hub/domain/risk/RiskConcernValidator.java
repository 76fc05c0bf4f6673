package org.ypsa.hub.domain.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.domain.Validated;
import org.ypsa.hub.domain.directory.Directory;

import static org.ypsa.hub.domain.documents.FieldValues.value;

/** A risk concern needs its referral, its provider and all three parts. */
public final class RiskConcernValidator {
    private static final String FORM = "Risk concern";
    private final Directory directory;

    public RiskConcernValidator(Directory directory) {
        this.directory = directory;
    }

    public Validated<RiskConcern> validate(Map<RiskField, String> f, String subject, String sender) {
        return validate(f, subject, "", sender);
    }

    /**
     * The referral's reference may be in any scheme (SPEC.md: "referral reference"): the hub's own (YPSA-…), which
     * links the concern to the hub's case, or the one Brokerage or the referrer gave it (BRK/2026/0312). Taken from
     * the form's field, else from the subject, else from a "ref" line of the text.
     */
    public Validated<RiskConcern> validate(Map<RiskField, String> f, String subject, String text, String sender) {
        List<Problem> problems = new ArrayList<>();
        // the referral's reference in any scheme: the hub's (YPSA-…), Brokerage's (BRK/2026/0312), a council's
        String ref = RiskConcern.referenceToken(value(f, RiskField.REFERRAL_REFERENCE));
        if (!ref.matches("(?s).*\\d.*")) {
            ref = ""; // a reference has a digit: words under a reference label ("risk concern") are not one
        }
        if (ref.isEmpty()) {
            ref = RiskConcern.referenceIn(subject == null ? "" : subject)
                    .or(() -> RiskConcern.labelledReferenceIn(text == null ? "" : text)).orElse("");
        }
        if (RiskConcern.isHubReference(ref)) {
            ref = ref.toUpperCase(java.util.Locale.ROOT);
        }
        if (ref.isEmpty()) {
            problems.add(new Problem(FORM, RiskField.REFERRAL_REFERENCE.label(), "is missing",
                    "the referral's reference in any scheme (the hub's YPSA-… or Brokerage's, such as BRK/2026/0312), "
                            + "in the form or in the subject"));
        }
        Directory.Provider provider = null;
        String named = value(f, RiskField.PROVIDER);
        // a name the directory does not know is read as the provider the sender's address belongs to, if only one
        Optional<Directory.Provider> p = directory.providerNamedOrSending(named, sender);
        if (p.isEmpty()) {
            problems.add(new Problem(FORM, RiskField.PROVIDER.label(), named.isEmpty() ? "is missing"
                    : "\"" + named + "\" is not a provider in the directory", "your organisation's name"));
        } else if (!p.get().sendsFrom(sender)) {
            problems.add(new Problem(FORM, RiskField.PROVIDER.label(), "the concern is for " + p.get().name()
                    + " but was sent from an address that is not registered for it",
                    "the concern sent from " + p.get().name() + "'s registered address"));
        } else {
            provider = p.get();
        }
        for (RiskField part : List.of(RiskField.RISK, RiskField.REASON, RiskField.RESOURCES)) {
            // a provider's name alone where a part is asked ("Stonewater" as the risk) is the provider's row taken
            // into the place of a part the form left out, not an answer
            org.ypsa.hub.domain.documents.FieldValues.noValue(f, part).or(() -> directory.isOnlyAProvidersName(
                    value(f, part)) ? Optional.of("is missing: the form gives only a provider's name there")
                            : Optional.empty()).ifPresent(why -> problems.add(new Problem(FORM,
                    part.label(), why, "all three parts: the risk you are unable to manage, why it cannot be managed, "
                            + "and the resources or support that would enable it")));
        }
        if (!problems.isEmpty()) {
            return Validated.invalid(problems, List.of());
        }
        return Validated.valid(new RiskConcern(ref, provider.id(), provider.name(), value(f, RiskField.RISK),
                value(f, RiskField.REASON), value(f, RiskField.RESOURCES)), List.of());
    }

}
