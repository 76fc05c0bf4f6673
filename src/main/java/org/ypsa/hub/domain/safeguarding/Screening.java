package org.ypsa.hub.domain.safeguarding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Screens an intelligence submission before anything else (seed 002, "Sharing information with the
 * police"): the form is not for crimes in progress, people in immediate danger, violence used or
 * threatened now, or anything time-critical. Conservative: any sign of the present or the imminent
 * next to harm makes it urgent; only plainly historical or general information passes.
 */
public final class Screening {
    private static final String HARM = "(stab|stabb|knife|knives|gun|shoot|shot|weapon|machete|attack|assault|hit|"
            + "hitting|beat|punch|kick|threat|kill|hurt|harm|rape|abduct|kidnap|held|hold|lock|trafficked|moved|taken|"
            + "overdos|unconscious|breath|bleed|fire|arson|smash|break|banging|chase|follow|danger|missing|exploit)";
    /** "Now" that says nothing about danger: "she is now settled", "he now lives in Banbury". */
    private static final String NOT_CALM = "(?!\\s+(settled|lives|living|engag|safe|stable|in contact|attend|works|"
            + "working|back|doing|has|have|aged|\\d|no\\b|there are no))";
    private static final List<Pattern> URGENT = List.of(
            p("\\b(right now|as we speak|at this moment|at the moment|this very moment|happening now|still happening)\\b"
                    + "(?![^.]{0,30}\\bno (concerns|risk|immediate|worries))"),
            p("\\b(currently|now)\\b" + NOT_CALM + "[^.]{0,60}" + HARM),
            p(HARM + "[^.]{0,60}\\b(right now|now|currently|at present)\\b" + NOT_CALM),
            p("\\b(is|are|am)\\s+(still\\s+)?(being\\s+)?(currently\\s+)?(threaten|attack|assault|hit|beat|punch|kick|"
                    + "stab|hold|held|chas|follow|bang|smash|break|lock|trap|drag|forc|hurt|harm|abduct|kidnap|trafficked|"
                    + "moved|taken|at risk|armed|outside|inside|waiting|hiding|bleeding|unconscious|not breathing|overdos|"
                    + "in a car|heading|travelling|being driven|on the (bridge|roof|ledge|railway|tracks))"),
            p("\\b(is|are|am)\\s+(\\w+\\s+)?in (immediate |serious )?danger\\b"),
            p("\\bbeing (kicked|hit|beaten|attacked|assaulted|held|threatened|dragged|taken|moved|chased|followed|"
                    + "stabbed|punched|strangled|choked)\\b"),
            p("\\b(has|have|had) (just|only just)\\b"),
            p("\\bjust (been )?(stabbed|shot|attacked|assaulted|hit|beaten|raped|taken|threatened|overdosed|forced)\\b"),
            p("\\b(is|are) about to\\b"),
            p("\\b(tonight|this evening|this afternoon|later today|within the hour|in the next (hour|few hours)|imminent"
                    + "|imminently|immediately|straight away|urgent|urgently|emergency|asap|getting dark)\\b"),
            p("\\b(999|call the police|need (the )?police|send (the )?police|police now|ambulance)\\b"),
            p("\\bongoing (fight|assault|attack|incident|disturbance)\\b"),
            p("\\b(by the throat|on (their|our|my) way|lot of blood|consciousness|not getting up|won't wake|will not wake)\\b"),
            p("\\b(end it|end (his|her|their) life|kill (himself|herself|themselves)|suicid|going to jump|jump off)\\b"),
            p("\\b(going to|about to|will|plans? to|planning to|threatening to)\\s+(kill|hurt|stab|shoot|attack|harm|"
                    + "move|take|traffic|burn|beat|rape)"),
            p("\\b(has|have|got|carrying) (a |an )?(gun|knife|machete|weapon|firearm)\\b(?![^.]{0,40}\\b(before|previously|"
                    + "in 20\\d\\d|last (week|month|year)|history))"),
            p("\\bmissing since (this morning|today|last night|earlier)"),
            p("\\b(not breathing|unconscious|bleeding|overdosing|taken an overdose)\\b"),
            p("\\b(does not|doesn't|do not|don't) know where (she|he|they|i) (is|are|am)\\b"),
            p("\\b(is|are|am|says? (she|he) is|saying (she|he) is) (so |very )?(scared|terrified|frightened)\\b"),
            p("\\b(help|please help)\\b[^.]{0,20}!"));

    private Screening() {
    }

    public record Result(boolean urgent, List<String> signs) {
    }

    public static Result screen(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        List<String> signs = new ArrayList<>();
        for (Pattern p : URGENT) {
            var m = p.matcher(t);
            if (m.find()) {
                signs.add(m.group().trim());
            }
        }
        return new Result(!signs.isEmpty(), signs);
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex);
    }
}
