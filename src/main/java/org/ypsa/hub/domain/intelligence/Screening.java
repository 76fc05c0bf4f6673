package org.ypsa.hub.domain.intelligence;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ypsa.hub.domain.documents.FieldValues;

/**
 * Screens an intelligence submission before anything else (seed 002, "Sharing information with the police"): the
 * form is not for crimes in progress, people in immediate danger, violence used or threatened now, or anything
 * time-critical. It reads the whole text of the mail, whatever its labels, one sentence at a time:
 * <ol>
 * <li>words that only look like danger are set aside: explicit negations ("not urgent", "no immediate risk"), the
 * form's own guidance ("call 999 if anyone is in immediate danger"), email disclaimers and out-of-hours footers;
 * only the negated phrase is set aside, never the rest of the sentence, so a negation cannot cancel danger stated
 * next to it;</li>
 * <li>present danger ("is with him now", "has a knife", "is being held", "tonight") is urgent whenever it is said;</li>
 * <li>a weaker sign ("urgent", "threatened to kill", "bleeding") is urgent unless its clause is plainly about the
 * past ("last year", "in 2023", "previously", "months ago") and says nothing of now.</li>
 * </ol>
 * Conservative by design: an ordinary text held back costs a phone call; an urgent one forwarded as intelligence may
 * cost a life. The signs found are words of the submission: they are never logged.
 */
public final class Screening {
    /**
     * "Moved" as harm ("they have just moved her to a flat in Luton", "she has been moved"), not someone moving house
     * of their own accord: "young people who have just moved into the area", "has just moved house". Only an area at
     * large after it, never a flat or an address, never "away" or "here" (with whom is not said), and never when
     * someone was moved ("been moved", "being moved").
     */
    private static final String MOVED = "(?:(?<=been |being )moved|moved(?!\\s+((in)?to|in|into) (the|this|that|our|their|a new) "
            + "(area|town|city|estate|village|county|neighbourhood|region|borough|district|country|uk)\\b"
            + "|\\s+(house|area|address|flat|home|rooms?|placement|school|college|phones?|numbers?|on|out|back)\\b))";
    private static final String HARM = "\\b(stab|stabb|knife|knives|gun|shoot|shot|weapon|machete|attack|assault|hit\\b|"
            + "hitting|beat|punch|kick|threat|kill|hurt|harm|rape|abduct|kidnap|held|hold|lock|trafficked|" + MOVED + "|taken|"
            + "overdos|unconscious|breath|bleed|fire|arson|smash|break|banging|chase|follow|danger|missing|exploit|"
            + "groom|forc|drag|trap|scream|crying|scared|terrified|frightened|sex|set light|alight|on fire|flames|smoke|"
            + "sleep with|for money|pimp|prostitut|sold|petrol|pills|tablets|fight)";
    /** "Now" that says nothing about danger: "she is now settled", "he now lives in Banbury". */
    private static final String CALM = "(settled|lives|living|engag|safe|stable|in contact|attend|works|"
            + "working|back|doing|has|have|aged|\\d|no\\b|there are no|receiv|supported|open to|known to|\\w+ed by "
            + "(the )?(court|police)|on (licence|probation|bail|a (court|community) order)|in (prison|custody)|serving|"
            + "remanded|in a secure|in hospital|recovering|discharged)";
    private static final String NOT_CALM = "(?!\\s+" + CALM + ")";
    /**
     * "At present" said of how someone lives: "At present she is living with her aunt", "at the moment he's staying
     * at his mum's" (the way {@link #NOT_CALM} reads "now"), or of words already set aside as no danger ("~").
     */
    private static final String NOT_CALM_AT_PRESENT = "(?!,?(\\s+(she|he|they|it|yp|the yp|the young person|the resident)"
            + "('s|'re)?)?(\\s+(is|are))?\\s+(~|staying|stays|studying|at (college|school|work|home)|" + CALM + "))";
    private static final String NOW = "(right now|now|currently|at the moment|at present|as we speak|at the minute|"
            + "at this (very )?moment|this minute|atm|rn)";
    /** The people danger comes with; "her" only on its own ("with her now", not "with her aunt"). */
    private static final String PEOPLE = "(him|them|her(?=\\s*(now|right|tonight|at|$|[.,;!]))|the (man|men|males?|"
            + "adults?|group|gang|dealers?|perpetrators?|abusers?|boys|lads|stranger)|an? (older |adult |unknown )?"
            + "(man|male|adult|stranger|group)|(two|three|four|several|some|older|unknown|adult|these|those) "
            + "(older |adult |unknown )?(men|males|adults|boys|lads|people)|men|males)";

    /**
     * Where someone is missing from, between "missing" and when or with whom: "missing from placement since 6pm",
     * "missing from her mum's, believed to be with ...".
     */
    private static final String MISSING_FROM = "( from (home|care|school|college|placement|(the|her|his|their) [\\w']+"
            + "( [\\w']+)?))?";
    /** Present or imminent danger: urgent whenever it is said, unless plainly put in the past ("was", "had"). */
    /**
     * A time soon ("tonight", "within the hour"): told, it is danger close at hand; asked in a form's question ("Homeless
     * tonight, or got notice?") it asserts nothing, and counts only when the question is answered yes.
     */
    private static final Pattern SOON = p("\\b(tonight|tonite|this evening|this afternoon|later today|later on today|"
            + "later this (afternoon|evening)|within the (hour|next hour)|in the next (hour|few hours|\\d+ (minutes|mins|"
            + "hours))|imminent|imminently|straight away|getting dark|any minute|in (half an hour|an hour|a few minutes|"
            + "a couple of hours|\\d+ (minutes|mins|hours?)))\\b");

    /**
     * Whether a time soon is told of something to come, or going on: not when its clause denies what happens then ("No
     * visitors tonight", "nobody went out to it tonight", "not planning to go tonight") nor when it tells what was done
     * then, in a past tense with nothing to come ("Returned 01:50 tonight", "was shouting in her room tonight", "the party
     * went ahead tonite") - a log of this evening is intelligence; "he's coming back tonight" is not (stop 64: 42 of
     * the independent authors' ordinary texts were held back for "tonight" alone).
     */
    private static boolean soonToldOfWhatIsToCome(String clause, Matcher soon) {
        String before = clause.substring(0, soon.start());
        if (before.chars().filter(c -> c == '"').count() % 2 == 1) {
            return true; // someone's own words: "tonight's the night I finally get some peace"
        }
        if (DENIED.matcher(before).find()) {
            return false;
        }
        return !(DONE.matcher(clause).find() && !TO_COME.matcher(clause).find());
    }

    private static final Pattern DENIED = p("\\b(no|not|nobody|no one|nothing|none|never|n't|nor)\\b");
    /** A past tense: "was", "had", a verb ending "-ed" not after "is", "be" or "being", or one of the common irregular ones. */
    private static final Pattern DONE = p("\\b(was|were|had|did|went|came|left|told|said|saw|took|gave|found|ran|met|rang|"
            + "got back|threw|broke|spoke|sent)\\b|(?<!\\b(is|are|am|be|being|been|get|gets|getting|'s|'re|has|have|'ve|just) )\\b(?!(concerned|worried|"
            + "scared|frightened|supposed|planned|arranged|scheduled|expected|tired|interested|related|involved|based|"
            + "called|named|booked|needed|required|concerned|armed|masked|hooded|unemployed|worried)\\b)[a-z]{3,}ed\\b");
    /** Words of what is going on or to come: "is", "will", "going to", "planning", "wants". */
    private static final Pattern TO_COME = p("\\b(is|are|am|will|'ll|going to|gonna|'re|shall|plan\\w*|wants?|intends?|"
            + "due|expect\\w*|about to|still|now|to (meet|see|go|come|be|get|collect|pick|take|bring|deliver|do|travel|drop|"
            + "fight|hand|sell|carry|move|stay|sort|pay))\\b");

    /** A question's end, with the label's colon or star a form puts after it: "Homeless tonight, or got notice?:". */
    private static final Pattern QUESTION_END = p("\\?[\\s:*\\-]*$");

