package org.ypsa.hub.domain.documents;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ypsa.hub.domain.Dates;

/**
 * What follows the words a sender wrote in a mail: the sign-off and signature ("Kind regards," then a name, a job
 * title, "Helpline (9-5): 0300 ..."), a disclaimer ("Registered office: ..."), and an earlier mail quoted under it
 * ("> On 1 Dec, Intake wrote:", "-----Original Message-----", "From: ... Sent: ..."). None of it is the form: its
 * "label: value" lines are the sender's contact details and other mails' words, not answers.
 */
public final class MailTail {
    /** Words before a sign-off's own word: "Kind", "Many", "With best", "All the very". */
    private static final String SIGN_OFF_LEAD = "(?:(?:kind|kindest|best|warm|warmest|many|with|all the|very|thanks and|yours)\\s+)*";
    /** The sign-off's own word, English or Welsh. */
    private static final String SIGN_OFF_WORD = "(?:regards|wishes|thanks|thank you|cheers|ta|sincerely|faithfully|speak soon"
            + "|take care|best|cofion(?: cynnes| gorau)?|diolch(?: yn fawr(?: iawn)?)?|hwyl(?: fawr)?)";
    /** What may follow it with no comma to end it: "very much", "from the team", "for all your help with this". */
    private static final String SIGN_OFF_TAIL = "(?:\\s+(?:very much|for now|again|to all|all|so much|in advance|everyone"
            + "|eto|kindly|indeed|from (?:the|all the|all of us at the|us all at the) team|from us all|from all of us|from))?"
            + "(?:\\s+for (?:your|all your) (?:help|time|support)(?: with (?:this|that|the above|it))?)?"
            + "(?:\\s*,?\\s*(?:speak soon|take care))?\\s*[,.!]*";
    /**
     * A closing line: "Kind regards,", "Best wishes to all", "All the very best,", "Cheers all, speak soon", "Ta very
     * much", "Thank you kindly for your help", "Thanks", "Many thanks indeed", "Regards from the team", "Cofion", "Hwyl",
     * "Diolch eto"; or a word that only closes a mail ("regards", "thanks", "cofion") with any few words after it up to
     * the comma that ends it ("Regards from all of us here,").
     */
    private static final Pattern SIGN_OFF = Pattern.compile("(?i)^" + SIGN_OFF_LEAD + "(?:" + SIGN_OFF_WORD + SIGN_OFF_TAIL
            + "|(?:regards|wishes|thanks|thank you|cofion|diolch)\\b[^.?!:;,]{0,40},\\s*)$");
    /** Where an earlier mail starts: a quoted line, "On ... wrote:", a divider naming the earlier or forwarded mail. */
    private static final Pattern EARLIER_MAIL = Pattern.compile("(?i)^(?:>.*|on .{4,120} wrote:|-{2,}\\s*(?:original message"
            + "|previous message|forwarded message)\\s*-*|begin forwarded message:?)$");
    /** Where a mail forwarded whole starts (Gmail, Apple Mail): the mail under it is what the sender passes on. */
    private static final Pattern FORWARDED = Pattern.compile("(?i)^(?:-{2,}\\s*forwarded message\\s*-*|begin forwarded message:?)$");
    /**
     * A disclaimer's line: this e-mail or message is confidential, privileged, for its addressee only, or holds
     * personal data ("The information in this e-mail is confidential...", "OFFICIAL: this message may hold personal
     * data"). It is no form's line: "The information" in it is no intelligence submission's information.
     */
    private static final Pattern DISCLAIMER = Pattern.compile("(?i)(?=.*\\b(?:this|the) (?:e-?mail|message|communication)\\b)"
            + "(?=.*\\b(?:confidential|privileged|intended (?:solely |only )?for|intended recipient|personal data"
            + "|unauthori[sz]ed|addressee|sensitive)\\b).{30,}");
    /** A "label: value" line that is the sender's contact details, not a form's answer. */
    private static final Pattern CONTACT = Pattern.compile("(?i)^(?:tel|telephone|phone|mobile|mob|direct line|fax|email"
            + "|e-mail|web|website|address|office|helpline|twitter|x|registered office|switchboard)\\b[^:]{0,20}:.*");
    /** A form's line: "label: value", or a label or question waiting for its answer on the line under it. */
    private static final Pattern LABEL_LINE = Pattern.compile("^[^:]{2,60}:(?:\\s*\\S.*)?|^.{2,80}[?:]$");
    /** A line that talks to the reader ("Hi, just checking whether you still need this?") is a mail's, not a form's. */
    private static final Pattern GREETING = Pattern.compile("(?i)^(?:hi|hello|dear|morning|afternoon|good morning|thanks|thank you"
            + "|please|just)\\b");
    /** This many of a form's "label: value" lines after the sign-off are a form forwarded or quoted under it. */
    private static final int FORM_LINES = 3;
    /** Lines the sender must have written before a sign-off for it to end the mail (a greeting, a sentence). */
    private static final int OWN_LINES = 2;

