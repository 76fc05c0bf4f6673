package org.ypsa.hub.domain.documents;

import static org.ypsa.hub.domain.documents.TypedValues.Kind;
import static org.ypsa.hub.domain.documents.TypedValues.kindOf;
import static org.ypsa.hub.domain.documents.TypedValues.exactFit;
import static org.ypsa.hub.domain.documents.TypedValues.fit;
import static org.ypsa.hub.domain.documents.LabelShapes.looksLikeLabelLine;
import static org.ypsa.hub.domain.documents.LabelShapes.looksLikeLabel;
import static org.ypsa.hub.domain.documents.LabelShapes.cellsOfTheirOwn;
import static org.ypsa.hub.domain.documents.LabelShapes.isWrappedLabelEnd;
import static org.ypsa.hub.domain.documents.LabelShapes.joinOpenHints;
import static org.ypsa.hub.domain.documents.LabelShapes.answerBetweenQuestions;
import static org.ypsa.hub.domain.documents.LabelShapes.MAX_TEXT_LINES;
import static org.ypsa.hub.domain.documents.TableLabels.pairKey;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ypsa.hub.domain.forms.FieldCodes;
import org.ypsa.hub.domain.forms.FormLibrary;
import org.ypsa.hub.domain.forms.FormSpec;
import org.ypsa.hub.domain.forms.Instructions;
import org.ypsa.hub.domain.forms.LabelMatcher;
import org.ypsa.hub.domain.forms.RunTogetherWords;
import org.ypsa.hub.domain.forms.Words;

/**
 * Reads a form's fields out of a document's lines of text, as the form's catalog ({@link LineQuestions}) matches them: a label alone on its
 * line with its answer under it, an answer run on over the lines under its label, a letter's headings each over its
 * answer, a form's title and its section headings over the labels (no label of their own), a label in the other
 * language over its English one. The catalog's read reads a document's entries and table rows, then hands
 * this class the document's lines; the candidates, the labels placed and the labels left unplaced are the reading's.
 * (Moved whole out of the catalog in stop 49, the methods as they were; since stop 50 it asks only {@link LineQuestions}.)
 */
final class LineReading<F extends Enum<F>> {
    /** How many of a document's first non-blank lines may be its heading ({@code opensWithTitle}). */
    static final int OPENING_LINES = 4;

    private final LineQuestions<F> catalog;
    private final FormSpec spec;
    private final LabelMatcher matcher;
    private final Map<String, F> byId;
    private final Map<F, FormSpec.FieldSpec> fieldSpecs;
    private final LineLabels<F> lineLabels;

    LineReading(LineQuestions<F> catalog, FormSpec spec, LabelMatcher matcher, Map<String, F> byId,
            Map<F, FormSpec.FieldSpec> fieldSpecs, LineLabels<F> lineLabels) {
        this.catalog = catalog;
        this.spec = spec;
        this.matcher = matcher;
        this.byId = byId;
        this.fieldSpecs = fieldSpecs;
        this.lineLabels = lineLabels;
    }

