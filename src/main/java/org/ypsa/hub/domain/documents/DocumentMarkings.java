package org.ypsa.hub.domain.documents;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * What a document prints over and under its form rather than in it: a protective marking ("OFFICIAL - SENSITIVE",
 * "Protective marking: OFFICIAL-SENSITIVE", "SWYDDOGOL - SENSITIF"), a page or version footer ("Page 1 of 2",
 * "Tudalen 1 / Page 1", "Version 3.0 | Owner: Brokerage | p. 1", "Page 1 of 4 - retain securely"). Such a line is no
 * label and no answer: its "Owner:" or "marking:" is not a label of the form.
 */
final class DocumentMarkings {
    /** The Government Security Classifications as printed, English or Welsh, with their descriptors. */
    private static final String MARKING = "(protective marking|security classification|classification|marking)?\\s*:?\\s*"
            + "(official|swyddogol|secret|cyfrinachol|top secret)(\\s*[-\u2013\u2014:/]?\\s*(sensitive|sensitif|personal data"
            + "|data personol|personal|commercial|masnachol|confidential|restricted|only|locsys|local))*(\\s+when complete(d)?)?";
    private static final String PAGE = "(page|tudalen|tud\\.?|pg\\.?|p\\.)\\s*\\d{1,3}(\\s*(of|o|/)\\s*\\d{1,3})?"
            + "(\\s*/\\s*(page|tudalen)\\s*\\d{1,3}(\\s*(of|o)\\s*\\d{1,3})?)?";
    private static final String VERSION = "(version|fersiwn|ver\\.?|v)\\s*\\d+(\\.\\d+)*";
    private static final String FOOTER_PART = "(owner|perchennog|author|review(ed)? date|issued?|date issued|last updated|"
            + "updated|template|form ref|doc(ument)? ref)\\s*:?\\s*[\\w ./&'-]{0,40}|retain securely|keep securely|"
            + "do not (forward|share|copy|print)[\\w ./-]{0,60}|handle with care"
            // a template's code ("SW-YPS-RC01", "CEF/YPSA/01-NE v4.1", "Form SAAR-E"), its keeping ("Retain for 6 years",
            // "Printed 04/12/2026") and its owner by a company's or a council's name ("Stonewater Ltd")
            + "|(form\\s+)?[a-z]+\\d*([-/][a-z0-9]+)+(\\s+v\\d+(\\.\\d+)*)?|retain for \\d{1,2} years|printed( on)? [\\d/.-]{6,10}"
            + "|[\\w&'.-]+(\\s+[\\w&'.-]+){0,4}\\s+(ltd|limited|plc|cic|trust|council|housing|association|group)";
    private static final String DESCRIPTOR = "sensitive|sensitif|personal data|data personol|commercial|masnachol";
    private static final Pattern PART = Pattern.compile("(?i)\\s*(" + MARKING + "|" + PAGE + "|" + VERSION + "|"
            + FOOTER_PART + "|" + DESCRIPTOR + ")\\s*");
    private static final Pattern NAMED = Pattern.compile("(?i).*\\b(official|swyddogol|secret|page|tudalen|version|"
            + "fersiwn)\\b.*|(?i).*\\bp\\.\\s*\\d.*");

    private DocumentMarkings() {
    }

    /**
     * A line made only of a marking, a page number, a version and a footer's owner or handling note, joined by "|",
     * "-" or ",", with at least one marking, page number or version among them.
     */
    static boolean isMarking(String line) {
        String l = line == null ? "" : line.replace('\u00a0', ' ').strip();
        if (isCaseSystemLine(l)) {
            return true;
        }
        if (l.isEmpty() || l.length() > 120 || !NAMED.matcher(l).matches()) {
            return false;
        }
        String[] parts = l.split("\\s*(\\||\\s[-\u2013\u2014]\\s|,|\u2022)\\s*");
        boolean named = false;
        for (String part : parts) {
            if (part.isBlank()) {
                continue;
            }
            if (!PART.matcher(part).matches()) {
                return false;
            }
            named |= NAMED.matcher(part).matches();
        }
        return named;
    }

    /** A page number at a line's end: "(page 2 of 3)", "| Page 2 of 3", "Page 2", "– 2", "| 2". */
    private static final Pattern PAGE_AT_END = Pattern.compile("(?i)\\s*(?:[|\u2013\u2014-]\\s*)?(?:[(\\[]?\\b(?:page|tudalen|pg\\.?|p\\.)"
            + "\\s*\\d{1,3}(?:\\s*(?:of|/)\\s*\\d{1,3})?[)\\]]?|(?<=[|\u2013\u2014-]\\s?)\\d{1,3})\\s*$");

    /** The line without a page number at its end, or the line as it is. */
    static String withoutPageNumber(String line) {
        return PAGE_AT_END.matcher(line).replaceFirst("").strip();
    }

    /**
     * A page's running header or footer: a line ending in a page number whose words before it are printed on another
     * page too ("Shire County Council - Referral form - 2", "Incident report (page 2 of 3)"). Each page of a long form
     * repeats it between the last line of one page and the first of the next, where it would break a label from its
     * answer or run into a long answer.
     */
    static boolean isRunningHeader(String line, java.util.Map<String, Integer> repeated) {
        String key = withoutPageNumber(line.replace('\u00a0', ' ').strip());
        return !key.isEmpty() && !key.equals(line.replace('\u00a0', ' ').strip()) && repeated.getOrDefault(key, 0) >= 2;
    }

