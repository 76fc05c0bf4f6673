package org.ypsa.hub.domain.referrals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.domain.directory.Directory;
import org.ypsa.hub.domain.intake.Validated;

import static org.ypsa.hub.domain.documents.FieldValues.value;

/** A risk concern needs its referral, its provider and all three parts. */
public final class RiskConcernValidator {
    private static final String FORM = "Risk concern";
    /** A reference in a subject: the hub's, or a scheme's letters then numbers ("BRK/2026/0312", "REF-12345"). */
    private static final java.util.regex.Pattern SUBJECT_REFERENCE = java.util.regex.Pattern.compile(
            "YPSA-[0-9A-Z]{5}-[0-9A-Z]{5}|\\b[A-Z]{2,6}[/-]\\d{2,4}(?:[/-]\\d{2,6})+\\b|\\b[A-Z]{2,6}-?\\d{4,8}\\b");
    private final Directory directory;

    public RiskConcernValidator(Directory directory) {
        this.directory = directory;
    }

    public Validated<RiskConcern> validate(Map<RiskField, String> f, String subject, String sender) {
        List<Problem> problems = new ArrayList<>();
        // the referral's reference in any scheme: the hub's (YPSA-…), Brokerage's (BRK/2026/0312), a council's
        String ref = value(f, RiskField.REFERRAL_REFERENCE);
        if (ref.isEmpty()) {
            java.util.regex.Matcher m = SUBJECT_REFERENCE.matcher(subject == null ? "" : subject);
            ref = m.find() ? m.group() : "";
        }
        if (ref.isEmpty()) {
            problems.add(new Problem(FORM, RiskField.REFERRAL_REFERENCE.label(), "is missing",
                    "the referral's reference (the hub's YPSA-… or Brokerage's own number), in the form or in the "
                            + "subject"));
        }
        Directory.Provider provider = null;
        String named = value(f, RiskField.PROVIDER);
        Optional<Directory.Provider> p = named.isEmpty() ? directory.soleProviderSendingFrom(sender)
                : directory.provider(named);
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
            if (value(f, part).isEmpty()) {
                problems.add(new Problem(FORM, part.label(), "is missing", "all three parts: the risk you are unable "
                        + "to manage, why it cannot be managed, and the resources or support that would enable it"));
            }
        }
        if (!problems.isEmpty()) {
            return Validated.invalid(problems, List.of());
        }
        return Validated.valid(new RiskConcern(ref, provider.id(), provider.name(), value(f, RiskField.RISK),
                value(f, RiskField.REASON), value(f, RiskField.RESOURCES)), List.of());
    }

}
