package org.ypsa.hub.domain.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ypsa.hub.domain.Dates;

/**
 * A case note's narrative lines, as case systems save them: between its "Label: answer" lines, the note tells who it
 * is about and the dates that matter in short sentences of its own ("New referral - Cai Bowen. Born 3.5.09.", "Cai
 * Bowen came in today.", "(dob 3 May 2009)", "Needs a bed from 6/1/27."). Each such sentence is set out as a label and
 * its answer: the one person a short sentence names is the note's subject, the young person; a date told after a few
 * words is those words' answer, after "born" or "dob" the date of birth; a referral's reference told in a sentence is
 * the referral reference. A line that holds a label, or a long sentence (an answer's prose), is left as written.
 */
final class CaseNoteSentences {
    /** A sentence longer than this is prose, not a fact told in passing. */
    private static final int SHORT_SENTENCE = 8;
    /** The words before a date that may be its label. */
    private static final int LABEL_WORDS = 6;
    /** Words after a date that only say where it comes from ("per the NHS spine"). */
    private static final int WORDS_AFTER_DATE = 5;
    /** A word of a person's name: a capital then small letters ("O'Neil", "Ellie-Mae"), or a surname in capitals. */
    private static final String NAME_WORD = "(?:\\p{Lu}(?:\\p{Ll}|['\u2019]\\p{Lu})[\\p{L}'\u2019-]*|\\p{Lu}{2,}(?:[-'\u2019]\\p{Lu}+)*)";
    /** Two to four name words, the surname first with a comma as case systems list it ("BOWEN, Cai") or not. */
    private static final Pattern PERSON = Pattern.compile("(?<![\\p{L}\\d])" + NAME_WORD + ",?(?:\\s+" + NAME_WORD
            + "){1,3}(?![\\p{L}\\d])");
    /** Words of a name that are a heading's, in capitals ("YP DETAILS", "PART C"): never all of a person's name. */
    private static final Pattern ALL_CAPS = Pattern.compile("[\\p{Lu}\\s,'\u2019-]+");
    /** The date of birth said: "born", "dob", "d.o.b.", "date of birth". */
    private static final Pattern BIRTH = Pattern.compile("(?i)\\b(?:born|dob|d\\.o\\.b\\.?|date of birth)(?![\\p{L}])");
    /** Words that join a label to its date, no part of the label: "their dob is", "seen on". */
    private static final Pattern JOINING_END = Pattern.compile("(?i)\\s+(?:is|was|are|were|=)$|\\s*[:\u2013-]$");
    /** A referral's reference: capitals and at least three digits, with slashes or dashes ("REF20821", "BRK/2026/0312"). */
    private static final Pattern REFERENCE = Pattern.compile("(?<![\\p{L}\\d])(\\p{Lu}{2,}[-/]?\\d{3,}(?:[-/]\\w+)*"
            + "|\\p{Lu}{2,}-[A-Z0-9]{4,}-[A-Z0-9]{4,})(?![\\p{L}\\d])");
    /** A sentence that speaks of a referral ("re referral ...", "your ref ..."). */
    private static final Pattern OF_A_REFERRAL = Pattern.compile("(?i)\\b(?:referral|ref)\\b");

    private CaseNoteSentences() {
    }

    /**
     * The note's lines with each narrative sentence that tells a fact set out as a label and its answer on a line of
     * its own; the young person named only once, by the first such sentence.
     */
    static List<String> lines(List<String> written, boolean namedAbove) {
        List<String> out = new ArrayList<>();
        boolean named = namedAbove;
        for (String line : written) {
            List<String> read = read(line, named);
            named |= read.stream().anyMatch(l -> l.startsWith(YOUNG_PERSON));
            out.addAll(read);
        }
        return out;
    }

    private static final String YOUNG_PERSON = "Young person's name: ";
    private static final String BORN = "Date of birth: ";

    /** Whether a line read is the note's subject named. */
    static boolean namesTheYoungPerson(String line) {
        return line.startsWith(YOUNG_PERSON);
    }