    /**
     * After "sat" with no "are" or "still" before it, what tells it was done and over: how long it went on for ("for about
     * an hour", not "for an hour now"), or what they did next ("and asked", "then drove off").
     */
    private static final String SAT_TOLD_AS_DONE = "(?![^.]{0,80}\\b(for (about |around |over |nearly |almost |roughly )?(an?|half "
            + "an|\\d+|one|two|three|four|five|a few|several|twenty|thirty|forty) (hours?|hrs?|minutes|mins)\\b(?! now)|(and|then) "
            + "(then )?(asked|left|drove|went|walked|ran|said|spoke|talked|knocked)\\b))";
    /** After "taken", a thing of theirs rather than a person: "they have taken his bank card" tells a theft, not a taking. */
    private static final String NOT_A_THING = "(?! (his|her|their|my|your|our|the) (bank )?(cards?|phone|mobile|money|cash|keys?|"
            + "wallet|purse|benefits|bike|id|passport|clothes|stuff|things|belongings|food|shopping|trainers|coat|bag|laptop|"
            + "sim|console|games?)\\b)";
    private static final List<Pattern> STRONG = List.of(
            p("\\b(right now|as we speak|at this (very )?moment|this minute|happening now|still happening|"
                    + "as i write|while i write|(crime|assault|attack|fight|robbery|burglary|break-in|incident|stabbing|"
                    + "disturbance|dv|da|domestic( violence| abuse| incident)?) (is )?(still )?in progress|in progress (now|right now))\\b(?![^.~]{0,30}~)"),
            p("\\b" + NOW + "\\b" + NOT_CALM + "[^.]{0,60}" + HARM),
            p(HARM + "[^.]{0,60}\\b" + NOW + "\\b" + NOT_CALM),
            p("\\b(is|are|am|'s|'re)\\s+(still\\s+|now\\s+|currently\\s+|back\\s+)?(being\\s+)?(currently\\s+)?(threaten|attack|"
                    + "assault|hit|beat|punch|kick|stab|hold|held|chas|follow|bang|smash|break|lock|trap|drag|forc|hurt|"
                    + "harm|abduct|kidnap|trafficked|moved|taken|armed|outside|inside|waiting|hiding|bleeding|unconscious|grabb|"
                    + "not breathing|overdos|in a car|in the car|heading|travelling|being driven|kept|fighting|waving|"
                    + "brandishing|pointing|shouting|kicking|punching|hitting|strangling|choking|burning|wielding|"
                    + "swinging|making (her|him|them)|drowsy|passing out|coming (after|for|to get|round|over|to collect|"
                    + "to pick|to take|to find|back)|parked (outside|nearby|up)|refusing to (leave|let)|barricad|screaming|"
                    + "on (the|a) (bridge|roof|ledge|railway|tracks))"),
            p("\\b(is|are|am|'s|'re)\\s+(\\w+\\s+)?in (immediate |serious |grave |real |great )?danger\\b"),
            p("\\b(immediate|imminent|grave) (danger|risk|threat)\\b"),
            p("\\bat (immediate |serious |significant |high |real )?risk (right now|now|tonight|today|at the moment|"
                    + "at present|as we speak|this (morning|afternoon|evening))"),
            p("\\bat immediate risk\\b"),
            p("\\b(has|have|'s|'ve) (just|only just)\\b[^.]{0,60}(" + HARM.substring(3, HARM.length() - 1)
                    + "|turned up|arrived|got into|gone off|left with|picked (her|him|them) up|collected|run off|ran off|"
                    + "disappeared|escaped|fled|absconded|pulled up|parked up|shown up|showed up|(saying|says|to say) (he|she|they)('s| is|'re| are) "
                    + "coming)"),
            p("\\bjust(?<!had just) (been )?(stabbed|shot|attacked|assaulted|hit|beaten|raped|taken|threatened|overdosed|"
                    + "forced|grabbed|dragged|snatched|bundled|collected|picked up|left with)\\b"),
            p("\\b(is|are|am|'s|'re) about to\\b(?! (turn|be 1\\d|start|finish|leave care|move on|sit|take (her|his|their) "
                    + "exams|begin|go to college|graduate))"),
            p("\\b999\\b(?![ -]?\\d)(?<!\\d[ -]999)|\\b(call the police|need (the )?police|send (the )?police|send someone|police now|"
                    + "police to attend)\\b"),
            p("\\bongoing (dv |da |domestic (violence |abuse )?)?(fight|assault|attack|incident|disturbance)\\b"),
            p("\\b(by the throat|on (their|our|my|his|her|its) way|not getting up|won't wake|will not wake)\\b"),
            p("\\b(is|are|'s|'re) (going to|gonna|about to|threatening to|threatens to|planning to|intending to)\\s+"
                    + "(kill|hurt|stab|shoot|attack|harm|move|take|traffic|burn|beat|rape|jump|end it|set fire|torch|"
                    + "petrol|batter|do (him|her|them) in|sort (him|her|them) out)"),
            p("\\b(threatening|threatens) to (kill|hurt|stab|shoot|attack|harm|burn|beat|rape|jump|end|set fire|torch|"
                    + "take|batter|come)"),
            p("\\b(going to|about to) (jump|end it|kill (himself|herself|themselves))\\b"),
            p("\\b(has|have|'s|'ve|got|is carrying|are carrying|is holding|are holding|armed with|is waving|are waving|"
                    + "brandishing|pointing)\\s+(got\\s+)?(a |an |the )?(gun|knife|machete|weapon|firearm|blade|"
                    + "hammer|axe|bat|crowbar|petrol can|screwdriver|bottle|metal bar|iron bar)\\b(?!\\s*(crime|conviction|"
                    + "offence|charge|possession|related|history|amnesty))"),
            p("\\bmissing" + MISSING_FROM + " since (this morning|today|last night|earlier|lunchtime|"
                    + "\\d{1,2}([:.]\\d\\d)? ?(am|pm)|"
                    + "\\d{1,2}[:.]\\d\\d)"),
            p("\\bmissing" + MISSING_FROM + "( since [^.,;]{1,25})?,? (and |but )?(is )?(believed|thought|feared|suspected|"
                    + "known|likely|said) (to be )?(with|at|in)\\b"),
            p("\\b(is|are|has gone|have gone|went) missing (today|tonight|this (morning|afternoon|evening))"),
            p("\\b(is|are|'s|'re) (now |currently |still |probably |believed to be |thought to be )?with " + PEOPLE
                    + "[^.]{0,30}\\b(" + NOW + "|tonight)\\b"),
            p("\\b(is|are|'s|'re) (now|currently|still) with " + PEOPLE + "\\b"),
            p("\\b((does not|doesn't|do not|don't|does n't) know where (she|he|they|i) (is|are|am)|(no one|nobody|noone) knows"
                    + " where (she|he|they) (is|are)|(does not|doesn't|do not|don't) know where(?= *[,.;]))\\b"),
            // where a phone or a map puts them now: "her phone location shows her at a house with a man"
            p("\\b(location|tracker|snap ?map|find my( phone| iphone)?|life360)\\b[^.]{0,20}\\b(shows|has|puts|says) (her|him|them)"
                    + " (at|in)\\b"),
            // in a vehicle now: "she's in the back of a car on the motorway"
            p("\\b(is|are|'s|'re) (now |still |currently )?in (the back of |the boot of )?(a|an|the|their|his|someone's|"
                    + "a stranger's) (car|van|vehicle|boot|taxi|lorry)\\b"),
            // high up, at an edge now: "on the edge of the embankment above the railway", "the top of the multi-storey"
            p("\\b(on|at|from) (the )?(edge|top) of (the|a) [^.]{0,30}(bridge|roof|car park|multi[- ]?stor\\w*|"
                    + "embankment|cliff|railway|ledge|quarry|tower block|flats|viaduct)\\b"),
            // to be picked up soon by whoever harms them: "being picked up from school today at 3:30 by a 32-year-old"
            p("\\b(being|is being|are being|will be|getting|to be) (picked up|collected|taken|met)\\b[^.]{0,40}\\b(today|"
                    + "tonight|this (afternoon|evening|morning)|at \\d|in (an|half an|\\d+) (hour|hours|minutes|mins))"),
            // someone in their room who will not go: "there's a man in her room who won't leave"
            p("\\b(there is|there's|there are) (a |an |some |two )?(\\w+ )?(man|men|male|males|lads|someone|somebody) in (her|his|"
                    + "their|the|my) (room|flat|bedroom|house)\\b"),
            // saying now they will end it: "won't come down, saying he'll jump", "says he wants to jump"
            p("\\b(saying|says|threatening|threatens|texting|screaming)\\b[^.]{0,20}\\b(he|she|they|i)?('ll| will|'s going to| is going to"
                    + "| are going to|'re going to| wants? to| gonna) (jump|end it|kill (himself|herself|themselves|myself))"),
            p("\\b(won't|will not|refuses to|refusing to) come down\\b"),
            // men who come for a young person and will not go: "two men asking for the new girl ... they said they'll wait"
            p("\\b(they|he)('ll| will) wait\\b"),
            // ("sat" alone may be told of the past: "two males sat in a car for about an hour and asked ...", "sat outside
            // then drove off")
            p("\\b(men|males|lads|boys|youths|people|someone|group|\\d+ (men|lads|males))\\b (are |is )?(still )?(waiting|hanging "
                    + "around|sat" + SAT_TOLD_AS_DONE + "|sitting|parked) (by|outside|near|at|in|round)\\b"),
            // a body harmed by what was taken now: "says she's drunk 2 bottles of vodka and taken her sertraline"
            p("\\b(has|have|'s|'ve|had) (just )?(taken|swallowed|necked|downed)\\b[^.]{0,30}\\b(tablets|pills|paracetamol|"
                    + "ibuprofen|sertraline|fluoxetine|citalopram|meds|medication|antidepressants|overdose)\\b"),
            // drink and tablets told together: "says she's drunk 2 bottles of vodka and taken her sertraline"
            p("\\b(drunk|drank|downed|necked)\\b[^.]{0,50}\\b(taken|swallowed|necked|downed)\\b[^.]{0,20}\\b(tablets|pills|"
                    + "paracetamol|ibuprofen|sertraline|fluoxetine|citalopram|meds|medication|antidepressants)\\b"),
            // gone since a time today, or with someone unknown: "has been gone since 6pm", "phone goes to voicemail"
            p("\\b(has been gone|been gone|gone off|not been seen|hasn't been seen|has not been seen) (since|for) (this morning|today|last "
                    + "night|earlier|lunchtime|\\d{1,2}([:.]\\d\\d)? ?(am|pm)|\\d{1,2}[:.]\\d\\d|an hour|\\d+ hours|a couple of hours|two hours|"
                    + "three hours)"),
            p("\\bphone (goes|going|is going|keeps going) (straight )?to voicemail\\b"),
            // on the way with those who harm them: "they're driving there now"
            p("\\b(is|are|'s|'re) (now |currently )?(driving|being driven|on (the|their|his|her) way) (him|her|them|there|to)\\b"),
            // a weapon on someone present: "one with a large blade in waistband, heading towards the school gates"
            p("\\bwith (a|an) (large |big |long )?(blade|knife|machete|gun|firearm|zombie knife|hammer)\\b(?! (crime|amnesty|"
                    + "awareness|arch))[^.]{0,60}\\b(heading|walking|going|now|currently|outside|towards)\\b"),
            // an unknown man where the young people are now: "There is a man in the school grounds now"
            p("\\b(there is|there's|there are) (a |an |some |two |three |several )?(\\w+ )?(man|men|male|males|lads|people|"
                    + "someone|somebody)\\b[^.]{0,60}\\b(now|right now|at the moment|as we speak)\\b" + NOT_CALM),
            // whereabouts not known now is someone missing now, however a blank "not known at present" is set aside
            p("\\bwhereabouts (are |is )?(currently |still |presently )?(not known|unknown)\\b(?! (before|previously|then))"),
            p("\\b(can't|cannot|can not|unable to|not able to|won't let (her|him|them)) (get away|get out|leave|escape)\\b"),
            p("\\b(being held|held (against (her|his|their) will|hostage|captive)|locked in (a|the|his|her) (room|flat|"
                    + "house|car|boot))\\b"),
            p("\\b(going to|about to|on (her|his|their) way to|planning to|plans to|arranged to|due to|will) meet\\b"
                    + "[^.]{0,60}\\b(later|today|tonight|this (afternoon|evening)|now|soon|\\d{1,2}([:.]\\d\\d)? ?(am|pm))"),
            p("\\b(meeting|seeing) " + PEOPLE + "\\b[^.]{0,40}\\b(later|today|tonight|this (afternoon|evening)|now|soon)\\b"),
            p("\\b" + NOW + "\\b[^.]{0,60}\\bwith " + PEOPLE),
            p("\\bwith " + PEOPLE + "\\b[^.]{0,30}\\b" + NOW + "\\b"),
            p("\\b(is|are|'s|'re) (now |currently |still )?(at|in) (his|their|an? (unknown |adult |older )?(man's|male's|"
                    + "men's|dealer's|stranger's)|(a|an) (party|address|flat|house|hotel|trap house|car|unknown)|the (man's|"
                    + "men's|dealer's|male's|adult's|perpetrator's))\\b[^.]{0,60}\\b" + NOW + "\\b"),
            p("\\b(is|are|'s|'re) (now|currently|still) (at|in) (his|their|an? (unknown |adult |older )?(man's|male's|"
                    + "men's|dealer's|stranger's)|(a|an) (party|address|flat|house|hotel|trap house|car)|the (man's|men's|"
                    + "dealer's|male's|adult's|perpetrator's))\\b"),
            p("\\b(is|are|'s|'re|has been|have been|has gone|have gone) (currently |still |now )?missing\\b(?! (on|from "
                    + "(home|care|placement|the project) on) \\w+ occasions)"),
            p("\\blast seen\\b[^.]{0,80}\\b(today|tonight|this (morning|afternoon|evening)|an hour ago|\\d+ (minutes|"
                    + "mins|hours) ago|half an hour ago)"),
            p("\\b(is|are|'s|'re) (still )?trying to (break|get in|get into|force|kick|smash|get to|get (her|him|them)|grab|take|reach|find|"
                    + "get hold of|hurt|attack|stab)"),
            p("\\b(minutes|mins|an hour|half an hour|\\d+ hours?) ago\\b"),
            p("\\b(is|are|'s|'re) (now |currently |still )?at (a|an) (\\w+ )?(party|gathering)\\b"),
            p("\\b(is|are|'s|'re) (now |currently |still )?(sitting (in|on|at|outside|with|downstairs|upstairs)|standing "
                    + "(in|on|at|outside|by)|lurking|hanging around (outside|the)|loitering|on site|in the building|at the "
                    + "(door|window|front door|back door|property|project|reception|gate))"),
            p("\\b(can|could) (hear|see|smell) (\\w+ ){0,3}(shouting|screaming|banging|crying|fighting|smashing|"
                    + "being smashed|breaking|a fight|him|them|her being|smoke|gas|burning|fire|begging)"),
            p("\\bthreatening (\\w+ ){0,3}with\\b"),
            p("\\b(situation (is )?ongoing|still ongoing|ongoing (now|situation|threat|incident|attack|assault))\\b"),
            p("\\b(smell of gas|gas leak|barely breathing|unresponsive|not responding|having a (fit|seizure))\\b"),
            // a body failing now: "we can't keep him awake", "her breathing is slow", "his lips are going blue"
            p("\\b((can't|cannot|can not|unable to|not able to) (keep (him|her|them) awake|wake (him|her|them))|breathing "
                    + "(is |has )?(gone )?(very |really )?(slow|shallow|noisy|laboured|funny|strange|weird)|struggling to "
                    + "breathe|(turning|gone|going) blue)\\b"),
            // a goodbye just sent, or the means to end a life with no answer now: "sent a pic of his arm and 'bye mum'",
            // "posted a video with a noose, he's not picking up"
            p("\\b(sent|texted|messaged|posted|put up|snapchatted)\\b[^.]{0,100}[\"'](bye|goodbye|sorry for everything|"
                    + "i'm sorry for everything|love you all)\\b"),
            p("\\b(noose|ligature|tablets|pills|overdos\\w*|cuts|cutting|rope|bridge|jump\\w*)\\b[^.]{0,120}\\b(not picking up|"
                    + "not answering|isn't answering|not replying|can't reach|cannot reach|can't get hold of|can't get through|"
                    + "no answer|phone (is )?(off|dead|going to voicemail))"),
            // wanting to die, told now: "says he's had enough and can't do it any more", "texting that she wants to die"
            p("\\b(says|saying|texted|texting|messaged|messaging|tells me|telling (me|us|staff)|is saying|phoned|rang)\\b[^.]{0,40}"
                    + "\\b(had enough|can't (do|take|cope with) (it|this) any ?more|can't go on|wants? to (die|jump)|going to end it|"
                    + "(end|ending) it all|kill (himself|herself|themselves|myself))"),
            p("\\b(they've|they have|he's|he has|she's|she has) got (me|her|him|us)\\b"),
            p("\\b(there is|there's|there are) (a |an )?(fire|flood|gas leak|fight|intruder|(a |an )?(man|men|someone|"
                    + "somebody|male|group) (with|armed)|break-in)\\b"),
            // people waiting where the young person is: "there is a group of males outside the project"
            p("\\b(there is|there's|there are) (now |still )?(a |an |some |two |three |several )?(group of |gang of |couple of )?"
                    + "(older |unknown |adult |young |masked |hooded |armed )?(man|men|male|males|lads|boys|youths|people|"
                    + "someone|somebody) (now |still )?(outside|at (the|her|his|their|our|my|the yp's) "
                    + "(door|gate|window|front door|back door)|in the (building|corridor|stairwell|car park))\\b"),
            p("\\b(will not|won't|wont|refuses to|refusing to|cannot|can't|cant) (come out|get out|let (me|her|him|them|us|"
                    + "(my|her|his|their|our) (friend|mate|sister|brother|girlfriend|boyfriend|daughter|son|partner|child|"
                    + "baby|kids?)) (in|out|go|leave))\\b"),
            // kept from leaving, as staff put it: "the dealers are not letting him leave", "aren't letting her go home"
            p("\\b(not|n't|never) (letting|allowing) (me|her|him|them|us) (to )?(leave|go|out|get out|come (home|back|out))\\b"),
            p("\\b((is|are|'s|'re|am) (\\w+ ){0,2}(holding|carrying)|waving|brandishing|pointing|wielding|swinging) "
                    + "(\\w+ ){0,3}(gun|knife|knives|machete|"
                    + "weapon|firearm|blade|hammer|axe|bat|crowbar|bottle|screwdriver)"),
            p("\\b((is|are|'s|'re) (lying|laying) (on|in|face)|not moving|against (her|his|their) will|"
                    + "(smell|smells|smelling) (of )?(smoke|gas|burning)|smoke (is )?coming)\\b"),
            p("\\b(is|are|'s|'re) (now |currently |still )?(at|in|on) (the|a|an) [^.]{0,40}\\bwith (an? (older |adult "
                    + "|unknown )?(man|male|adult|stranger)|(older|unknown|adult|two|three|some|several) (men|males|adults)|"
                    + "(two |three |some |several |a group of |a couple of )?(older|adult|unknown) (men|males|adults|lads|"
                    + "boys))"),
            p("\\bfight\\w* (\\w+ ){0,6}with (knives|knife|weapons|a weapon|machetes|bats|guns|a gun|bottles)"),
            p("\\b(help|please help|help me|sos)\\b[^.]{0,20}!"),
            p("\\bhelp( me)?[\"']"),
            // not back, and last seen with someone: "Young person not returned, last seen with an older male" (a clause
            // about her history in the same sentence does not put this in the past)
            p("\\b(has not|hasn't|have not|haven't|not|yet to|still not) (yet )?(returned|come back|come home)\\b(?! (to|from) "
                    + "(school|college|education|work|training|the area|court|live|(her|his|their) (family|home area)))"),
            p("\\blast seen\\b[^.]{0,60}\\bwith " + PEOPLE),
            // the warning signs of a life about to be ended, told now (stop 64, a fourth author): goodbyes said, things
            // given away or left behind with a note, "won't need them", a door locked behind them, not wanting to be alive
            p("\\b(said (goodbye|bye) to (everyone|everybody|us all|us|all of us|all the|the other|staff)|(given|giving|gave) away "
                    + "(all )?(his|her|their) (stuff|things|belongings|possessions|phone|ps\\d|playstation|xbox|console|"
                    + "trainers|games|clothes|jewellery|dog|cat|pets?|money)|(given|giving|gave) (all )?(his|her|their) (stuff|"
                    + "things|belongings|possessions|games|clothes|jewellery|money) away|(written|wrote|writing|left|leaving) "
                    + "(goodbye )?(letters|notes) (to|for) (each of |all of |all )?(her|his|their|everyone|everybody)\\b|(a )?(letter|"
                    + "note) (to|for) each of|goodbye (letter|note)s?|(won't|will not|wont) (need|be needing) (it|them|"
                    + "this|these|that|those|anything)( any ?more)?|left (a |his |her |their )?(letter|note) (addressed|for (me|"
                    + "us|staff|his|her|their)|to (me|us|his|her|their)|on (his|her|their) (bed|pillow|desk))|left (his|her|"
                    + "their) (phone|keys),? (and )?(his |her |their |a )?(keys|phone|bank card|wallet|purse|letter|note)|"
                    + "(locked|'s locked|has locked) (herself|himself|themselves) (in|away)|locked the (bathroom|bedroom|"
                    + "toilet) door)\\b"),
            p("\\b(doesn't|does not|don't|do not|doesnt|dont) want to (be alive|live any ?more|be around any ?more|wake up|"
                    + "be here any ?more|be here(?! (at|in|on|with|because|cos|'cause|and))|exist)\\b"),
            // made to go with them now, or else: "told him to get in the car or they'll go to my house"
            p("\\b(told|telling|ordered|ordering|making|want) (him|her|them|me) to [^.]{0,40}\\bor (else|(they|he|she|we)('ll| will| are "
                    + "going to| is going to))\\b"),
            // thanks for everything, as a goodbye: "he just wants to say thank you for everything"
            p("\\b(say|saying|says|said|to say) (thank you|thanks|thankyou|ta) for everything\\b"),
            // high up now: "on a video call from the multistorey roof"
            p("\\b(on|from|onto) (the |a )?(\\w+ )?(roof|rooftop)\\b(?! (terrace garden|garden|repairs?|leak))"),
            // a dose taken that is an overdose by its count: "took 30+ amitriptyline"
            p("\\b(took|taken|swallowed) (about |around |over |at least )?\\d{2,}\\+? (?!(minutes|mins|hours|days|weeks|months|"
                    + "years|pounds|quid|miles|calls|photos|pictures|goes|attempts|times|people|texts|messages)\\b)"),
            // sat with men they should not be with, for some time now: "sat in a car outside with 3 older males for 40 mins"
            p("\\b(has been|have been|been|is|are|'s|'re) (sat|sitting|waiting|parked) (in|outside|at)\\b[^.]{0,40}\\bwith (an? )?"
                    + "(\\d+|two|three|four|some|several|older|adult|unknown) (older |adult |unknown )?(men|males|man|male|adults|lads)"),
            // a threat to kill sent to them: "ur dead when u get off the bus" ("you're dead to me" is no threat)
            p("\\b(ur|you're|youre|your|you are|u r|u're) (dead|getting (stabbed|shanked|done|merked|got|wet))\\b(?! to)"),
            // a body failing, as a carer sees a baby or a child: "hot and floppy", "gone limp"
            p("\\b(floppy|gone limp|is limp|lips (are )?(going |gone )?blue)\\b"),
            // taken by those who harm them, in their own words: "they've took me to the woods"
            p("\\b(they've|they have|he's|he has|she's|she has|they) (took|taken) (me|her|him|us)\\b"),
            // climbing to or over an edge, a live line below: "climbing over the barrier above the live line"
            p("\\b(climb\\w*|standing|sitting|stood|sat|hanging) (over|on|onto|on top of|off|from) (the |a )?(barrier|railings?|"
                    + "parapet|fence|ledge|edge|balcony)\\b[^.]{0,40}\\b(above|over|on|onto) (the |a )?(live )?(line|railway|tracks|"
                    + "road|motorway|dual carriageway|river|water|drop)\\b|\\b(on|onto|near|above|over|by|across) the live (line|"
                    + "rail|track)s?\\b|\\b(stop|stopping|stopped|halt) (the |all )?trains\\b|\\b(units|officers|back-?up) "
                    + "(please|required|needed|requested)\\b"),
            // breaking in where they are, now: "her ex is climbing onto the balcony from the flat below"
            p("\\b(is|are|'s|'re) (now |currently |still )?(climbing|trying to climb|getting|breaking|forcing (his|her|their) "
                    + "way) (in |up |back )?(in|into|onto|on to|up to|through|over) (the |her |his |their |my |our )?(\\w+ )?(balcony|window|flat|house|"
                    + "room|bedroom|garden|back door|front door|door)\\b"));

