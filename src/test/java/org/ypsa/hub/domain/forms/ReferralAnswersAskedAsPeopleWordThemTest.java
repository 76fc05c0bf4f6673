package org.ypsa.hub.domain.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.referrals.ReferralField;
import org.ypsa.hub.support.Yardstick;

/**
 * The yardstick of stop 49 for the referral's answers (consent, family group conference, legal status, referral type,
 * date needed, preferred locality) and for labels written in Welsh and English: ways councils, providers and police
 * ask for each on a form, written before reading any mail of the corpus. A yes/no question about the young person
 * knowing, agreeing, being happy or aware asks the consent; a label "Welsh / English" matches on either half.
 */
class ReferralAnswersAskedAsPeopleWordThemTest {
    private static final List<Yardstick.Row> TABLE = Yardstick.pairs(
        // consent: a yes/no question about the young person knowing, agreeing, being aware or happy
        "Does the young person consent to this referral?", "CONSENT",
        "Is the YP aware of and in agreement with this referral?", "CONSENT",
        "Does the young person know about the referral and agree to it?", "CONSENT",
        "Is the young person happy for this referral to be made?", "CONSENT",
        "Has the young person agreed to the referral? [X] Y [ ] N", "CONSENT",
        "Young person aware of referral (Y/N)", "CONSENT",
        "YP agrees to information being shared", "CONSENT",
        "Consent to share information (Y/N)", "CONSENT",
        "Has consent been obtained from the young person?", "CONSENT",
        "Is the young person in agreement with this referral?", "CONSENT",
        "Caniatâd / Consent", "CONSENT",
        "Is the young person aware of this referral and happy for information to be shared?", "CONSENT",
        "Has the YP given permission to share their details?", "CONSENT",
        "Agreement of young person to referral", "CONSENT",
        "YP happy with referral Y/N", "CONSENT",
        // family group conference: offered, held, completed, a family meeting
        "Family Group Conference offered? (Y/N)", "FGC_OFFERED",
        "Has an FGC taken place?", "FGC_OFFERED",
        "Has a family meeting been held?", "FGC_OFFERED",
        "FGC completed Y/N", "FGC_OFFERED",
        "Family Group Conference held with the family", "FGC_OFFERED",
        "Has a Family Group Conference been completed?", "FGC_OFFERED",
        "Was a family group conference held?", "FGC_OFFERED",
        "Family meeting offered", "FGC_OFFERED",
        "FGC held?", "FGC_OFFERED",
        "Has the family been offered an FGC?", "FGC_OFFERED",
        "Family group conference completed?", "FGC_OFFERED",
        "Has there been a family group meeting?", "FGC_OFFERED",
        "Date of family meeting", "FGC_DATE",
        "When was the FGC held?", "FGC_DATE",
        // legal status
        "Legal status", "LEGAL_STATUS",
        "Care status of young person", "LEGAL_STATUS",
        "Looked after status (S20 / S31 / care leaver)", "LEGAL_STATUS",
        "Current legal status of the young person", "LEGAL_STATUS",
        "Statws cyfreithiol / Legal status", "LEGAL_STATUS",
        "Statws gofal / Care status", "LEGAL_STATUS",
        "Care leaver status", "LEGAL_STATUS",
        "LAC status", "LEGAL_STATUS",
        "Looked after / care leaver / child in need", "LEGAL_STATUS",
        "YP's legal status", "LEGAL_STATUS",
        "Legal status of the YP (e.g. S20, care leaver)", "LEGAL_STATUS",
        "Care status", "LEGAL_STATUS",
        // referral type: emergency, same day or planned
        "Emergency or planned?", "VARIANT",
        "Same-day or planned referral", "VARIANT",
        "Is this a same day request?", "VARIANT",
        "Planned / Emergency", "VARIANT",
        "Urgency of referral", "VARIANT",
        "Type of request (emergency / planned)", "VARIANT",
        "Emergency referral Y/N", "VARIANT",
        "Is this referral an emergency?", "VARIANT",
        "Referral type", "VARIANT",
        "Planned or same day?", "VARIANT",
        "Math o atgyfeiriad / Referral type", "VARIANT",
        "Emergency / planned referral", "VARIANT",
        // date needed
        "When does the accommodation need to start?", "DATE_NEEDED",
        "Start date", "DATE_NEEDED",
        "Accommodation needed by which date?", "DATE_NEEDED",
        "Date accommodation needed from", "DATE_NEEDED",
        "When is the accommodation required?", "DATE_NEEDED",
        "Placement start date", "DATE_NEEDED",
        "Requested start date", "DATE_NEEDED",
        "When does the young person need to move in?", "DATE_NEEDED",
        "Date required", "DATE_NEEDED",
        "Dyddiad dechrau / Start date", "DATE_NEEDED",
        "Date needed by", "DATE_NEEDED",
        "Earliest move-in date", "DATE_NEEDED",
        "When is the placement needed from?", "DATE_NEEDED",
        // preferred locality
        "Preferred area", "PREFERRED_LOCALITY",
        "Which area would the YP like to live in?", "PREFERRED_LOCALITY",
        "Area of the county preferred", "PREFERRED_LOCALITY",
        "Preferred town", "PREFERRED_LOCALITY",
        "Location preferred", "PREFERRED_LOCALITY",
        "Which locality is the young person from?", "PREFERRED_LOCALITY",
        "Which part of the borough does the young person come from?", "PREFERRED_LOCALITY",
        "Ardal a ffefrir / Preferred area", "PREFERRED_LOCALITY",
        "Preferred locality (north / south / east / west)", "PREFERRED_LOCALITY",
        "Home area", "PREFERRED_LOCALITY",
        "Area the YP is from", "PREFERRED_LOCALITY",
        "Preferred district", "PREFERRED_LOCALITY",
        // labels in Welsh and English: either half
        "Rhif achos / Case number (LCS)", "LCS_NUMBER",
        "Enw llawn / Full name", "FULL_NAME",
        "Dyddiad geni / Date of birth", "DATE_OF_BIRTH",
        "Rheswm dros atgyfeirio / Reason for referral", "REASON",
        "Rhyw / Gender", "GENDER",
        "Cyfeiriad presennol / Current address", "CURRENT_ADDRESS",
        "Anghenion cymorth / Support needs", "SUPPORT_NEEDS",
        "Iechyd meddwl / Mental health", "MENTAL_HEALTH",
        "Statws gofal / Care status of YP", "LEGAL_STATUS",
        "Dyddiad angen / Date needed", "DATE_NEEDED",
        "Caniatâd y person ifanc / Young person's consent", "CONSENT",
        "Cynhadledd grŵp teulu / Family group conference", "FGC_OFFERED"
    );

    @Test
    void eachAnswerIsFoundUnderTheWaysPeopleAskForIt() {
        FieldCatalog<ReferralField> c = FieldCatalog.shipped(ReferralField.class, "referral");
        var read = Yardstick.read("ReferralAnswersAskedAsPeopleWordThem", TABLE,
                Yardstick.placedOn(c));
        assertThat(read.misses()).isEmpty();
    }
}
