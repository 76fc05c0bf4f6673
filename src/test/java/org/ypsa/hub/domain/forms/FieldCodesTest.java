package org.ypsa.hub.domain.forms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.documents.LabelledDocument;
import org.ypsa.hub.domain.mash.MashField;
import org.ypsa.hub.domain.referrals.ReferralField;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A label written as a case system's field code is read by the abbreviations of config/forms/field-codes.yml and the
 * words of the form, not by a list of codes (issue 14, labels round). The codes are invented here.
 */
class FieldCodesTest {
    private final FieldCatalog<ReferralField> referral = FieldCatalog.shipped(ReferralField.class, "referral");
    private final FieldCatalog<SafeguardingField> incident =
            FieldCatalog.shipped(SafeguardingField.class, "safeguarding-incident");
    private final FieldCatalog<MashField> mash = FieldCatalog.shipped(MashField.class, "mash-referral");

    @TempDir
    Path dir;

    private static FieldCodes codes(String form) {
        return new FieldCodes(FormLibrary.shipped().form(form));
    }

    @Test
    void aCodeJoinedByUnderscoresIsReadAsTheWordsItsAbbreviationsStandFor() {
        FieldCodes c = codes("safeguarding-incident");
        assertThat(c.spelledOut("CL_FULLNM", true)).isEqualTo("Young person full name");
        assertThat(c.spelledOut("INC_SEV_CD", true)).isEqualTo("Incident severity");
        assertThat(c.spelledOut("3/2 PROV_ORG_NM:", true)).isEqualTo("3/2 Provider organisation name:");
        assertThat(c.spelledOut("Full name", true)).isEqualTo("Full name");
    }

    @Test
    void aCodeNoListHoldsIsPlacedOnItsField() {
        LabelledDocument doc = new LabelledDocument("export.docx", "", List.of(
                new LabelledDocument.Entry("CL_FULLNM", "Tomos Quarrie", "row 1"),
                new LabelledDocument.Entry("CL_BIRTH_DTE", "03/02/2009", "row 2"),
                new LabelledDocument.Entry("ALLOC_WRKR_EML", "t.worker@council.test", "row 3"),
                new LabelledDocument.Entry("INC_SEV_CD", "High", "row 4"),
                new LabelledDocument.Entry("INC_TM_VAL", "21:40", "row 5")));
        Map<SafeguardingField, String> read = incident.read(doc).values();
        assertThat(read).containsEntry(SafeguardingField.NAME, "Tomos Quarrie")
                .containsEntry(SafeguardingField.DATE_OF_BIRTH, "03/02/2009")
                .containsEntry(SafeguardingField.WORKER_EMAIL, "t.worker@council.test")
                .containsEntry(SafeguardingField.SEVERITY, "High")
                .containsEntry(SafeguardingField.INCIDENT_TIME, "21:40");
    }

    @Test
    void aCodeRunTogetherSplitsAtItsAbbreviations() {
        FieldCodes c = codes("mash-referral");
        assertThat(c.spelledOut("CLIENTFULLNM", true)).isEqualTo("Young person full name");
        assertThat(mash.read(new LabelledDocument("form.pdf", "", List.of(
                new LabelledDocument.Entry("CLIENTFULLNM", "Nia Prothero", "field CLIENTFULLNM")))).values())
                .containsEntry(MashField.NAME, "Nia Prothero");
    }

    @Test
    void aWordInCapitalsIsNoCodeAndALineOfTextIsReadAsCodeOnlyBeforeAColon() {
        FieldCodes c = codes("referral");
        assertThat(c.spelledOut("REFERRAL", true)).isEqualTo("REFERRAL");
        assertThat(c.spelledOut("FULL NAME OF THE YOUNG PERSON", true)).isEqualTo("FULL NAME OF THE YOUNG PERSON");
        assertThat(c.spelledOut("GWENLLIANPRYS", false)).isEqualTo("GWENLLIANPRYS");
        assertThat(c.spelledOut("RFR_FULLNM: Gwen Prys", false)).isEqualTo("Referrer full name: Gwen Prys");
    }

    @Test
    void aCodeInALineOfTextWithItsValueIsTheFieldsLabelNotItsAnswer() {
        var doc = new LabelledDocument("body", """
                RFR_FULLNM: Ffion Marsh-Teague
                Q2.1 CL_FULLNM: Osian Vell
                """, List.of());
        Map<ReferralField, String> read = referral.read(doc).values();
        assertThat(read).containsEntry(ReferralField.REFERRER_NAME, "Ffion Marsh-Teague")
                .containsEntry(ReferralField.FULL_NAME, "Osian Vell");
    }

    @Test
    void aCodeOfWordsTheHubDoesNotKnowStaysAsWrittenSoTheSenderIsToldTheirLabel() {
        var reading = referral.read(new LabelledDocument("export.docx", "", List.of(
                new LabelledDocument.Entry("XQZ_PLMB_KRT", "something", "row 1"))));
        assertThat(reading.values()).isEmpty();
        assertThat(reading.unplaced()).contains("XQZ_PLMB_KRT");
    }

    @Test
    void anAbbreviationAddedToFieldCodesYmlIsReadWithNoRebuild() throws IOException {
        for (Path f : FormLibrary.files(FormLibrary.SHIPPED)) {
            Files.copy(f, dir.resolve(f.getFileName()));
        }
        LabelledDocument doc = new LabelledDocument("export.docx", "", List.of(
                new LabelledDocument.Entry("RFRR_NM", "Osian Vell", "row 1")));
        FormSpec before = org.ypsa.hub.domain.intake.KnownForms.load(dir).orThrow().form("referral");
        assertThat(new FieldCatalog<>(ReferralField.class, before).read(doc).values())
                .doesNotContainKey(ReferralField.REFERRER_NAME);
        Path codes = dir.resolve("field-codes.yml");
        Files.writeString(codes, Files.readString(codes) + "  rfrr: referrer\n");
        FormSpec after = org.ypsa.hub.domain.intake.KnownForms.load(dir).orThrow().form("referral");
        assertThat(new FieldCodes(after).spelledOut("RFRR_NM", true)).isEqualTo("Referrer name");
        assertThat(new FieldCatalog<>(ReferralField.class, after).read(doc).values())
                .containsEntry(ReferralField.REFERRER_NAME, "Osian Vell");
    }

    @Test
    void aMistakeInFieldCodesYmlIsNamedWithItsFileAndLine() throws IOException {
        for (Path f : FormLibrary.files(FormLibrary.SHIPPED)) {
            Files.copy(f, dir.resolve(f.getFileName()));
        }
        Path codes = dir.resolve("field-codes.yml");
        Files.writeString(codes, Files.readString(codes) + "  res_nm: young person name\n");
        assertThat(org.ypsa.hub.domain.intake.KnownForms.load(dir).mistakes()).singleElement().asString()
                .startsWith(codes + ":").contains("abbreviation \"res_nm\"");
    }
}
