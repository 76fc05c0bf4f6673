package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.forms.Instructions;
import org.ypsa.hub.domain.mash.MashReferral;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A label's qualifier about the age of whom the form is for ("Applicant aged 16/17", "D.O.B. - must be 16/17",
 * "(16/17 check)") is a word of the label, never part of the name or the date of birth (tuned15 rejected three MASH
 * referrals whose name read "16/17:" or "16/17 ..." and whose date of birth read "must be 16/17: ..."). Forms and
 * wordings invented for the test.
 */
class AnAgeTheLabelAsksIsNoValueTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private MashReferral routed(String body) {
        Outcome o = intake.handle(new InboundMail("intake@ypsa.test", "<a@test>", "housing@council.test",
                "MASH referral", Instant.parse("2026-11-30T12:00:00Z"), body, List.of(), false));
        assertThat(o).as("outcome %s", o).isInstanceOf(Outcome.Routed.class);
        return (MashReferral) ((Outcome.Routed) o).fields();
    }

    private static final String REST = "Home address: 12 Elm Road, Witney, OX28 1AA\nReferring agency: Youth Justice Service\n"
            + "Homeless or threatened: homeless\nMediation tried (Y/N): no\nConcerns: He has nowhere to stay tonight.\n"
            + "Known to social care: yes\nParent contact: Jo Reed 07700 900123\nThanks\n";

    @Test
    void anAgeAfterANamesLabelEndingInAColonIsTheLabelsAndTheNameIsUnderIt() {
        MashReferral m = routed("Hello,\nMASH referral: homeless 16/17 year old\nApplicant aged 16/17:\nTomos Reed\n"
                + "Date of birth:\n03/04/2010\n" + REST);
        assertThat(m.youngPersonName()).isEqualTo("Tomos Reed");
    }

    @Test
    void anAgeAfterADateOfBirthsDashIsTheLabelsAndTheDateIsInTheNextCell() {
        MashReferral m = routed("Hello,\nMASH referral: homeless 16/17 year old\nYoung person - name\tTomos Reed\n"
                + "D.O.B. - must be 16/17:\t2010-04-03\n" + REST);
        assertThat(m.dateOfBirth()).isEqualTo("2010-04-03");
    }

    @Test
    void aQuestionAskingTheAgeItselfIsNoLabelOfTheName() {
        MashReferral m = routed("Hello,\nMASH referral: homeless 16/17 year old\nYoung person's name:\tTomos Reed\n"
                + "Is the young person aged 16 or 17?\tYes\nDate of birth:\t03/04/2010\n" + REST);
        assertThat(m.youngPersonName()).isEqualTo("Tomos Reed");
    }

    @Test
    void anAgeInALabelIsNoWordOfWhatIsAskedButADateAfterALabelIsItsValue() {
        assertThat(Instructions.withoutItsAge("Applicant aged 16/17")).contains("Applicant");
        assertThat(Instructions.withoutItsAge("YP's birth date (16/17 check)")).contains("YP's birth date");
        assertThat(Instructions.withoutItsAge("D.O.B. - must be 16/17:")).contains("D.O.B.:");
        assertThat(Instructions.withoutItsAge("Week commencing 14/12")).isEmpty();
        assertThat(Instructions.withoutItsAge("16/17")).isEmpty();
        assertThat(Instructions.withoutItsAge("Is the young person aged 16 or 17?")).as("asks the age itself").isEmpty();
        assertThat(Instructions.withoutItsAge("Is the young person aged 16 or 17")).isEmpty();
    }
}
