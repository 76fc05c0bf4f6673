package org.ypsa.hub.domain.intake;

import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.domain.directory.Directory;
import org.ypsa.hub.domain.grid.CsvReader;
import org.ypsa.hub.domain.grid.Grid;
import org.ypsa.hub.domain.grid.SpreadsheetReader;
import org.ypsa.hub.domain.grid.TextReader;
import org.ypsa.hub.domain.grid.UnreadableDocument;
import org.ypsa.hub.domain.voids.VoidReturn;
import org.ypsa.hub.domain.voids.VoidReturnReader;
import org.ypsa.hub.domain.voids.VoidReturnValidator;

/** Recognises the form in an email from its content, reads it and validates it. */
public final class Intake {
    private final VoidReturnValidator voids;

    public Intake(Directory directory, ZoneId zone, LocalTime voidDeadline) {
        this.voids = new VoidReturnValidator(directory, zone, voidDeadline);
    }

    public Outcome handle(InboundMail mail) {
        List<VoidReturnReader.Draft> drafts = new ArrayList<>();
        List<Problem> unreadable = new ArrayList<>();
        for (InboundMail.Attachment a : mail.attachments()) {
            try {
                for (Grid grid : grids(a)) {
                    VoidReturnReader.fromGrid(grid).ifPresent(drafts::add);
                }
            } catch (UnreadableDocument e) {
                unreadable.add(new Problem("Attachment " + a.name(), "File", e.getMessage(),
                        "an .xlsx, .xls or .csv file without a password or macros"));
            }
        }
        if (drafts.isEmpty()) {
            bodyDraft(mail.textBody()).ifPresent(drafts::add);
        }
        if (!drafts.isEmpty()) {
            Validated<VoidReturn> v = voids.validate(drafts, mail.from(), mail.receivedAt());
            if (v.isValid()) {
                return new Outcome.Routed(FormType.VOID_RETURN, null, v.value(), v.warnings());
            }
            return new Outcome.Rejected(FormType.VOID_RETURN, v.problems(), v.warnings());
        }
        if (!unreadable.isEmpty()) {
            FormType guess = mentionsVoids(mail) ? FormType.VOID_RETURN : FormType.UNKNOWN;
            return new Outcome.Rejected(guess, unreadable, List.of());
        }
        if (mentionsVoids(mail)) {
            return new Outcome.Rejected(FormType.VOID_RETURN, List.of(new Problem("Return", "Properties",
                    "no table of properties was found in the email or its attachments",
                    "an .xlsx or .csv attachment, or lines such as \"Property reference: ABC-01\", with a header row "
                            + "naming Property reference, Locality, Service type, Total units, Occupied and Vacant")),
                    List.of());
        }
        return new Outcome.Unrecognised("no form the hub knows was found in the email or its attachments");
    }

    private static Optional<VoidReturnReader.Draft> bodyDraft(String body) {
        if (body.isBlank()) {
            return Optional.empty();
        }
        Optional<VoidReturnReader.Draft> table = VoidReturnReader.fromGrid(TextReader.table("the email body", body));
        if (table.isPresent()) {
            return table;
        }
        return VoidReturnReader.fromLabelValues("the email body", TextReader.labelValues(body));
    }

    private static List<Grid> grids(InboundMail.Attachment a) throws UnreadableDocument {
        String name = a.name() == null ? "attachment" : a.name();
        String lower = name.toLowerCase(Locale.ROOT);
        String type = a.contentType() == null ? "" : a.contentType().toLowerCase(Locale.ROOT);
        byte[] b = a.bytes();
        boolean zip = b.length > 3 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
        boolean ole2 = b.length > 7 && (b[0] & 0xff) == 0xD0 && (b[1] & 0xff) == 0xCF && (b[2] & 0xff) == 0x11
                && (b[3] & 0xff) == 0xE0;
        boolean spreadsheetName = lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls");
        boolean spreadsheetType = type.contains("spreadsheet") || type.contains("excel");
        if (lower.endsWith(".csv") || type.startsWith("text/csv")) {
            if (zip || ole2) {
                throw new UnreadableDocument("the file " + name + " is named as CSV but is not text");
            }
            return List.of(CsvReader.read(name, b));
        }
        if (spreadsheetName || (spreadsheetType && (zip || ole2))) {
            return SpreadsheetReader.read(name, b);
        }
        if (zip && looksLikeWorkbookPackage(b)) {
            return SpreadsheetReader.read(name, b);
        }
        if (type.startsWith("text/plain") || lower.endsWith(".txt")) {
            return List.of(TextReader.table(name, new String(b, StandardCharsets.UTF_8)));
        }
        return List.of();
    }

    /** An XLSX sent under another name: its package holds xl/workbook.xml. */
    private static boolean looksLikeWorkbookPackage(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
        return head.contains("xl/") || head.contains("[Content_Types].xml") && head.contains("xl");
    }

    private static boolean mentionsVoids(InboundMail mail) {
        String s = (mail.subject() + " " + mail.textBody()).toLowerCase(Locale.ROOT);
        return s.contains("void return") || s.contains("voids") || s.contains("void form")
                || s.matches("(?s).*\\bvoid\\b.*");
    }
}
