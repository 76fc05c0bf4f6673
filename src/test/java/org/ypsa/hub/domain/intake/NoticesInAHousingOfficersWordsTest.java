package org.ypsa.hub.domain.intake;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.mash.MashReferral;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mediation notices as a housing options officer writes them when no form is used (stop 47, other47): a reply on the
 * MASH thread or a short note that says homelessness was relieved or the young person stays at home without the word
 * mediation, a letter attached under a covering note, and the young person named with a verb or "FYI" before them or
 * with their date of birth after them and no word for it. Wordings are ours, written for this test.
 */
class NoticesInAHousingOfficersWordsTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private Outcome handle(String subject, String body, List<InboundMail.Attachment> attachments) {
        return intake.handle(new InboundMail("intake@ypsa.test", "<h@test>", "j.rowe@housing.council.test", subject,
                Instant.parse("2026-11-30T12:00:00Z"), body, attachments, false));
    }

    private static MashReferral notice(Outcome o) {
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        assertThat(o.formType()).isEqualTo(FormType.MASH_NOTICE);
        return (MashReferral) ((Outcome.Routed) o).fields();
    }

    @Test
    void aReplyOnTheMashThreadSayingHomelessnessWasRelievedIsANoticeWithoutTheWordMediation() {
        MashReferral n = notice(handle("RE: Kit - MASH contact",
                "Closing Kit Barlow, born 2 March 2010, to housing options: homelessness relieved, Kit has gone back "
                        + "to live with dad on 27/11/2026.\n\nThanks,\nJo Rowe\nHousing Options\n\n"
                        + "On Wed, 25 Nov 2026 at 09:10, MASH <mash@council.test> wrote:\n"
                        + "> MASH have logged the contact for Kit. Please let us know the outcome.\n", List.of()));
        assertThat(n.youngPersonName()).isEqualTo("Kit Barlow");
        assertThat(n.dateOfBirth()).hasToString("2010-03-02");
    }

    @Test
    void aNoteNamingTheYoungPersonWithTheirBirthDateAndNoWordForItIsANotice() {
        MashReferral n = notice(handle("Outcome for KB",
                "FYI Kit Barlow 2 March 2010 - housing options sat down with Kit and mum on 26th November 2026. "
                        + "Mum agreed Kit can stay at home. We won't be sending a MASH form.\n\nJo Rowe\nHousing Options",
                List.of()));
        assertThat(n.youngPersonName()).isEqualTo("Kit Barlow");
        assertThat(n.dateOfBirth()).hasToString("2010-03-02");
    }

    @Test
    void aLetterUnderACoveringNoteIsTheNoticeAndGivesTheYoungPerson() throws Exception {
        MashReferral n = notice(handle("KB back home", "Hello,\n\nPlease see the letter attached.\n\nJo Rowe\n",
                List.of(letter("Youth Housing Team", "27 November 2026", "Dear colleagues,", "Re: Kit Barlow born 2 March 2010",
                        "We met with Kit and her dad on 26/11/2026.",
                        "Kit has returned home, homelessness prevented, case closed to housing options."))));
        assertThat(n.youngPersonName()).isEqualTo("Kit Barlow");
    }

    @Test
    void aMailSayingSomeoneStaysAtHomeWithNoWordOfHousingIsNoNotice() {
        Outcome o = handle("Friday", "Kit Barlow 2 March 2010 - Kit is staying at home this weekend, see you Monday.\n\nJo",
                List.of());
        assertThat(o.formType()).isNotEqualTo(FormType.MASH_NOTICE);
    }

    @Test
    void aNoteThatTheYoungPersonIsHomelessAgainIsNoNotice() {
        Outcome o = handle("KB update", "FYI Kit Barlow 2 March 2010 - Kit went back home to mum last week, homelessness "
                + "prevented, but she has been kicked out again tonight.\n\nJo Rowe\nHousing Options", List.of());
        assertThat(o.formType()).isNotEqualTo(FormType.MASH_NOTICE);
    }

    private static InboundMail.Attachment letter(String... paragraphs) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(bytes);
            byte[] b = bytes.toByteArray();
            return new InboundMail.Attachment("Letter.docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", b,
                    org.ypsa.hub.adapter.store.OriginalStore.sha256(b));
        }
    }
}
