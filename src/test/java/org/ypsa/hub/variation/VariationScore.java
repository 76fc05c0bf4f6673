package org.ypsa.hub.variation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.ypsa.hub.adapter.mail.MailReader;
import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.domain.intake.InboundMail;
import org.ypsa.hub.domain.intake.Intake;
import org.ypsa.hub.domain.intake.Outcome;
import org.ypsa.hub.domain.intelligence.IntelligenceSubmission;
import org.ypsa.hub.domain.intelligence.IntelligenceValidator;
import org.ypsa.hub.domain.mash.MashReferral;
import org.ypsa.hub.domain.referrals.Referral;
import org.ypsa.hub.domain.risk.RiskConcern;
import org.ypsa.hub.domain.safeguarding.SafeguardingIncident;
import org.ypsa.hub.domain.voids.VoidReturn;
import org.ypsa.hub.support.TestDirectory;

/**
 * Feeds every mail of a corpus part through the hub's intake decision (no mail server, no broker) and compares
 * what the hub made of it with the manifest: form type, variant, routed or rejected, urgent screening, key values.
 */
final class VariationScore {
    private static final String MAILBOX = "intake@ypsa.test";

    /** What became of one mail: passed, or the first thing that differs from the manifest. */
    record Result(VariationManifest.Entry entry, Optional<String> firstProblem, boolean toldMissing) {
        boolean passed() {
            return firstProblem.isEmpty();
        }
    }

    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    List<Result> score(VariationManifest manifest) {
        List<Result> results = new ArrayList<>();
        for (VariationManifest.Entry e : manifest.entries()) {
            Optional<String> problem;
            boolean toldMissing = false;
            try {
                Outcome o = intake.handle(mail(manifest.folder().resolve(e.file())));
                problem = compare(e, o);
                // every valid form in the corpus holds all its required fields
                toldMissing = o instanceof Outcome.Rejected r && r.problems().stream()
                        .anyMatch(p -> p.problem().startsWith("is missing"));
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            } catch (RuntimeException x) {
                problem = Optional.of("the intake threw " + x.getClass().getSimpleName());
            }
            results.add(new Result(e, problem, toldMissing));
        }
        return results;
    }

    /** A corpus mail as the mailbox gives it, by its path under the corpus: "tuned33/mail/w12-ref-02.eml". */
    static InboundMail corpusMail(String path) throws IOException {
        return mail(java.nio.file.Path.of("src/test/resources/variation").resolve(path));
    }

    /** A mail file as the mailbox gives it, received at its Date header. */
    static InboundMail mail(java.nio.file.Path file) throws IOException {
        byte[] raw = Files.readAllBytes(file);
        return MailReader.parse(raw, MAILBOX, sentDate(raw));
    }

    /** The mail's Date header stands for the time it was received: ages and deadlines are counted from it. */
    static Instant sentDate(byte[] raw) {
        try {
            return new MimeMessage(Session.getInstance(new java.util.Properties()), new java.io.ByteArrayInputStream(raw))
                    .getSentDate().toInstant();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException("corpus mail without a Date header", e);
        }
    }

