package org.ypsa.hub.domain.forms;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.mash.MashField;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a label asks by how it is put, not only by the words it shares with a field's wordings (stop 63, from the
 * labels of an independent author): a date asked is the thing's date, a condition put first scopes what is asked
 * after it, why it is shared without consent is the safeguarding basis, and a yes-or-no question asks no name.
 */
class WhatALabelAsksByItsShapeTest {
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");
    private static final FieldCatalog<MashField> MASH = FieldCatalog.shipped(MashField.class, "mash-referral");

    private static String placed(String form, String label) {
        FieldCatalog<?> c = form.equals("mash") ? MASH : REFERRAL;
        return c.match(label).map(Enum::name).orElse("-");
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            mash     | DATE MEDIATION TRIED                                | MEDIATION_DATE
            mash     | Mediation attempted - date                          | MEDIATION_DATE
            mash     | DATE MEDIATION OFFERED                              | MEDIATION_DATE
            """)
    void aDateAskedIsTheThingsDateNotTheThingItself(String form, String label, String field) {
        assertThat(placed(form, label)).isEqualTo(field);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            mash     | If mediation was tried, what happened as a result?  | MEDIATION_OUTCOME
            mash     | 12. If there was mediation, what came of it?        | MEDIATION_OUTCOME
            referral | Where the YP has not consented, give the basis for sharing | SAFEGUARDING_BASIS
            """)
    void aConditionPutFirstScopesWhatIsAskedAfterIt(String form, String label, String field) {
        assertThat(placed(form, label)).isEqualTo(field);
    }

    @ParameterizedTest(name = "{0} -> SAFEGUARDING_BASIS")
    @CsvSource(delimiter = '|', textBlock = """
            CONSENT REFUSED - GROUNDS FOR SHARING
            No consent: lawful basis
            Reason for sharing if consent withheld
            """)
    void whyItIsSharedWithoutConsentIsTheSafeguardingBasis(String label) {
        assertThat(placed("referral", label)).isEqualTo("SAFEGUARDING_BASIS");
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            mash | Is the child at risk of harm at home?                  | -
            mash | Has the child's family been offered mediation?        | MEDIATION
            mash | Was mediation tried with mum or dad?                  | MEDIATION
            """)
    void aYesOrNoQuestionAsksNoNameAndIsTheYesOrNoField(String form, String label, String field) {
        assertThat(placed(form, label)).isNotIn("NAME", "PARENT_CONTACT").isEqualTo(field);
    }
}