    /**
     * The strong signs with those that count only when told, not asked ({@link #SOON}): a form's question ("Homeless
     * tonight, or got notice?") asserts nothing, and counts only when answered yes.
     */
    private static final List<Pattern> STRONG_WHEN_TOLD = java.util.stream.Stream.concat(STRONG.stream(), java.util.stream.Stream.of(SOON))
            .toList();

    /** Signs of danger that may describe the past: urgent unless their clause is plainly about the past. */
    private static final List<Pattern> WEAK = List.of(
            p("\\b(at the moment|at present|at the minute)\\b" + NOT_CALM_AT_PRESENT
                    + "(?![^.]{0,30}\\bno (concerns|risk|immediate|worries))"),
            // the form's urgency answered at its highest: "Urgency: Immediate", a grid's "☒ Immediate" ticked
            p("\\b(urgency|priority|response (needed|required))( level)?\\s*[:\\-]?\\s*(immediate|emergency|critical)\\b"),
            // "John had urgently asked staff for help": urgency told in the past tense was then, not now
            p("(?<!\\b(had|was|were) )\\b(urgent|urgently|asap|a\\.s\\.a\\.p|time[- ]critical|time[- ]sensitive)\\b"),
            p("\\bemergency\\b(?! (accommodation|bed|beds|placement|housing|contraception|department|services|duty|contact|"
                    + "protection|room|plan|fund|payment|grant|food|parcel|number|dentist|appointment))"),
            p("\\b(come|attend|respond|help|needed|required|act|send (someone|help|police)|go|get there) immediately\\b"
                    + "|\\bimmediately (needed|required)\\b|\\bimmediate (help|response|attendance|action|assistance)\\b"),
            p("\\bbeing (kicked|hit|beaten|attacked|assaulted|held|threatened|dragged|taken|moved|chased|followed|robbed|mugged|"
                    + "stabbed|punched|strangled|choked|forced|trafficked)\\b"),
            p("\\bhad (just|only just)\\b"),
            p("\\b(has|have|'s|'ve) (been )?(locked|taken" + NOT_A_THING + "|kidnapped|abducted|grabbed|trapped|snatched|forced|dragged|stabbed|"
                    + "shot|attacked|assaulted|beaten|raped|barricaded|cut|overdosed|set fire|threatened|hit|punched|"
                    + "strangled|choked|followed|disappeared|run off|gone off|poured|swallowed|set light|sprayed|"
                    + "smashed|broken in|broke in|burst in|taken (pills|tablets|an overdose))\\b"),
            p("\\b(will|plans? to|planning to|wants? to|intends? to|going to|gonna)\\s+(kill|hurt|stab|shoot|attack|harm|"
                    + "move|take|traffic|burn|beat|rape|set fire|torch|blow)"),
            p("\\b(blow (the place|it|the flat|the building|the house|himself|herself|us|them|everyone) up|collapsed|"
                    + "fitting|being (smashed|broken|damaged|trashed))\\b"),
            p("\\bthreaten(ed|s)? to (kill|stab|shoot|hurt|harm|burn|rape|attack|beat|set fire|torch)"),
            p("\\b(lot of blood|consciousness|not breathing|unconscious|bleeding|overdosing|taken an overdose|"
                    // (an ambulance called, not the place or the service: "dropped at the ambulance bay" is where)
                    + "stab wound|ambulance(?!\\s+(?:bays?|station|service|trust|entrance|control)))\\b"),
            p("\\b(end it|end (his|her|their) life|kill (himself|herself|themselves)|suicid|jump off)\\b"),
            p("\\b(is|are|am|'s|'re|says? (she|he) is|saying (she|he) is) (so |very |really )?(scared|terrified|"
                    + "frightened)\\b"),
            p("\\b(kidnapped|abducted|snatched|dragged|bundled)\\b"),
            p("\\bwith (a|an) (knife|gun|machete|weapon|firearm|blade|hammer|axe|bat|baseball bat|bottle|screwdriver|"
                    + "crowbar|metal bar|iron bar)\\b"),
            p("\\b(collect|pick (her|him|them) up|pick up|meet|take (her|him|them))\\b[^.]{0,40}\\bat \\d{1,2}([:.]\\d\\d)? ?"
                    + "(am|pm)"),
            p("\\b(tomorrow|tmrw|this weekend|tomorrow night)\\b[^.]{0,60}" + HARM),
            p(HARM + "[^.]{0,60}\\b(tomorrow|tmrw|this weekend)\\b"),
            p("\\b(tomorrow|tonight|this weekend|later)\\b[^.]{0,40}\\b(meet|moved|pick(ed)? (her|him|them) up|collect)"),
            p("\\b(meet|moved|pick(ed)? (her|him|them) up|collect)[^.]{0,40}\\b(tomorrow|this weekend)\\b"),
            // a threat reported as a noun or in someone's words: "Threat made by text to petrol bomb the house",
            // "shouting he would kill her", "said she'd stab him"
            p("\\bthreats? (\\w+ ){0,4}to (kill|stab|shoot|hurt|harm|attack|rape|beat|burn|torch|set fire|petrol bomb|"
                    + "fire ?bomb|bomb|smash|come round|find|batter|slash)"),
            p("\\b(shout\\w*|said|saying|says|scream\\w*|yell\\w*|text\\w*|messag\\w*|posted|told (her|him|them|staff|us))"
                    + " (that )?(he|she|they|i|we)('d| would| will|'ll| is going to| are going to) (kill|stab|shoot|hurt|harm|"
                    + "attack|rape|beat|burn|torch|bomb|get|batter|slash|do (him|her|them) in|sort (him|her|them) out)\\b"),
            p("\\b(petrol|fire) ?bomb\\w*"),
            // heard happening: "Staff heard screaming from room 4"
            p("\\b(heard|hear|hearing) (\\w+ ){0,3}(screaming|shouting|banging|crying|fighting|smashing|a gunshot|gunshots|"
                    + "a scream|screams|someone being hit)\\b"),
            // made to carry or sell for others: "has been told to travel to Birmingham to deliver a package"
            p("\\b(told|forced|made|sent|ordered|being used) to (travel|go|deliver|carry|hold|sell|run|drop|stash|move)\\b"),
            p("\\b(is|are|'s|'re|am) (\\w+ ){0,2}(and |so |very |really )?(scared|terrified|frightened|petrified)\\b"),
            // a weapon seen, as police shorthand gives it: "Knife seen", "machete seen in the flat today", "gun shown"
            p("\\b(knife|knives|gun|guns|firearm|machete|blade|weapon|axe|hammer)s? (has been |have been |was |were |"
                    + "being )?(seen|spotted|observed|shown|produced|pulled( out)?|flashed|brandished)\\b"),
            // a threat to life as the police say it: "Threat to life", "TTL", "Osman warning issued today" (not a
            // label left blank or answered no: "Threat to life (Y/N):")
            p("\\b(threat|risk|danger) to (his |her |their |the yp's |the young person's )?life\\b(?!\\s*(\\((y/n|yes/no|y or "
                    + "n)\\))?\\s*[:?*]?\\s*(\\n|$|no\\b|n\\b|none\\b|n/a))|\\bttl\\b(?!\\s*[:?]?\\s*(\\n|$|no\\b|n\\b))"
                    + "|\\bosman (warning|notice|letter)s?\\b"),
            // a fire where people are: "Fire in the flat, YP inside"
            p("\\bfire (in|at|inside) (the|a|her|his|their|our) (flat|house|room|bedroom|building|property|project|"
                    + "address|hostel|home)\\b"),
            // taken away by the people danger comes with: "She's being picked up at 9 by the older male" (not "was seen
            // being picked up by an older male", what intelligence tells)
            p("\\b(is|are|'s|'re|am) (\\w+ ){0,2}being (picked up|collected|driven|taken|moved)\\b[^.]{0,40}\\bby (him|them|(an?|the|two|three|some|"
                    + "several) (older |adult |unknown )?(man|men|male|males|adult|adults|group|gang|dealers?|stranger))\\b"),
            // time-critical police action asked for: "Needs police response today", "requires attendance tonight" (not
            // "does not need a response today")
            p("\\b(?<!(not|n't|never|no|nor) )(needs?|requires?|required|needed|requesting|request) (an? )?(urgent |immediate |emergency |same[- ]day )?"
                    + "(police )?(response|attendance|action|assistance) (today|now|tonight|asap)\\b"),
            // in Welsh: in danger, a knife, stabbing, killing, missing, attack, threats, an emergency, urgent, tonight
            p("\\b(mewn (m?h?|b)?perygl|berygl|cyllell|gyllell|chyllell|cyllyll|trywan\\w*|drywan\\w*|thrywan\\w*|lladd|ladd|"
                    + "ar goll|ymosod\\w*|bygwth\\w*|fygwth\\w*|argyfwng|ar frys|brys|heno)\\b"));

