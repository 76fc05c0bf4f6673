package org.ypsa.hub.domain.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ypsa.hub.domain.forms.LabelMatcher;

/**
 * A form typed into a mail in a hurry: each label in lower case with no colon, its answer after two spaces, " - ",
 * " -- ", " > " or one space ("dob  3/10/05", "urgency > ROUTINE", "name of the y.p. Gethin Lloyd-Rees"). Each such
 * line whose opening words name a field ({@code score}) is read as "label: answer"; where one space parts them, the
 * label is the opening words that name a field best, the answer what follows (a capital or a digit opening it where
 * two readings tie). Only a body with several such lines and almost no colons is read so: a letter's sentences are
 * left as written.
 */
public final class HurriedLines {
    /** A label's end marked: two or more spaces, or " - ", " -- ", " > " between words. */
    private static final Pattern MARKED = Pattern.compile("^(\\S.{0,79}?)(?:\\s{2,}|\\s+(?:-{1,2}|[\u2013>])\\s+)(\\S.*)$");
    /** Two or more spaces: a gap typed to part a label from its answer, a surer end than a dash inside a label's hint. */
    private static final Pattern GAP = Pattern.compile("^(\\S.{0,79}?)\\s{2,}(\\S.*)$");
    /** A date written in figures, day, month and year ("21/12/26", "05.12.2026"): an answer, never a label's word. */
    private static final Pattern FIGURE_DATE = Pattern.compile(
            "(?<![\\p{L}\\d/.-])\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4}(?![\\p{L}\\d])");
    private static final int LABEL_WORDS = 8;
    /** A blank to fill: a run of underscores, full stops or dot leaders. */
    private static final Pattern BLANK = Pattern.compile("_{3,}|\\.{4,}|\u2026{2,}");
    /** An answer in sentences holds at least this many words. */
    private static final int SENTENCE_WORDS = 4;
    private static final Pattern EMAIL = Pattern.compile("[\\w.'+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    /** This many lines read as a label and its answer make the body a form typed in a hurry. */
    private static final int FORM_LINES = 4;
    /** A body with this many lines holding a colon is set out with colons already. */
    private static final int COLON_LINES = 3;
    /** The share of the lines without a colon that must read as a label and its answer. */
    private static final double MOST = 0.6;

    private HurriedLines() {
    }

    public static String lines(String text, ToDoubleFunction<String> score) {
        if (text == null || text.isBlank()) {
            return text;
        }
        String[] lines = text.split("\\R", -1);
        int colons = 0;
        for (String l : lines) {
            if (l.contains(":") && !l.strip().startsWith(">")) {
                colons++;
            }
        }
        if (colons >= COLON_LINES) {
            return text;
        }
        List<String> out = new ArrayList<>();
        int read = 0;
        int candidates = 0;
        java.util.Map<Integer, String> sentences = new java.util.HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            // a sentence ending in a full stop is written, not typed as a form in a hurry: "Email for SW/PA x@y." (t8-sg-007);
            // a label and its answer parted by a tab are a table pasted from Word, read as one already (t11-intel-001)
            // a line with a blank to fill ("Name __Gwion Meirion____", "Name ........ Gwion") is a form set out with
            // blanks, read by its own reader: neither a hurried line nor one against them (t11-ref-023, t11-sg-023)
            boolean blank = BLANK.matcher(l).find();
            boolean candidate = !blank && !l.contains(":") && !l.isBlank() && !l.strip().startsWith(">")
                    && !l.strip().endsWith(".") && !l.contains("\t");
            String labelled = candidate ? split(l.strip(), score) : null;
            String after = labelled == null ? "" : labelled.substring(labelled.indexOf(": ") + 2);
            if (labelled != null && !answerStarts(after) && FieldValues.yesNoSaidFirst(after).isEmpty()
                    && answerUnder(lines, i, score)) {
                // "date of birth of yp – dd/mm/yyyy" over "1-Aug-09", "has the yp consented – as recorded" over "YES":
                // the words after the dash are the label's hint, its answer is the line under it (a label over its
                // answer, which counts against the body being typed a line to a field); a yes or no after the dash is
                // the answer ("consent - yes, explained via interpreter" over the sender's name)
                labelled = null;
            }
            if (!candidate && !blank && l.strip().endsWith(".") && !l.contains(":") && !l.contains("\t") && !l.strip().startsWith(">")) {
                // an answer in sentences after a marked end ("desc. -- She was admitted overnight."): a label and its
                // answer, though the line ends in a full stop; a sentence with no marked end stays written
                labelled = splitAtMark(l.strip(), score);
                candidate = labelled != null;
                if (labelled == null) {
                    // sentences after a label with no mark are read only in a body the other lines show typed in a
                    // hurry: in a letter ("Agency In-house YPSA. Submitted by ...") they are its prose
                    sentences.put(out.size(), splitBeforeSentences(l.strip(), score));
                }
            }
            // a greeting, a heading or a signature ("hi both", "provider details", "Owain") holds no answer to read
            candidates += candidate && (labelled != null || couldHoldAnAnswer(l.strip())) ? 1 : 0;
            if (labelled != null) {
                read++;
            }
            out.add(labelled == null ? l : labelled);
        }
        // most of its lines a label and an answer: labels on lines of their own with answers under them are not
        if (read < FORM_LINES || read < MOST * candidates) {
            return text;
        }
        sentences.forEach((i, labelled) -> {
            if (labelled != null) {
                out.set(i, labelled);
            }
        });
        return String.join("\n", out);
    }

