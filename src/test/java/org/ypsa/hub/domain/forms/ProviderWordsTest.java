package org.ypsa.hub.domain.forms;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.mash.MashField;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;
import org.ypsa.hub.domain.voids.VoidField;

import static org.assertj.core.api.Assertions.assertThat;

/** Words of one meaning added in the fifth round of issue 14, with invented wordings. */
class ProviderWordsTest {
    private final FieldCatalog<SafeguardingField> incident = FieldCatalog.shipped(SafeguardingField.class, "safeguarding-incident");
    private final FieldCatalog<MashField> mash = FieldCatalog.shipped(MashField.class, "mash-referral");
    private final FieldCatalog<VoidField> voids = FieldCatalog.shipped(VoidField.class, "void-return");

    @Test
    void aProvidersResidentAndAHousingApplicantAreTheYoungPerson() {
        assertThat(Words.clean("Name of resident")).isEqualTo("name of young person");
        assertThat(incident.match("Resident's name")).contains(SafeguardingField.NAME);
        assertThat(mash.match("Applicant's name")).contains(MashField.NAME);
    }

    @Test
    void wSlashBIsTheWeekBeginning() {
        assertThat(Words.clean("W/B")).isEqualTo("week beginning");
        assertThat(voids.match("Return w/b")).contains(VoidField.WEEK_COMMENCING);
    }

    @Test
    void housedAndUnletAreOccupiedAndVacantOnAVoidReturnOnly() {
        var onVoids = Words.relatedOn(FormLibrary.shipped().form("void-return").relatedWords());
        var onIncidents = Words.relatedOn(FormLibrary.shipped().form("safeguarding-incident").relatedWords());
        assertThat(onVoids.get(Words.of("occupied").get(0))).contains(Words.of("housed").get(0));
        assertThat(onVoids.get(Words.of("vacant").get(0))).contains(Words.of("unlet").get(0));
        assertThat(onIncidents.getOrDefault(Words.of("occupied").get(0), java.util.Set.of())).doesNotContain(Words.of("housed").get(0));
        assertThat(Words.related(Words.of("filled").get(0))).doesNotContain(Words.of("housed").get(0));
    }

    @Test
    void aSortOfIncidentIsItsCategory() {
        assertThat(incident.match("Sort of incident")).contains(SafeguardingField.CATEGORY);
    }

    @Test
    void whatWouldLetAProviderAcceptIsWhatWouldEnableIt() {
        assertThat(Words.related(Words.of("enable").get(0))).contains(Words.of("accept").get(0));
    }
}