    static Optional<String> compare(VariationManifest.Entry e, Outcome o) {
        if (e.outcome().equals("unrecognised")) {
            if (!(o instanceof Outcome.Unrecognised u)) {
                return Optional.of("taken for a " + o.formType().id() + " form (" + describe(o) + ")");
            }
            // a mail that is no form is screened too (stop 52): urgent yes / no says whether it tells of present
            // danger (its sender told to call 999, the duty contact alerted); "-" leaves it unjudged, as before
            if (e.urgent().equals("yes") && !u.presentDanger()) {
                return Optional.of("present danger in a mail that is no form not screened (no 999 reply, no duty alert)");
            }
            if (e.urgent().equals("no") && u.presentDanger()) {
                return Optional.of("a mail that is no form screened as present danger although it is not (the duty "
                        + "contact would be alerted)");
            }
            return Optional.empty();
        }
        if (o instanceof Outcome.Unrecognised u) {
            return Optional.of("not recognised: " + u.reason());
        }
        if (!o.formType().id().equals(e.form())) {
            return Optional.of("recognised as " + o.formType().id() + " (" + describe(o) + ")");
        }
        boolean screenedUrgent = o instanceof Outcome.Rejected r && r.problems().stream()
                .anyMatch(p -> IntelligenceValidator.URGENT_FIELD.equals(p.field()));
        if (e.urgent().equals("yes")) {
            return screenedUrgent ? Optional.empty() : Optional.of("present danger not screened as urgent (" + describe(o) + ")");
        }
        if (e.urgent().equals("no") && screenedUrgent) {
            return Optional.of("screened as urgent although it is not (held back from the police)");
        }
        if (e.outcome().equals("rejected")) {
            if (!(o instanceof Outcome.Rejected r)) {
                return Optional.of("routed, but should be rejected (" + e.invalid() + ": " + e.expect().get("problem") + ")");
            }
            Pattern words = Pattern.compile(e.expect().get("problem"), Pattern.CASE_INSENSITIVE);
            Optional<Problem> found = r.problems().stream()
                    .filter(p -> words.matcher(p.field() + " " + p.problem()).find()).findFirst();
            if (found.isEmpty()) {
                return Optional.of("rejected, but not for the " + e.invalid() + " problem (" + describe(o) + ")");
            }
            String names = e.expect().get("names");
            Problem p = found.get();
            return names == null || (p.where() + " " + p.field() + " " + p.problem()).contains(names) ? Optional.empty()
                    : Optional.of("rejection does not name the property by its reference (" + p.where() + " / "
                            + p.field() + ")");
        }
        if (o instanceof Outcome.Rejected) {
            return Optional.of("rejected: " + describe(o));
        }
        Outcome.Routed routed = (Outcome.Routed) o;
        if (java.util.Set.of("referral", "mash-referral", "mash-notice").contains(e.form())
                && !e.variant().equals(routed.variant())) {
            return Optional.of("variant " + routed.variant() + ", expected " + e.variant());
        }
        Map<String, String> actual = keyValues(routed.fields());
        for (Map.Entry<String, String> want : e.expect().entrySet()) {
            if (want.getKey().endsWith("~")) {
                // a phrase the field's free text must hold, case and whitespace aside ("text~=fire set in a bedroom")
                String key = want.getKey().substring(0, want.getKey().length() - 1);
                String got = actual.get(key);
                if (!holds(got, want.getValue())) {
                    return Optional.of(key + " read as \"" + shortened(got) + "\", expected to contain \""
                            + want.getValue() + "\"");
                }
                continue;
            }
            String got = actual.get(want.getKey());
            if (!same(want.getKey(), want.getValue(), got)) {
                return Optional.of(want.getKey() + " read as \"" + got + "\", expected \"" + want.getValue() + "\"");
            }
        }
        return Optional.empty();
    }

    private static boolean holds(String actual, String phrase) {
        return actual != null && normalise(actual).contains(normalise(phrase));
    }

    private static String shortened(String s) {
        if (s == null) {
            return null;
        }
        String one = s.replace('\n', ' ').strip();
        return one.length() <= 80 ? one : one.substring(0, 77) + "...";
    }

    /**
     * Whether a value was read as the key expects, case and whitespace aside. A reference is its words with figures:
     * an author's key keeps the words written round it ("Brokerage no. 88213", "Ref: BR/26/1129 (Demi Harries)", "Cyf /
     * Ref: ATG-2026-3391"), which are its label and a name, not the reference the hub routes by.
     */
    static boolean same(String key, String expected, String actual) {
        if (actual != null && key.equals("ref")) {
            return figures(expected).equals(figures(actual));
        }
        // a name keyed surname first, as case files list people ("PRICE-JONES, Megan"), is routed forename first
        java.util.regex.Matcher surnameFirst = SURNAME_FIRST.matcher(expected);
        if (actual != null && key.equals("name") && surnameFirst.matches()) {
            return normalise(surnameFirst.group(2) + " " + surnameFirst.group(1)).equals(normalise(actual))
                    || normalise(expected).equals(normalise(actual));
        }
        return actual != null && normalise(expected).equals(normalise(actual));
    }