    /** A line that asks nothing of its own: a greeting or a sign-off ("hi all", "thanks"), never a label. */
    private static final Pattern GREETING = Pattern.compile("(?i)^(?:hi|hiya|hello|dear|morning|afternoon|evening|good "
            + "(?:morning|afternoon)|thanks|thank you|many thanks|cheers|regards|kind regards|best wishes|see below|"
            + "please see)\\b.*");
    /** This many labels typed in small letters over their answers make a body a form typed so. */
    private static final int LABELS_OVER_ANSWERS = 3;

    /**
     * A form typed with each label in small letters alone on its line and its answer on the line under it ("date of
     * birth of yp \u2013 dd/mm/yyyy" / "1-Aug-09", "has the yp consented" / "YES"): each such label gets the colon the
     * sender left off, so that it reads as any label over its answer. A label is a line opening in a small letter, with
     * no colon, no sentence's full stop, no greeting, whose words name a field ({@code score}); its answer a line under
     * it that is written (no blank), holds no colon, and is no label of its own. Only a body with several such labels
     * is read so; a line in capitals or opening with a capital is read by the line readers as it is.
     */
    public static String labelsOverAnswers(String text, ToDoubleFunction<String> score) {
        if (text == null || text.isBlank()) {
            return text;
        }
        // a clock's hint is part of its label ("incident date / time \u2013 dd/mm/yyyy hh:mm"), no label's colon
        String[] lines = TextFields.clockHintsWhole(text).split("\\R", -1);
        java.util.Set<Integer> labels = new java.util.TreeSet<>();
        java.util.Set<Integer> spacers = new java.util.HashSet<>();
        for (int i = 0; i + 1 < lines.length; i++) {
            if (!labelInSmallLetters(lines[i], score)) {
                continue;
            }
            if (answerOfItsOwnUnder(lines, i, score)) {
                labels.add(i);
                i++; // its answer is no label
            } else if (answerAParagraphUnder(lines, i, score)) {
                labels.add(i);
                spacers.add(i + 1);
                i += 2;
            }
        }
        if (labels.size() < LABELS_OVER_ANSWERS) {
            return text;
        }
        // a blank line before a label that follows an answer: the answer is no start of a label wrapped onto it
        labels.forEach(i -> lines[i] = (i > 0 && !lines[i - 1].isBlank() ? "\n" : "") + lines[i].stripTrailing() + ":");
        List<String> out = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            if (!spacers.contains(i)) {
                out.add(lines[i]); // the blank line between a label and its answer parts them no more
            }
        }
        return String.join("\n", out);
    }

    /**
     * Whether label {@code i}'s answer is a paragraph of its own after one blank line, as a form typed with a blank
     * line after every line has it ("risk we cannot manage" / "" / "Fire setting in the last month." / ""): the line
     * after the blank is an answer ({@link #answerOfItsOwnUnder}), no label in small letters itself (the heading
     * "referral details" over the label "ref no" is no label over its answer), with a blank line or the end under it.
     */
    private static boolean answerAParagraphUnder(String[] lines, int i, ToDoubleFunction<String> score) {
        return answerAParagraphUnder(lines, i, score, true);
    }

    /**
     * As {@link #answerAParagraphUnder(String[], int, ToDoubleFunction)}; {@code lookOn} lets a line under it that
     * could be a label in small letters be the answer still when it has no answer of its own under it: "category of
     * incident – tick one" / "" / "missing" / "" / "severity – tick one" (the choice "missing" names a field's
     * word, but the next paragraph is a label, not its answer). Looked on one paragraph only.
     */
    private static boolean answerAParagraphUnder(String[] lines, int i, ToDoubleFunction<String> score, boolean lookOn) {
        int under = lineUnderAcrossOneBlank(lines, i);
        return under == i + 2 && under < lines.length && answerOfItsOwnUnder(lines, under - 1, score)
                && (!labelInSmallLetters(lines[under], score) || lookOn && !answerAParagraphUnder(lines, under, score, false))
                && (under + 1 >= lines.length || lines[under + 1].isBlank());
    }

    /**
     * The line under line {@code i} across one blank line between a label and its answer, as a form typed with a blank
     * line after every line has it: {@code i + 1}, or {@code i + 2} when line {@code i + 1} is blank (may be past the end).
     */
    private static int lineUnderAcrossOneBlank(String[] lines, int i) {
        int under = i + 1;
        return under < lines.length && lines[under].isBlank() ? under + 1 : under;
    }

    /**
     * Whether the line under label {@code i} is its answer: written, with no colon or quote mark, and no label of its
     * own over an answer ("homeless" under "housing situation \u2013 tick one" is an answer though it names a field's
     * word: the line after it is the next label).
     */
    private static boolean answerOfItsOwnUnder(String[] lines, int i, ToDoubleFunction<String> score) {
        String next = lines[i + 1].strip();
        // a time's colon is no label's ("21 December 2026, 12:10 am")
        if (next.isEmpty() || next.replaceAll("(?<=\\d):(?=\\d)", "").contains(":") || next.startsWith(">") || next.endsWith("?")) {
            return false;
        }
        return !labelInSmallLetters(next, score) || i + 2 >= lines.length || lines[i + 2].isBlank()
                || labelInSmallLetters(lines[i + 2], score);
    }

    /** Whether the line is a label typed in small letters alone: "yps name (first + last)", "d.o.b. \u2013 dd/mm/yyyy". */
    private static boolean labelInSmallLetters(String line, ToDoubleFunction<String> score) {
        String l = line.strip();
        return !l.isEmpty() && Character.isLowerCase(l.codePointAt(0)) && !l.contains(":") && !l.endsWith(".")
                && !l.contains("\t") && !BLANK.matcher(l).find() && l.split("\\s+").length <= LABEL_WORDS + 4
                && !GREETING.matcher(l).matches() && !EMAIL.matcher(l).find()
                && score.applyAsDouble(l) >= LabelMatcher.THRESHOLD;
    }

    /**
     * The line as "label: answer", or null when its opening words name no field. A marked end (two spaces, " - ",
     * " > ") is the label's end when an answer opens after it (a capital or a digit) or the words before it name a
     * field; else the label is the opening words, up to a word that opens an answer, that name a field best.
     */
    static String split(String line, ToDoubleFunction<String> score) {
        Matcher m = marked(line);
        boolean marked = m.matches() && m.group(1).split("\\s+").length <= LABEL_WORDS;
        if (marked && answerStarts(m.group(2)) && score.applyAsDouble(m.group(1).strip()) >= LabelMatcher.THRESHOLD) {
            return m.group(1).strip() + ": " + m.group(2).strip();
        }
        String[] words = line.split("\\s+");
        int bestK = 0;
        // a label ended by its mark with a yes or no after it is read there unless more words name a field better:
        // "Q17 FGC offered - no, no family in UK" is no label "Q17 FGC offered - no, no family in" answered "UK" (other
        // words after the mark may be its hint: "yp name  first & surname -- Blessing Adeyemi")
        double atMark = marked ? score.applyAsDouble(m.group(1).strip()) : 0;
        double best = atMark >= LabelMatcher.THRESHOLD && FieldValues.yesNoSaidFirst(m.group(2)).isPresent() ? atMark : 0;
        for (int k = 1; k <= Math.min(LABEL_WORDS, words.length - 1); k++) {
            if (!answerStarts(words[k]) || words[k - 1].endsWith("/") || capitals(words[k - 1]) && capitals(words[k])) {
                // nor between two words in capitals: "SOCIAL WORKER / PA EMAIL ADDRESS" is one label written in capitals
                // nor at a slash: "Pam / Why not manageable" is one label in two languages, not a label and its answer
                continue; // "name of the y.p. Gethin": the label runs on up to a word that opens an answer
            }
            double s = score.applyAsDouble(String.join(" ", java.util.Arrays.asList(words).subList(0, k)));
            if (s >= LabelMatcher.LINE_THRESHOLD && s > best + 1e-9) {
                best = s;
                bestK = k;
            }
        }
        if (bestK > 0) {
            return String.join(" ", java.util.Arrays.asList(words).subList(0, bestK)) + ": "
                    + String.join(" ", java.util.Arrays.asList(words).subList(bestK, words.length));
        }
        if (marked && atMark >= LabelMatcher.THRESHOLD) {
            return m.group(1).strip() + ": " + m.group(2).strip(); // an answer in lower case ("pls see notes")
        }
        return null;
    }

    /**
     * The line as "label: answer" where its label's end is marked (two spaces, " - ", " -- ", " > ") and the words
     * before the mark name a field, an answer opening after it; else null.
     */
    static String splitAtMark(String line, ToDoubleFunction<String> score) {
        Matcher m = marked(line);
        if (m.matches() && m.group(1).split("\\s+").length <= LABEL_WORDS && answerStarts(m.group(2))
                && score.applyAsDouble(m.group(1).strip()) >= LabelMatcher.THRESHOLD) {
            return m.group(1).strip() + ": " + m.group(2).strip();
        }
        return null;
    }

    /**
     * The line as "label: answer" where its opening words name a field and the rest, from a word that opens an answer,
     * is sentences of a few words ("what happend Kai says a staff member took money. Manager told."); else null. A
     * sentence with a short answer at its end ("Email for SW/PA x@y.") stays written.
     */
    static String splitBeforeSentences(String line, ToDoubleFunction<String> score) {
        String labelled = split(line, score);
        if (labelled == null) {
            return null;
        }
        String answer = labelled.substring(labelled.indexOf(": ") + 2);
        return answer.split("\\s+").length >= SENTENCE_WORDS ? labelled : null;
    }

    /**
     * The line's marked label end: a gap of two or more spaces where there is one ("vehicles - colour, make  grey BMW":
     * the dash is inside the label), else the first spaced dash or ">"; a matcher that matches nothing when the words
     * before the mark hold a date in figures ("date & time (24hr) 21/12/26 - 8.40am": the date is the answer's).
     */
    private static Matcher marked(String line) {
        Matcher gap = GAP.matcher(line);
        Matcher m = gap.matches() ? gap : MARKED.matcher(line);
        if (m.matches() && FIGURE_DATE.matcher(m.group(1)).find()) {
            return GAP.matcher("");
        }
        return m;
    }

    /**
     * Whether the line under line {@code i} is an answer of its own ("1-Aug-09", "Emrys Haworth", "YES"): written, with no
     * colon, no quote mark, no label it opens and no field it names.
     */
    private static boolean answerUnder(String[] lines, int i, ToDoubleFunction<String> score) {
        int under = lineUnderAcrossOneBlank(lines, i);
        if (under >= lines.length) {
            return false;
        }
        String next = lines[under].strip();
        return !next.isEmpty() && !next.contains(":") && !next.startsWith(">") && split(next, score) == null
                && score.applyAsDouble(next) < LabelMatcher.LINE_THRESHOLD
                && (under == i + 1 || !GREETING.matcher(next).matches());
    }

    /**
     * Whether the line could be a label and its answer: a marked end, or a word after its first that opens an answer.
     */
    private static boolean couldHoldAnAnswer(String line) {
        if (MARKED.matcher(line).matches()) {
            return true;
        }
        String[] words = line.split("\\s+");
        for (int k = 1; k < words.length; k++) {
            if (answerStarts(words[k])) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word has letters, all of them capitals ("EMAIL", "Y.P."). */
    private static boolean capitals(String word) {
        return word.chars().anyMatch(Character::isLetter) && word.chars().noneMatch(Character::isLowerCase);
    }

    /** A capital, a digit, a tick box or an email address opens an answer ("Yes", "12", "☑", "c.jones@council.test"). */
    private static boolean answerStarts(String word) {
        int c = word.strip().codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || EMAIL.matcher(word.strip()).lookingAt();
    }
}
