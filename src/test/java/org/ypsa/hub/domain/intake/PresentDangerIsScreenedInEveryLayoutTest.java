package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.domain.intelligence.IntelligenceValidator;
import org.ypsa.hub.support.TestIntake;
import org.ypsa.hub.support.Yardstick;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ypsa.hub.domain.intake.FormVariationsTest.docxTable;
import static org.ypsa.hub.domain.intake.FormVariationsTest.pdfOfLines;

/**
 * The yardstick of stop 51 for screening (SPEC.md, "Screening first"): an intelligence submission that tells of
 * present danger is screened - the sender told to call 999, not forwarded - in every layout the hub reads, worded as
 * people write it (plain English, police shorthand, Welsh), with the urgency in the information, in a free-text cell
 * under an odd label, after a long covering note, or answered in a box ("Is this urgent? Yes", "Immediate risk: Y");
 * negations and past events are forwarded as ever. Each row is "LAYOUT | what the sender wrote | SCREENED or
 * FORWARDED"; the layouts are built below from the same words.
 */
class PresentDangerIsScreenedInEveryLayoutTest {
    private static final String SENDER = "returns@stonewater.provider.test";
    private static final Intake INTAKE = TestIntake.shipped();
    private static final String SCREENED = "SCREENED";

    private static final List<Yardstick.Row> ROWS = Yardstick.rows("""
            BODY | Staff have just been told there has been an RTC on the ring road and the YP is trapped in the car. | SCREENED
            BODY | Male outside Block C now with an OB (knife) in his waistband, YP is inside. | SCREENED
            BODY | DV ongoing at flat 3 - staff can hear him shouting at her and things being thrown. | SCREENED
            BODY | CSE concern: she is in a car with two older males right now, heading towards Reading. | SCREENED
            BODY | Knife seen in his bag this evening; he has gone out to find the lad who robbed him. | SCREENED
            BODY | Threats to kill sent to the YP by text within the last hour and the sender says he is coming round. | SCREENED
            BODY | Her ex-partner has told her he is going to hurt her when she gets home. | SCREENED
            BODY | YP currently at an address in Cowley with the males we reported last month. | SCREENED
            BODY | YP texted staff: help they wont let me leave, I'm at the flat on Lime Walk. | SCREENED
            BODY | YP missing from placement since 6pm, believed to be with Tyler, who carries a knife. | SCREENED
            BODY | Mae hi mewn perygl nawr - dyn gyda chyllell tu allan i'r fflat. | SCREENED
            BODY | Not urgent - for information only. A silver Astra is seen outside the project most evenings. | FORWARDED
            BODY | No immediate risk. The YP was threatened with a knife last year by the same male. | FORWARDED
            BODY | Historic DV between her parents in 2023; no current concerns. | FORWARDED
            BODY | She went missing in October and was found with older males; she is now settled at college. | FORWARDED
            BODY | Police shorthand as given to us: RTC last month, YP was a passenger, no injuries. | FORWARDED
            BODY | Dim perygl ar hyn o bryd. Car arian y tu allan i'r prosiect bob nos. | FORWARDED
            WORD | Her ex is at the door right now kicking it in and she has locked herself in the bathroom. | SCREENED
            WORD | Threats to kill made against the YP tonight by the male named above. | SCREENED
            WORD | The group is planning to take her to a party in Luton tonight. | SCREENED
            WORD | A grey van is parked outside most nights; the driver watches the door. Not urgent. | FORWARDED
            WORD | He was stabbed in 2024 and the males responsible are known to police. | FORWARDED
            ODD LABEL | He is outside her window now with a machete. | SCREENED
            ODD LABEL | YP has just rung - older males are not letting her leave the flat. | SCREENED
            ODD LABEL | The older males who used to collect her have not been seen since the summer. | FORWARDED
            PDF | YP is being held at a flat in Blackbird Leys and is scared to leave. | SCREENED
            PDF | Mum has rung: he's got her locked in the bedroom and has a knife. | SCREENED
            PDF | Cuckooing suspected at 14 Mill Lane; no immediate danger to residents. | FORWARDED
            UNMATCHED | Rosalind has rung crying. Her ex is outside the flat now with a bat. | SCREENED
            UNMATCHED | The two lads named are dealing from the flat most afternoons. Not urgent. | FORWARDED
            PREAMBLE | He has a knife and is threatening to stab anyone who comes in. | SCREENED
            PREAMBLE | She is going to meet the man from the car park at 9pm tonight. | SCREENED
            PREAMBLE | Sightings of the same car near the school over the last few weeks. | FORWARDED
            BODY | Knife seen. Male named above is at the address with the YP. | SCREENED
            WORD | Ongoing DV incident at the address, YP is in the flat. | SCREENED
            PDF | DV in progress at flat 2 per neighbour. | SCREENED
            ODD LABEL | Osman warning issued today - threat to life against the YP. | SCREENED
            BODY | TTL made against the YP by the male named above. | SCREENED
            UNMATCHED | Fire in the flat, YP inside. | SCREENED
            PREAMBLE | She's being picked up at 9 by the older male from the car park. | SCREENED
            WORD | Needs police response today: the male has her phone and her keys. | SCREENED
            WORD | An Osman warning was issued to him in 2024; he has since moved away. | FORWARDED
            PDF | Missing from care on three occasions last year, each time found with older males. | FORWARDED
            ASKED | Threat to life (Y/N): N | FORWARDED
            ASKED | Is this urgent? Yes | SCREENED
            ASKED | Is this urgent?\\nYes | SCREENED
            ASKED | Immediate risk: Y | SCREENED
            ASKED | Is anyone in immediate danger? Yes - the YP | SCREENED
            ASKED | Urgency: \u2612 Urgent \u2610 Routine | SCREENED
            ASKED | Is this urgent? No | FORWARDED
            ASKED | Immediate risk: N | FORWARDED
            ASKED | Is anyone in immediate danger? No | FORWARDED
            ASKED | Urgency: \u2610 Urgent \u2612 Routine | FORWARDED
            """);

