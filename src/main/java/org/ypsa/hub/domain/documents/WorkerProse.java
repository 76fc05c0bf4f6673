package org.ypsa.hub.domain.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Intelligence a worker writes in sentences rather than on the partnership's form: "Just to let you know about
 * something I came across as personal adviser at Key2.", what was seen as its own paragraph, "This was on ... at
 * ...", "Those I could identify: ...", the grading and handling in a sentence, then the worker's signature (name,
 * "Role, Agency", phone, email). A manager may forward it: then the worker's mail under the forwarded header is read,
 * never the forwarder's note or signature. The mail is set out as the form's "Label: value" lines: the agency is the
 * team or organisation in the writer's signature, the worker the name signing it, the information the paragraph
 * after the opening sentence. A mail that names no handling, grading or intelligence, or has no such opening sentence
 * or signature, is left as written.
 */
public final class WorkerProse {
    /** The sentence that opens a worker's passing on of something seen or heard. */
    private static final Pattern OPENER = Pattern.compile("(?i)\\b(?:just to let you know|dropping you a line|"
            + "(?:want(?:ed)?|need) to (?:let you know|pass (?:this )?on|flag|share)|thought you should know|"
            + "(?:the )?partnership should know|came across)\\b");
    /** Words only intelligence carries: its grading and handling, or its name. */
    private static final Pattern INTELLIGENCE = Pattern.compile(
            "(?i)\\bhandling\\b|\\bgrad(?:e|ed|ing)\\b|police use only|\\bintel(?:ligence)?\\b");
    /** An earlier mail's header as a forward sets it out. */
    private static final Pattern FORWARD_MARK = Pattern.compile(
            "(?i)^\\s*-{2,}\\s*(?:original message|forwarded message)\\s*-{2,}\\s*$");
    private static final Pattern HEADER_LINE = Pattern.compile("(?i)^\\s*(?:from|sent|date|to|cc|subject)\\s*:.*$");
    /** The paragraphs that give the when, where, who and how, not what was seen. */
    private static final Pattern DETAIL = Pattern.compile("(?i)^\\s*(?:this (?:was|happened)|it (?:was|happened)|those i|"
            + "the people|they were|there was|there were|how i know|source|handling|grading|i'd grade|sharing)\\b");
    private static final Pattern EMAIL = Pattern.compile("^\\s*([\\w.+'-]+@[\\w-]+(?:\\.[\\w-]+)+)\\s*$");
    private static final Pattern PHONE = Pattern.compile("^\\s*(\\+?[\\d ()-]{10,16})\\s*$");
    /** A name signing a mail: two to four words, each opening with a capital, or "SURNAME, Forename". */
    private static final Pattern SIGNED = Pattern.compile("^\\s*(?:\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){1,3}"
            + "|\\p{Lu}[\\p{Lu}'\u2019-]+,\\s*\\p{Lu}[\\p{L}'\u2019-]+)\\s*$");
    /** "Role, Agency": a job title, then the team or organisation after the last comma. */
    private static final Pattern ROLE_AGENCY = Pattern.compile("^\\s*([^,@\\d]{2,60}),\\s*(\\p{L}[^,@]{1,59}?)\\s*$");
    /** Said of the people and the vehicle, read as those fields: "The people there were ...", "They were using a car - ...". */
    private static final Pattern PEOPLE = Pattern.compile("(?i)^\\s*(?:the people there were|those i could identify\\s*:)\\s*(.+)$");
    private static final Pattern VEHICLE = Pattern.compile(
            "(?i)^\\s*(?:they were using a (?:car|vehicle)|there was also a (?:car|vehicle))\\s*[-:\u2013]\\s*(.+)$");

    /** How the worker knows: "How I know: cctv.", "Source - phone call.". */
    private static final Pattern SOURCE = Pattern.compile("(?i)^\\s*(?:how i know|source)\\s*[-:\u2013]\\s*(.+?)\\.?\\s*$");

    private WorkerProse() {
    }