    /**
     * The safety net for wordings no pattern knows: violence, a weapon or a body in danger, said in the present tense
     * ("is", "has", "will") and not in the past ("was", "had"), is urgent unless its clause is about the past.
     */
    private static final Pattern HARM_CORE = p("\\b(stab\\w*|knife|knives|gun|guns|shoot\\w*|shot|machete|weapon\\w*|"
            + "firearm|blade|rape\\w*|kill\\w*|overdos\\w*|pills|petrol|arson|kidnap\\w*|abduct\\w*|hostage|"
            + "strangl\\w*|chok\\w*|bleed\\w*|blood|unconscious|beat\\w*|punch\\w*|kick\\w*|assault\\w*|attack\\w*|"
            + "hurt\\w*|missing|trafficked|fire|smash\\w*|violen\\w*|fight\\w*)\\b");
    private static final Pattern PRESENT_AUX = p("\\b(is|are|am|'s|'re|has|have|'ve|can|can't|cannot|won't|will|'ll|"
            + "says|keeps|wants)\\b");
    private static final Pattern NOT_NOW = p("\\b(was|were|had|did|'d|would|could|might|may|if|known to|history|"
            + "risk of|concern\\w*|worr\\w*|believe\\w*|suspect\\w*|rumou?r\\w*|allegedly|reportedly|never|"
            + "associat\\w*|talks about|wanting|generally|usually|often|sometimes|regularly|each time|\\d+ times|"
            + "(several|many|a few|two|three|four|five) times|occasions|following (the|an|a)|after (the|an|a)|"
            // a habit, or a record of the past: "is frequently missing overnight", "who has a conviction for assault",
            // "has completed a knife crime awareness course"
            + "frequently|repeatedly|occasionally|routinely|habitually|at times|from time to time|episodes?|"
            // how often, as a habit is told: "a knife is being passed around the group at weekends", "most nights"
            + "at weekends|on weekends|(most|every|each) (night|evening|day|week|weekend)s?|nightly|weekly|"
            + "convict\\w*|charged|offences?|cautions?|sentenced|awareness|course|(knife|gun|weapons?) crime)\\b");

