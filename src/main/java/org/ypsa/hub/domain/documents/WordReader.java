package org.ypsa.hub.domain.documents;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.ypsa.hub.domain.grid.MacroCheck;
import org.ypsa.hub.domain.grid.Grid;
import org.ypsa.hub.domain.grid.UnreadableDocument;

/** Reads a Word .docx form with Apache POI: label/value table rows, content controls and "Label: value" paragraphs. */
public final class WordReader {
    private static final int MAX_ENTRIES = 2_000;

    private WordReader() {
    }

    /**
     * The document as .docx bytes the hub may open: a Word 97-2003 file converted, a .docx as it came; refused with the
     * reason when it is no Word document or holds macros.
     */
    static byte[] openable(String name, byte[] bytes) throws UnreadableDocument {
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new UnreadableDocument("the document " + name + " could not be read", e);
        }
        if (magic == FileMagic.OLE2) {
            return openable(name, LegacyWord.toDocx(name, bytes)); // Word 97-2003, or refused with the reason
        }
        if (RichTextWord.is(bytes)) {
            return RichTextWord.toDocx(name, bytes); // Rich Text Format, as case systems export forms
        }
        if (magic != FileMagic.OOXML) {
            throw new UnreadableDocument("the file " + name + " is not a Word document although its name or type says so");
        }
        if (MacroCheck.hasMacros(bytes)) {
            throw new UnreadableDocument("the document " + name
                    + " contains macros, which the hub does not open; please save it as a plain .docx document");
        }
        return bytes;
    }

    public static LabelledDocument read(String name, byte[] sent) throws UnreadableDocument {
        return opened(name, sent, doc -> form(name, doc));
    }

    /** The document as a form and as its tables' rows, from one opening of the file. */
    public static DocumentViews readWithTables(String name, byte[] sent) throws UnreadableDocument {
        return opened(name, sent, doc -> DocumentViews.of(form(name, doc), "Word", () -> WordGrid.read(name, doc)));
    }

    private interface Use<T> {
        T apply(XWPFDocument doc) throws Exception;
    }

    private static <T> T opened(String name, byte[] sent, Use<T> use) throws UnreadableDocument {
        byte[] bytes = openable(name, sent);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            RunMarks.read(doc); // struck-through options out, symbol-font boxes as boxes
            return use.apply(doc);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocument("the document " + name + " is password protected; please send it without a password", e);
        } catch (Exception e) {
            throw new UnreadableDocument("the document " + name + " could not be read (it may be damaged)", e);
        }
    }

    private static LabelledDocument form(String name, XWPFDocument doc) {
        StringBuilder text = new StringBuilder();
        List<LabelledDocument.Entry> entries = new ArrayList<>();
        String[] heading = {""};
        StringBuilder paragraphs = new StringBuilder();
        pageHeading(doc).forEach(l -> text.append(l).append('\n'));
        String[] colourAbove = {null};
        int[] question = {-1, -1}; // where the last paragraph of words alone ends, in the text and in the paragraphs
        for (IBodyElement e : doc.getBodyElements()) {
            if (entries.size() > MAX_ENTRIES) {
                break;
            }
            if (e instanceof XWPFParagraph p) {
                String t = WordText.of(p);
                // an answer in a text box, or typed in its own colour over the start of a line to write on
                boolean answerBox = p.getText().isBlank() && !t.isBlank() || WordText.opensWithATypedAnswer(p, colourAbove[0]);
                colourAbove[0] = WordText.colour(p);
                if (answerBox && question[0] >= 0) {
                    // a question's answer typed into a text box anchored under it: the question is its label
                    text.insert(question[0], ':');
                    paragraphs.insert(question[1], ':');
                }
                question[0] = -1;
                if (!answerBox && WordText.isAQuestionOverAnAnswer(p, t)) {
                    question[0] = text.length() + t.stripTrailing().length();
                    question[1] = paragraphs.length() + t.stripTrailing().length();
                }
                text.append(t).append('\n');
                paragraphs.append(t).append('\n');
                continue;
            }
            question[0] = -1;
            colourAbove[0] = null;
            flush(paragraphs, entries, heading);
            if (e instanceof XWPFTable t && text.toString().isBlank() && WordText.isLetterhead(t)) {
                // the letterhead over the form (its maker's name, a date, the form's code): lines of text, no pairs
                for (List<String> row : WordText.rows(t)) {
                    for (String cell : row) {
                        text.append(cell).append('\n');
                        entries.addAll(TextFields.labelValues(cell, "letterhead"));
                    }
                }
            } else if (e instanceof XWPFTable t) {
                table(t, text, entries, heading);
            } else if (e instanceof XWPFSDT sdt) {
                String value = sdt.getContent() == null ? "" : sdt.getContent().getText();
                String label = !isBlank(sdt.getTitle()) ? sdt.getTitle() : sdt.getTag();
                text.append(value).append('\n');
                if (!isBlank(label)) {
                    entries.add(new LabelledDocument.Entry(label, value.trim(), "content control " + label));
                } else {
                    entries.addAll(TextFields.labelValues(value, "content control"));
                }
            }
        }
        flush(paragraphs, entries, heading);
        return new LabelledDocument(name, text.toString(), entries);
    }

    /**
     * The lines of the page header a template prints its title in ("Safeguarding Incident Report" over every page,
     * the body starting with the first box): read as the document's first lines, so the form is known by its title.
     * Text only, never answers; a line repeated in several headers (first page, odd, even) is read once.
     */
    private static List<String> pageHeading(XWPFDocument doc) {
        java.util.LinkedHashSet<String> lines = new java.util.LinkedHashSet<>();
        for (org.apache.poi.xwpf.usermodel.XWPFHeader h : doc.getHeaderList()) {
            for (String l : h.getText().split("\\R")) {
                if (!l.isBlank() && l.strip().length() <= 120) {
                    lines.add(l.strip());
                }
            }
        }
        return List.copyOf(lines);
    }

    /**
     * A spreadsheet or CSV file laid out as a form (rows of label | value, as a case system exports one), not a
     * weekly return: its rows read as a Word table's are.
     */
    public static LabelledDocument read(Grid grid) throws UnreadableDocument {
        try (DocxBuilder out = new DocxBuilder()) {
            out.table(grid.rows().stream().map(r -> r.cells().stream().map(List::of).toList()).toList());
            return read(grid.source(), out.bytes());
        } catch (java.io.IOException e) {
            throw new UnreadableDocument("the file " + grid.source() + " could not be read", e);
        }
    }

    /**
     * Rows of label | value, or label | value | label | value; a lone cell may itself be "Label: value". A row
     * of one cell that is no "Label: value" is a heading ("Referrer details") for the rows under it. A row of labels
     * over a row of their answers is a band ({@link LabelBands}): each label takes the cell under it.
     */
    private static void table(XWPFTable t, StringBuilder text, List<LabelledDocument.Entry> entries, String[] heading) {
        int r = 0;
        List<List<String>> rows = WordText.rows(t);
        boolean twoLanguages = QuestionTable.labelsInTwoColumns(rows);
        boolean inBands = false;
        YesNoColumns checklist = YesNoColumns.of(rows);
        boolean[] captioned = CaptionRows.of(t, rows);
        boolean sectionColumn = false;
        List<List<CellLook>> looks = CellLook.ofRows(t, rows.size());
        List<List<String[]>> boldBoxes = BoldBoxes.of(looks, rows.size());
        boolean[] labelsByLook = LabelRowsByTheirLook.of(looks, rows.size());
        for (int at = 0; at < rows.size(); at++) {
            List<String> row = rows.get(at);
            r++;
            if (QuestionTable.headsASectionColumn(row)) {
                // "Section | Question | Answer": the first column holds the sections' heads, each over its rows
                sectionColumn = true;
                text.append(String.join("\t", row)).append('\n');
                continue;
            }
            if (sectionColumn && row.size() >= 3) {
                String section = row.get(0).strip();
                if (!section.isEmpty()) {
                    heading[0] = section;
                    text.append(section).append('\n');
                }
                row = row.subList(1, row.size());
            }
            List<LabelledDocument.Entry> setApart = sectionColumn || boldBoxes.get(at) == null ? null
                    : AnswerBoxes.setApart(boldBoxes.get(at), "table row " + r, heading[0]);
            if (setApart != null) {
                // boxes each holding a bold label over its plain answer: each box one label and its answer
                text.append(String.join("\t", row)).append('\n');
                entries.addAll(setApart);
                continue;
            }
            if (at + 1 < rows.size() && captioned[at + 1]) {
                // answer lines with their captions printed small under them: each caption labels the cell over it
                List<String> captions = rows.get(++at);
                text.append(String.join("\t", captions)).append('\n').append(String.join("\t", row)).append('\n');
                for (int c = 0; c < captions.size(); c++) {
                    String label = captions.get(c).replaceAll("\\s*\\R\\s*", " ").replaceAll("[:*\\s]+$", "").strip();
                    if (!label.isEmpty()) {
                        entries.add(new LabelledDocument.Entry(label, row.get(c), "table row " + r, heading[0]));
                    }
                }
                r++;
                continue;
            }
            String[] checked = checklist == null ? null : checklist.pair(at, row);
            if (checklist != null && (checklist.isHead(at) || checked != null)) {
                // "Question | Yes | No | Details": the head row no label, each row under it one question and answer
                text.append(String.join("\t", row)).append('\n');
                if (checked != null) {
                    entries.add(new LabelledDocument.Entry(checked[0], checked[1], "table row " + r, heading[0]));
                }
                continue;
            }
            if (LabelBands.startsABand(rows, at, inBands)) {
                inBands = true;
                // a band of labels over their answers: each label with the cell under it
                List<String> answers = rows.get(++at);
                text.append(String.join("\t", row)).append('\n').append(String.join("\t", answers)).append('\n');
                for (int c = 0; c < LabelBands.cellsInUse(row, answers); c++) {
                    // a band's label is one label: a label wrapped over lines ("Date of" over "birth") is joined
                    String label = QuestionTable.labelLines(row.get(c)).replaceAll("\\s*\\R\\s*", " ");
                    entries.add(new LabelledDocument.Entry(label.replaceAll("[:*]+$", "").trim(),
                            answers.get(c), "table row " + r, heading[0]));
                }
                r++;
                continue;
            }
            List<LabelledDocument.Entry> boxes = AnswerBoxes.of(row, "table row " + r, heading[0]);
            if (boxes != null) {
                // boxes of a paper form: each cell a label over its answer
                text.append(String.join("\t", row)).append('\n');
                entries.addAll(boxes);
                continue;
            }
            List<String> all = new ArrayList<>(row);
            if (!all.isEmpty()) {
                // a label cell in two languages, one over the other, is one label ("Enw llawn" over "Full name")
                all.set(0, QuestionTable.labelLines(GuidanceNotes.labelOverHints(all.get(0))));
            }
            if (twoLanguages && QuestionTable.withoutNumberCell(all).size() == 3 && !QuestionTable.isHeaderRow(all)) {
                // Welsh | English | answer: the two labels are one label, the third cell its answer
                List<String> cells = QuestionTable.withoutNumberCell(all);
                // each label cell without its question's number ("1/1 Who is the child?"); the answer as written
                List<String> three = List.of(org.ypsa.hub.domain.forms.Words.withoutNumber(cells.get(0)).strip(),
                        org.ypsa.hub.domain.forms.Words.withoutNumber(cells.get(1)).strip(), cells.get(2));
                String label = three.get(1).isBlank() ? three.get(0)
                        : three.get(0).isBlank() ? three.get(1) : three.get(0) + " / " + three.get(1);
                all = List.of(label, three.get(2));
            }
            text.append(String.join("\t", all)).append('\n');
            if (QuestionTable.isHeaderRow(all)) {
                continue;
            }
            List<String> texts = QuestionTable.withoutNumberCell(all);
            List<String> filled = texts.stream().filter(x -> !x.isBlank() && !x.equals("\u00a0")).toList();
            if (texts.size() == 1 && filled.size() == 1) {
                // a label cell with the form's hint under its line ("D.O.B.:" over "Must be aged 16-24 ..."): the label
                String bare = GuidanceNotes.labelOverHints(filled.get(0));
                texts = List.of(bare);
                filled = List.of(bare);
            }
            // a lone cell over a row of bold boxes is their section's heading, never the label of the row under it
            boolean lone = texts.size() == 1 && filled.size() == 1
                    && (at + 1 >= rows.size() || boldBoxes.get(at + 1) == null);
            String wrapped = lone && at + 2 < rows.size() ? wrappedOnto(filled.get(0), rows.get(at + 1)) : null;
            String underWrapped = wrapped == null ? null : answerRowUnder(QuestionTable.withoutNumberCell(rows.get(at + 1)).get(0), rows.get(at + 2), false);
            if (underWrapped != null) {
                // a label wrapped over two rows ("... why does the young person" / "need a place now?"): one label
                String a = underWrapped;
                text.append(QuestionTable.withoutNumberCell(rows.get(at + 1)).get(0)).append('\n').append(a).append('\n');
                entries.add(new LabelledDocument.Entry(wrapped.replaceAll("[:*\\s]+$", "").trim(), a, "table row " + r,
                        heading[0]));
                at += 2;
                r += 2;
                continue;
            }
            if (lone && at + 1 < rows.size() && answerLeftEmptyUnder(filled.get(0), rows.get(at + 1), at == 0)) {
                // a label's answer row left empty: the label has no answer, and is no heading of the rows under it
                entries.add(new LabelledDocument.Entry(filled.get(0).replaceAll("[:*\\s]+$", "").trim(), "",
                        "table row " + r, heading[0]));
                at++;
                r++;
                continue;
            }
            String hint = lone && at + 2 < rows.size() ? hintRowUnder(rows.get(at + 1)) : null;
            String overHint = hint == null || SectionHeading.is(filled.get(0)) ? null
                    : answerRowUnder(filled.get(0), rows.get(at + 2), false, at + 3 < rows.size() ? rows.get(at + 3) : null);
            if (overHint != null) {
                // the form's hint in a row of its own between a label and its answer ("Leave blank if not known to
                // social care"): the label's answer is the row under the hint
                text.append(hint).append('\n').append(overHint).append('\n');
                entries.add(new LabelledDocument.Entry(filled.get(0).replaceAll("[:*\\s]+$", "").trim(), overHint,
                        "table row " + r, heading[0]));
                at += 2;
                r += 2;
                continue;
            }
            // a label known by its look over its plain answer is that label's answer, whatever its words
            String answer = at + 1 < rows.size() && lone && labelsByLook[at] && !SectionHeading.is(filled.get(0))
                    ? answerByLook(rows.get(at + 1))
                    : at + 1 < rows.size() && lone ? answerRowUnder(filled.get(0), rows.get(at + 1), at == 0,
                    at + 2 < rows.size() ? rows.get(at + 2) : null) : null;
            if (answer != null) {
                text.append(answer).append('\n');
                entries.add(new LabelledDocument.Entry(filled.get(0).replaceAll("[:*\\s]+$", "").trim(), answer,
                        "table row " + r, heading[0]));
                at++;
                r++;
                continue;
            }
            if (texts.size() == 1 || filled.size() == 1 && texts.get(0).equals(filled.get(0))) {
                List<LabelledDocument.Entry> found = TextFields.labelValues(filled.isEmpty() ? "" : filled.get(0),
                        "table row " + r);
                if (found.isEmpty() && !filled.isEmpty() && isHeading(filled.get(0)) && texts.size() == 1) {
                    heading[0] = filled.get(0);
                    continue;
                }
                if (found.isEmpty() && !filled.isEmpty() && texts.size() > 1) {
                    // one filled cell of several: a label with its value left empty
                    entries.add(new LabelledDocument.Entry(filled.get(0).replaceAll("[:*]+$", "").trim(), "",
                            "table row " + r, heading[0]));
                    continue;
                }
                found.forEach(x -> entries.add(x.under(heading[0])));
                continue;
            }
            List<String> options = tickRowOptions(texts);
            if (options != null) {
                // a label and its options a cell each, one ticked: one field, its options read as one tick list
                entries.add(new LabelledDocument.Entry(texts.get(0).replaceAll("[:*\\s]+$", "").trim(),
                        String.join(" ", options), "table row " + r, heading[0]));
                continue;
            }
            if (filled.size() > 1 && filled.stream().allMatch(WordReader::isLabelAndValue)) {
                // each cell is a whole "Label: value": the cells are fields side by side, not label | value
                for (String cell : filled) {
                    List<LabelledDocument.Entry> found = TextFields.labelValues(cell, "table row " + r);
                    if (found.isEmpty() || isQuestionAndAnswer(cell) && cell.indexOf('?') < cell.indexOf(':')) {
                        int q = cell.indexOf('?');
                        found = List.of(new LabelledDocument.Entry(cell.substring(0, q + 1).strip(),
                                cell.substring(q + 1).strip(), "table row " + r));
                    }
                    found.forEach(x -> entries.add(x.under(heading[0])));
                }
                continue;
            }
            for (int i = 0; i + 1 < texts.size(); i += 2) {
                String label = texts.get(i).replaceAll("[:*]+$", "").trim();
                if (!label.isEmpty()) {
                    entries.add(new LabelledDocument.Entry(label, texts.get(i + 1), "table row " + r, heading[0]));
                }
            }
        }
    }

    /**
     * The option cells of a tick row: a label in the first cell, then two or more cells each one option with its box
     * ("Legal status | ☐ Looked after | ☒ Care leaver | ☐ CIN", "Gender | Male ☐ | Female ☒"), empty cells between
     * them left out; null when the row is no such row. Which option is ticked is read from them as from any tick list.
     */
    private static List<String> tickRowOptions(List<String> cells) {
        if (cells.size() < 3 || cells.get(0).isBlank() || TickList.isBoxLine(cells.get(0)) || TickList.endsWithBox(cells.get(0).strip())) {
            return null;
        }
        List<String> options = cells.subList(1, cells.size()).stream().map(String::strip)
                .filter(c -> !c.isEmpty() && !c.equals("\u00a0")).toList();
        return options.size() >= 2 && options.stream().allMatch(WordReader::isOneBoxedOption) ? options : null;
    }

    /** A cell that is one option with its box, on one line, a few words: "☒ Care leaver", "[ ] Y", "Female ☐". */
    private static boolean isOneBoxedOption(String cell) {
        String c = cell.replace('\u00a0', ' ').strip();
        return !c.contains("\n") && c.split("\\s+").length <= 8 && TickList.isBoxedAnswer(c);
    }

    /**
     * A long answer's label in a row across the table and the answer in the row across it under that ("Reason it cannot
     * be managed:" over the paragraph that answers it): the answer row's text, or null. The label row is one line with
     * nothing after its label; the row under it one cell that is neither a label of its own nor a section's heading.
     * A label with no colon or question mark could be a heading, so its answer must read as prose (a sentence's full
     * stop, or more words than a heading has), and it is not the table's first row (a title over its instructions).
     * A printed marking ("OFFICIAL-SENSITIVE | ... | Pg 1/2") is neither label nor answer.
     */
    private static String answerRowUnder(String label, List<String> next, boolean firstRow) {
        return answerRowUnder(label, next, firstRow, null);
    }

    /**
     * As {@link #answerRowUnder(String, List, boolean)}, the row after the answer row given: a row with no full stop
     * that takes the row after it as its own answer is a label, so the row over it is a heading ("Why now?" over
     * "Presenting issue - why the YP needs a place" over the paragraph that answers it).
     */
    private static String answerRowUnder(String label, List<String> next, boolean firstRow, List<String> after) {
        List<String> cells = QuestionTable.withoutNumberCell(next);
        String l = label.strip();
        if (cells.size() != 1 || cells.get(0).isBlank() || l.contains("\n") || l.split("\\s+").length > 16
                || SectionHeading.is(l) || GuidanceNotes.isGuidance(l)) {
            return null;
        }
        List<LabelledDocument.Entry> asLabel = TextFields.labelValues(l, "row");
        // a question after a short label's colon is the label's own words ("Asylum: did the YP come ... a parent?")
        boolean labelAlone = asLabel.isEmpty() || asLabel.size() == 1 && FieldValues.isBlank(asLabel.get(0).value())
                || l.endsWith("?") && asLabel.size() == 1 && asLabel.get(0).value().strip().endsWith("?");
        String a = cells.get(0).strip();
        if (!labelAlone || FieldValues.isBlank(a) || SectionHeading.is(a) || GuidanceNotes.isGuidance(a) || isLabelAndValue(a)
                || marksALabel(a) || DocumentMarkings.isMarking(a) || DocumentMarkings.isMarking(l)
                || l.replaceAll("[:*?\\s]+$", "").contains(" ") && a.contains(l.replaceAll("[:*?\\s]+$", ""))) {
            return null; // a page's running head repeating the title under it is no answer
        }
        boolean marked = marksALabel(l);
        boolean prose = a.matches("(?s).*[.!]$") || a.split("\\s+").length > 8;
        // the table's first row is its title when nothing marks it a label, and the instructions under it no answer
        if (after != null && takesTheRowAfter(a, after)) {
            return null;
        }
        // a label asking for a name over a name is a label even as the table's first row ("Young person's name as
        // it appears on Mosaic" over "Ioana PRITCHARD"): a title names no one
        boolean named = l.matches("(?i).*\\bnames?\\b.*") && FieldValues.readsAsName(a);
        return marked || named || (prose || isTypedValue(a) || echoesAChoice(l, a) || overAMarkedLabel(a, after)
                || RATING.matcher(a).matches() || FieldValues.yesNoSaidFirst(a).isPresent()) && !firstRow ? a : null;
    }

    /**
     * The plain row under a label known by its look: its one cell's text, unless it is a printed marking or a label of
     * its own ("Name:", "Name: Jo Hale" under a shaded section's heading).
     */
    private static String answerByLook(List<String> next) {
        List<String> cells = QuestionTable.withoutNumberCell(next);
        String a = cells.size() == 1 ? cells.get(0).strip() : "";
        return a.isEmpty() || DocumentMarkings.isMarking(a) || marksALabel(a) || isLabelAndValue(a) ? null : a;
    }

    /**
     * A rating alone ("High", "Medium risk"): an answer, never a section's heading; so is a yes or no said first ("No",
     * "Yes - explained to YP"), though not "1) Submitter", a numbered heading ({@link FieldValues#yesNoSaidFirst}).
     */
    private static final java.util.regex.Pattern RATING = java.util.regex.Pattern.compile(
            "(?i)(?:very )?(?:low|medium|med|high|critical|severe|serious)(?: risk)?\\.?");

    /**
     * A short answer naming one of the choices its label offers ("Homeless today or threatened" over "homeless").
     */
    private static boolean echoesAChoice(String label, String answer) {
        String l = label.toLowerCase(java.util.Locale.ROOT);
        if (!l.matches(".*(?:\\sor\\s|/).*")) {
            return false;
        }
        List<String> offered = List.of(l.split("[^\\p{L}\\d']+"));
        List<String> said = List.of(answer.toLowerCase(java.util.Locale.ROOT).strip().split("[^\\p{L}\\d']+"));
        return said.size() <= 3 && !said.isEmpty() && said.stream().allMatch(w -> !w.isEmpty() && offered.contains(w));
    }

    /**
     * A short phrase between a label row and a row marked as the next label ("District council area" / "West Oxon" /
     * "Care status of YP:"): the answer to the row over it, when it names nothing a label asks for itself.
     */
    private static boolean overAMarkedLabel(String answer, List<String> after) {
        if (after == null) {
            return false;
        }
        List<String> cells = QuestionTable.withoutNumberCell(after);
        String a = answer.strip();
        return cells.size() == 1 && marksALabel(cells.get(0)) && !a.contains("\n") && a.split("\\s+").length <= 6
                && !a.matches("(?i).*\\b(?:names?|date|d\\.?o\\.?b|number|no|address|e-?mail|phone|tel|role|job|team"
                        + "|status|reason|details?|type|about|section|part)\\b.*");
    }

    /**
     * Whether a row read as an answer is itself a label, answered by the row after it: a phrase of four words or more,
     * no sentence, no figures, over a sentence of more than eight words ("Presenting issue - why the YP needs a place"
     * over what has happened).
     */
    private static boolean takesTheRowAfter(String row, List<String> after) {
        List<String> cells = QuestionTable.withoutNumberCell(after);
        String a = row.strip();
        if (cells.size() != 1 || a.matches("(?s).*[.!\\d].*") || a.contains("\n")
                || a.replaceAll("\\s[-\u2013]\\s", " ").split("\\s+").length < 4 || isTypedValue(a)) {
            return false;
        }
        String z = cells.get(0).strip();
        return z.matches("(?s).*[.!]$") && z.split("\\s+").length > 8 && !marksALabel(z) || echoesAChoice(a, z);
    }

    /**
     * A label's first row and the row it runs on into: the second row opens in small letters and ends as a label does
     * ("Reason for referral - what has happened and why does the young person" / "need a place now?"). The two as one
     * label, or null.
     */
    private static String wrappedOnto(String first, List<String> next) {
        List<String> cells = QuestionTable.withoutNumberCell(next);
        String f = first.strip();
        if (cells.size() != 1 || f.contains("\n") || marksALabel(f) || SectionHeading.is(f)) {
            return null;
        }
        String n = cells.get(0).strip();
        return n.matches("\\p{Ll}.*") && !n.contains("\n") && marksALabel(n)
                && (f + " " + n).split("\\s+").length <= 24 ? f + " " + n : null;
    }

    /**
     * Whether the row under a label row is its answer left empty: a dash, "n/a" or a no-break space typed into it, or
     * nothing at all under a label marked by its colon, question mark or star. A section's heading is no label.
     */
    private static boolean answerLeftEmptyUnder(String label, List<String> next, boolean firstRow) {
        List<String> cells = QuestionTable.withoutNumberCell(next);
        String l = label.strip();
        if (firstRow || cells.size() != 1 || l.contains("\n") || l.split("\\s+").length > 16 || SectionHeading.is(l)
                || GuidanceNotes.isGuidance(l) || DocumentMarkings.isMarking(l) || isLabelAndValue(l)) {
            return false;
        }
        return leftEmpty(cells.get(0)) || marksALabel(l) && FieldValues.isBlank(cells.get(0));
    }

    /**
     * A row's text ends as a label does: a colon, a question mark, the star of a required box or "(required)". Such a
     * row is never the answer of the row over it ("Why now?" over "Presenting issue - why the YP needs a place *").
     */
    private static boolean marksALabel(String row) {
        String r = row.strip();
        return r.matches("(?s).*[:?*]$") || r.matches("(?is).*\\(required\\)$");
    }

    /**
     * An answer by its shape alone, which no heading or label has: an email address, a phone number, a date, tick boxes
     * with one ticked, a case number of figures. Under a label row with no colon ("Mobile or desk number" over "01865
     * 500319") it is that label's answer, as prose is.
     */
    static boolean isTypedValue(String answer) {
        String a = answer.strip();
        return !a.contains("\n") && (a.matches("[^\\s@]+@[^\\s@]+\\.[^\\s@]+")
                || a.matches("\\+?[\\d() -]{9,20}") && a.replaceAll("\\D", "").length() >= 9
                || a.matches("\\d{4,12}")
                || a.matches("(?i)[^\\n]{3,80}\\b[a-z]{1,2}\\d[a-z\\d]?\\s*\\d[a-z]{2}")
                || a.matches("(?i)(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?\\d{1,2}(?:st|nd|rd|th)?[\\s/.-]+"
                        + "(?:\\d{1,2}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?[\\s/.-]+\\d{2,4}")
                || a.matches("(?s).*(?:[\u2612\u2611]|\\[\\s*[xX\u2713]\\s*]).*"));
    }

    /** An answer left empty on purpose: a dash, "n/a", "none", a no-break space. */
    private static boolean leftEmpty(String answer) {
        return answer != null && !answer.isEmpty() && FieldValues.isBlank(answer);
    }

    /** Paragraphs in a row read as lines of text ("Label:" then its value below); the last heading carries on. */
    private static void flush(StringBuilder paragraphs, List<LabelledDocument.Entry> entries, String[] heading) {
        if (paragraphs.length() == 0) {
            return;
        }
        for (LabelledDocument.Entry x : TextFields.labelValues(paragraphs.toString(), "paragraph")) {
            entries.add(x.section().isEmpty() ? x.under(heading[0]) : x);
        }
        for (String line : paragraphs.toString().split("\\R")) {
            if (isHeading(line) && !line.contains(":") || SectionHeading.is(line)) {
                heading[0] = line.strip();
            }
        }
        paragraphs.setLength(0);
    }

    /** The one cell of a row telling the writer how to answer the label over it, or null. */
    private static String hintRowUnder(List<String> row) {
        List<String> cells = QuestionTable.withoutNumberCell(row).stream().filter(c -> !c.isBlank()).toList();
        return cells.size() == 1 && (GuidanceNotes.tellsTheWriter(cells.get(0)) || GuidanceNotes.asksSeveralQuestions(cells.get(0)))
                ? cells.get(0).strip() : null;
    }


    /**
     * A short line of its own: a section title such as "Section 2 - Referrer details", not a guidance note under one
     * ("Leave blank if you are the allocated worker.").
     */
    private static boolean isHeading(String s) {
        String t = s == null ? "" : s.strip();
        return !t.isEmpty() && t.split("\\s+").length <= 10 && !GuidanceNotes.isGuidance(t);
    }

    /** A cell holding "Label: value" or "Question? answer" (a short label with something after it). */
    static boolean isLabelAndValue(String cell) {
        return isLabelColonValue(cell) || isQuestionAndAnswer(cell);
    }

    private static boolean isQuestionAndAnswer(String cell) {
        String c = cell.strip();
        int q = c.indexOf('?');
        return q > 0 && q < c.length() - 1 && c.substring(0, q).split("\\s+").length <= 10
                && !c.substring(0, q).contains("\n") && !FieldValues.isBlank(c.substring(q + 1));
    }

    private static boolean isLabelColonValue(String cell) {
        List<LabelledDocument.Entry> found = TextFields.labelValues(cell, "cell");
        return !found.isEmpty() && found.get(0).label().split("\\s+").length <= 10
                && !FieldValues.isBlank(found.get(0).value()) && cell.strip().startsWith(found.get(0).label());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