    /**
     * Reads the document's lines of text into the reading's candidates, the labels placed, the labels left unplaced
     * and the values under them (leftovers).
     */
    void read(LabelledDocument doc, List<Candidate<F>> candidates, Map<String, F> placed, Set<String> unplaced,
            Map<String, String> leftovers) {
        String[] lines = joinOpenHints(TextFields.hintsClosedOnTheNextLine(LabelShapes.joinLabelsRunOn(
                GuidanceNotes.without(DocumentMarkings.without(QuotedHeaders.without(doc.tableRows().split("\\R")))))));
        String heading = "";
        // a PDF's text breaks a table cell's answer into lines where the cell wraps; a Word paragraph or a mail's line
        // is the writer's own, and so is a row of a Word table printed to PDF read from its cells
        boolean fromPdf = doc.source() != null && doc.source().toLowerCase(Locale.ROOT).endsWith(".pdf")
                && doc.rows() == null;
        int openingLines = 0; // non-blank lines seen so far: the document's first ones are its heading
        Set<String> entryLabels = new java.util.HashSet<>();
        doc.entries().forEach(e -> entryLabels.add(asEntryLabel(e.label())));
        Set<String> sections = new java.util.HashSet<>();
        // (a table's: a question laid out as paragraphs sets its answer under it, and that is no heading)
        doc.entries().stream().filter(e -> !e.section().isBlank() && e.where() != null && e.where().startsWith("table row"))
                .forEach(e -> sections.add(asEntryLabel(e.section())));
        sections.removeAll(entryLabels);
        int answerLine = -1; // the line last read as the answer under the label line above it
        LabelsAlone linesAlone = new LabelsAlone(); // each line's labels read alone, once for the whole document
        for (int i = 0; i < lines.length && i < MAX_TEXT_LINES; i++) {
            // the line under a label that is itself the label of one of the document's own pairs (a PDF form's
            // printed labels, its values in its fields), a table row's pair ("Housing status now:<tab>homeless") or a
            // heading its table sets rows under ("Cartref / Home") is that label or heading, not this one's answer
            String next = i + 1 < lines.length && !entryLabels.contains(asEntryLabel(lines[i + 1]))
                    && !isOwnPairsRow(lines[i + 1], entryLabels) && !sections.contains(asEntryLabel(lines[i + 1]))
                    ? lines[i + 1] : "";
            boolean opening = !lines[i].isBlank() && ++openingLines <= OPENING_LINES;
            if (isTitleLine(lines[i]) || opening && opensWithTitle(lines[i]) || subjectUnderSalutation(lines, i)
                    || openingLines == 1 && !lines[i].isBlank() && isHeadingInCapitals(lines[i])) {
                continue; // "Intelligence Sharing Submission" names the form, not its "Intelligence" field
            }
            if (opening && headsTheLabels(lines, i)
                    || sections.contains(asEntryLabel(lines[i])) && !LABEL_LINE.matcher(lines[i]).find()
                            && i + 1 < lines.length && lines[i + 1].contains("\t")) {
                // rule 1: "Partner agency intel report" over the form's labels, or "Reasons and risks" over the rows
                // its table sets under it, is a heading: not the agency "intel report", nor the reason "and risks"
                // (a question over its answer, then a table, is no such heading: "Describe the incident in full")
                continue;
            }
            if (SectionHeading.is(lines[i])) {
                heading = lines[i].strip();
                if (SectionHeading.lettered(lines[i])) {
                    continue; // "A) Provider and property" is a heading, not the provider "and property"
                }
            }
            if (SectionHeading.numberedOverItsQuestions(lines, i)) {
                heading = lines[i].strip();
                continue; // "3. What happened" over "3.1 Day of incident": the section's title, no description
            }
            if (TextFields.insideAParagraph(lines, i)) {
                continue; // "The arrangement broke down because:" over bullets, in an answer: no label
            }
            if (LabelShapes.labelOverNumberedQuestion(lines[i], next)) {
                continue; // "Enw'r darparwr" over "Q1.1 Reporting organisation ...": the label in the other language
            }
            Optional<Map.Entry<F, String>> underHeading = lineLabels.shortLabelUnder(lines[i], next, heading, placed);
            if (underHeading.isPresent()) {
                candidates.add(new Candidate<>(underHeading.get().getKey(), underHeading.get().getValue(), true));
                continue;
            }
            // "Is the YP a parent? (Y/N)": the choices after a label are its hint, the answer is still to come
            String thisLine = lines[i];
            List<Map.Entry<F, String>> split = lineLabels.splitLine(lines[i], next, placed);
            // a label left open ("Information to be passed to police") awaits its answer as one ending in a colon does
            // (only a clause left open on "to be" or a preposition, and over a line that names no field of its own:
            // "Agency sending this referral to MASH" over "Statws tai / Housing status now Threatened" has no answer)
            boolean leftOpen = split.size() == 1 && labelRunsOn(split.get(0).getKey(), thisLine, split.get(0).getValue())
                    && CLAUSE_LEFT_OPEN.matcher(split.get(0).getValue().strip()).find()
                    && linesAlone.of(next).isEmpty();
            List<Map.Entry<F, String>> found = split.stream()
                    .map(e -> FieldValues.isChoicesOnly(e.getValue()) ? Map.entry(e.getKey(), "") : e)
                    // "Presenting agency / referrer": words of the label's own question after it are no answer, the
                    // answer is still to come on the line under it
                    .map(e -> echoesItsQuestion(e.getKey(), e.getValue()) ? Map.entry(e.getKey(), "") : e)
                    // "Risk of concern - please describe": how to answer it, the answer under it
                    .map(e -> Instructions.isOnlyOne(e.getValue()) ? Map.entry(e.getKey(), "") : e)
                    .map(e -> labelRunsOn(e.getKey(), thisLine, e.getValue()) ? Map.entry(e.getKey(), "") : e)
                    .map(e -> asksAsAWhole(e.getKey(), thisLine, e.getValue(), next, linesAlone)
                            ? Map.entry(e.getKey(), "") : e)
                    .toList();
            if (found.size() == 1 && coordinatedHeading(thisLine, found.get(0).getValue())) {
                // "5) Why, and risks", "REASON / RISKS": a heading over two things, not the reason "risks" (over the
                // field's own label, "Presenting need (full details)", the heading is no label at all); the words after
                // the join are the label's own ("Consent to share & refer"), its answer (if any) under it
                if (namesTheSameField(found.get(0).getKey(), next.strip())) {
                    continue;
                }
                found = List.of(Map.entry(found.get(0).getKey(), ""));
            }
            if (otherLanguageOver(lines[i], found, next, linesAlone)) {
                continue; // rule 4: "Risg na ellir ei rheoli" over "Risk we are unable to manage ...": one label
            }
            int wrapped = fromPdf ? wrappedLines(lines, i, found) : 0;
            if (wrapped > 0) {
                found = new ArrayList<>(found);
                StringBuilder whole = new StringBuilder(found.get(found.size() - 1).getValue());
                for (int j = i + 1; j <= i + wrapped; j++) {
                    whole.append(' ').append(lines[j].strip());
                }
                found.set(found.size() - 1, Map.entry(found.get(found.size() - 1).getKey(), whole.toString()));
            }
            // (the label's last words may stand before the box: "Kind of incident it was ☐ Violence")
            if (found.size() == 1 && TickList.isBoxLine(TickList.fromItsBox(found.get(0).getValue()))) {
                // a label printed beside the middle of a tick list laid out a box to a line ("☐ Missing" /
                // "Kind of incident ☐ Violence" / "☒ Other"): the boxes above and below it are its answers too
                int top = i;
                while (top > 0 && TickList.isBoxLine(lines[top - 1])) {
                    top--;
                }
                int bottom = i;
                while (bottom + 1 < lines.length && TickList.isBoxLine(lines[bottom + 1])) {
                    bottom++;
                }
                if (top < i || bottom > i) {
                    List<String> list = new ArrayList<>();
                    for (int j = top; j <= bottom; j++) {
                        list.add(j == i ? TickList.fromItsBox(found.get(0).getValue()) : lines[j].strip());
                    }
                    found = List.of(Map.entry(found.get(0).getKey(), String.join("\n", list)));
                }
            }
            if (i == answerLine) {
                // "Team" / "Children Looked After Team": the line read as the answer under the label above is not
                // also a label of a typed field whose value its other words are not ("Children" a parent, "Looked
                // After Team" no yes or no), and a sentence answering it ("Work done to prevent homelessness" /
                // "Housing options gave advice; mum refused.") is no label at all ("Housing" a housing need)
                // (nor, under a label that asked with a colon, a question mark or a star, a free-text field's label:
                // "Referrer job title:" / "Housing Options Officer" is no housing need "Options Officer")
                boolean asked = i > 0 && lines[i - 1].strip().matches(".*[:?*]$") && !lines[i].contains(":");
                found = lineLabels.isSentenceAnswer(lines[i]) ? List.of()
                        : found.stream().filter(lv -> !typedButUnfit(lv.getKey(), lv.getValue()))
                                .filter(lv -> !(asked && isText(lv.getKey()))).toList();
            }
            if (isOwnPairsRow(lines[i], entryLabels) && FieldValues.isBlank(lines[i].substring(lines[i].indexOf('\t')))) {
                // "WORKER'S EMAIL – SECURE ADDRESS" | (empty): the table's own row says the answer cell was left empty,
                // so the label cell's hint after its dash is no email, date or choice
                found = found.stream().map(lv -> typedButUnfit(lv.getKey(), lv.getValue()) ? Map.entry(lv.getKey(), "")
                        : lv).toList();
            }
            for (Map.Entry<F, String> lv : found) {
                candidates.add(new Candidate<>(lv.getKey(), lv.getValue(), true));
            }
            if (wrapped > 0) {
                i += wrapped;
                continue;
            }
            // a label alone on its line, its value on the next: read with less trust (checked against its type)
            // (a label that ends in "?" or ":" awaits its answer even when the answer reads like a label: "Threatened")
            // a required-field star ends a label as a colon does ("Incident description *" / "Police arrested ...")
            boolean asks = (lines[i].strip().endsWith("?") || lines[i].strip().endsWith(":") || lines[i].strip().endsWith("*")
                    || leftOpen) && !lines[i].contains("\t");
            String nextTrim = next.strip();
            boolean nextAsks = nextTrim.endsWith("?") || nextTrim.endsWith(":");
            // a label with a blank line before it and one line under it before the next blank line: that line is
            // its answer, even when it reads like a label ("Role" / "Social Worker" / "")
            boolean framed = (i == 0 || lines[i - 1].isBlank()) && (i + 2 >= lines.length || lines[i + 2].isBlank())
                    && !nextAsks && !next.contains("\t") && !lines[i].contains("\t");
            if (found.isEmpty() && !next.isBlank() && (framed || asks && !nextAsks) && looksLikeLabelLine(lines[i])) {
                // a label alone on its line with its answer under it, that names no field: named to the sender
                String alone = lines[i].replace('\u00a0', ' ').strip().replaceAll("[:*\\s]+$", "").replaceAll("\\s+", " ");
                unplaced.add(alone);
                leftovers.putIfAbsent(alone, next.strip());
            }
            // words after a date's or a time's label that are no date or time ("Date and time it all happened"), after
            // a choice's label that are none of its answers ("Housing" / "status now"), or a word or two of a typed
            // field's label ("Severity rating") are the rest of the label: the line under it that is one is its answer
            if (found.size() == 1 && !found.get(0).getValue().isBlank() && !next.isBlank()
                    && !readsAsTyped(found.get(0).getKey(), found.get(0).getValue())
                    && (isTemporal(found.get(0).getKey())
                            || (isChoice(found.get(0).getKey()) || isYesNo(found.get(0).getKey())) && !next.contains(":")
                                    && !nextTrim.endsWith("?")
                            || labelWordsOverAnswer(found.get(0).getValue(), next))
                    && readsAsTyped(found.get(0).getKey(), next)) {
                candidates.add(new Candidate<>(found.get(0).getKey(), next.trim(), true));
            }
            // a line that asks a question ("Who was involved?") is the next label, not this one's answer
            boolean nextIsQuestion = nextTrim.endsWith("?");
            if (found.size() == 1 && found.get(0).getValue().isBlank() && nextIsQuestion && i + 2 < lines.length
                    && linesAlone.of(next).isEmpty() && lineLabels.looksLikeAnswer(lines[i + 2])) {
                // a heading naming a field with a question under it that names none ("YOUNG PERSON" / "Who was
                // involved?"): the question asks for the heading's field, and its answer is under it
                candidates.add(new Candidate<>(found.get(0).getKey(), lines[i + 2].trim(), true));
            }
            if (found.size() == 1 && found.get(0).getValue().isBlank() && i + 2 < lines.length
                    && namesTheSameField(found.get(0).getKey(), nextTrim) && lineLabels.looksLikeAnswer(lines[i + 2])) {
                // a heading naming a field with that field's label under it in small letters ("YP" / "name of the
                // young person" / the name): the answer is under the label, the label is no answer
                int goesOn = wrappedUnder(fromPdf, found.get(0).getKey(), lines, i + 2);
                String answer = withLinesAfter(lines[i + 2].trim(), lines, i + 2, goesOn);
                candidates.add(new Candidate<>(found.get(0).getKey(), answer, true));
                // the label under the heading is done; the answer is read on as the line under a label (answerLine),
                // or, when it wrapped, it and the lines it wrapped onto are done too
                answerLine = i + 2;
                i = goesOn == 0 ? i + 1 : i + 2 + goesOn;
                continue;
            }
            if (found.size() == 1 && found.get(0).getValue().isBlank() && !next.isBlank() && !nextIsQuestion
                    && !SectionHeading.is(next)
                    && (linesAlone.of(next).isEmpty() || readsAsTyped(found.get(0).getKey(), next)
                            || lineLabels.isSentenceAnswer(next)
                            || framed
                            || wordingAnsweringBetweenLabels(found.get(0).getKey(), lines, i, next, linesAlone)
                            || answerOpeningLikeALabel(found.get(0).getKey(), lines, i, next, linesAlone)
                            || asks && !nextAsks && !next.contains("?") && !next.contains(":") && !next.contains("\t"))) {
                // the next boxes' labels and answers a PDF flattened onto the same line
                List<Map.Entry<F, String>> boxes = lineLabels.boxesOnTheLine(found.get(0).getKey(), answerUnder(lines, i + 1));
                String answer = boxes.get(0).getValue();
                for (Map.Entry<F, String> box : boxes.subList(1, boxes.size())) {
                    candidates.add(new Candidate<>(box.getKey(), box.getValue(), true));
                }
                int end = i + 1;
                if (isText(found.get(0).getKey()) && !answer.contains("\n") && TextFields.startsARunningAnswer(answer)) {
                    // "Reason for referral" / a sentence / bullets and sentences under it: the answer goes on
                    StringBuilder more = new StringBuilder(answer);
                    while (end + 1 < lines.length && end - i < MAX_ANSWER_LINES && TextFields.runsOn(lines, end + 1)) {
                        more.append('\n').append(lines[++end].strip());
                    }
                    answer = more.toString();
                }
                int goesOn = wrappedUnder(fromPdf, found.get(0).getKey(), lines, end);
                answer = withLinesAfter(answer, lines, end, goesOn);
                end += goesOn;
                candidates.add(new Candidate<>(found.get(0).getKey(), answer, true));
                answerLine = i + 1;
                if (end > i + 1 || answerOpeningLikeALabel(found.get(0).getKey(), lines, i, next, linesAlone)) {
                    i = end; // (an answer opening like a label is not read again as one: "Youth Justice" no offending)
                }
            } else if (found.size() == 1 && found.get(0).getValue().isBlank() && next.isBlank() && i + 2 < lines.length
                    && isText(found.get(0).getKey()) && !lines[i].contains("\t") && lineLabels.isSentenceAnswer(lines[i + 2])) {
                // a text field's label alone, a blank line, then a sentence of its own ("Presenting issue" / "" / "Mum
                // asked her to leave after ..."): the sentence is its answer, as if the blank line were not there
                int goesOn = wrappedUnder(fromPdf, found.get(0).getKey(), lines, i + 2);
                String answer = withLinesAfter(answerUnder(lines, i + 2), lines, i + 2, goesOn);
                candidates.add(new Candidate<>(found.get(0).getKey(), answer, true));
                answerLine = i + 2;
                i += 2 + goesOn;
            } else if (found.size() == 1 && found.get(0).getValue().isBlank() && !next.isBlank() && !nextIsQuestion
                    && answerBetweenQuestions(next, i + 2 < lines.length ? lines[i + 2] : "")) {
                // questions with the answer under each ("12 Team you are in" / "CAMHS Crisis Team" / "13 Email:"): the
                // unmarked line between two labels is the first one's answer, even when it starts like a label
                int goesOn = wrappedUnder(fromPdf, found.get(0).getKey(), lines, i + 1);
                String answer = withLinesAfter(answerUnder(lines, i + 1), lines, i + 1, goesOn);
                candidates.add(new Candidate<>(found.get(0).getKey(), answer, true));
                i += 1 + goesOn;
            }
        }
    }