    private MailTail() {
    }

    /**
     * The body up to its sign-off or the earlier mail under it. A sign-off or an earlier mail with a form's lines
     * under it (a form forwarded under "Forwarding as requested", a form after "Thanks,") ends nothing.
     */
    public static String without(String body) {
        return without(body, null);
    }

    /**
     * What the sender wrote above the earlier mail they answer or forward (a quoted line, "On ... wrote:", "From: ..."
     * over "Sent: ..."); the whole text when no earlier mail is under it.
     */
    public static String abovePreviousMail(String text) {
        if (text == null) {
            return "";
        }
        String[] lines = text.split("\\R", -1);
        int at = earlierMailBetween(lines, 0, lines.length);
        return at < 0 ? text : String.join("\n", java.util.Arrays.asList(lines).subList(0, at));
    }

    /**
     * As {@link #without(String)}, a quoted earlier mail's labels standing over their answers with no colon ("> yp
     * name" / "> Cai Rhys") counting as a form's lines where their words name a field ({@code namesAField}).
     */
    private static String without(String body, ToDoubleFunction<String> namesAField) {
        if (body == null || body.isBlank()) {
            return body;
        }
        String[] lines = body.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (DISCLAIMER.matcher(lines[i].strip()).matches()) {
                if (!holdsAForm(lines, i + 1, namesAField) && !earlierMailUnder(lines, i + 1)) {
                    // a disclaimer ends what the sender wrote: nothing under it is the form
                    return without(String.join("\n", java.util.Arrays.asList(lines).subList(0, i)).stripTrailing(),
                            namesAField);
                }
                lines[i] = ""; // a disclaimer over a form (a forwarder's, at the top) is dropped, the form read
                body = String.join("\n", lines);
            }
        }
        int own = 0;
        int firstEarlier = -1; // where the first earlier mail starts: the sender's own words are those above it
        int quoted = 0; // how deep the line above was quoted ("> " 1, "> > " 2)
        boolean aboveWrote = false; // whether the line above was "On ..., Jo wrote:"
        boolean forwardSeen = false; // whether a mail forwarded whole has started above
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty()) {
                continue;
            }
            if (FORWARDED.matcher(l).matches()) {
                if (!forwardSeen && formLines(lines, 0, i, namesAField) < FORM_LINES) {
                    // the forwarder's note over a mail forwarded whole is the forwarder's words, not the form's, however
                    // the form below or in its files is laid out: its few "label: value" lines ("Risk: see attached")
                    // would otherwise answer before the form's own (a note of a form's lines is a form, and kept)
                    for (int k = 0; k < i; k++) {
                        if (formLine(lines, k, namesAField)) {
                            lines[k] = "";
                        }
                    }
                    body = String.join("\n", lines);
                }
                forwardSeen = true;
                // a form forwarded whole is the form, however its lines are laid out: read on, up to its own sign-off
                own = 0;
                while (i + 1 < lines.length && (lines[i + 1].isBlank() || QuotedHeaders.isHeaderLine(lines[i + 1]))) {
                    i++; // its header says who sent it, and ends nothing
                }
                continue;
            }
            // an earlier mail's header: a header line with an address ("From: Jo <jo@...>", "To: duty@...") in a header
            // (a quoted line under the earlier mail's own quoted lines or its "On ... wrote:" goes on with that mail, read
            // or not as a whole: a quoted form is not cut where fewer than three of its labels are left under a line)
            int depth = quoteDepth(l);
            boolean goesOn = depth > 0 && (depth <= quoted || quoted == 0 && aboveWrote);
            quoted = depth;
            aboveWrote = QUOTE_HEADER.matcher(l).matches();
            boolean earlier = !goesOn && startsAnEarlierMail(lines, i);
            if (earlier && firstEarlier < 0) {
                firstEarlier = i;
            }
            boolean ends = earlier || own >= OWN_LINES && signOff(l);
            // a form typed again above the thread it answers (a corrected form resent in reply to the hub's
            // rejection): the sender's own form is the form, the earlier mails quoted under it are not (only the
            // sender's own lines count: a form quoted under "see below" is read on, past its third quoted line)
            if (ends && (!holdsAForm(lines, i, namesAField)
                    || earlier && formLines(lines, 0, firstEarlier, namesAField) >= FORM_LINES)) {
                return String.join("\n", java.util.Arrays.asList(lines).subList(0, i)).stripTrailing();
            }
            // a forwarder's sign-off with an earlier mail's header under it and the form under that: the lines
            // between are the forwarder's signature ("Scheme Manager", "OFFICIAL: this message may hold ..."), not the
            // form's, and are dropped
            if (!earlier && signOff(l)) {
                int header = earlierMailBelow(lines, i);
                if (header > i && holdsAForm(lines, header, namesAField)) {
                    java.util.List<String> kept = new java.util.ArrayList<>(java.util.Arrays.asList(lines).subList(0, i));
                    kept.addAll(java.util.Arrays.asList(lines).subList(header, lines.length));
                    return without(String.join("\n", kept), namesAField);
                }
            }
            // a form forwarded or quoted under a covering note is the form: it is read, up to its own sign-off
            own++;
        }
        return body;
    }

    /**
     * A closing line, in one language or two side by side ("Cofion / regards from the team,", "Diolch / Thanks"), or
     * one the sender's name follows on the next line ("Kind regards from").
     */
    static boolean signOff(String line) {
        if (SIGN_OFF.matcher(line).matches()) {
            return true;
        }
        String[] sides = line.split("\\s*/\\s*");
        return sides.length == 2 && SIGN_OFF.matcher(sides[0]).matches() && SIGN_OFF.matcher(sides[1]).matches();
    }

    /** A subject saying the mail forwards another: "FW:", "Fwd:", "Ymlaen:". */
    private static final Pattern FORWARD_SUBJECT = Pattern.compile("(?i)^\\s*(?:fw|fwd|ymlaen)\\s*:.*");
    /** The "Sent:" or "Date:" line of an earlier mail's header, and the date in it. */
    private static final Pattern SENT_LINE = Pattern.compile("(?i)^>?\\s*(?:sent|date)\\s*:\\s*(.+)$");
    private static final Pattern DATE_IN_LINE = Pattern.compile("(?i)\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}{3,9}\\.?,?\\s+\\d{4}"
            + "|\\p{L}{3,9}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{4}|\\d{4}-\\d{2}-\\d{2}");

    /**
     * The day the mail this one forwards was first sent: the date on the "Sent:" or "Date:" line of the last earlier
     * mail's header in the body (the original, under any forwards), when the mail forwards one (its subject says
     * "FW:" or "Fwd:", or its body "Forwarded message"). What the original says happened "last night" happened the
     * night before that day, not before the day it was passed on.
     */
    public static Optional<LocalDate> forwardedOn(String subject, String body) {
        return forwardedOn(subject, body, null);
    }

    /**
     * As {@link #forwardedOn(String, String)}, for the words {@code said} ("last night around 10.25pm"): where a mail
     * forwards several, what one of them says is told from the day that one was sent, the last header above the line
     * that says it (none above: the forwarder's own words, told from the day of this mail). Words found nowhere in the
     * body (a form in a file) are told from the original's day, the last header's.
     */
    public static Optional<LocalDate> forwardedOn(String subject, String body, String said) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        String[] lines = body.split("\\R");
        boolean forwards = forwards(subject, lines);
        int end = forwards ? lineSaying(lines, said) : -1;
        Optional<LocalDate> last = Optional.empty();
        for (int i = 0; forwards && i < (end < 0 ? lines.length : end); i++) {
            Matcher sent = SENT_LINE.matcher(lines[i].strip());
            if (sent.matches() && QuotedHeaders.inHeader(lines, i)) {
                Matcher date = DATE_IN_LINE.matcher(sent.group(1));
                Optional<LocalDate> on = date.find() ? Dates.parse(date.group()) : Optional.empty();
                if (on.isPresent()) {
                    last = on;
                }
            }
        }
        return last;
    }

    /**
     * The first line ending with these words, as an answer ends its line, else the first holding them (case and spacing
     * aside), or -1: a note's "about last night, see below" is not where a form's "last night" is.
     */
    private static int lineSaying(String[] lines, String said) {
        String words = said == null ? "" : said.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
        if (words.isEmpty()) {
            return -1;
        }
        int holding = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
            if (line.endsWith(words)) {
                return i;
            }
            if (holding < 0 && line.contains(words)) {
                holding = i;
            }
        }
        return holding;
    }

    /**
     * Whether an earlier mail starts on this line: a quoted line, "On ... wrote:", a divider naming the earlier or
     * forwarded mail, or a header line with an address in a header ("From: Jo <jo@...>" over "Sent: ...").
     */
    private static boolean startsAnEarlierMail(String[] lines, int i) {
        String l = lines[i].strip();
        return EARLIER_MAIL.matcher(l).matches() || l.contains("@") && QuotedHeaders.inHeader(lines, i)
                && i + 1 < lines.length && QuotedHeaders.isHeaderLine(lines[i + 1]);
    }

    /** The first line from {@code from} up to {@code to} where an earlier mail starts, or -1. */
    private static int earlierMailBetween(String[] lines, int from, int to) {
        for (int j = from; j < Math.min(lines.length, to); j++) {
            if (startsAnEarlierMail(lines, j)) {
                return j;
            }
        }
        return -1;
    }

    /** Whether an earlier mail (forwarded or quoted) starts anywhere from this line on. */
    private static boolean earlierMailUnder(String[] lines, int from) {
        return earlierMailBetween(lines, from, lines.length) >= 0;
    }

    /** A signature is this many lines at most. */
    private static final int SIGNATURE_LINES = 12;

    /** Where an earlier mail's header starts within a signature's length under a sign-off, or -1. */
    private static int earlierMailBelow(String[] lines, int signOff) {
        return earlierMailBetween(lines, signOff + 1, signOff + 1 + SIGNATURE_LINES);
    }

    /** Whether the lines from {@code from} on hold a form's answers: lines "label: value" that are no contact details. */
    private static boolean holdsAForm(String[] lines, int from) {
        return holdsAForm(lines, from, null);
    }

    private static boolean holdsAForm(String[] lines, int from, ToDoubleFunction<String> namesAField) {
        return formLines(lines, from, lines.length, namesAField) >= FORM_LINES;
    }

    /** A table's row as a mail's text gives it: its label, a tab, its answer ("Case ref number *<TAB>BRK/2026/0551"). */
    private static final Pattern TABLE_ROW = Pattern.compile("^([^\t:]{2,60}?)\\s*\t+\\s*(\\S.*)$");

    /** A table's row written as "label: value", so that a form pasted as a table counts as one typed with colons. */
    private static String asLabelAndValue(String line) {
        Matcher row = TABLE_ROW.matcher(line);
        return row.matches() ? row.group(1) + ": " + row.group(2) : line;
    }

    /** How many of the lines from one place up to another are a form's "label: value" lines (up to FORM_LINES). */
    private static int formLines(String[] lines, int from, int to) {
        return formLines(lines, from, to, null);
    }

    /**
     * As {@link #formLines(String[], int, int)}, with a quoted label over its answer counted too where a scorer is given
     * and the label's words name a field ("> yp name" over "> Cai Rhys").
     */
    private static int formLines(String[] lines, int from, int to, ToDoubleFunction<String> namesAField) {
        int n = 0;
        for (int i = Math.max(0, from); i < to; i++) {
            boolean counted = formLine(lines, i, namesAField);
            if (counted && ++n >= FORM_LINES || (n += labelledSentences(lines[i], counted, namesAField)) >= FORM_LINES) {
                return Math.min(n, FORM_LINES);
            }
        }
        return n;
    }

    /**
     * How many sentences of a paragraph are a form's answers, the first not counted again where the line is counted
     * already: a form typed as sentences, a paragraph to a section, has its labels inside its lines ("YP is Cai Bowen.
     * Address: 3 Mill Lane. Consent: Y."), some with no colon ("Provider Bala Housing. Referral ref YPSA-1"), where a
     * scorer is given and their words name a field, or a sentence names a field's value whole ("Referring Cai Bowen").
     */
    private static int labelledSentences(String line, boolean counted, ToDoubleFunction<String> namesAField) {
        String l = line.strip();
        if (l.startsWith(">") || l.length() < 2 * 8) {
            return 0;
        }
        java.util.List<String> sentences = SentenceAnswers.sentences(l);
        if (sentences.size() < 2) {
            return 0;
        }
        int n = 0;
        for (int k = counted ? 1 : 0; k < sentences.size(); k++) {
            String s = sentences.get(k);
            if (GREETING.matcher(s).find() || CONTACT.matcher(s).matches() || QuotedHeaders.isHeaderLine(s)) {
                continue;
            }
            if (LABEL_LINE.matcher(s).matches() || namesAField != null && (!SentenceAnswers.wholeSentence(s).equals(s)
                    || !SentenceAnswers.withColon(s, namesAField).equals(s))) {
                n++;
            }
        }
        return n;
    }

    /** Whether line {@code i} is a form's line, as {@link #formLines(String[], int, int, ToDoubleFunction)} counts. */
    private static boolean formLine(String[] lines, int i, ToDoubleFunction<String> namesAField) {
        // a form's line quoted at any depth ("> > Name: ...", a reply chain's older mail) is a form's line
        String l = asLabelAndValue(lines[i].strip().replaceFirst("^(?:>\\s?)+", "").strip());
        boolean labelLine = LABEL_LINE.matcher(l).matches() && !QuotedHeaders.isHeaderLine(l)
                && !CONTACT.matcher(l).matches() && !EARLIER_MAIL.matcher(l).matches() && !GREETING.matcher(l).find();
        return labelLine || namesAField != null && quotedLabelOverAnswer(lines, i, namesAField);
    }

    /** A quoted label's most words: "> date of birth of yp – dd/mm/yyyy" has eight. */
    private static final int LABEL_WORDS = 10;

    /**
     * Whether line {@code i} is a quoted label alone over its answer: "> yp name" over "> Cai Rhys", its words naming a
     * field, no colon, no sentence's full stop, and a quoted line with no colon under it.
     */
    private static boolean quotedLabelOverAnswer(String[] lines, int i, ToDoubleFunction<String> namesAField) {
        if (i + 1 >= lines.length || !lines[i].strip().startsWith(">") || !lines[i + 1].strip().startsWith(">")) {
            return false;
        }
        String label = unquoted(lines[i]);
        String answer = unquoted(lines[i + 1]);
        return !label.isEmpty() && !answer.isEmpty() && !label.contains(":") && !answer.contains(":")
                && !label.endsWith(".") && label.split("\\s+").length <= LABEL_WORDS && !GREETING.matcher(label).find()
                && namesAField.applyAsDouble(label) >= org.ypsa.hub.domain.forms.LabelMatcher.THRESHOLD;
    }

    /** How many quote marks open the line: "> a" 1, ">> a" and "> > a" 2, "a" 0. */
    private static int quoteDepth(String line) {
        int n = 0;
        for (int k = 0; k < line.length() && (line.charAt(k) == '>' || line.charAt(k) == ' '); k++) {
            n += line.charAt(k) == '>' ? 1 : 0;
        }
        return n;
    }

    /** The line without one level of quoting ("> ", ">"), stripped. */
    private static String unquoted(String line) {
        return line.strip().replaceFirst("^>\\s?", "").strip();
    }

    /**
     * The body as its form is read ({@link #without(String)}), and a form quoted under the sender's covering note
     * ("see below as requested", then "On ..., Jo wrote:" and the form as "> " lines) read as the form it is: the note
     * up to its sign-off, the form without its quote marks and the "On ... wrote:" line, up to the form's own sign-off.
     * A covering note that holds a form of its own is the form, and the quoted mail is no part of it.
     */
    public static String formOf(String body, ToDoubleFunction<String> namesAField) {
        String kept = without(body, namesAField);
        if (kept == null || kept.isBlank()) {
            return kept;
        }
        String[] lines = kept.split("\\R", -1);
        int start = firstQuotedLine(lines);
        if (start < 0 || formLines(lines, 0, start, namesAField) >= FORM_LINES
                || formLines(lines, start, lines.length, namesAField) < FORM_LINES) {
            return kept;
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < start && !signOff(lines[i].strip()); i++) {
            out.add(lines[i]); // the covering note, up to its sign-off: its signature is no answer
        }
        java.util.List<String> quoted = new java.util.ArrayList<>();
        for (int i = start; i < lines.length; i++) {
            String l = lines[i].strip();
            if (QUOTE_HEADER.matcher(l).matches()) {
                continue;
            }
            quoted.add(l.startsWith(">") ? lines[i].stripLeading().replaceFirst("^>\\s?", "") : lines[i]);
        }
        out.add("");
        // a reply chain quotes a level deeper for each older mail: the form quoted under the intake's own question
        // ("> can you resend?" over ">> Name: ...") is read a level down the same way
        String unquoted = String.join("\n", quoted);
        out.add(firstQuotedLine(unquoted.split("\\R", -1)) >= 0 ? formOf(unquoted, namesAField)
                : without(unquoted, namesAField));
        return String.join("\n", out);
    }

    /** The line over a quoted mail naming who wrote it: "On Wed, 16 Dec 2026 at 12:13, Jo <jo@x.test> wrote:". */
    private static final Pattern QUOTE_HEADER = Pattern.compile("(?i)^on .{4,120} wrote:$");

    /** The first line of a mail quoted under the sender's ("> " lines, or "On ..., Jo wrote:" over them), or -1. */
    private static int firstQuotedLine(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.startsWith(">") || QUOTE_HEADER.matcher(l).matches()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The body as a mail with forms attached says of its own: the sender's lines above the earlier mail under them, up
     * to the sign-off. A reply's earlier mail, quoted ("> " lines, "On ..., Jo wrote:") or under its header ("From: Jo
     * &lt;jo@...&gt;" over "Sent: ...", "-----Original Message-----"), is no part of the attached form, and never a form
     * in its place: an old incident under "new one attached" is not the new incident, and its answers (another young
     * person's, perhaps) must never fill the attachment's blanks. A mail that forwards another (its subject "FW:", or a
     * "Forwarded message" divider) passes on the forwarded mail's words with the attachment: only "> " quotes are cut.
     */
    public static String besideAttachedForms(String subject, String body) {
        if (body == null) {
            return null;
        }
        String[] lines = body.split("\\R", -1);
        int cut = forwards(subject, lines) ? firstQuotedLine(lines) : earlierMailBetween(lines, 0, lines.length);
        return without(cut < 0 ? body : String.join("\n", java.util.Arrays.asList(lines).subList(0, cut)).stripTrailing());
    }

    /** Whether the mail forwards another: its subject says "FW:" or "Fwd:", or its body has a forwarded mail's divider. */
    private static boolean forwards(String subject, String[] lines) {
        return subject != null && FORWARD_SUBJECT.matcher(subject).matches()
                || java.util.Arrays.stream(lines).anyMatch(l -> FORWARDED.matcher(l.strip()).matches());
    }
}
