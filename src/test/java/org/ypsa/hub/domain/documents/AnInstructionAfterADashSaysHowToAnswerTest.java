package org.ypsa.hub.domain.documents;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.mash.MashField;
import org.ypsa.hub.domain.referrals.ReferralField;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instruction after a dash ("- if known", "- be specific", "- your answer", "- as best you can") says how to answer
 * a question, not what it asks: its words name no field before the words it follows. "Housing status - if known" is the
 * housing status, not whether the young person is known to social care; "Social worker - be specific" is the worker's
 * name, and an email label left empty beside it takes no name. Wordings invented for the test.
 */
class AnInstructionAfterADashSaysHowToAnswerTest {
    private static LabelledDocument rows(String... labelsAndValues) {
        List<LabelledDocument.Entry> entries = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i + 1 < labelsAndValues.length; i += 2) {
            entries.add(new LabelledDocument.Entry(labelsAndValues[i], labelsAndValues[i + 1], "table row " + (i / 2 + 1), ""));
            text.append(labelsAndValues[i]).append('\t').append(labelsAndValues[i + 1]).append('\n');
        }
        return new LabelledDocument("form.docx", text.toString(), entries);
    }

    @Test
    void aWorkerLabelWithAnInstructionAfterADashIsTheWorkersNameNotTheEmptyEmail() {
        FieldCatalog<SafeguardingField> sg = FieldCatalog.shipped(SafeguardingField.class, "safeguarding-incident");
        for (String worker : List.of("Social worker - be specific", "Allocated worker - if known", "SOCIAL WORKER - BE SPECIFIC")) {
            var read = sg.read(rows("Name of resident", "Tegid Amberley", worker, "Nia Okonjo", "Email (SW)", "--")).values();
            assertThat(read.get(SafeguardingField.WORKER_NAME)).as(worker).isEqualTo("Nia Okonjo");
            assertThat(read.get(SafeguardingField.WORKER_EMAIL)).as(worker)
                    .satisfiesAnyOf(v -> assertThat(v).isNull(), v -> assertThat(v).isBlank());
        }
    }

    @Test
    void aStatusIfKnownIsTheStatusNotWhetherTheYoungPersonIsKnown() {
        FieldCatalog<MashField> mash = FieldCatalog.shipped(MashField.class, "mash-referral");
        var read = mash.read(rows("Young person's name", "Tegid Amberley", "Housing status - if known", "Homeless",
                "Known to social care (Y/N) - your answer", "No")).values();
        assertThat(read).containsEntry(MashField.STATUS, "Homeless").containsEntry(MashField.KNOWN, "No");
    }

    @Test
    void yourAnswerAfterADashIsAnInstruction() {
        FieldCatalog<ReferralField> referral = FieldCatalog.shipped(ReferralField.class, "referral");
        var read = referral.read(rows("Full name", "Tegid Amberley", "Gender - your answer", "Male",
                "Team of referrer - as best you can", "Leaving Care Team")).values();
        assertThat(read).containsEntry(ReferralField.GENDER, "Male").containsEntry(ReferralField.ORGANISATION, "Leaving Care Team");
        assertThat(org.ypsa.hub.domain.forms.Instructions.isOnlyOne("your answer")).isTrue();
    }
}