    private static List<String> read(String line, boolean named) {
        String l = line.strip();
        if (l.isEmpty() || l.contains(":") || l.endsWith("?")) {
            return List.of(line);
        }
        List<String> out = new ArrayList<>();
        StringBuilder prose = new StringBuilder(); // sentences that tell no fact, kept together as written
        boolean changed = false;
        for (String sentence : sentences(l)) {
            String s = SentenceAnswers.withoutFullStop(unbracketed(SentenceAnswers.withoutFullStop(sentence.strip())));
            String fact = s.split("\\s+").length > SHORT_SENTENCE ? null : fact(s, named);
            if (fact == null) {
                prose.append(prose.length() == 0 ? "" : " ").append(sentence.strip());
                continue;
            }
            if (prose.length() > 0) {
                out.add(prose.toString());
                prose.setLength(0);
            }
            named |= fact.startsWith(YOUNG_PERSON);
            out.addAll(List.of(fact.split("\n")));
            changed = true;
        }
        if (prose.length() > 0) {
            out.add(prose.toString());
        }
        return changed ? out : List.of(line);
    }

    /** The line's sentences, a remark in brackets after a full stop one of its own ("... worked. (dob 3/5/09)."). */
    private static List<String> sentences(String line) {
        List<String> out = new ArrayList<>();
        for (String s : SentenceAnswers.sentences(line)) {
            out.addAll(List.of(s.split("(?<=\\.)\\s+(?=\\()")));
        }
        return out;
    }

    /** A sentence said in brackets, as a remark: "(dob 25 Feb 2009)". */
    private static String unbracketed(String s) {
        return s.startsWith("(") && s.endsWith(")") && s.indexOf(')') == s.length() - 1 ? s.substring(1, s.length() - 1).strip() : s;
    }

    /** The fact a short sentence tells, as "Label: answer"; null when it tells none whole. */
    private static String fact(String s, boolean named) {
        String dated = dated(s);
        if (dated != null && dated.startsWith(BORN) && !named) {
            // the person and their birth in one sentence: "Cai Bowen, born 3 May 2009"
            String who = person(s.substring(0, s.indexOf(dated.substring(BORN.length()))));
            return who == null ? dated : YOUNG_PERSON + who + "\n" + dated;
        }
        if (dated != null) {
            return dated;
        }
        Matcher ref = REFERENCE.matcher(s);
        if (OF_A_REFERRAL.matcher(s).find() && ref.find()) {
            String code = ref.group(1);
            return ref.find() ? null : "Referral reference: " + code;
        }
        if (named) {
            return null;
        }
        String who = person(s);
        return who == null ? null : YOUNG_PERSON + who;
    }

    /** The one person's name the words hold; null for none, two, a heading in capitals or a team's or a thing's name. */
    private static String person(String words) {
        Matcher person = PERSON.matcher(words);
        if (!person.find()) {
            return null;
        }
        String name = person.group();
        if (person.find() || ALL_CAPS.matcher(name).matches()
                || SentenceAnswers.namesAThingNotAPerson(name.replace(",", ""))) {
            return null;
        }
        return name;
    }

    /**
     * A sentence with one date in it, told after a few words ("born 20.5.06", "their dob is 19-12-09", "needs a bed
     * from 6/1/27") and at most a few after it ("Born 3 May 2009 per the NHS spine"): those words and the date.
     */
    private static String dated(String s) {
        String[] words = s.split("\\s+");
        for (int from = 1; from < words.length; from++) {
            for (int k = Math.min(4, words.length - from); k >= 1; k--) {
                String date = String.join(" ", java.util.Arrays.asList(words).subList(from, from + k)).replaceAll("[.,;]+$", "");
                if (words.length - from - k > WORDS_AFTER_DATE || !isDate(date)) {
                    continue;
                }
                String label = JOINING_END.matcher(String.join(" ", java.util.Arrays.asList(words).subList(0, from)))
                        .replaceAll("").strip();
                if (BIRTH.matcher(label).find()) {
                    return BORN + date;
                }
                if (label.isEmpty() || from > LABEL_WORDS || label.matches(".*\\d.*")) {
                    return null;
                }
                return label + ": " + date;
            }
        }
        return null;
    }

    private static boolean isDate(String words) {
        return words.matches(".*\\d.*") && Dates.parse(words).isPresent();
    }
}