    private static final java.util.regex.Pattern SURNAME_FIRST = java.util.regex.Pattern.compile("^([^,]+),\\s*([^,]+)$");

    private static List<String> figures(String reference) {
        return java.util.Arrays.stream(normalise(reference).split(" ")).filter(w -> w.matches(".*\\d.*"))
                .map(w -> w.replaceAll("^[(\\[]+|[.,;:)\\]]+$", "")).toList();
    }

    private static String normalise(String s) {
        return s.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String describe(Outcome o) {
        if (o instanceof Outcome.Rejected r) {
            Problem p = r.problems().isEmpty() ? null : r.problems().get(0);
            String first = p == null ? "no problem given" : p.where() + " / " + p.field() + ": " + p.problem();
            return "rejected, " + r.problems().size() + " problem(s), first " + first;
        }
        return o instanceof Outcome.Routed ? "routed" : "unrecognised";
    }

    /**
     * The key values of a routed form, under the manifest's names; {@code text} is the form's main free text (the
     * referral's reason, the risk concern's risk, the incident's description, the intelligence itself, the MASH
     * referral's current address), which only the parts from heldout6 and tuned9 on expect ({@code text~=}).
     */
    private static Map<String, String> keyValues(Object fields) {
        Map<String, String> m = new TreeMap<>();
        if (fields instanceof Referral r) {
            m.put("name", r.youngPerson().fullName());
            m.put("dob", r.youngPerson().dateOfBirth());
            m.put("needed", r.dateNeeded());
            m.put("text", r.reasonForReferral());
        } else if (fields instanceof RiskConcern rc) {
            m.put("ref", rc.referralReference());
            m.put("provider", rc.providerId());
            m.put("text", rc.riskUnableToManage());
        } else if (fields instanceof SafeguardingIncident s) {
            m.put("provider", s.providerId());
            m.put("name", s.youngPersonName());
            m.put("dob", s.dateOfBirth());
            String at = Objects.toString(s.incidentAt(), "");
            m.put("date", at.contains("T") ? at.substring(0, at.indexOf('T')) : at);
            m.put("time", at.contains("T") ? at.substring(at.indexOf('T') + 1, Math.min(at.length(), at.indexOf('T') + 6)) : "");
            m.put("category", s.category());
            m.put("severity", s.severity());
            m.put("text", s.description());
        } else if (fields instanceof IntelligenceSubmission i) {
            m.put("agency", i.agency());
            m.put("worker", i.worker());
            m.put("text", i.information());
        } else if (fields instanceof MashReferral mr) {
            m.put("name", mr.youngPersonName());
            m.put("dob", mr.dateOfBirth());
            m.put("status", mr.homelessOrThreatened());
            m.put("text", mr.address());
        } else if (fields instanceof VoidReturn v) {
            m.put("provider", v.providerId());
            m.put("week", v.weekCommencing());
            m.put("properties", v.properties().stream().map(VoidReturn.PropertyLine::propertyReference)
                    .collect(Collectors.joining(",")));
        }
        return m;
    }

    /** The score of one part: a table by form type and by layout, then each failure with its first problem. */
    /** The kind of a failure, without values or row numbers, so that failures can be counted by cause. */
    static String kind(String firstProblem) {
        String p = firstProblem.replaceAll("\"[^\"]*\"", "\"…\"").replaceAll("\\((Row|Line|Property) [^)]*\\)", "")
                .replaceAll("(Row|Line|Property) \\d+( \\(line \\d+\\))? / ", "row / ");
        java.util.regex.Matcher m = Pattern.compile("first [^/]+ / ([^:]+): (is missing|.*is not a date|.*is not a date "
                + "and time|.*is not a provider.*|.*is not one of.*|.*is not Yes or No|.*is not a whole number|.*)$")
                .matcher(p);
        if (p.startsWith("rejected: ") && m.find()) {
            String what = m.group(2).startsWith("\"…\" is not") ? "value not understood" : m.group(2).equals("is missing")
                    ? "field said to be missing" : m.group(2).startsWith("no table") ? "no table found" : "other problem";
            return "rejected, " + what + ": " + m.group(1);
        }
        if (p.startsWith("recognised as ")) { // before " read as ": the wrong form's own problem may say "does not read as"
            return p.substring(0, p.indexOf(" (") < 0 ? p.length() : p.indexOf(" ("));
        }
        if (p.contains(" read as ")) {
            return "routed, wrong value: " + p.substring(0, p.indexOf(" read as "));
        }
        int cut = p.indexOf(" (");
        return cut < 0 ? p : p.substring(0, cut);
    }

    static String report(String part, List<Result> results) {
        StringBuilder sb = new StringBuilder();
        long passed = results.stream().filter(Result::passed).count();
        sb.append(String.format(Locale.ROOT, "%nVariation corpus, %s part: %d of %d passed (%.1f%%)%n", part, passed,
                results.size(), 100.0 * passed / results.size()));
        table(sb, "form type", results, r -> r.entry().form());
        List<Result> valid = results.stream().filter(r -> r.entry().outcome().equals("routed")).toList();
        long toldMissing = valid.stream().filter(r -> r.toldMissing()).count();
        sb.append(String.format("%n  valid forms whose sender is told a field is missing that the form holds: %d of %d%n",
                toldMissing, valid.size()));
        table(sb, "expected outcome", results, r -> r.entry().form() + " " + (r.entry().urgent().equals("yes") ? "urgent"
                : r.entry().outcome()));
        table(sb, "layout", results, r -> r.entry().layout());
        if (results.stream().anyMatch(r -> r.entry().expect().containsKey("dropped"))) {
            // the missing-field probe (missing1): each form with one required field dropped, by that field
            sb.append(String.format("%n  %-40s %6s %6s %6s %9s%n", "field dropped (missing1)", "mails", "passed",
                    "ROUTED", "rej-other"));
            results.stream().filter(r -> r.entry().expect().containsKey("dropped"))
                    .collect(Collectors.groupingBy(r -> r.entry().form() + " " + r.entry().expect().get("dropped")
                            .replaceFirst("-(blank|left-out)$", ""), TreeMap::new, Collectors.toList()))
                    .forEach((k, list) -> sb.append(String.format("  %-40s %6d %6d %6d %9d%n", k, list.size(),
                            list.stream().filter(Result::passed).count(),
                            list.stream().filter(r -> r.firstProblem().orElse("").startsWith("routed")).count(),
                            list.stream().filter(r -> !r.passed() && !r.firstProblem().orElse("").startsWith("routed"))
                                    .count())));
        }
        sb.append(String.format("%n  %-80s %6s%n", "failures by the kind of their first problem", "mails"));
        results.stream().filter(r -> !r.passed()).collect(Collectors.groupingBy(r -> r.entry().form() + ": "
                + kind(r.firstProblem().orElseThrow()), TreeMap::new, Collectors.counting()))
                .forEach((k, n) -> sb.append(String.format("  %-80s %6d%n", k, n)));
        sb.append(String.format("%nFailures (%d):%n", results.size() - passed));
        for (Result r : results) {
            r.firstProblem().ifPresent(p -> sb.append(String.format("  %-24s %-22s %-18s %s%n", r.entry().form(),
                    r.entry().file(), r.entry().layout(), p)));
        }
        return sb.toString();
    }

    private static void table(StringBuilder sb, String by, List<Result> results,
            java.util.function.Function<Result, String> key) {
        Map<String, List<Result>> groups = results.stream().collect(Collectors.groupingBy(key, TreeMap::new,
                Collectors.toList()));
        sb.append(String.format("%n  %-40s %6s %6s %7s%n", by, "mails", "passed", "score"));
        groups.forEach((k, list) -> {
            long ok = list.stream().filter(Result::passed).count();
            sb.append(String.format(Locale.ROOT, "  %-40s %6d %6d %6.1f%%%n", k, list.size(), ok, 100.0 * ok / list.size()));
        });
    }

    static double share(List<Result> results) {
        return results.isEmpty() ? 0 : (double) results.stream().filter(Result::passed).count() / results.size();
    }

    /** Everything the hub read from one mail and what it decided, for working out why a mail fails. */
    static String explain(java.nio.file.Path file) throws IOException {
        InboundMail mail = mail(file);
        StringBuilder sb = new StringBuilder("\n" + file + "\nFrom: " + mail.from() + "\nSubject: " + mail.subject()
                + "\n\nBody:\n" + mail.textBody() + "\n");
        StringBuilder whole = new StringBuilder(mail.subject() + "\n" + mail.textBody());
        for (InboundMail.Attachment a : mail.attachments()) {
            sb.append("\nAttachment ").append(a.name()).append(" (").append(a.contentType()).append(")\n");
            String lower = a.name().toLowerCase(Locale.ROOT);
            try {
                if (lower.endsWith(".docx") || lower.endsWith(".doc") || lower.endsWith(".pdf") || lower.endsWith(".odt")) {
                    byte[] docx = lower.endsWith(".odt") && org.ypsa.hub.domain.documents.OpenDocument.read(a.name(),
                            a.bytes()) instanceof org.ypsa.hub.domain.documents.OpenDocument.Text t ? t.docx() : a.bytes();
                    org.ypsa.hub.domain.documents.LabelledDocument d = (lower.endsWith(".pdf")
                            ? org.ypsa.hub.domain.documents.PdfReader.readWithTables(a.name(), a.bytes())
                            : org.ypsa.hub.domain.documents.WordReader.readWithTables(a.name(), docx)).form();
                    sb.append("  text:\n    ").append(d.text().replace("\n", "\n    ")).append("\n  label -> value:\n");
                    whole.append('\n').append(d.text());
                    d.entries().forEach(en -> whole.append('\n').append(en.value() == null ? "" : en.value()));
                    d.entries().forEach(en -> sb.append("    [").append(en.label()).append("] -> [").append(en.value())
                            .append("]  (").append(en.where()).append(en.section().isEmpty() ? "" : ", under " + en.section()).append(")\n"));
                } else if (lower.endsWith(".csv")) {
                    org.ypsa.hub.domain.grid.CsvReader.read(a.name(), a.bytes()).rows()
                            .forEach(r -> sb.append("    ").append(r.number()).append(": ").append(r.cells()).append("\n"));
                } else if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
                    for (org.ypsa.hub.domain.grid.Grid g : org.ypsa.hub.domain.grid.SpreadsheetReader.read(a.name(), a.bytes())) {
                        g.rows().forEach(r -> sb.append("    ").append(r.number()).append(": ").append(r.cells()).append("\n"));
                    }
                }
            } catch (org.ypsa.hub.domain.grid.UnreadableDocument e) {
                sb.append("  unreadable: ").append(e.getMessage()).append("\n");
            }
        }
        sb.append("\nBody label -> value:\n");
        org.ypsa.hub.domain.documents.TextFields.labelValues(mail.textBody(), "line").forEach(en -> sb.append("    [")
                .append(en.label()).append("] -> [").append(en.value()).append("]\n"));
        VariationScore scorer = new VariationScore();
        String read = scorer.intake.bodyAsRead(mail.textBody());
        if (read != null && !read.equals(mail.textBody())) {
            sb.append("\nBody as read, a label to a line:\n").append(read).append("\n");
            org.ypsa.hub.domain.documents.TextFields.labelValues(read, "line").forEach(en -> sb.append("    [")
                    .append(en.label()).append("] -> [").append(en.value()).append("]\n"));
        }
        Outcome o = scorer.intake.handle(mail);
        sb.append("\nOutcome: ").append(o).append("\n");
        sb.append("Signs on the whole text: ").append(org.ypsa.hub.domain.intelligence.Screening.screen(whole.toString(),
                mail.receivedAt().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate()).signs()).append("\n");
        return sb.toString();
    }
}
