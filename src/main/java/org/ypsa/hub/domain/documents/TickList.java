package org.ypsa.hub.domain.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A choice written as a tick list, each answer with its box ("☐ Low ☒ Medium ☐ High", "( ) Homeless now (X)
 * Threatened", "[x] Emergency [ ] Planned", "Low ☐ Medium ☒"): the answer is the one marked, and only it. The
 * boxes stand either all before or all after their answers: before them when an answer follows the last box.
 */
final class TickList {
    /**
     * Marked: a ticked or crossed box (☑ ☒ ⊠ 🗹), a filled square (■ ▣), a filled or dotted radio button (◉ ● ⦿), [x],
     * (x), &lt;X&gt;, and a dot in brackets ([•], (●)).
     */
    static final String MARKED = "[\u2611\u2612\u2713\u2714\u2705\u25a0\u25c9\u25cf\u29bf\u25c8\u25a3\u22a0]"
            + "|\uD83D\uDDF9|\uD83D\uDDF8"
            + "|\\[\\s*[xX\u2713\u2714\u2022\u25cf]\\s*]|\\(\\s*[xX\u2713\u2714\u2022\u25cf]\\s*\\)"
            + "|<\\s*[xX\u2713\u2714]\\s*>";
    /** Open: an empty box or square (☐ □ ▢ ⬜ ◻), an empty radio button (○ ◯), [ ], ( ), < >. */
    static final String OPEN = "[\u2610\u25a1\u25cb\u25ef\u25c7\u25a2\u2b1c\u25fb\u25fd]|\\[\\s*]|\\(\\s*\\)|<\\s*>";
    private static final Pattern BOX = Pattern.compile("(" + MARKED + ")|(" + OPEN + ")");

    /**
     * A box typed with the keyboard's own characters where no box character is to hand: an X for the one chosen
     * ("X", "XX", "_X_") and underscores for the others ("X Medium _ High", "Low _ Medium X High _"), each standing
     * alone between the answers; or Y and N before or after each answer ("N Low Y Medium N High").
     */
    private static final Pattern BARE_MARKED = Pattern.compile("(?<=^|\\s)_*[xX]{1,2}_*(?=\\s|$)");
    private static final Pattern BARE_OPEN = Pattern.compile("(?<=^|\\s)_+(?=\\s|$)");
    private static final Pattern YES_MARK = Pattern.compile("(?<=^|\\s)Y(?=\\s|$)");
    private static final Pattern NO_MARK = Pattern.compile("(?<=^|\\s)N(?=\\s|$)");

    private TickList() {
    }

    /**
     * The value with its typed marks as boxes ("X Medium _ High": "[x] Medium [ ] High") when it has no box of its
     * own and is a typed tick list: an underscore (or an N) and an X (or a Y), with words between them, or two
     * underscores and no X (nothing chosen); a form's choices have no digit ("Flat 2 _ Block X" is an address). A
     * lone X or underscore in any other value is left as written.
     */
    static String boxed(String written) {
        String s = symbolLetters(written);
        String answers = BARE_OPEN.matcher(BARE_MARKED.matcher(s).replaceAll("")).replaceAll("").strip();
        if (BOX.matcher(s).find() || answers.split("\\s+").length > MAX_LIST_WORDS || s.matches("(?s).*\\d.*")) {
            return s;
        }
        if (BARE_OPEN.matcher(s).find() && (BARE_MARKED.matcher(s).find() || BARE_OPEN.matcher(s).results().count() > 1)) {
            return BARE_OPEN.matcher(BARE_MARKED.matcher(s).replaceAll("[x]")).replaceAll("[ ]");
        }
        if (YES_MARK.matcher(s).find() && NO_MARK.matcher(s).find()) {
            return NO_MARK.matcher(YES_MARK.matcher(s).replaceAll("[x]")).replaceAll("[ ]");
        }
        return s;
    }

    /**
     * A symbol font's check boxes in a document whose reader lacks the font (a PDF made where it is missing): only the
     * font's letters are left, "þ Yes ¨ No", "þ Homeless o Threatened", "S Low £ Medium £ High". Read as boxes only
     * where they stand as boxes stand: each alone, the first at the value's start, one before each of two or more
     * answers, all of one font, one of them at least an empty box, and no digit in the value; a letter inside or beside words elsewhere is left alone.
     */
    private static final List<SymbolFont> SYMBOL_FONTS = List.of(
            new SymbolFont("Wingdings", "\u00fe\u00fdxn", "\u00a8oq"), new SymbolFont("Wingdings 2", "RSTQ", "\u00a3"));

    private record SymbolFont(String name, String marked, String open) {
        boolean has(String token) {
            return token.length() == 1 && (marked.contains(token) || open.contains(token));
        }
    }

    /** The value with a symbol font's box letters as boxes ([x], [ ]) when it is such a tick list, else as written. */
    static String symbolLetters(String s) {
        String[] tokens = s.strip().split("\\s+");
        // a list's words are a few (its answers), the boxes one to an answer: a form's eight categories are a list
        if (tokens.length < 4 || tokens.length > 2 * MAX_LIST_WORDS || s.matches("(?s).*\\d.*")) {
            return s;
        }
        for (SymbolFont font : SYMBOL_FONTS) {
            StringBuilder out = new StringBuilder();
            int boxes = 0;
            int open = 0;
            boolean wordsAfter = true; // a box may open the value, and must come after the words of the one before
            for (String t : tokens) {
                if (font.has(t) && !wordsAfter || out.isEmpty() && !font.has(t)) {
                    boxes = 0; // two boxes side by side, or words before the first: no tick list in this font
                    break;
                }
                boolean box = font.has(t);
                boxes += box ? 1 : 0;
                open += box && font.open().contains(t) ? 1 : 0;
                wordsAfter = !box;
                out.append(out.isEmpty() ? "" : " ").append(box ? font.marked().contains(t) ? "[x]" : "[ ]" : t);
            }
            if (boxes >= 2 && open >= 1 && wordsAfter && tokens.length - boxes <= MAX_LIST_WORDS) {
                return out.toString();
            }
        }
        return s;
    }

    private record Choice(String answer, boolean marked) {
    }

    private static final Pattern MARK_ALONE = Pattern.compile("(?:" + MARKED + "|[xX])");

    /** A value that is a mark and nothing else ("X", "✓", "☒", "[x]"): the row's own words are what was ticked. */
    static boolean isMarkAlone(String raw) {
        return raw != null && MARK_ALONE.matcher(raw.replace('\u00a0', ' ').strip()).matches();
    }

    /**
     * The words next to the one mark of a list whose other choices have no box ("Missing Violence Other ✓", "Low ✓
     * Medium High"), as phrases of one word, two, up to {@code most}, in the order written: before the mark when it
     * stands after a word (as "Female ☒" is written), else after it. Empty when the value holds no mark, more than one,
     * or an open box too (a list boxed throughout is read by its boxes).
     */
    static List<String> phrasesBesideTheOneMark(String raw, int most) {
        String s = asWritten(raw == null ? "" : raw);
        Matcher m = BOX.matcher(s);
        List<int[]> marks = new ArrayList<>();
        while (m.find()) {
            if (m.group(1) == null) {
                return List.of();
            }
            marks.add(new int[] {m.start(), m.end()});
        }
        if (marks.size() != 1) {
            return List.of();
        }
        String before = s.substring(0, marks.get(0)[0]).strip();
        boolean after = before.isEmpty();
        String beside = (after ? s.substring(marks.get(0)[1]) : before).strip();
        List<String> words = beside.isEmpty() ? List.of() : List.of(beside.split("\\s+"));
        List<String> phrases = new ArrayList<>();
        for (int n = 1; n <= Math.min(most, words.size()); n++) {
            phrases.add(String.join(" ", after ? words.subList(0, n) : words.subList(words.size() - n, words.size())));
        }
        return phrases;
    }

    /** The value with its boxes as the hub reads them ({@link #boxed}), non-breaking spaces as spaces, trimmed. */
    private static String asWritten(String raw) {
        return boxed(raw.replace('\u00a0', ' ').strip());
    }

    /** An arrow pointing at the answer chosen, typed or drawn: "<--", "<=", "←", "-->", "◄". */
    private static final Pattern ARROW = Pattern.compile("<-{1,3}|<={1,2}|-{1,3}>|={1,2}>|[←⇐◄◀⟵→⇒►▶⟶]");
    /** A tick list a line to an answer is a few lines of a few words each. */
    private static final int MAX_LINE_LIST = 10;
    private static final int MAX_LINE_WORDS = 4;

    /**
     * The answer an arrow points at in a list laid out a line to an answer ("Low" / "Medium <--" / "High"): the one
     * line with an arrow, without it and its bullet. Empty when the value is no such list or not one line has one.
     */
    static Optional<String> arrowed(String raw) {
        List<String> at = arrowedLines(raw);
        return at.size() == 1 ? Optional.of(at.get(0)) : Optional.empty();
    }

    /** Whether arrows point at two or more lines of a list a line to an answer: no one answer chosen. */
    static boolean arrowedTwice(String raw) {
        return arrowedLines(raw).size() > 1;
    }

    /** The lines an arrow points at in a list a line to an answer, without arrow and bullet; none when it is no such list. */
    private static List<String> arrowedLines(String raw) {
        String[] lines = raw.replace('\u00a0', ' ').strip().split("\\R");
        List<String> chosen = new ArrayList<>();
        if (lines.length < 2 || lines.length > MAX_LINE_LIST) {
            return chosen;
        }
        for (String line : lines) {
            String words = ARROW.matcher(line).replaceAll(" ").replaceAll("^[\\s\\-\u2013\u2022*\u00b7]+", "").strip();
            if (words.isEmpty() || words.split("\\s+").length > MAX_LINE_WORDS) {
                return List.of();
            }
            if (ARROW.matcher(line).find()) {
                chosen.add(words);
            }
        }
        return chosen;
    }

    /** The one answer marked in a tick list of two or more; empty when the value is no tick list or not one is marked. */
    static Optional<String> marked(String raw) {
        Optional<String> arrow = arrowed(raw);
        if (arrow.isPresent()) {
            return arrow;
        }
        String s = asWritten(raw);
        List<Choice> choices = choices(s);
        List<String> marked = choices.stream().filter(Choice::marked).map(Choice::answer).toList();
        if (choices.size() < 2 || marked.size() != 1 || marked.get(0).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(marked.get(0));
    }

    /**
     * A short tick list, its boxes before or after its answers, none of them marked ("☐ Missing", "Yes ☐ No ☐"):
     * nothing was chosen. Brackets with nothing in them inside a sentence are no tick list.
     */
    static boolean noneMarked(String raw) {
        return noneMarked(raw, 1);
    }

    /**
     * A tick list of at least so many choices with none of its boxes marked: with two or more printed whole ("☐
     * Homeless ☐ Threatened with homelessness"), the question was left unanswered in its own box.
     */
    static boolean noneMarked(String raw, int choicesAtLeast) {
        String s = asWritten(raw);
        if (!isAList(s) || !(BOX.matcher(s).lookingAt() || endsWithBox(s))) {
            return false;
        }
        List<Choice> choices = choices(s);
        return choices.size() >= choicesAtLeast && choices.stream().noneMatch(Choice::marked);
    }

    /**
     * A short value with boxes in it where the hub cannot tell which one answer is marked: no box marked ("it was ☐
     * Violence", the label's words before a box whose marked neighbours are on other lines), or two marked. Its
     * words are no answer: a choice routed is the one marked, never the word beside an empty box.
     */
    static boolean undecided(String raw) {
        if (arrowedTwice(raw)) {
            return true; // "Low <--" / "Medium <--" / "High": two arrows, two answers
        }
        String s = asWritten(raw);
        if (!isAList(s) || !BOX.matcher(s).find() || marked(s).isPresent()) {
            return false;
        }
        List<Choice> choices = choices(s);
        return !(choices.size() == 1 && choices.get(0).marked());
    }

    /** The value from its box on, when it holds one box with words before it ("it was ☐ Violence": "☐ Violence"). */
    static String fromItsBox(String raw) {
        Matcher m = BOX.matcher(raw);
        if (!m.find()) {
            return raw;
        }
        int start = m.start();
        return m.find() ? raw : raw.substring(start).strip();
    }

    /** A tick list of a form's choices is a few words; a longer value is someone's account. */
    private static final int MAX_LIST_WORDS = 12;

    /** A choice of a grid is a few words: "Not known to social care", "Allegation against staff". */
    private static final int MAX_CHOICE_WORDS = 5;

    /**
     * Whether the value is short enough to be a tick list: a few words, or a grid of two or more boxes each beside a
     * few words, its boxes not counted as words. Safety: the four legal statuses with a box each ("☒ Looked after
     * (s20) ☐ Care leaver ☒ Child in need ☐ Not known") were thirteen words with their boxes, so no list, and their
     * first words were routed as the one status ticked.
     */
    private static boolean isAList(String s) {
        if (s.split("\\s+").length <= MAX_LIST_WORDS) {
            return true;
        }
        List<Choice> choices = choices(s);
        return choices.size() >= 2 && choices.stream().allMatch(c -> !c.answer().isEmpty()
                && c.answer().split("\\s+").length <= MAX_CHOICE_WORDS);
    }

    /** Whether the value ends with a box ("Homeless [ ]", "Low ☐"). */
    static boolean endsWithBox(String s) {
        Matcher m = BOX.matcher(s);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end == s.length();
    }

    /**
     * Whether the value is a tick list laid out a box to a line ("☐ Low", "☒ High", ...): its lines are one answer,
     * not a first line and others' lines that ran on.
     */
    static boolean isListOfLines(String raw) {
        String[] lines = raw.replace('\u00a0', ' ').strip().split("\\R");
        return !arrowedLines(raw).isEmpty() || lines.length >= 2 && BOX.matcher(lines[0]).results().count() == 1
                && BOX.matcher(lines[1]).results().count() == 1;
    }

    /** Whether the line is one answer with its box before it ("☐ Violence", "[x] High"), and no other box. */
    static boolean isBoxLine(String line) {
        String s = line.replace('\u00a0', ' ').strip();
        return BOX.matcher(s).lookingAt() && BOX.matcher(s).results().count() == 1;
    }

    /** Whether the text is one answer with its one box before or after it ("☐ Violence", "Female ☒"), and words. */
    static boolean isBoxedAnswer(String text) {
        String s = text.replace('\u00a0', ' ').strip();
        List<Choice> choices = choices(s);
        return choices.size() == 1 && !choices.get(0).answer().isEmpty() && (BOX.matcher(s).lookingAt() || endsWithBox(s));
    }

    private static List<Choice> choices(String s) {
        Matcher m = BOX.matcher(s);
        List<int[]> boxes = new ArrayList<>();
        List<Boolean> marks = new ArrayList<>();
        while (m.find()) {
            boxes.add(new int[] {m.start(), m.end()});
            marks.add(m.group(1) != null);
        }
        List<Choice> choices = new ArrayList<>();
        if (boxes.isEmpty()) {
            return choices;
        }
        // the boxes stand before their answers when an answer follows the last box, whatever comes before the first
        // ("Severity - provider's view □ Low ■ Medium □ High": the words before the first box are the label's)
        boolean boxFirst = boxes.get(0)[0] == 0 || !s.substring(boxes.get(boxes.size() - 1)[1]).isBlank();
        for (int i = 0; i < boxes.size(); i++) {
            int from = boxFirst ? boxes.get(i)[1] : i == 0 ? 0 : boxes.get(i - 1)[1];
            int to = boxFirst ? (i + 1 < boxes.size() ? boxes.get(i + 1)[0] : s.length()) : boxes.get(i)[0];
            choices.add(new Choice(s.substring(from, to).strip(), marks.get(i)));
        }
        return choices;
    }
}