    // asked of the catalog, which reads a document's entries by them too
    private Optional<F> match(String label) {
        return catalog.match(label);
    }

    private boolean isText(F field) {
        return catalog.isText(field);
    }

    private boolean isTemporal(F field) {
        return catalog.isTemporal(field);
    }

    private boolean namesTheSameField(F field, String line) {
        return catalog.namesTheSameField(field, line);
    }

    private boolean echoesItsQuestion(F field, String value) {
        return catalog.echoesItsQuestion(field, value);
    }

    /**
     * The labels of a line read alone (no line under it, no label placed yet), each line matched against the wordings
     * once in a document's reading: the line loop, the letter's headings ({@link #answerOpeningLikeALabel},
     * {@link #asksAsAWhole}) and the other checks of the line under a label ask the same of the same line. One a
     * reading (a catalog serves readings at once).
     */
    private final class LabelsAlone {
        private final Map<String, List<Map.Entry<F, String>>> read = new java.util.HashMap<>();

        List<Map.Entry<F, String>> of(String line) {
            return read.computeIfAbsent(line, l -> lineLabels.splitLine(l, "", new LinkedHashMap<>()));
        }
    }

    /**
     * The answer on the line under a label: that line, or when it is one box of a tick list laid out a box to a line
     * ("[ ] Low" / "[x] High" / ...), all the list's lines, so that the box marked is read and not the first one.
     */
    private static String answerUnder(String[] lines, int at) {
        int end = at + 1;
        while (end < lines.length && TickList.isListOfLines(lines[end - 1] + "\n" + lines[end])) {
            end++;
        }
        return end - at < 2 ? lines[at].trim()
                : String.join("\n", java.util.Arrays.asList(lines).subList(at, end)).trim();
    }

