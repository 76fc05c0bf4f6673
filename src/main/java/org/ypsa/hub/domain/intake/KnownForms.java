package org.ypsa.hub.domain.intake;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ypsa.hub.domain.forms.FormLibrary;
import org.ypsa.hub.domain.intelligence.IntelligenceField;
import org.ypsa.hub.domain.mash.MashField;
import org.ypsa.hub.domain.referrals.ReferralField;
import org.ypsa.hub.domain.risk.RiskField;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;
import org.ypsa.hub.domain.voids.VoidField;

/** The forms the hub has rules for, each with the Java fields its file in config/forms must describe. */
public final class KnownForms {
    private static final Map<String, Class<? extends Enum<?>>> FIELDS = fields();

    private KnownForms() {
    }

    private static Map<String, Class<? extends Enum<?>>> fields() {
        Map<String, Class<? extends Enum<?>>> m = new LinkedHashMap<>();
        m.put(FormType.VOID_RETURN.id(), VoidField.class);
        m.put(FormType.REFERRAL.id(), ReferralField.class);
        m.put(FormType.RISK_CONCERN.id(), RiskField.class);
        m.put(FormType.SAFEGUARDING_INCIDENT.id(), SafeguardingField.class);
        m.put(FormType.INTELLIGENCE_SUBMISSION.id(), IntelligenceField.class);
        m.put(FormType.MASH_REFERRAL.id(), MashField.class);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The forms of a folder, checked against the hub's rules with file and line. */
    public static FormLibrary.Loaded load(Path dir) {
        return FormLibrary.load(dir, FIELDS);
    }
}