    /** The worker's sentences set out as the form's lines, or empty when the body is no worker's intelligence. */
    public static Optional<String> asForm(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        String[] all = body.replace("\r\n", "\n").split("\n", -1);
        int from = writersMail(all);
        List<String> lines = new ArrayList<>(List.of(all).subList(from, all.length));
        String text = String.join("\n", lines);
        if (!INTELLIGENCE.matcher(text).find()) {
            return Optional.empty();
        }
        int opener = -1;
        for (int i = 0; i < lines.size() && opener < 0; i++) {
            if (OPENER.matcher(lines.get(i)).find()) {
                opener = i;
            }
        }
        if (opener < 0) {
            return Optional.empty();
        }
        int roleLine = -1;
        for (int i = lines.size() - 1; i > opener + 1 && roleLine < 0; i--) {
            if (ROLE_AGENCY.matcher(lines.get(i)).matches() && SIGNED.matcher(lines.get(i - 1)).matches()
                    && !lines.get(i - 2).isBlank()) {
                roleLine = i;
            }
        }
        String information = information(lines, opener);
        if (roleLine < 0) {
            return Optional.empty();
        }
        Matcher ra = ROLE_AGENCY.matcher(lines.get(roleLine));
        ra.matches();
        String agency = ra.group(2).strip();
        StringBuilder out = new StringBuilder();
        out.append("Submitting agency: ").append(agency).append('\n');
        out.append("Worker name: ").append(lines.get(roleLine - 1).strip()).append('\n');
        out.append("Role: ").append(ra.group(1).strip()).append('\n');
        for (int i = roleLine + 1; i < lines.size() && i <= roleLine + 4; i++) {
            Matcher e = EMAIL.matcher(lines.get(i));
            Matcher p = PHONE.matcher(lines.get(i));
            if (e.matches()) {
                out.append("Contact email: ").append(e.group(1)).append('\n');
            } else if (p.matches()) {
                out.append("Contact phone: ").append(p.group(1).strip()).append('\n');
            }
        }
        if (information != null) { // none said: the form is incomplete, and told so
            out.append("Information: ").append(information).append('\n');
        }
        for (int i = opener + 1; i < roleLine - 1; i++) {
            String l = lines.get(i);
            Matcher people = PEOPLE.matcher(l);
            Matcher vehicle = VEHICLE.matcher(l);
            if (people.matches()) {
                out.append("Persons involved: ").append(people.group(1).strip()).append('\n');
            } else if (vehicle.matches()) {
                out.append("Vehicles: ").append(vehicle.group(1).strip()).append('\n');
            } else if (SOURCE.matcher(l).matches()) {
                out.append("Source: ").append(SOURCE.matcher(l).replaceFirst("$1")).append('\n');
            }
        }
        return Optional.of(out.toString());
    }

    /** The paragraph after the opening sentence that says what was seen or heard, not when, where or who. */
    private static String information(List<String> lines, int opener) {
        int i = opener + 1;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        if (i >= lines.size() || DETAIL.matcher(lines.get(i)).find()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (; i < lines.size() && !lines.get(i).isBlank(); i++) {
            sb.append(sb.length() == 0 ? "" : " ").append(lines.get(i).strip());
        }
        return sb.toString();
    }

    /** Where the writer's own mail starts: under the last forwarded header, or the whole body. */
    private static int writersMail(String[] lines) {
        int header = -1;
        for (int i = 0; i < lines.length; i++) {
            boolean outlook = HEADER_LINE.matcher(lines[i]).matches() && lines[i].strip().toLowerCase().startsWith("from")
                    && i + 1 < lines.length && lines[i + 1].strip().toLowerCase().matches("(?:sent|date)\\s*:.*");
            if (FORWARD_MARK.matcher(lines[i]).matches() || outlook) {
                header = i;
            }
        }
        if (header < 0) {
            return 0;
        }
        int i = header + 1;
        while (i < lines.length && (HEADER_LINE.matcher(lines[i]).matches() || lines[i].isBlank() && i == header + 1)) {
            i++;
        }
        return i;
    }
}