    /** Whether the line is a table row's text whose first cell is one of the document's own pairs' labels. */
    private static boolean isOwnPairsRow(String line, Set<String> entryLabels) {
        int tab = line.indexOf('\t');
        return tab > 0 && entryLabels.contains(asEntryLabel(line.substring(0, tab)));
    }

    private static String asEntryLabel(String label) {
        return label == null ? "" : label.replace('\u00a0', ' ').strip().replaceAll("[\\s:*?.]+$", "").replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    /** A line a PDF broke mid-sentence: it ends in a word or a comma, no stop, colon or question mark. */
    private static final java.util.regex.Pattern BROKEN_OFF = java.util.regex.Pattern.compile(".*[\\p{Ll},]$");

    /** A line that goes on with the sentence above it: it starts with a small letter. */
    private static final java.util.regex.Pattern GOES_ON = java.util.regex.Pattern.compile("^\\p{Ll}.*");

    /**
     * How many lines after a text field's answer line of a PDF's text carry on its sentence, as the page wrapped it
     * ("... comes back with injuries he will" / "not explain. Our staffing ..."): the line above breaks off in a word
     * with no stop, the line starts with a small letter, has no colon or tab of a label and names no field.
     */
    private int wrappedUnder(boolean fromPdf, F field, String[] lines, int at) {
        return !fromPdf || !isText(field) ? 0 : linesCarryingOn(lines, at, (before, l) -> BROKEN_OFF.matcher(before.strip())
                .matches() && GOES_ON.matcher(l).matches() && !l.contains(":") || goesOnAsProse(before, l));
    }

    /** A sentence's subject and its verb: "Staff have seen", "The car was", "Leah has". */
    private static final java.util.regex.Pattern SUBJECT_AND_VERB = java.util.regex.Pattern.compile(
            "^\\p{Lu}\\S*(?:\\s+\\S+){0,2}?\\s+(?:" + org.ypsa.hub.domain.forms.Words.AUXILIARY + ")\\s.*");
    /** A line of prose holds at least this many words. */
    private static final int PROSE_WORDS = 8;

    /**
     * Whether a line of a PDF's text goes on with the paragraph above it though a sentence ended at the line's break: the
     * line above ends in a full stop, and this one is a long sentence of its own, no colon in it, its subject and verb
     * at its start ("Staff have seen the same car parked on Banbury Lane on two earlier evenings ... Leah has a"), ending
     * in a full stop or broken off, never a question or a label's hint.
     */
    private static boolean goesOnAsProse(String before, String l) {
        return before.strip().matches(".*[.!][\"”']?$") && !l.contains(":")
                && l.split("\\s+").length >= PROSE_WORDS && SUBJECT_AND_VERB.matcher(l).matches()
                // (a label asks, or ends in its hint: "Why the provider is unable to manage the risk (staffing, skills)")
                && l.matches(".*(?:[.!]|[\\p{Ll},])$") && !QUESTION_WORD.matcher(l).matches();
    }

    /** A line opening with a question's word asks, as a label does: "Why the provider is unable to ...". */
    private static final java.util.regex.Pattern QUESTION_WORD = java.util.regex.Pattern.compile(
            "(?i)^(?:why|what|how|when|where|who|whom|whose|which|is|are|was|were|has|have|do|does|did|can|could|would"
            + "|should|will)\\b.*");

    /** The answer on line {@code at} with the {@code n} lines after it joined on, as one line of text. */
    private static String withLinesAfter(String answer, String[] lines, int at, int n) {
        StringBuilder out = new StringBuilder(answer);
        for (int j = at + 1; j <= at + n; j++) {
            out.append(' ').append(lines[j].strip());
        }
        return out.toString();
    }

    /** At most this many lines under a row of a two-column table are its answer wrapped. */
    private static final int WRAPPED_LINES = 6;

    /**
     * How many lines under a line of text carry on the text answer at its end, as a PDF's text gives an answer wrapped
     * in the right-hand column of a table ("Location of activity 14 Quay Street, " / "Banbury, OX16 1AA"): the line
     * breaks after a space or a comma, or mid-sentence with the next line going on in small letters ("... and there
     * is" / "no room for Nadia", a page that keeps no space at a wrap), and the next line is no label of the form, no heading and no question, and
     * holds no required-field star of a label wrapped beside it.
     */
    private int wrappedLines(String[] lines, int at, List<Map.Entry<F, String>> found) {
        if (found.isEmpty() || FieldValues.isBlank(found.get(found.size() - 1).getValue())) {
            return 0;
        }
        FormSpec.FieldSpec s = fieldSpecs.get(found.get(found.size() - 1).getKey());
        if (s == null || s.type() != org.ypsa.hub.domain.forms.FieldType.TEXT
                && s.type() != org.ypsa.hub.domain.forms.FieldType.NARRATIVE) {
            return 0;
        }
        return linesCarryingOn(lines, at, (before, l) -> (before.endsWith(" ") || before.stripTrailing().endsWith(",")
                        || BROKEN_OFF.matcher(before.strip()).matches() && GOES_ON.matcher(l).matches())
                && !l.isEmpty() && !l.endsWith(":") && !l.matches("[^:]{1,60}:\\s.*")
                // a required-field star standing alone is a label's, wrapped beside the answer ("intelligence * urgent.")
                && !l.matches("(.*\\s)?\\*(\\s.*)?") && !SectionHeading.is(l) && !isTitleLine(l));
    }

    /**
     * How many lines after line {@code at} carry on its answer, as a PDF wrapped it: each breaks off from the line
     * above and goes on ({@code goesOn}, given the line above as written and the line stripped), and none is a
     * question, a table's row or a label of the form.
     */
    private int linesCarryingOn(String[] lines, int at, java.util.function.BiPredicate<String, String> goesOn) {
        int n = 0;
        for (int j = at + 1; j < lines.length && n < WRAPPED_LINES; j++) {
            String before = lines[j - 1].replace('\u00a0', ' ');
            String l = lines[j].replace('\u00a0', ' ').strip();
            if (!goesOn.test(before, l) || l.endsWith("?") || l.contains("\t")
                    || !goesOnAsProse(before, l) && !lineLabels.splitLine(l, "", new LinkedHashMap<>()).isEmpty()) {
                break;
            }
            n++;
        }
        return n;
    }

    /** A whole line that reads as a typed field's value ("Homeless tonight" for a choice), not a label of its own. */
    /** At most this many lines under a label alone on its line are its answer run on. */
    private static final int MAX_ANSWER_LINES = 30;

    /** Whether the field has a type (a yes/no, a date, a choice) that the nonblank value does not fit. */
    private boolean typedButUnfit(F field, String value) {
        FormSpec.FieldSpec s = fieldSpecs.get(field);
        return s != null && !s.type().isText() && !FieldValues.isBlank(value) && fit(s, value.strip()).isEmpty();
    }

    private boolean readsAsTyped(F field, String line) {
        FormSpec.FieldSpec s = fieldSpecs.get(field);
        return s != null && !s.type().isText()
                && s.type() != org.ypsa.hub.domain.forms.FieldType.REFERENCE && fit(s, line.strip()).isPresent();
    }

    /**
     * One of a document's first lines that starts with the first two words of one of the form's titles and goes on
     * in words of its own, with no colon, question mark or tab ("Information sharing with the police", "Information
     * sharing form (police)" for the title "Information sharing submission"): the form's heading in the sender's
     * words, not its first word as a label ("Information") with the rest as that field's value. Titles whose first
     * two words are not both words of four letters or more ("unable to ...") do not count.
     */
    boolean opensWithTitle(String line) {
        String t = line.replace('\u00a0', ' ').strip();
        if (t.isEmpty() || t.split("\\s+").length > 10 || t.contains(":") || t.contains("?") || t.contains("\t")) {
            return false;
        }
        String[] words = t.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+");
        int from = words.length > 0 && words[0].isEmpty() ? 1 : 0;
        if (words.length - from < 2) {
            return false;
        }
        for (String title : spec.titles()) {
            String[] tw = title.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+");
            if (tw.length >= 2 && tw[0].length() >= 4 && tw[1].length() >= 4
                    && tw[0].equals(words[from]) && tw[1].equals(words[from + 1])) {
                return true;
            }
        }
        return false;
    }

    /**
     * A document's first line set in capitals, three words or more with no colon, question mark, tab or digit
     * ("PROVIDER CANNOT ACCEPT - RISK RESPONSE"): its heading in the sender's words, not the label "Provider" and the
     * answer "cannot accept - risk response".
     */
    static boolean isHeadingInCapitals(String line) {
        String t = line.replace('\u00a0', ' ').strip();
        if (t.contains(":") || t.contains("?") || t.contains("\t") || t.matches(".*\\d.*")
                || t.split("\\s+").length < 3 || t.split("\\s+").length > 12) {
            return false;
        }
        String letters = t.replaceAll("[^\\p{L}]", "");
        return letters.length() >= 8 && letters.equals(letters.toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * Whether a line is a label in another language over its English one (rule 4): a line with no label's mark, read
     * as one field's label and a value, whose line is all Welsh or whose value holds no word of the form, over a line
     * opening with a label of the same field ("Risg na ellir ei rheoli" over "Risk we are unable to manage safely
     * History of ..."). The line is that label's other half, not a label and its answer. Safety: tuned9 routed "na
     * ellir ei rheoli" as the risk a provider could not manage.
     */
    private boolean otherLanguageOver(String line, List<Map.Entry<F, String>> found, String next,
            LabelsAlone linesAlone) {
        if (found.size() != 1 || next.isBlank() || LABEL_LINE.matcher(line).find()
                || FieldValues.isBlank(found.get(0).getValue())) {
            return false;
        }
        String value = found.get(0).getValue();
        if (!Words.allWelsh(line) && (value.matches(".*\\d.*")
                || Words.asWritten(value).stream().anyMatch(matcher::knows))) {
            return false;
        }
        // (the next line is the English label with its answer, not the answer alone: "Homeless / at risk" over "Homeless")
        return linesAlone.of(next).stream().findFirst()
                .filter(e -> e.getKey() == found.get(0).getKey() && !FieldValues.isBlank(e.getValue())
                        && !e.getValue().strip().equalsIgnoreCase(next.strip())).isPresent();
    }

    /** The nouns a form's title calls the document by. */
    private static final Pattern DOCUMENT_NOUN = Pattern.compile(
            "(?i)\\b(?:form|report|submission|referral|request|notification|notice|return|record|share|sharing)\\b");

    /** A line of a label and its answer, or asking for one: a colon, a tab, a question mark. */
    private static final Pattern LABEL_LINE = Pattern.compile("[:\t?]");

    /**
     * Whether the line at {@code i}, one of the document's first, is the form's title in the sender's own words: a
     * few words calling the document a form, a report, a submission ("Partner agency intel report", "Sharing
     * information with the police - partner form (v2)", "Partner information submission to Thames Valley Police"),
     * with no label's mark, no figure outside a bracket and no field's own wording, under no label and over the
     * form's labels (a label's colon, or a field's label alone on its line with a required field's star) or a heading. Safety:
     * tuned11 and tuned14 routed "partner form (v2)" and "Thames Valley Police" as the information, "intel report" as
     * the agency; tuned15 "Partner Submission Form" (under "Shared Intelligence - ", over "Agency you are from *").
     */
    private static final int MAX_LABEL_ALONE_WORDS = 8;

    /** A question numbered by its section, its words after the number: "1.1 Name of YP referred". */
    private static final Pattern SECTION_NUMBERED = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\s+(\\p{L}.{0,80})");

    private boolean headsTheLabels(String[] lines, int i) {
        String t = lines[i].replace('\u00a0', ' ').strip();
        if (t.isEmpty() || LABEL_LINE.matcher(t).find() || t.split("\\s+").length > 10
                || t.replaceAll("\\([^()]*\\)", "").matches(".*\\d.*") || !DOCUMENT_NOUN.matcher(t).find()
                || matcher.exactly(t).isPresent()) {
            return false;
        }
        for (int j = 0; j < i; j++) {
            if (LABEL_LINE.matcher(lines[j]).find() && !lines[j].strip().startsWith(">")) {
                return false; // under a label: a line of the form, not its title
            }
        }
        for (int j = i + 1; j < lines.length; j++) {
            String next = lines[j].replace('\u00a0', ' ').strip();
            if (next.isEmpty()) {
                continue;
            }
            String letters = next.replaceAll("[^\\p{L}]", "");
            // (or a field's label alone on its line, a required one's star after it: "Agency you are from *"; a line of a
            // label and its answer is none: "Organisation submitting form Oxford Youth Trust" is the form's agency)
            // (or a question numbered by its section naming a field: "1.1 Name of YP referred", a case print's first)
            Matcher numbered = SECTION_NUMBERED.matcher(next);
            return LABEL_LINE.matcher(next).find() || SectionHeading.is(next) || labelDashAnswer(next)
                    || numbered.matches() && matcher.match(numbered.group(1)).isPresent() || next.endsWith("*")
                    && next.split("\\s+").length <= MAX_LABEL_ALONE_WORDS
                    && matcher.match(next.replaceAll("[\\s*]+$", "")).isPresent()
                    || !letters.isEmpty() && letters.equals(letters.toUpperCase(Locale.ROOT)) && next.split("\\s+").length <= 6
                            && !next.matches(".*\\d.*") // a heading in capitals, not a reference ("YPSA-2NK9E-KDJYT")
                    || gradedReportHeading(next);
        }
        return false;
    }

    /**
     * A line of a field's label, a spaced dash and its answer, as a form typed into a mail has it: "Agency submitting
     * (if known) - Adolescent Team (South)". The words before the dash name a field, whole.
     */
    private boolean labelDashAnswer(String line) {
        return org.ypsa.hub.domain.forms.Instructions.Dashed.of(line)
                .filter(d -> d.head().split("\\s+").length <= MAX_LABEL_ALONE_WORDS && !d.restIsAHint())
                .flatMap(d -> matcher.match(d.head())).filter(m -> m.score() >= 1).isPresent();
    }

    /** A word with a figure in it: a grading scheme's name ("3x5x2", "5x5x5"), a version ("v2"). */
    private static final Pattern WORD_WITH_A_FIGURE = Pattern.compile("\\S*\\d\\S*");

    /**
     * A heading in capitals that calls the document a report or a submission, its figures only in a word of their own
     * (the police's "INTELLIGENCE REPORT (3x5x2)", "5x5x5 INTELLIGENCE REPORT"): the form's heading, so the line over
     * it ("Information Report to Police/Partners") is the form's title, never the information and its answer.
     */
    private static boolean gradedReportHeading(String line) {
        String words = WORD_WITH_A_FIGURE.matcher(line).replaceAll(" ").strip();
        String letters = words.replaceAll("[^\\p{L}]", "");
        return letters.length() >= 8 && letters.equals(letters.toUpperCase(Locale.ROOT)) && line.split("\\s+").length <= 6
                && DOCUMENT_NOUN.matcher(words).find();
    }

    /**
     * A short line naming the form by one of its titles: the form's heading, not a label and its value. A field's
     * wording asked of the form's subject ("Description of the safeguarding incident", "Date and time of this
     * incident report") is that field's label, not the title: the words before "of" name a field and no document.
     */
    boolean isTitleLine(String line) {
        String t = line.replace('\u00a0', ' ').strip();
        if (t.isEmpty() || t.split("\\s+").length > 10) {
            return false;
        }
        String n = org.ypsa.hub.domain.Labels.normalize(t);
        return spec.titles().stream().map(org.ypsa.hub.domain.Labels::normalize)
                .anyMatch(x -> !x.isEmpty() && n.contains(x)) && !asksAFieldOfTheSubject(t);
    }

    /** "Description of the safeguarding incident": a field's wording, then "of" (the, this, a), then a title. */
    private boolean asksAFieldOfTheSubject(String line) {
        String spaced = line.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        for (String title : spec.titles()) {
            String words = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
            Matcher m = Pattern.compile("^(.+?) of (?:(?:the|this|that|a|an) )?" + Pattern.quote(words) + "\\b")
                    .matcher(spaced);
            if (m.find() && !DOCUMENT_NOUN.matcher(m.group(1)).find() && matcher.match(m.group(1)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The words joining two things a heading names: "and", "&", "or", a slash, a comma. */
    private static final Pattern COORDINATED = Pattern.compile(
            "(?i)^(.*\\p{L}.*?)\\s*(?:,\\s*)?(?:(?:,|/|&|\\band\\b|\\bor\\b)\\s*)+$");

    /**
     * A line of a word or two joined to a field's label by "and", "&", "or", a slash or a comma, with no colon, question
     * mark or tab ("5) Why, and risks", "REASON / RISKS"): a section's heading naming the two things under it, and the
     * word after the join no answer of the field the first names. Safety: t15 referrals routed the reason "risks".
     */
    static boolean coordinatedHeading(String line, String value) {
        String v = value == null ? "" : value.strip().replaceFirst("(?i)^(?:and|or|&|/)\\s+", "");
        String l = Words.withoutNumber(line == null ? "" : line.replace('\u00a0', ' ').strip()).strip()
                .replaceAll("[.*]+$", "").strip();
        if (v.isEmpty() || v.split("\\s+").length > 3 || v.matches("(?s).*[\\d:?].*") || l.matches("(?s).*[:?\t].*")
                || !l.toLowerCase(Locale.ROOT).endsWith(v.toLowerCase(Locale.ROOT))) {
            return false;
        }
        return COORDINATED.matcher(l.substring(0, l.length() - v.length())).matches();
    }

    /**
     * Whether the line under a text field's label alone is its answer though its words are the whole of another
     * field's wording ("Referrer job title" / "Leaving Care PA" / "Referring organisation name"): it has no label's
     * mark, and the line under it is a label again, so as a label it would stand unanswered between two labels. A
     * role, a team or a service is often called by the words a form names its worker by.
     */
    private boolean wordingAnsweringBetweenLabels(F field, String[] lines, int i, String next, LabelsAlone linesAlone) {
        String n = next.replace('\u00a0', ' ').strip();
        if (!isText(field) || i + 2 >= lines.length || n.isEmpty() || LABEL_LINE.matcher(n).find() || n.endsWith("*")) {
            return false;
        }
        Optional<F> other = matcher.exactly(n).map(byId::get);
        if (other.isEmpty() || other.get() == field) {
            return false;
        }
        String after = lines[i + 2].replace('\u00a0', ' ').strip();
        List<Map.Entry<F, String>> asLabel = linesAlone.of(after);
        return !asLabel.isEmpty() && (FieldValues.isBlank(asLabel.get(0).getValue()) || LABEL_LINE.matcher(after).find());
    }

    /**
     * Whether the line under a free-text field's label alone is its answer though its first words are some label's:
     * a letter's headings each over its answer, with no blank line or mark between them ("Referrer team" / "Youth
     * Justice Service" / "Your email address", "Is the YP safe tonight" / "Rashid is staying at an address linked to
     * ..." / "Self-harm"). The line has no label's mark, opens with no field's very wording, and its words after the
     * label they open with go on (so it is no label left unanswered, as "Role" / "Email" on a blank form are), and
     * the line under it is a label alone again.
     */
    private boolean answerOpeningLikeALabel(F field, String[] lines, int i, String next, LabelsAlone linesAlone) {
        String n = next.replace('\u00a0', ' ').strip();
        if (!isText(field) || i + 2 >= lines.length || n.isEmpty() || LABEL_LINE.matcher(n).find() || n.endsWith("*")
                || n.endsWith(",") || SectionHeading.is(n)) {
            return false;
        }
        List<Map.Entry<F, String>> asLabel = linesAlone.of(n);
        if (asLabel.size() != 1 || FieldValues.isBlank(asLabel.get(0).getValue())) {
            return false;
        }
        String labelWords = n.substring(0, Math.max(0, n.length() - asLabel.get(0).getValue().strip().length())).strip();
        if (labelWords.isEmpty() || matcher.exactly(labelWords).isPresent()) {
            return false; // "Full name Kian Lee" under a heading: a label of its own and its answer
        }
        String after = lines[i + 2].replace('\u00a0', ' ').strip();
        List<Map.Entry<F, String>> then = linesAlone.of(after);
        // (headings in capitals over answers in small letters: "POSITION" / "YOS Officer" / "REFERRING ORGANISATION NAME")
        boolean headingsInCapitals = inCapitals(lines[i]) && inCapitals(after) && !inCapitals(n);
        return !then.isEmpty() && (FieldValues.isBlank(then.get(0).getValue()) || headingsInCapitals)
                && !after.contains("\t");
    }

    private static boolean inCapitals(String line) {
        return line.matches(".*\\p{Lu}.*") && !line.matches(".*\\p{Ll}.*");
    }

    /** A letter's salutation: "Dear Brokerage,", "To the Brokerage team,". */
    private static final Pattern SALUTATION = Pattern.compile("(?i)^(?:dear|to)\\s.{1,60},$");

    /** At most this many words in a letter's subject line under its salutation. */
    private static final int MAX_SUBJECT_WORDS = 10;

    /**
     * Whether the line is a letter's subject under its salutation ("Dear Brokerage," / "Young Person Accommodation
     * Referral - URGENT", "Urgent Housing Support Referral (16+)"): the letter's heading, not a label and its answer
     * ("Referral" no reason, "Urgent" no safety concern). A line with a colon or a sentence is the letter's own.
     */
    private static boolean subjectUnderSalutation(String[] lines, int i) {
        int above = i - 1;
        while (above >= 0 && lines[above].isBlank()) {
            above--;
        }
        String l = lines[i].replace('\u00a0', ' ').strip();
        return above >= 0 && SALUTATION.matcher(lines[above].replace('\u00a0', ' ').strip()).matches() && !l.isEmpty()
                && !l.contains(":") && !l.contains("\t") && !l.endsWith(".") && !l.endsWith("?")
                && l.split("\\s+").length <= MAX_SUBJECT_WORDS;
    }

    /** A label's mark or a dash between a label and its answer. */
    private static final Pattern MARK_OR_DASH = Pattern.compile("[:?\\t*\u2013\u2014]|\\s-\\s");

    /** A clause that goes on describing a label's noun: a word in -ing or a relative word, in small letters. */
    private static final Pattern CLAUSE_OPENING = Pattern.compile("^(?:\\p{Ll}+ing|who|that|which|whose|where|when)\\s");

    /**
     * Words that leave a label's clause open: "to be" after its noun ("Information to be passed to police"), or a
     * preposition at its end that the next line must close ("Location the information relates to").
     */
    private static final Pattern CLAUSE_LEFT_OPEN = Pattern.compile(
            "^to be\\s|\\s(?i:to|of|for|from|with|by|at|in|on|about|into)$");

    /**
     * Whether the words after a free-text field's label are the label going on, not its answer: a line with no label's
     * mark whose words after the label are a clause about its noun ("Agency sending this referral to MASH", "Worker
     * submitting the form", "Person who is referring", "Scheme where it happened"), or that leave its clause open
     * ("Information to be passed to police", "Location the information relates to": rule 2, the answer is on the
     * lines under it); an answer after a bare label does not open so ("Agency Shelter Cymru", "Concerns none known").
     * Safety: tuned11 routed "to be passed to police" as the information and "the information relates to" as the
     * location.
     */
    private boolean labelRunsOn(F field, String line, String value) {
        FormSpec.FieldSpec s = fieldSpecs.get(field);
        String v = value == null ? "" : value.strip();
        return s != null && s.type().isText() && !MARK_OR_DASH.matcher(line).find() && v.split("\\s+").length >= 2
                && (CLAUSE_OPENING.matcher(v).find() || CLAUSE_LEFT_OPEN.matcher(v).find());
    }

    /** A question word opening a line: "Why the YP needs a placement", "What has led to this request". */
    private static final Pattern QUESTION_OPENING = Pattern.compile("(?i)^(?:why|what|how|when|who|where|which)\\s");

    /** At most this many words after a question's label are still its words (the question as a whole). */
    private static final int MAX_QUESTION_REST = 6;

    /**
     * Whether a line opening with a question word, with no mark, is a free-text field's question as a whole, its answer
     * on the line under it ("Why the YP needs a placement" / "Idris was locked out ...", "WHAT HAS LED TO THIS
     * REQUEST" / ...): the words after the label they open with ("YP needs a placement") are the question's, not its
     * answer. Only over a line that opens as an answer of its own, a sentence or no label; a hurried "why referral
     * mum kicked him out" over the next label keeps its answer.
     */
    private boolean asksAsAWhole(F field, String line, String value, String next, LabelsAlone linesAlone) {
        String l = line.replace('\u00a0', ' ').strip();
        String v = value == null ? "" : value.strip();
        String n = next.replace('\u00a0', ' ').strip();
        return isText(field) && !v.isEmpty() && opensAQuestion(l) && !MARK_OR_DASH.matcher(l).find()
                && !l.endsWith(".") && !v.matches(".*\\d.*") && v.split("\\s+").length <= MAX_QUESTION_REST
                && !n.isEmpty() && Character.isUpperCase(n.codePointAt(0))
                && (lineLabels.isSentenceAnswer(n) || linesAlone.of(n).isEmpty());
    }

    /** A label as a whole question: "Current address / where they stayed last night" (the second wording a question). */
    private static final Pattern QUESTION_AFTER_A_SLASH = Pattern.compile("(?i)^[^/]{2,40}\\s/\\s(?:why|what|how|when|who|where"
            + "|which)\\s");

    /**
     * Whether the line opens with a question word, or puts its label a second way as a question after a slash ("Current
     * address / where they stayed last night").
     */
    private static boolean opensAQuestion(String line) {
        return QUESTION_OPENING.matcher(line).find() || QUESTION_AFTER_A_SLASH.matcher(line).find();
    }

    private boolean isChoice(F field) {
        FormSpec.FieldSpec s = fieldSpecs.get(field);
        return s != null && s.type() == org.ypsa.hub.domain.forms.FieldType.CHOICE;
    }

    /** (a yes/no's label going on in words that are no yes or no: "Consent given by YP to share & refer" / "yes") */
    private boolean isYesNo(F field) {
        FormSpec.FieldSpec s = fieldSpecs.get(field);
        return s != null && s.type() == org.ypsa.hub.domain.forms.FieldType.YESNO;
    }

    /**
     * A word or two in small letters left after a choice's or a yes/no's label, over a short line: the label's last
     * words over its answer ("Severity rating" / "Medium", "Consent given" / "Yes"), not a question's rest over a
     * tick list.
     */
    private static boolean labelWordsOverAnswer(String rest, String next) {
        return rest.strip().matches("[a-z]+( [a-z]+)?") && next.strip().split("\\s+").length <= 3;
    }
}
