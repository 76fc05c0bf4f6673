package org.ypsa.hub.domain.documents;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.forms.Words;
import org.ypsa.hub.domain.mash.MashField;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a name's label ends and its value begins (issue 14, round tuneU): the Welsh half of a label in two languages
 * is no part of the value even when one of its words ("enw") is a name's word; an equals sign ends a label as a colon
 * does; a team's or role's name in a signature is no person's
 * name; an export's midnight beside a time field is a date alone.
 */
class LabelEndsAndNamesTest {
    private static final FieldCatalog<MashField> MASH = FieldCatalog.shipped(MashField.class, "mash-referral");
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");

    @Test
    void aWelshHalfBeforeTheEnglishIsNoPartOfTheNameEvenWhenItsEnwIsANamesWord() {
        Map<MashField, String> f = MASH.read(TextDocuments.body(
                "MASH referral\nEnw llawn y plentyn / Child full name: Ruby-Mae O'Sullivan\nDate of birth: 25/03/2010\n"))
                .values();
        assertThat(f).containsEntry(MashField.NAME, "Ruby-Mae O'Sullivan");
        assertThat(Words.allWelsh("Enw llawn y plentyn")).isTrue();
        assertThat(Words.allWelsh("Enw'r person ifanc")).isTrue();
        assertThat(Words.allWelsh("SW")).isFalse();
        assertThat(Words.allWelsh("Name of person")).isFalse();
    }

    @Test
    void anEqualsSignEndsALabelAsAColonDoes() {
        Map<ReferralField, String> f = REFERRAL.read(TextDocuments.body(
                "Referral\nName of young person = Siobhán Ní Bhriain\nPosition = Senior Practitioner, 16+ team\n"))
                .values();
        assertThat(f).containsEntry(ReferralField.FULL_NAME, "Siobhán Ní Bhriain");
        assertThat(f).containsEntry(ReferralField.REFERRER_ROLE, "Senior Practitioner, 16+ team");
    }

    @Test
    void aTeamOrRoleInASignatureIsNoPersonsName() {
        assertThat(FieldValues.readsAsName("Supported Housing")).isFalse();
        assertThat(FieldValues.readsAsName("Support Worker")).isFalse();
        assertThat(FieldValues.readsAsName("Mohammed Al-Amin")).isTrue();
        assertThat(FieldValues.readsAsName("Ffion ap Dafydd")).isTrue();
    }

    @Test
    void anExportsMidnightBesideATimeFieldIsADateAlone() {
        assertThat(org.ypsa.hub.domain.Dates.combine("07/01/2027 00:00", "", "5:00 am")).isEqualTo("07/01/2027 5:00 am");
        assertThat(org.ypsa.hub.domain.Dates.combine("07/01/2027 00:00", "", "")).isEqualTo("07/01/2027 00:00");
    }
}