    /** Where a long form is: "Page 2 of 5", "Tudalen 2 o 5", "Section 3 of 7", "Part 2/4", "p. 2 of 5". */
    private static final String PLACE = "(?:page|tudalen|pg\\.?|p\\.|section|part|adran|rhan)\\s*\\d{1,3}\\s*(?:of|o|/)\\s*\\d{1,3}";
    private static final Pattern PAGE_HEADER = Pattern.compile("(?i)\\s*(?:" + PLACE + "\\s*[|\u2013\u2014\u2022-]\\s*\\S.*"
            + "|\\S.*?\\s*(?:[|\u2013\u2014\u2022-]\\s*[(\\[]?|[(\\[])" + PLACE + "[)\\]]?\\s*)");

    /**
     * A long form's running page header or footer: where the page stands in the form ("Page 2 of 5", "Section 3 of
     * 7") joined by a bar or a dash to the form's title or its section's ("Page 2 of 5 | Referral form", "Young person
     * - Section 2 of 6"). It prints over the page, so it is no label: an answer read beside it is not its answer, and
     * its title's words name no field.
     */
    static boolean isPageHeader(String line) {
        String l = line == null ? "" : line.replace('\u00a0', ' ').strip();
        return !l.isEmpty() && l.length() <= 140 && PAGE_HEADER.matcher(l).matches();
    }

    /**
     * The lines without the document's markings, page or version footers, running page headers and a table's
     * column-heading rows ({@link QuestionTable#isHeaderLine}).
     */
    static String[] without(String[] lines) {
        java.util.Map<String, Integer> repeated = new java.util.HashMap<>();
        for (String l : lines) {
            String t = l.replace('\u00a0', ' ').strip();
            String key = withoutPageNumber(t);
            if (!key.isEmpty() && !key.equals(t)) {
                repeated.merge(key, 1, Integer::sum);
            }
        }
        java.util.List<String> kept = new java.util.ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (!isMarking(l) && !isRunningHeader(l, repeated) && !isPageHeader(l) && !QuestionTable.isHeaderLine(l)
                    && !(i + 1 < lines.length && namesTheCaseSystemUnder(l, lines[i + 1]))) {
                kept.add(l);
            }
        }
        return kept.toArray(String[]::new);
    }

    /** "Printed by [user] Jo Bloggs 07/12/2026 12:48": who printed the form from the case system, and when. */
    private static final Pattern PRINTED = Pattern.compile(
            "(?i)printed\\s+(?:by|on)(?:\\s+user)?\\s*:?\\s*[^|]{0,60}?\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}(?:,?\\s+\\d{1,2}[:.]\\d{2})?");
    /** "Step ID: 5121470", "Form ID: 1234567", "Step reference: 3688571": the case system's number for the print. */
    private static final Pattern STEP_NUMBER = Pattern.compile(
            "(?i)(?:step|form|workflow|episode)\\s+(?:id|ref(?:erence)?\\.?|no\\.?|number)\\s*:?\\s*\\d{3,12}");
    /** "Workflow step: Accommodation referral (16+)", "Workflow stage: ...": the case system's step the form is. */
    private static final Pattern WORKFLOW = Pattern.compile("(?i)workflow\\s+(?:step|stage)\\s*:\\s*[^|:]{1,80}");
    private static final Pattern PAGE_PART = Pattern.compile("(?i)" + PAGE);
    /** A case system's name standing alone in its header line: "Mosaic", "Liquidlogic LCS". */
    private static final Pattern SYSTEM_NAME = Pattern.compile("[\\p{L}][\\p{L}\\d.&'-]*(?:\\s+[\\p{L}][\\p{L}\\d.&'-]*){0,2}");

    /**
     * A case-management system's line over its printed form (Mosaic, LCS, Eclipse): "Mosaic | Printed by Jo Bloggs
     * 07/12/2026 12:48", "Step ID: 5121470 | Workflow step: Accommodation referral (16+)". Its parts are who printed
     * it and when, the step's number, the workflow step, a page number and the system's name, joined by bars: the printing
     * (beside one name at most), or the step's number with the step or the printing beside it. Such a
     * line is no label and no answer: the step's number is no reference of the form, the step no reason.
     */
    static boolean isCaseSystemLine(String line) {
        String l = line == null ? "" : line.replace('\u00a0', ' ').strip();
        if (l.isEmpty() || l.length() > 200) {
            return false;
        }
        String[] parts = l.split("\\s*\\|\\s*");
        boolean printed = false;
        boolean step = false;
        boolean flow = false;
        int named = 0;
        for (String part : parts) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (PRINTED.matcher(p).matches()) {
                printed = true;
            } else if (STEP_NUMBER.matcher(p).matches()) {
                step = true;
            } else if (WORKFLOW.matcher(p).matches()) {
                flow = true;
            } else if (PAGE_PART.matcher(p).matches()) {
                continue;
            } else if (SYSTEM_NAME.matcher(p).matches()) {
                named++;
            } else {
                return false;
            }
        }
        return printed && named <= 1 || (step || flow) && named == 0 && (step && flow || printed);
    }

    /**
     * The case system's name alone over its own header line ("Mosaic" over "Mosaic | Printed by ..."), as the print's
     * heading gives it (a PDF's text with a colon after it): the system's, no label of the form whose answer is under it.
     */
    static boolean namesTheCaseSystemUnder(String line, String next) {
        String name = line.replace('\u00a0', ' ').strip().replaceAll("\\s*:$", "");
        String under = next.replace('\u00a0', ' ').strip();
        return !name.isEmpty() && SYSTEM_NAME.matcher(name).matches() && isCaseSystemLine(under)
                && under.split("\\s*\\|\\s*")[0].equalsIgnoreCase(name);
    }
}
