package org.ypsa.hub.domain.documents;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.intelligence.IntelligenceField;
import org.ypsa.hub.domain.mash.MashField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wordings of config/forms that people use for a submitter's contact and a child's address (a submission had been
 * rejected for want of a contact it held under "Secure email address" and "Number to call you on").
 */
class ContactAndAddressWordingsTest {
    private static final FieldCatalog<IntelligenceField> INTELLIGENCE =
            FieldCatalog.shipped(IntelligenceField.class, "intelligence-submission");
    private static final FieldCatalog<MashField> MASH = FieldCatalog.shipped(MashField.class, "mash-referral");

    @Test
    void aSecureEmailAddressAndANumberToCallAreTheSubmittersContact() {
        Map<IntelligenceField, String> f = INTELLIGENCE.read(TextDocuments.body("Intelligence submission\n\n"
                + "Secure email address\nsam.worker@provider.test\n\nNumber to call you on\n07700 900123\n")).values();
        assertThat(f.get(IntelligenceField.EMAIL)).isEqualTo("sam.worker@provider.test");
        assertThat(f.get(IntelligenceField.PHONE)).isEqualTo("07700 900123");
    }

    @Test
    void theChildsAddressNowIsTheAddress() {
        Map<MashField, String> f = MASH.read(Tables.wordTable("MASH referral", "Name of child\tRobin Tewksbury",
                "Child's address now\t3 Mill Lane, Banbury, OX16 1AA")).values();
        assertThat(f.get(MashField.ADDRESS)).isEqualTo("3 Mill Lane, Banbury, OX16 1AA");
    }
}
