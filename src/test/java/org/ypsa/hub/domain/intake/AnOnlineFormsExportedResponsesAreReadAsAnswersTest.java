package org.ypsa.hub.domain.intake;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.documents.InlineAnswers;
import org.ypsa.hub.domain.referrals.Referral;
import org.ypsa.hub.support.TestIntake;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An online form's responses forwarded as they are exported: each question on its line and "Response: ..." under it
 * (stop 72, tuned34 w14-ref-03, w14-mash-01: "Response: DAWIT HAILE" was refused as no person's name, "Response:
 * 17/04/2009" as no date). The word before each answer is no part of it. People and wordings invented for the test.
 */
class AnOnlineFormsExportedResponsesAreReadAsAnswersTest {
    private static final String EXPORT = "Supported accommodation referral - responses\nSubmitted Fri 4th Dec 2026 08:41\n\n"
            + "Is this an emergency or a planned (non-emergency) referral?\nResponse: Non-emergency\n\n"
            + "Young person's full name\nResponse: TYLER GRANT\n\nDate of birth\nResponse: 03/12/2006\n\n"
            + "Legal status\nResponse: Care leaver\n\nIs the young person UASC?\nResponse: No\n\n"
            + "Is the young person a parent?\nResponse: No\n\nYour name\nResponse: Gemma Shaw\n\n"
            + "Your role\nResponse: Personal Adviser\n\nYour team\nResponse: Leaving Care Service\n\n"
            + "Your email\nResponse: gemma.shaw@council.test\n\n"
            + "Has a Family Group Conference been offered?\nResponse: Yes - held 19/11/2026\n\n"
            + "Why does the young person need accommodation?\nResponse: Sofa surfing since leaving supported lodgings in "
            + "October; his friend's family cannot keep him past Christmas.\n\n"
            + "Date accommodation needed\nResponse: 21/12/2026\n\n"
            + "Does the young person consent to this referral?\nResponse: Yes\n";

    @Test
    void eachAnswerIsReadWithoutTheWordResponseBeforeIt() {
        Referral r = TestIntake.routed(TestIntake.shipped().handle(TestIntake.mail("gemma.shaw@council.test",
                "New response - referral", "2026-12-04T09:00:00Z", "Forwarding the form's responses below.\n\n" + EXPORT)),
                Referral.class);
        assertThat(r.youngPerson().fullName()).isEqualTo("TYLER GRANT");
        assertThat(r.youngPerson().dateOfBirth()).isEqualTo("2006-12-03");
        assertThat(r.referrer().role()).isEqualTo("Personal Adviser");
    }

    @Test
    void aSentenceOpeningWithResponseIsLeftAsWrittenWhenNoFormIsExported() {
        String note = "Thanks for the call.\nResponse: we will ring her back this afternoon.\nKind regards";
        assertThat(InlineAnswers.lines(note)).isEqualTo(note);
    }
}