    /** Rows the hub does not screen as the row says yet, and why (visible, not disabled). */
    private static final List<String> NOT_YET = List.of();

    @Test
    void presentDangerIsScreenedInEveryLayoutAndNegationsAndThePastAreForwarded() {
        Yardstick.Tally t = Yardstick.read("present danger screened in every layout", ROWS, r -> {
            int bar = r.wording().indexOf('|');
            String layout = r.wording().substring(0, bar).strip();
            String said = r.wording().substring(bar + 1).strip().replace("\\n", "\n");
            Outcome o = handle(layout, said);
            return isScreened(o) ? SCREENED
                    : o.formType() == FormType.INTELLIGENCE_SUBMISSION ? "FORWARDED" : "read as " + o;
        });
        assertThat(t.misses().stream().filter(m -> !NOT_YET.contains(m.row().wording())).toList()).isEmpty();
    }

    private static boolean isScreened(Outcome o) {
        return o instanceof Outcome.Rejected r && r.formType() == FormType.INTELLIGENCE_SUBMISSION
                && r.problems().stream().map(Problem::field).toList().equals(List.of(IntelligenceValidator.URGENT_FIELD));
    }

    private static final String[][] FIELDS = {{"Submitting agency", "Stonewater"},
            {"Worker name", "Ottilie Mardle-Penrose"}, {"Role", "Support worker"},
            {"Contact email", "o.mardle-penrose@stonewater.provider.test"}, {"Contact phone", "07700 900418"},
            {"Date and time of information", "04/12/2026 18:30"}, {"Location", "Harrowby Row, Witney"},
            {"Persons involved", "Bartholomew Skellern-Voss, 07/06/1990"}};
    private static final String ORDINARY = "A silver Astra is often parked outside the project; the driver watches the door.";

    private static Outcome handle(String layout, String said) {
        try {
            return switch (layout) {
                case "BODY" -> mail("Intelligence sharing submission", lines(said, null));
                case "WORD" -> mail("Intel submission", "Please see attached.", docxTable("intel.docx",
                        "Partnership Agency Intelligence Sharing Submission", rows(said, "Information")));
                case "ODD LABEL" -> {
                    List<String[]> rows = new ArrayList<>(List.of(rows(ORDINARY, "Information")));
                    rows.add(new String[] {"Anything else the duty officer should know (free text)"});
                    rows.add(new String[] {said});
                    yield mail("Intel submission", "Form attached.", docxTable("intel.docx",
                            "Partnership Agency Intelligence Sharing Submission", rows.toArray(String[][]::new)));
                }
                case "PDF" -> {
                    List<String> lines = new ArrayList<>(List.of("Partnership Agency Intelligence Sharing Submission"));
                    for (String[] f : FIELDS) {
                        lines.add(f[0] + ": " + f[1]);
                    }
                    lines.add("Information: " + said);
                    lines.add("Source: Staff observation");
                    yield mail("Intel submission", "", pdfOfLines("intel.pdf", lines.toArray(String[]::new)));
                }
                case "UNMATCHED" -> mail("Intelligence sharing submission", """
                        Partnership Agency Intelligence Sharing Submission

                        Who is sending this - Stonewater, Ottilie
                        How to get back to us - the office
                        What has happened - %s
                        """.formatted(said));
                case "PREAMBLE" -> mail("Intel for TVP", """
                        Hi all,

                        Hope you are well. I am covering for Ottilie this week while she is on leave, so please bear
                        with me if the form is not quite as you usually get it. The team have had a busy fortnight with
                        two new starters and a review of the house rules, and the residents' meeting went well on
                        Tuesday. I have copied in the manager as agreed at the last partnership meeting so that she can
                        keep an eye on what we send.

                        Anyway, the reason for writing: %s

                        Kind regards
                        Ottilie's cover
                        """.formatted(said));
                case "ASKED" -> mail("Intelligence sharing submission", lines(ORDINARY, said));
                default -> throw new IllegalArgumentException(layout);
            };
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The form typed as lines, the information as said, and a last line of its own when given. */
    private static String lines(String information, String lastLine) {
        StringBuilder b = new StringBuilder("Partnership Agency Intelligence Sharing Submission\n\n");
        for (String[] f : FIELDS) {
            b.append(f[0]).append(": ").append(f[1]).append('\n');
        }
        b.append("Information: ").append(information).append('\n');
        b.append("Source: Staff observation\n");
        if (lastLine != null) {
            b.append(lastLine).append('\n');
        }
        return b.toString();
    }

    private static String[][] rows(String information, String label) {
        List<String[]> rows = new ArrayList<>(List.of(FIELDS));
        rows.add(new String[] {label, information});
        rows.add(new String[] {"Source", "Staff observation"});
        return rows.toArray(String[][]::new);
    }

    private static Outcome mail(String subject, String body, InboundMail.Attachment... files) {
        return INTAKE.handle(new InboundMail("intake@ypsa.test", "<u@test>", SENDER, subject,
                Instant.parse("2026-12-04T19:00:00Z"), body, List.of(files), false));
    }
}
