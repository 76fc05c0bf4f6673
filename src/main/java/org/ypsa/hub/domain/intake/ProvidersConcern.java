package org.ypsa.hub.domain.intake;

import java.util.Map;

import org.ypsa.hub.domain.directory.Directory;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.documents.FieldValues;
import org.ypsa.hub.domain.risk.RiskField;

/**
 * A provider's own notice about a placement read against a referral (stop 49, risk49). A provider does not refer
 * (SPEC: providers send void returns, incidents, risk concerns and intelligence; a referral from its address is refused
 * whatever it holds). So a document sent from a provider's address - one that is no council or partner domain - that
 * answers the risk concern's own questions (the risk it cannot manage, why, what would help) is that provider's risk
 * concern, not a referral nor a MASH referral, however many words ("young person", "date of birth", "reason",
 * "completed by") it shares with them. Incidents and intelligence are weighed as ever. A council's referral is never
 * weighed here: its sender is no provider's.
 */
final class ProvidersConcern {
    /** Of the risk concern's three parts, how many a document must answer to be the provider's concern. */
    private static final int PARTS_NEEDED = 2;

    private ProvidersConcern() {
    }

    /** Whether a risk concern read so, from this sender, is what the document is rather than a referral. */
    static boolean outweighsAReferral(Directory directory, String sender, FieldCatalog.Reading<RiskField> risk) {
        return fromAProviderOnly(directory, sender) && partsAnswered(risk.values()) >= PARTS_NEEDED;
    }

    static boolean fromAProviderOnly(Directory directory, String sender) {
        if (sender == null || sender.indexOf('@') < 0 || directory.providersSendingFrom(sender).isEmpty()) {
            return false;
        }
        // the in-house service writes from a council domain, and may refer: its referrals are weighed as ever
        return !directory.isReferrerAddress(sender);
    }

    private static int partsAnswered(Map<RiskField, String> values) {
        int n = 0;
        for (RiskField part : new RiskField[] {RiskField.RISK, RiskField.REASON, RiskField.RESOURCES}) {
            if (!FieldValues.isBlank(values.get(part))) {
                n++;
            }
        }
        return n;
    }
}