    /** The answer "no" to a question, on its line or the next: "Is anyone in immediate danger? No". */
    private static final Pattern ANSWER_NO = p("\\?[ \\t~:\\-]*\\n?[ \\t]*(no|n|none|not urgent|non[- ]urgent)\\b"
            // "? No immediate danger." is a negation of its own, not the answer "No" followed by "immediate danger" (on
            // its line: the next line is the form's next question)
            + "(?![ \\t]*(one|body|-one|immediate|imminent|current|present|ongoing|known|active|further|risk|danger|threat|"
            + "urgen|emergency))");
    private static final List<Pattern> ANSWERED_NO = List.of(
            p("\\b(urgent|urgency|emergency|immediate (risk|danger)|time[- ]critical|time[- ]sensitive|in progress|"
                    + "danger|risk|threat|ttl)[^.:?\\n]{0,30}([:\\-]|\\((y/n|yes/no|y or n)\\))[ \\t]*\\n?[ \\t]*(no|n|none|low|"
                    + "not urgent|non[- ]urgent|routine|n/a)\\b(?![ \\t]+(immediate|imminent|current|present|further|"
                    + "longer|one|body))"));
    /** An email disclaimer's sentence: set aside whole ("notify the sender immediately"). */
    private static final Pattern DISCLAIMER = p("\\b(intended recipient|received (this|it) (e-?mail |message )?in error|"
            + "(e-?mail|message)( and any attachments)? (is|are|may be) (confidential|privileged)|may be monitored|"
            + "disclaimer)\\b");
    private static final Pattern ANSWERED_YES = p("\\?[ \\t:\\-]*\\n?[ \\t]*(?=(yes|y)\\b)");
    /**
     * A move not made by those harming the young person: no "by him", "by them", "by the men", "by an older male" soon
     * after it ("is being moved to another flat by the men" is danger, "is being moved to another flat" the services').
     */
    private static final String NOT_BY_THOSE_HARMING = "(?![^.;,]{0,30}\\bby (him|them|the (man|men|gang|group|dealers)"
            + "|older|dealers|an? (man|male|adult)))";
    /** A picture shown with nothing said of now: not "just posted a photo of a gun ... pullin up on u now". */
    private static final String SHOWN_NOT_NOW = "(?![^.]{0,100}\\b(now|tonight|today|on (his|her|their|my) way|coming|"
            + "pull\\w* up)\\b)";
    /** Words that look like danger and say none: negations, the form's own guidance, disclaimers, footers. */
    private static final List<Pattern> NOT_DANGER = List.of(
            // a plan for if something happens, not something happening (stop 65): "If he goes missing we will report to
            // 101 straight away", "If she is threatened we will ring 999", "advised her to call 999 if he approaches her"
            p("\\b(if|should|in case|in the event( that)?|whenever)\\b[^.;\\n!?]{0,80}?,?\\s*\\b(we|staff|i|the (team|"
                    + "service|staff))\\s*('ll|will|would|are to|shall|must|should|can)\\s+(\\w+\\s+){0,2}(report|ring|call|"
                    + "contact|inform|alert|phone|dial|tell|notify)\\b[^.;,\\n!?]{0,40}"),
            p("\\b(we|staff|i)('ll| will| would| are to| shall)\\s+(\\w+\\s+){0,2}(report|ring|call|contact|inform|alert|"
                    + "phone|dial|tell|notify)\\b[^.;,\\n!?]{0,40}?\\b(if|should|in case|whenever)\\b[^.;,\\n!?]{0,80}"),
            p("\\b(advised|told|asked|reminded|encouraged|agreed with|given)\\s+(\\w+\\s+){0,2}(to )?(call|ring|dial|phone|"
                    + "contact|report|text)\\b[^.;,\\n!?]{0,40}?\\b(if|should|in case|whenever|when)\\b[^.;,\\n!?]{0,80}"),
            // things kept for others is exploitation told, not someone held: "Aaron is holding drugs for others"
            p("\\b(holding|stashing|storing|keeping|looking after|minding) (\\w+ ){0,2}(drugs|cash|money|phones?|packages?|"
                    + "parcels?|stuff|gear|weed|cannabis|class a)\\b"),
            // a home taken over is cuckooing, what intelligence tells: "his flat may have been taken over"
            p("\\b(taken|took|taking) over\\b(?! (to|there))"),
            // afraid of what speaking up would cost: "scared of losing his job if he speaks up"
            p("\\b(scared|frightened|afraid|worried|terrified|petrified) (of|about) (losing|getting (in trouble|evicted|"
                    + "sacked|deported|arrested|kicked out)|being (evicted|deported|sent back|kicked out|sacked|arrested|"
                    + "excluded)|what (will|might|would) happen if|speaking (up|out)|telling|going to court)\\b"),
            // exploitation suspected is intelligence: "concern she is being used to carry" (not "... right now")
            p("(?<=\\b(concern\\w{0,3}|worried|suspect\\w{0,2}|believe\\w{0,1}|think|thinks|fear\\w{0,2}|possibly|may be|"
                    + "might be|could be)\\b.{0,25})\\bbeing used to (carry|hold|sell|deliver|run|move|stash|drop)\\b"),
            // a move the service makes: "Oscar is being moved to another scheme" (not one by the people harming him)
            p("\\b(moved|moving|move) ((him|her|them) )?(to|into) (an?other|a new|a different|alternative|new) (\\w+ ){0,2}"
                    + "(scheme|placement|property|flat|room|service|home|address|unit|accommodation|house|hostel|project|"
                    + "provider|area|school|college)\\b" + NOT_BY_THOSE_HARMING),
            // a move out of the area services make to keep someone safe, said in the passive: "Jordan has now left the
            // flat and is being moved out of area" (not "is being moved out of area by the men", not "they are moving her")
            p("\\b(is|are|was|were|has been|have been|will be|is to be|are to be) (now |being |currently |urgently ){0,2}"
                    + "moved out of (the )?(area|borough|county|city|town|region)\\b" + NOT_BY_THOSE_HARMING),
            // a weapon in a picture or online is intelligence: "has a gun and showed him a picture of it on Snapchat"
            p("\\b(has|had|got|with|holding|posing with)( got)? (a |an )?(gun|knife|machete|blade|weapon|firearm)s?\\b"
                    + "(?=[^.]{0,60}\\b(picture|photo|pic|video|image|selfie|snap|post|story|online|social media)s?\\b)"
                    + SHOWN_NOT_NOW),
            p("\\b(picture|photo|pic|video|image|selfie|snap|post|story)s? (of|with|showing) (\\w+ ){0,3}(gun|knife|machete|"
                    + "blade|weapon|firearm)s?\\b" + SHOWN_NOT_NOW),
            p("\\b(is |it's |it is |this is )?not (an? )?(urgent|emergency|time[- ]critical|time[- ]sensitive|immediate|"
                    + "imminent)\\b( (matter|situation|concern|risk|issue|referral|submission))?"),
            p("\\bnot (currently |presently |now )?(in|at) (any )?(immediate |imminent |present |current |serious |"
                    + "significant )?(danger|risk)\\b( (right )?now| at (the moment|present|this time))?"),
            p("\\bnot (currently |presently |now )?missing\\b"),
            // missing a thing someone should attend is not being missing: "several of them are now missing school"
            // ("missing from school", "missing, school told" stay a missing person)
            p("\\bmissing (out (on )?)?((her|his|their|a lot of|lots of|some|most|much|days of|weeks of|a lot of their|"
                    + "all) )?(school|college|lessons?|classes|education|appointments?|sessions?|meetings?|work|training|"
                    + "exams?|curfews?)\\b"),
            // a missing episode is a record of being missing, not someone missing now: "Missing episodes: 3",
            // "returns from missing episodes", "return home interview after a missing from home episode"
            p("\\bmissing (from (home|care) )?(episodes?|incidents?|periods?|reports?|person('s)? (reports?|records?)|"
                    + "return (home )?interviews?|protocols?|history)\\b"),
            // no weapon or injury found or seen: "No knife has been found in room searches", "no injuries seen"
            p("\\b(no|nor any|not any) (knife|knives|weapons?|guns?|firearms?|blades?|injur(y|ies)|marks|blood)\\b"),
            // a fire practice or the building's fire safety is no fire: "There is a fire drill on Tuesday at 11",
            // "the fire alarm test is on Monday", "fire doors must be kept shut", "the fire officer said no" ("there is
            // a fire" stays urgent)
            p("\\bfire (officers?|precautions|certificates?|regulations|drills?|alarm (tests?|testing|checks?)|evacuation (drills?|practices?|tests?)|safety (checks?|"
                    + "training|checks?)|exits?|doors?|extinguishers?|marshals?|wardens?|risk assessments?|"
                    + "assembly points?)\\b"),
            // a service named for urgent care is no urgency: "Urgent Care Practitioner", "the urgent treatment centre"
            p("\\burgent (care|treatment) (centre|center|practitioner|team|service|unit)s?\\b"),
            // in Welsh, no or not: "dim perygl" (no danger), "ddim mewn perygl" (not in danger), "nid yw'n frys"
            p("\\b(dim|ddim|nid|nad|heb)( [\\w'’]+){0,4} (mewn )?(m?h?|b)?(perygl|berygl|frys|brys|argyfwng)\\b"),
            // a hedged negation: "not believed to pose an immediate risk", "is not thought to be in danger", "does not
            // present a risk", "not considered to be at imminent risk"
            p("\\b(not|never|is not|isn't|are not|aren't|does not|doesn't|do not|don't)( currently| presently| now)?"
                    + "( (believed|thought|considered|assessed|felt|deemed|judged|known|likely|expected) to)? (pose|posing|"
                    + "present|presenting|constitute|be (in|at|under)|be|face|facing)s? (an? |any )?(immediate |imminent |"
                    + "current |present |serious |significant |real |high )?(risk|danger|threat)\\b"),
            p("\\b(not aware of|no evidence of|nothing to suggest|no indication of|no suggestion of|no sign of|"
                    + "no reason to (believe|think))( any)?( \\w+){0,2} (risk|danger|threat|harm|urgency|emergency)\\b"),
            // the same said of a person: "there is no suggestion that she is at risk at present", "no evidence that
            // they are in any danger" (only the person's being at risk or in danger is set aside)
            // ("not aware that she is in danger" takes the danger as real: it is read, never set aside; only pronouns and
            // the young person are the person)
            p("\\b(no evidence|nothing to suggest|no indication|no suggestion|no sign|no reason to (believe|think))"
                    + " that (s?he|they|the (young person|yp|resident|child)) (is|are|was|were|'s) (currently |now |"
                    + "presently )?(at|in) (any )?(immediate |imminent |current |present |serious |significant )?(risk|danger)\\b"
                    + "( (right )?now| at (the moment|present|this time)| currently)?"),
            // nothing said to point to danger, as the clause's last words: "nothing suggests any danger now", "nothing
            // indicates a risk at present" ("nothing suggests the danger has passed" goes on, and is read)
            p("\\bnothing (else )?(suggests|indicates|points to|shows)( that)?( there is| there's)?( any)?( \\w+){0,2} "
                    + "(risk|danger|threat|harm|urgency|emergency)( (right )?now| at (the moment|present|this time)"
                    + "| currently)?(?=\\s*([.;,!]|$))"),
            p("\\bnot (happening|ongoing|in progress) (now|at (the moment|present))?"),
            p("\\bnon[- ]?(urgent|emergency|immediate)\\b"),
            // no action called for: "there is no urgent action for you to take", "no need for an immediate response"
            p("\\b(no|not|nothing|without|never)\\b( \\w+){0,3} (urgent|immediate|emergency) (action|response|"
                    + "attendance|steps|intervention|attention|follow-up|contact|reply)\\b"),
            p("\\bno (immediate|imminent|current|present|ongoing|known|apparent|active|further)( \\w+){0,2} "
                    + "(risk|risks|danger|threat|threats|concerns?|safeguarding concerns?|urgency)\\b"
                    + "( (right )?now| at (the moment|present|this time))?"),
            p("\\bno (risk|danger|threat|urgency|emergency|concerns?)( \\w+){0,5} ((right )?now|at (the moment|present|"
                    + "this time)|currently)\\b"),
            // with what is not feared: "no concerns about anyone being held"
            p("\\bno (risk|danger|threat|urgency|emergency|concerns?)( \\w+){0,2}( being \\w+)?"),
            // with the time it is said for: "nobody is at risk right now" (its "right now" is no sign of its own)
            p("\\b(nobody|no one|no-one|none of them) (is|are|was|were) (currently |now |presently )?((in|at) (any )?(immediate )?"
                    + "(danger|risk)|missing)\\b( (right )?now| at (the moment|present|this time)| currently)?"),
            // no one hurt or threatened: "no-one has been threatened", "nobody was hurt"
            p("\\b(nobody|no one|no-one|none of them)( (has|have|had|is|are|was|were)|'s) (been |being )?(threatened|hurt|harmed|"
                    + "injured|assaulted|attacked|stabbed|hit)\\b"),
            p("\\b(is|are) no longer (missing|at risk|in danger|with \\w+)"),
            p("\\bnothing (urgent|happening|immediate|time[- ]critical)"),
            p("\\b(does not|doesn't|did not|didn't) (require|need) (an? )?(urgent|immediate|emergency|police)"
                    + "( (response|attendance|action))?"),
            p("\\bno (police )?(attendance|response|action) (is )?(required|needed)"),
            p("\\b(is|are) (now )?safe( now)?\\b|\\bsafe and well\\b|\\breturned safe(ly)?\\b"),
            p("\\bfor (information|awareness|intelligence)( (only|purposes))?\\b"),
            // a field answered as unknown is no danger "at present": "Grading: not known at present"
            p("(?<!whereabouts (are |is )?(currently |still |presently )?)\\b(not|un)\\s?(known|available|confirmed|decided|graded|identified|established)( yet)? (at (present|the "
                    + "moment|this (time|stage|point)|the minute)|currently|as yet|yet)\\b"),
            // the sender's own covering words about the mail: "let me know if anything is missing", "shout if
            // anything's missing" (the "'s" joined to its word)
            p("\\b(anything|something|nothing|any (information|details?|fields?|boxes|parts?|pages?|sections?|documents?|"
                    + "attachments?)|(the|some|any) (form|attachment|document|page|section|field|box|information|details?))"
                    + "( else)?( (is|are|'s|seems|seem|looks|look)|'s) (still )?(to be )?missing\\b"),
            // a night away that was agreed is not danger tonight
            p("\\b(staying|stays|sleeping|sleeps|going|goes) (with|at|to) (her|his|their) (nan|gran|grandma|grandad|"
                    + "grandparents|mum|dad|parents|family|aunt|uncle|carers?|foster carers?)('s)?( house| home)?"
                    + "( tonight| this evening| this weekend)?( as (planned|agreed|arranged))?"),
            p("\\b(tonight|this evening|this weekend) as (planned|agreed|arranged)\\b"),
            p("\\b(do not|don't|never|must not|should not|not to) (be )?use(d)? (this|the)? ?(form|submission)[^.;\\n]*"),
            p("\\b(this|the) (form|submission)( is| should| must| may)? not (be )?(used )?(for|to)[^.;\\n]*"),
            p("\\(?\\bnot (to be used )?(for|to report) (a |an )?(specific |urgent )?(crimes?|emergenc\\w*|reporting|"
                    + "incidents?|urgent|anything)[^.;\\n)]*\\)?"),
            p("\\(if (yes|so)[^)]*\\)"),
            p("\\b(police )?emergency response (is )?(not )?required\\b"),
            p("\\bwhere (a |the )?(response|attendance)[^.;\\n]*(time critical|time specific|required)"),
            p("\\bdescribes something happening now or time-critical\\b|\\burgent: call 999 \\(or 101\\)"),
            // email disclaimers and out-of-hours footers
            p("\\b(notify|inform|tell|contact|advise) (the sender|us|postmaster)[^.;\\n]{0,40}"),
            p("\\bimmediately (notify|inform|delete|destroy|contact|advise|return)"),
            // urgent as a kind of message, not this one: "Urgent requests received after 4pm ...", "mark it urgent"
            p("\\b(any |all )?urgent (requests|e-?mails|messages|queries|enquiries|calls|cases|referrals|concerns|issues|"
                    + "items|matters)\\b|\\b(mark|marked|marking|flag|flagged|flagging|label|labelled|labelling)( \\w+){0,3} (as )?urgent\\b"),
            // a footer's number for emergencies: "Emergency out of hours: 0300 123 4567", "Urgent line: 01865 ..."
            p("\\b(emergency|urgent) (out[- ]of[- ]hours|ooh|line|phone line|phone|contact number|number|no\\.?|tel\\w*|"
                    + "helpline|mobile)\\b"),
            // a footer's list of numbers: "Emergency: 999 | Non-emergency: 101", "999 (emergencies only)"
            p("\\b(emergenc(y|ies)( number| line| calls?| only)?|police)\\s*[:\\-\u2013]?\\s*(dial |call |ring )?999\\b"
                    + "|\\b999\\s*[(\\-\u2013:]?\\s*(for |in )?(an )?emergenc(y|ies)( only)?\\)?"),
            // an emergency as a condition says none is happening: "In an emergency or if you have concerns, ..."
            p("\\b(in (an|any|case of an?|the event of an?) emergency|in emergencies|for emergencies|in an urgent situation)\\b"),
            p("\\b(emergency duty team|out[- ]of[- ]hours|edt)\\b"),
            p("\\bfor (urgent|emergency) (matters|enquiries|queries|issues|calls|contact)\\b"));

