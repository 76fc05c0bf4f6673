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
    private static final List<Pattern> URGENT = List.of(
            p("\\b(right now|as we speak|at this moment|at the moment|this very moment|happening now|still happening)\\b"),
            p("\\b(currently|now)\\b[^.]{0,60}" + HARM),
            p(HARM + "[^.]{0,60}\\b(right now|now|currently|at present)\\b"),
            p("\\b(is|are|am)\\s+(being\\s+)?(currently\\s+)?(threaten|attack|assault|hit|beat|punch|kick|stab|hold|held|"
                    + "chas|follow|bang|smash|break|lock|trap|drag|forc|hurt|harm|abduct|kidnap|trafficked|moved|taken|"
                    + "in danger|at risk|armed|outside|inside|waiting|hiding|bleeding|unconscious|not breathing|overdos)"),
            p("\\bhas (just|only just)\\b"),
            p("\\bjust (been )?(stabbed|shot|attacked|assaulted|hit|beaten|raped|taken|threatened|overdosed)\\b"),
            p("\\b(tonight|this evening|this afternoon|later today|within the hour|in the next (hour|few hours)|imminent"
                    + "|imminently|immediately|straight away|urgent|urgently|emergency|asap)\\b"),
            p("\\b(999|call the police|need (the )?police|send (the )?police|police now|ambulance)\\b"),
            p("\\b(immediate|serious) (danger|risk)\\b"),
            p("\\bin danger\\b"),
            p("\\b(going to|about to|will|plans? to|planning to|threatening to)\\s+(kill|hurt|stab|shoot|attack|harm|"
                    + "move|take|traffic|burn|beat|rape)"),
            p("\\b(has|have|got|carrying) (a |an )?(gun|knife|machete|weapon|firearm)\\b(?![^.]{0,40}\\b(before|previously|"
                    + "in 20\\d\\d|last (week|month|year)|history))"),
            p("\\bmissing since (this morning|today|last night|earlier)"),
            p("\\b(not breathing|unconscious|bleeding|overdosing|taken an overdose)\\b"),
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