    /** Words quoted after a verb of saying: "said he \"can't go home at the moment\"", "told us 'I'm scared right now'". */
    private static final Pattern SAID_THEN = p("\\b(said|told (us|me|staff|them|him|her)|mentioned|stated|explained|reported)"
            + "( that)?( (he|she|they|it|i|we))?\\s*(\"[^\"\\n]{1,120}\"|\u201c[^\u201d\\n]{1,120}\u201d"
            // (an apostrophe inside a word is no closing quote: 'I'm sofa surfing at the minute')
            + "|'(?:[^'\\n]|(?<=\\w)'(?=\\w)){1,120}')");

    /** A clause about the past: a weak sign in it is not urgent unless the clause also speaks of now. */
    private static final Pattern PAST = p("\\b(last (week|month|year|summer|winter|spring|autumn|christmas|term|weekend|"
            + "time|easter|halloween)|(\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few|many|"
            + "some|a couple of) (days?|weeks?|months?|years?) (ago|back|earlier)|previous(ly)?|historic(al|ally)?"
            + "|in the past|formerly|used to|back in|as a (child|baby|toddler)|when (he|she|they) (was|were) (younger|a "
            + "child|little|\\d+|in care|at school)|at the time|some time ago|a while ago|a long time ago|earlier this year"
            + "|in (his|her|their) (past|history)|history of|has a history|had a history|past history|no further|"
            + "on (several|a number of|two|three|four|many|previous) occasions)\\b");
    private static final Pattern IN_A_MONTH = p("\\b(?:in|during|back in|early|late|mid)[- ](january|february|march|"
            + "april|may|june|july|august|september|october|november|december)\\b(?!\\s*(\\d|next|this|coming))");
    private static final Pattern YEAR = p("\\b(19|20)\\d\\d\\b");
    private static final Pattern BEFORE_YEAR = p("\\b(in|during|since|from|of|throughout|between|around|circa|c\\.|"
            + "summer|winter|spring|autumn|easter|christmas|"
            + "january|february|march|april|may|june|july|august|september|october|november|december)\\s*$");
    private static final Pattern DATE = p("\\b(?:on|dated)\\s+(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})\\b");
    private static final Pattern PRESENT = p("\\b(now|right now|currently|at the moment|at present|as we speak|tonight|"
            + "today|(minutes|mins|an hour|\\d+ hours?) ago|this (morning|afternoon|evening)|still|again|is being|"
            + "are being|on (his|her|their) way|about to|imminent|at the minute|atm|rn)\\b");
    private static final Pattern PAST_TENSE = p("\\b(was|were|had|'d|did)\\b");
    private static final Pattern SENTENCE = p("(?<=[.!?])\\s+|\\n+|;\\s*|\\s+[-\u2013\u2014]\\s+");
    private static final Pattern CLAUSE = p(",?\\s+(?=\\b(but|however|although|though|whereas|and now)\\b)");

    private Screening() {
    }

    /** Whether the text describes something urgent, and the words that said so (the sender's: never log them). */
    public record Result(boolean urgent, List<String> signs) {
    }

    public static Result screen(String text) {
        return screen(text, null);
    }

    /** What a learnt screen said, among the signs: it names no words of the account. */
    static final String LEARNT = "(an account like those people wrote of present danger)";

    /**
     * Screens a submission: the listed signs on its whole text, and beside them the screen learnt from people's
     * accounts ({@link LearnedScreen}) on its account of what happened (the information it gives), unless the account is
     * plainly all about the past. Urgent when either says so: a learnt screen catches present danger told in words no
     * sign lists, and never silences a sign.
     */
    public static Result screen(String whole, String account, LocalDate today) {
        Result signs = screen(whole, today);
        if (plainlyPast(account, today) || !LearnedScreen.shipped().urgent(account)) {
            return signs;
        }
        List<String> all = new ArrayList<>(signs.signs());
        all.add(LEARNT);
        return new Result(true, List.copyOf(all));
    }

    /** Screens the whole text; with today, a year or date before it marks the past. */
    public static Result screen(String text, LocalDate today) {
        List<String> signs = new ArrayList<>();
        String whole = questionsAnsweredNoSetAside(ScreenText.clean(unwrapped(tickGridsAsTheirAnswer(text))));
        for (Pattern p : ANSWERED_NO) {
            whole = p.matcher(whole).replaceAll(" ~ ");
        }
        whole = ANSWERED_YES.matcher(whole).replaceAll(". ");
        whole = FORM_GUIDANCE.matcher(whole).replaceAll(" ~ ");
        whole = adviceSentencesSetAside(whole, today);
        String goneOrMeans = null;
        String unreachable = null;
        for (String sentence : SENTENCE.split(whole)) {
            String s = setAside(sentence);
            if (s.isBlank()) {
                continue;
            }
            // a question asserts nothing: a weak sign in it ("Is this time critical?") counts only when answered yes
            boolean question = QUESTION_END.matcher(s).find();
            for (String clause : CLAUSE.split(s)) {
                boolean past = isPast(clause, today) && !PRESENT.matcher(clause).find();
                if (!past && !question) {
                    goneOrMeans = goneOrMeans != null ? goneOrMeans : found(GONE_OR_MEANS, clause);
                    unreachable = unreachable != null ? unreachable : found(UNREACHABLE, clause);
                }
                for (Pattern p : question ? STRONG : STRONG_WHEN_TOLD) {
                    Matcher m = p.matcher(clause);
                    while (m.find()) {
                        if (!toldOfAnotherTime(clause, m, past) && (p != SOON || soonToldOfWhatIsToCome(clause, m))) {
                            signs.add(m.group().trim());
                            break;
                        }
                    }
                }
                if (!past && !question && PRESENT_AUX.matcher(clause).find() && !NOT_NOW.matcher(clause).find()) {
                    harmNotPutInThePast(clause, today).ifPresent(signs::add);
                }
                // words quoted as said then, in a clause about the past, were true then ("came to see us last week and
                // said he \"can't go home at the moment\""): no weak sign of now
                String toldNow = isPast(clause, today) ? SAID_THEN.matcher(clause).replaceAll(" ") : clause;
                if (!past && !question && (toldNow == clause || !isPast(toldNow, today) || PRESENT.matcher(toldNow).find())) {
                    for (Pattern p : WEAK) {
                        Matcher m = p.matcher(toldNow);
                        if (m.find()) {
                            signs.add(m.group().trim());
                        }
                    }
                }
            }
        }
        if (goneOrMeans != null && unreachable != null) {
            signs.add(goneOrMeans + " ... " + unreachable);
        }
        return new Result(!signs.isEmpty(), List.copyOf(signs));
    }

    /**
     * Whether every sentence of an account is plainly about the past ("twice last month", "in 2024", a date gone by) or
     * a sighting told in the past tense with nothing to come ("Staff saw two males giving him a package on Sunday"), with
     * nothing of now: the rules know times, the learnt screen reads only words (and judged "A man was seen outside the
     * college twice last month" as danger).
     */
    static boolean plainlyPast(String account, LocalDate today) {
        for (String sentence : WHOLE_SENTENCE.split(account == null ? "" : account)) {
            String words = ScreenText.clean(sentence);
            boolean toldDone = SIGHTING.matcher(words).find() && !TO_COME.matcher(words).find();
            if (!words.isBlank() && !(isPast(words, today) || toldDone) || PRESENT.matcher(words).find()) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern WHOLE_SENTENCE = p("(?<=[.!?])\\s+|\\n+");
    /** A sighting told in the past tense, what intelligence is made of: "Staff saw two males giving him a package". */
    private static final Pattern SIGHTING = p("\\b(saw|was seen|were seen|observed|noticed|spotted|witnessed)\\b");

    /**
     * Told over two sentences, neither urgent alone (stop 64): someone who never arrived, or the means to end a life,
     * in one; nobody able to reach them now in another ("Nan says she never arrived ... It's now 7 and she's not
     * answering", "posted a video with a noose. ... he's not picking up").
     */
    private static final Pattern GONE_OR_MEANS = p("\\b(never (arrived|got there|turned up|came (back|home))|(didn't|did not|"
            + "hasn't|has not|haven't|have not|not) (arrive|arrived|turn up|turned up|got there|get there)|noose|ligature|"
            + "rope|overdose|tablets|pills|(went|gone|going|left) to meet [^.]{0,30}(online|internet|tiktok|snapchat|instagram|"
            + "facebook|an app|a game)|this (isn't|isnt|is not|aint|ain't) (who|what) (i|she|he) (thought|expected))\\b");
    private static final Pattern UNREACHABLE = p("\\b((is|are|'s|'re) not (answering|picking up|replying)|(isn't|aren't|"
            + "not) (answering|picking up|replying)|won't (answer|pick up|reply)|no (answer|reply|response) (from|since|"
            + "now)|nothing since|not heard (from (her|him|them) )?since|(phone|mobile) (is |'s )?(now |still )?(off|dead|switched off|"
            + "turned off)|"
            + "can't (reach|get hold of|get through to) (her|him|them))\\b");

    private static String found(Pattern p, String clause) {
        Matcher m = p.matcher(clause);
        return m.find() ? m.group() : null;
    }

    /**
     * A sentence a document wrapped over lines is one sentence again: a line ending in a small letter or a comma, and
     * the next going on in small letters ("If she is" / "threatened or goes missing we will ring 999."), as a PDF's
     * text or a narrow table cell gives it. A line ending otherwise, or a next line opening with a capital (a label, a
     * new sentence), stays a line of its own; so does a "not" at a line's end, read past a label's end ({@link
     * ScreenText#clean}).
     */
    private static final Pattern WRAPPED_LINE = Pattern.compile("(?<=[a-z,])(?<!\\b[Nn]ot)[ \\t]*\\r?\\n[ \\t]*(?=[a-z])");

    private static String unwrapped(String text) {
        return text == null ? null : WRAPPED_LINE.matcher(text).replaceAll(" ");
    }

    /** The most words a line's tick grid has, its boxes' answers together: a longer line is someone's account. */
    private static final int MAX_GRID_WORDS = 16;

    /**
     * A tick grid says only the answer ticked: "Is anyone at immediate risk? ☐ Yes ☒ No" is the question answered
     * "No", "☐ Urgent ☒ Not urgent" is "Not urgent". Read the way the fields are ({@link FieldValues#answer}): after
     * the line's question or label, or the whole line, when exactly one of two or more boxes is ticked; a grid with
     * none or two ticked, or a line of more than a few words, is left as written.
     */
    private static String tickGridsAsTheirAnswer(String text) {
        if (text == null) {
            return null;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int labelEnd = Math.max(line.lastIndexOf('?'), line.lastIndexOf(':')) + 1;
            for (int from : labelEnd > 0 ? new int[] {labelEnd, 0} : new int[] {0}) {
                String grid = line.substring(from);
                if (grid.isBlank() || grid.strip().split("\\s+").length > MAX_GRID_WORDS) {
                    continue;
                }
                String ticked = FieldValues.answer(grid);
                if (!ticked.isEmpty() && !ticked.equals(grid.strip())) {
                    lines[i] = line.substring(0, from) + " " + ticked;
                    break;
                }
            }
        }
        return String.join("\n", lines);
    }

    private static final Pattern PRESENT_TENSE = p("\\b(is|are|am|'s|'re|has|have|'ve)\\b");

    private static final Pattern STARTS_PRESENT = p("^(is|are|am|'s|'re|has|have|'ve)\\b");

    /**
     * The one step that asks when a strong sign is told: of another time than now when its clause is about the past
     * and the sign is told in a past tense, or when it is told as a habit. Otherwise it is told of now.
     */
    private static boolean toldOfAnotherTime(String clause, Matcher sign, boolean pastClause) {
        return pastClause && toldInThePast(clause, sign) || toldAsAHabit(clause, sign);
    }

    /**
     * Whether a sign is told as what happens each time something else does ("teenagers go in and out whenever a black
     * car is parked outside", "every time she leaves he is waiting at the gate"): a habit is what intelligence is for,
     * not danger now; unless its clause says now ("still", "again", "tonight": {@link #PRESENT}).
     */
    private static boolean toldAsAHabit(String clause, Matcher sign) {
        Matcher habit = HABIT.matcher(clause);
        if (PRESENT.matcher(clause).find()) {
            return false;
        }
        // a habit told by its adverb just before the sign: "a lad in his class always has a blade on him"
        if (ADVERB_OF_HABIT.matcher(clause.substring(Math.max(0, sign.start() - 30), sign.start())).find()) {
            return true;
        }
        if (habit.find() && habit.start() < sign.start()
                && !CLAUSE_GOES_ON.matcher(clause.substring(Math.min(habit.end(), sign.start()), sign.start())).find()) {
            return true;
        }
        // how often, after the sign in its own clause, of no harm: "a grey van is parked outside most nights" (not "he
        // is threatening to kill her every day")
        Matcher often = HOW_OFTEN.matcher(clause);
        return !HARM_WORD.matcher(clause).find() && often.find(sign.end()) && !CLAUSE_GOES_ON.matcher(clause.substring(sign.end(), often.start())).find();
    }

    /**
     * Words that end a habit's own clause before a sign: "every time she goes out he follows her, and he is outside"
     * (a comma alone does not: "whenever he has been paid, older lads are standing outside" is the habit's).
     */
    private static final Pattern CLAUSE_GOES_ON = p("[;:]|\\b(and|then|so|but)\\b");

    /** How often, told after what happens: "most nights", "every evening", "at weekends", "nightly". */
    private static final Pattern HOW_OFTEN = p("\\b((most|every|each) (night|evening|morning|afternoon|day|week|weekend)s?|"
            + "(nightly|daily|weekly|at weekends|on weekends|most of the time|several times a (week|day|night)|"
            + "(once|twice|\\d+ times) a (week|day|night)))\\b");

    /** A habit's adverb just before what happens: "always has", "usually carries", "regularly seen". */
    private static final Pattern ADVERB_OF_HABIT = p("\\b(always|usually|normally|regularly|often|frequently|generally|"
            + "typically|habitually)\\s+$");

    private static final Pattern HABIT = p("\\b(whenever|every time|each time|(always|usually|normally|often|generally|"
            + "typically|only) when)\\b");

    /**
     * Whether a sign of a clause about the past is told in the past: a past tense ("was", "had") in it or just
     * before it, and no present tense after that and before it, nor at its start ("She was seen last week and is
     * missing" tells of now).
     */
    private static boolean toldInThePast(String clause, Matcher sign) {
        String before = clause.substring(Math.max(0, sign.start() - 25), sign.end());
        Matcher past = PAST_TENSE.matcher(before);
        int end = -1;
        while (past.find()) {
            end = past.end();
        }
        int signAt = sign.start() - Math.max(0, sign.start() - 25);
        boolean presentBefore = end >= 0 && end < signAt && PRESENT_TENSE.matcher(before).region(end, signAt).find();
        boolean presentAtStart = STARTS_PRESENT.matcher(sign.group().strip()).find() && end <= signAt;
        return end >= 0 && !presentBefore && !presentAtStart;
    }

    /**
     * A form's printed note on when not to use it is not the submitter's words, to its sentence's end past a dash
     * ("Do not use this form to report a crime in progress - call 999.", a footer's "do not use for emergencies
     * (999)"); the next sentence is read again.
     */
    private static final Pattern FORM_GUIDANCE = p("\\b((do not|don't|never|only) use (this|the) form|use (this|the) form "
            + "only|(this|the) form is (not|only) (for|to be used)|(do not|don't|never) use (it |this )?(for|to report) "
            + "(an? )?(emergenc\\w*|urgent|crimes?))\\b[^.;\\n]*\\.?");

    private static String questionsAnsweredNoSetAside(String text) {
        Matcher m = ANSWER_NO.matcher(text);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        while (m.find()) {
            int start = m.start();
            while (start > copied && ".?!\n".indexOf(text.charAt(start - 1)) < 0 && m.start() - start < 200) {
                start--;
            }
            out.append(text, copied, start).append(" ~ ");
            copied = m.end();
        }
        return out.append(text, copied, text.length()).toString();
    }

    /**
     * Advice to the reader on what to do if something is urgent, as signatures and footers give it: a condition
     * about urgency or the writer's absence, then an instruction ("If this is urgent and I am out of the office
     * please call the duty line", "For anything urgent while I'm away, ring the office"), or the instruction first
     * ("Please ring the team if it is an emergency"). Only the condition and the instruction's verb are set aside,
     * and never when they speak of harm or of now ("if he is hurt urgently call ..."): what follows the verb is read
     * as ever.
     */
    private static final String URGENCY = "(urgent\\w*|emergenc\\w*|time[- ]critical|out of (the )?office|out of "
            + "hours|unavailable|not available|on leave)";
    /** What footers call the things that should be phoned rather than mailed: "concerns", "safeguarding referrals". */
    private static final String URGENT_MATTERS = "(safeguarding |child protection |police |housing |out[- ]of[- ]hours )?"
            + "(concerns?|matters?|enquir(y|ies)|quer(y|ies)|issues?|referrals?|cases?|requests?|advice|support|calls|"
            + "work|items?|messages?|e-?mails?|correspondence|situations?)";
    private static final String INSTRUCTION = "(please |kindly |do |then )?(call|contact|ring|phone|dial|e-?mail|text|"
            + "speak (to|with)|get in touch|use|try|leave|send|resend|re-send|forward|redirect|telephone)";
    private static final Pattern CONDITIONAL_ADVICE = p("\\b(if|where|when|whenever|should|in case|in the event( that)?|"
            + "for (anything|any matter|matters|anything that is|any (enquiry|query|issue|concern)s?))\\b[^.;\\n!?]{0,60}?"
            + "\\b" + URGENCY + "\\b[^.;\\n!?]{0,60}?,?\\s*\\b" + INSTRUCTION + "\\b"
            + "|\\b" + INSTRUCTION + "\\b[^.;\\n!?]{0,60}?\\b(if|when|whenever|should|in case)\\b[^.;\\n!?]{0,40}?\\b"
            + URGENCY + "\\b[^.;\\n!?,]{0,20}"
            // a kind of matter that is urgent, then what to do with it: "For urgent concerns please phone the office",
            // "Urgent safeguarding referrals must be phoned through", "Urgent enquiries: ring 01865 ..."
            + "|\\b(for )?(any |all )?" + URGENCY + " " + URGENT_MATTERS + "\\b(,|:|\\s-)?\\s*(\\b" + INSTRUCTION + "\\b"
            + "|(must|should|need to|needs to|are to|have to) (be )?(phoned|telephoned|made|raised|reported|passed|discussed"
            + "|called|rung|go|sent|directed|routed)( through| in| on| to| via)?)"
            // "Anything urgent: ring 01865 ...", "Something urgent? Phone the duty desk"
            + "|\\b(anything|something|matters?|issues?)( that is| that's)? (urgent|time[- ]critical|an emergency)\\b"
            + "\\s*[:,\\-?]?\\s*\\b" + INSTRUCTION
            + "\\b");
    /**
     * A printed instruction on what the form, mailbox or line is not for: "Do not use for emergencies", "not to be
     * used for urgent matters", "this inbox is not monitored for emergencies". The instruction alone is set aside.
     */
    private static final Pattern NOT_FOR_URGENT = p("\\b((do not|don't|never|must not|should not|please do not|not to)"
            + " (be )?(use|used|send|sent|submit\\w*|report\\w*|e-?mail\\w*)|not (monitored|checked|staffed|read))\\b"
            + "[^.;\\n!?]{0,40}?\\b(for|in|with|to report) (an? |any )?(urgent|emergenc\\w*|"
            + "out of hours|time[- ]critical)( (matters?|issues?|concerns?|enquiries|queries|calls|cases|situations?|"
            + "services?|reporting|contact))?\\b");

    /**
     * An instruction to the reader to call the emergency services, in any voice: "call 999", "dial 999 straight away",
     * "contact Thames Valley Police on 999", "the police must be called on 999", "should be reported by telephone to
     * 999", a number listed after a colon ("Danger to life: 999").
     */
    private static final Pattern CALL_FOR_HELP = p("(\\b(please |always |then |do )?(call|dial|ring|phone|telephone|contact|"
            + "report\\w*|tell|alert|inform|speak to|be (called|rung|phoned|reported|contacted|told))\\b[^.;\\n]{0,45}?\\b("
            + "999|101|112|(the )?police|emergency services|(the )?(edt|emergency duty team|mash|front door|children's "
            + "services|children's social care|social care|social services|ambulance service|duty (team|line|desk|worker|"
            + "social worker|manager|officer)|on-?call( \\w+)?|safeguarding (team|hub|lead|officer)|designated "
            + "safeguarding lead|dsl)|\\d[\\d ]{6,}\\d)\\b|:\\s*999\\b)([^.;\\n]{0,20}?\\b(999|101|\\d[\\d ]{6,}\\d)\\b)*"
            + "( (now|right away|straight away|immediately|at once|without delay|first))?");
    /**
     * Words that show a sentence speaks of anyone at all: "a child", "anyone", "there is", "any danger", "emergencies",
     * a reader's condition ("If you are in crisis"). Not "you" alone: "Can you call the police?" asks the reader to act
     * now.
     */
    private static final Pattern ANYONE = p("\\b(anyone|anybody|someone|somebody|a person|any person|people|a child|"
            + "any child|children|a young person|any young person|young people|a resident|residents|staff|life|lives|"
            + "an? (crime|offence)|crimes|offences|there is|there's|any (immediate |imminent |serious )?(danger|risk|"
            + "threat|harm|emergency)|emergencies|"
            + "in an emergency|in case of|for (immediate |imminent )?(danger|emergencies)|this (address|mailbox|inbox|"
            + "e-?mail|account)|(if|where|when|whenever|should) you (are|'re|believe|think|feel|suspect|have|know|see|"
            + "witness|become|consider|need|find)|in (such|these|those|this|that|any such) (circumstances?|cases?|"
            + "situations?|events?))\\b");
    /**
     * The condition of advice: "If you think someone is in immediate danger", to its comma; or whom it is for, said of
     * anyone at all: "anyone in immediate danger should call 999", "any child at immediate risk must be reported".
     */
    private static final Pattern CONDITION = p("\\b(if|where|when|whenever|in case|in the event( that)?|should|"
            + "to report|for reporting|for (immediate |imminent |serious )?(danger|risk|emergencies|an emergency)|"
            + "(anyone|anybody|any (child|young person|person|resident|one)|children|young people|people)( who (is|are)| "
            + "that (is|are))? (in|at) (immediate |imminent |serious |grave |real )?(danger|risk))\\b"
            + "[^,.;:\\n]{0,120}?(?=\\b(as|because|since|but|and now|so)\\b|[,.;:\\n]|$)");
    /** A person the sender means: advice never names one. */
    private static final Pattern SOMEONE_MEANT = p("\\b(he|she|him|her|they|them|he's|she's|they're|i|we)\\b");

    /**
     * A sentence telling anyone at all what to do in an emergency is advice, as footers, disclaimers and guidance give
     * it ("Do not use this address to report a child in danger - call 999", "Children in danger: call 999 now",
     * "Any child at risk of immediate harm should be reported by telephone to 999"): set aside whole when it has an
     * instruction to call for help, speaks of anyone at all, names no person the sender means, and what is left once
     * its condition and its instruction are taken out says nothing urgent ("Please ring 999, someone has been stabbed
     * outside" is read as ever).
     */
    private static String adviceSentencesSetAside(String text, LocalDate today) {
        StringBuilder out = new StringBuilder();
        Matcher end = ADVICE_SENTENCE_END.matcher(text);
        int from = 0;
        while (from <= text.length()) {
            boolean found = end.find();
            int to = found ? end.start() : text.length();
            String sentence = text.substring(from, to);
            out.append(isAdvice(sentence, today) ? " ~ " : sentence);
            if (!found) {
                break;
            }
            out.append(end.group());
            from = end.end();
        }
        return out.toString();
    }

    /**
     * Advice is read a whole sentence at a time, not a clause ({@link #SENTENCE} splits at dashes and semicolons:
     * "Call 999 - someone has been stabbed" must be read whole), with a question and the instruction that answers it
     * as one ("Emergency? Dial 999.").
     */
    private static final Pattern ADVICE_SENTENCE_END = p("(?<=[.!])\\s+|(?<=\\?)\\s+(?!(please |then |do )?(call|dial|ring|"
            + "phone|telephone|contact)\\b)|\\n");
    /** A question put before the instruction is its condition: "Worried about a child? Call the MASH". */
    private static final Pattern QUESTION_FIRST = p("^[^?]{0,80}\\?(?=\\s*(please |then |do )?(call|dial|ring|phone|"
            + "telephone|contact)\\b)");

    /** What a number is listed for is its condition, when it says no harm and no deed: "Risk to life: 999". */
    private static final Pattern LISTED = p("^[^:.;\\n]{0,60}(?=:\\s*999\\b)");

    private static boolean isAdvice(String sentence, LocalDate today) {
        if (!CALL_FOR_HELP.matcher(sentence).find()) {
            return false;
        }
        Matcher question = QUESTION_FIRST.matcher(sentence.strip());
        boolean askedFirst = question.find();
        // a short question of no harm speaks of anyone ("Emergency?", "Danger to life?")
        boolean anyone = ANYONE.matcher(sentence).find() || askedFirst && question.group().split("\\s+").length <= 3
                && !HARM_CORE.matcher(question.group()).find();
        if (!anyone) {
            return false;
        }
        String instruction = askedFirst ? sentence.strip().substring(question.end()) : sentence;
        Matcher listed = LISTED.matcher(instruction);
        if (listed.find() && !HARM_CORE.matcher(listed.group()).find() && !PRESENT_AUX.matcher(listed.group()).find()) {
            instruction = instruction.substring(listed.end());
        }
        String asked = CALL_FOR_HELP.matcher(instruction).replaceAll(" ~ ");
        String left = CONDITION.matcher(asked).replaceAll(" ~ ");
        return !SOMEONE_MEANT.matcher(sentence).find() && !HARM_CORE.matcher(left).find() && !screen(left, today).urgent();
    }

    private static final Pattern HARM_WORD = p(HARM);

    /** The condition and instruction of reader's advice set aside, unless they speak of harm. */
    private static String readerAdviceSetAside(String sentence) {
        String s = NOT_FOR_URGENT.matcher(sentence).replaceAll(" ~ ");
        Matcher m = CONDITIONAL_ADVICE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean harm = HARM_CORE.matcher(m.group()).find() || HARM_WORD.matcher(m.group()).find()
                    || PRESENT.matcher(m.group()).find();
            m.appendReplacement(out, harm ? Matcher.quoteReplacement(m.group()) : " ~ ");
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String setAside(String sentence) {
        if (DISCLAIMER.matcher(sentence).find()) {
            return "";
        }
        String s = readerAdviceSetAside(sentence);
        for (Pattern p : NOT_DANGER) {
            s = p.matcher(s).replaceAll(" ~ ");
        }
        return s;
    }

    /**
     * The first harm word of a clause that is not put in the past by its own part between commas: "Reece, who
     * stabbed a boy in 2023, is now living in Banbury" says no harm now.
     */
    /** A harm said not to be, just before its word: "she's not scared", "nobody hurt", "no one was injured". */
    private static final Pattern NEGATED_BEFORE = p("\\b(not|n't|no longer|never|nobody|no one|noone|none|no)\\s+(\\w+\\s+)?$");

    /** A habit told just before a harm word: "always has a blade on him", "usually carries a knife". */
    private static final Pattern HABIT_BEFORE = p("\\b(always|usually|normally|regularly|often|frequently|generally|"
            + "typically|habitually)\\s+(\\w+\\s+){0,3}$");

    private static Optional<String> harmNotPutInThePast(String clause, LocalDate today) {
        Matcher harm = HARM_CORE.matcher(clause);
        while (harm.find()) {
            int from = clause.lastIndexOf(',', harm.start()) + 1;
            int to = clause.indexOf(',', harm.end());
            String part = clause.substring(from, to < 0 ? clause.length() : to);
            String before = clause.substring(Math.max(0, harm.start() - 30), harm.start());
            boolean negated = NEGATED_BEFORE.matcher(before.substring(Math.max(0, before.length() - 24))).find()
                    || HABIT_BEFORE.matcher(before).find();
            if (!negated && (!isPast(part, today) || PRESENT.matcher(part).find())) {
                return Optional.of(harm.group());
            }
        }
        return Optional.empty();
    }

    private static boolean isPast(String clause, LocalDate today) {
        if (PAST.matcher(clause).find()) {
            return true;
        }
        int thisYear = (today == null ? LocalDate.now() : today).getYear();
        Matcher y = YEAR.matcher(clause);
        while (y.find()) {
            int year = Integer.parseInt(y.group());
            if (year < thisYear && BEFORE_YEAR.matcher(clause.substring(Math.max(0, y.start() - 12), y.start())).find()) {
                return true;
            }
        }
        LocalDate day = today == null ? LocalDate.now() : today;
        Matcher month = IN_A_MONTH.matcher(clause);
        while (month.find()) {
            // "in October", told in December: a month of this year already gone by (a month still to come, or this
            // month, says nothing)
            if (java.time.Month.valueOf(month.group(1).toUpperCase(Locale.ROOT)).getValue() < day.getMonthValue()) {
                return true;
            }
        }
        {
            Matcher d = DATE.matcher(clause);
            while (d.find()) {
                try {
                    int year = Integer.parseInt(d.group(3));
                    LocalDate date = LocalDate.of(year < 100 ? 2000 + year : year, Integer.parseInt(d.group(2)),
                            Integer.parseInt(d.group(1)));
                    if (date.isBefore(day.minusDays(1))) {
                        return true;
                    }
                } catch (DateTimeException e) {
                    // not a date: says nothing about when
                }
            }
        }
        return false;
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex);
    }
}
