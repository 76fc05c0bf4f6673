package org.ypsa.hub.domain.intake;

import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ypsa.hub.domain.Labels;
import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.domain.directory.Directory;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.duty.BankHolidays;
import org.ypsa.hub.domain.documents.LabelledDocument;
import org.ypsa.hub.domain.documents.PdfReader;
import org.ypsa.hub.domain.documents.TextFields;
import org.ypsa.hub.domain.documents.WordReader;
import org.ypsa.hub.domain.grid.CsvReader;
import org.ypsa.hub.domain.grid.Grid;
import org.ypsa.hub.domain.grid.SpreadsheetReader;
import org.ypsa.hub.domain.grid.TextReader;
import org.ypsa.hub.domain.grid.UnreadableDocument;
import org.ypsa.hub.domain.referrals.Referral;
import org.ypsa.hub.domain.referrals.ReferralField;
import org.ypsa.hub.domain.referrals.ReferralValidator;
import org.ypsa.hub.domain.referrals.RiskConcern;
import org.ypsa.hub.domain.referrals.RiskConcernValidator;
import org.ypsa.hub.domain.referrals.RiskField;
import org.ypsa.hub.domain.safeguarding.IntelligenceField;
import org.ypsa.hub.domain.safeguarding.IntelligenceValidator;
import org.ypsa.hub.domain.safeguarding.MashField;
import org.ypsa.hub.domain.safeguarding.MashReferral;
import org.ypsa.hub.domain.safeguarding.MashValidator;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;
import org.ypsa.hub.domain.safeguarding.SafeguardingValidator;
import org.ypsa.hub.domain.voids.VoidReturn;
import org.ypsa.hub.domain.voids.VoidReturnReader;
import org.ypsa.hub.domain.voids.VoidReturnValidator;

/** Recognises the form in an email from its content (never from the mailbox alone), reads it and validates it. */
public final class Intake {
    private static final FieldCatalog<ReferralField> REFERRAL_FIELDS = new FieldCatalog<>(ReferralField.class,
            ReferralField::synonyms, ReferralField::label);
    private static final FieldCatalog<RiskField> RISK_FIELDS = new FieldCatalog<>(RiskField.class, RiskField::synonyms,
            RiskField::label);
    /** A document naming this many referral fields is a referral even without the form's title. */
    private static final int REFERRAL_FIELDS_TO_RECOGNISE = 6;

    private static final FieldCatalog<SafeguardingField> SAFEGUARDING_FIELDS = new FieldCatalog<>(
            SafeguardingField.class, SafeguardingField::synonyms, SafeguardingField::label);
    private static final FieldCatalog<IntelligenceField> INTELLIGENCE_FIELDS = new FieldCatalog<>(
            IntelligenceField.class, IntelligenceField::synonyms, IntelligenceField::label);
    private static final FieldCatalog<MashField> MASH_FIELDS = new FieldCatalog<>(MashField.class, MashField::synonyms,
            MashField::label);

    private final ZoneId zone;
    private final SafeguardingValidator safeguarding;
    private final IntelligenceValidator intelligence;
    private final MashValidator mash = new MashValidator();
    private final VoidReturnValidator voids;
    private final ReferralValidator referrals;
    private final RiskConcernValidator risks;

    /** A hub reference as quoted in a reply's subject. */
    public static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern
            .compile("YPSA-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
    private final Directory directory;

    public Intake(Directory directory, ZoneId zone, LocalTime voidDeadline, BankHolidays holidays) {
        this.directory = directory;
        this.voids = new VoidReturnValidator(directory, zone, voidDeadline, holidays);
        this.referrals = new ReferralValidator(directory);
        this.risks = new RiskConcernValidator(directory);
        this.safeguarding = new SafeguardingValidator(directory);
        this.intelligence = new IntelligenceValidator(directory);
        this.zone = zone;
    }

    public Outcome handle(InboundMail mail) {
        Optional<Outcome> reply = staffReply(mail);
        if (reply.isPresent()) {
            return reply.get();
        }
        List<VoidReturnReader.Draft> drafts = new ArrayList<>();
        List<LabelledDocument> documents = new ArrayList<>();
        List<Problem> unreadable = new ArrayList<>();
        for (InboundMail.Attachment a : mail.attachments()) {
            try {
                switch (kind(a)) {
                    case SPREADSHEET -> SpreadsheetReader.read(name(a), a.bytes())
                            .forEach(g -> VoidReturnReader.fromGrid(g).ifPresent(drafts::add));
                    case CSV -> VoidReturnReader.fromGrid(CsvReader.read(name(a), a.bytes())).ifPresent(drafts::add);
                    case WORD -> documents.add(WordReader.read(name(a), a.bytes()));
                    case PDF -> documents.add(PdfReader.read(name(a), a.bytes()));
                    case TEXT -> VoidReturnReader.fromGrid(TextReader.table(name(a),
                            new String(a.bytes(), StandardCharsets.UTF_8))).ifPresent(drafts::add);
                    case OTHER -> {
                        // pictures, signatures and other files travel with the form as stored originals
                    }
                }
            } catch (UnreadableDocument e) {
                unreadable.add(new Problem("Attachment " + name(a), "File", e.getMessage(),
                        "a .docx, .pdf, .xlsx or .csv file without a password or macros"));
            }
        }
        if (drafts.isEmpty()) {
            bodyDraft(mail.textBody()).ifPresent(drafts::add);
        }
        if (!drafts.isEmpty()) {
            Validated<VoidReturn> v = voids.validate(drafts, mail.from(), mail.receivedAt());
            return outcome(FormType.VOID_RETURN, null, v);
        }
        documents.add(new LabelledDocument("the email body", mail.textBody(),
                TextFields.labelValues(mail.textBody(), "line")));
        String wholeText = wholeText(mail, documents);
        for (LabelledDocument doc : documents) {
            Optional<Outcome> o = intelligence(doc, mail, wholeText).or(() -> safeguarding(doc, mail))
                    .or(() -> mash(doc, mail)).or(() -> riskConcern(doc, mail)).or(() -> referral(doc, mail));
            if (o.isPresent()) {
                return o.get();
            }
        }
        if (!unreadable.isEmpty()) {
            return new Outcome.Rejected(guess(mail), unreadable, List.of());
        }
        if (guess(mail) == FormType.VOID_RETURN) {
            return new Outcome.Rejected(FormType.VOID_RETURN, List.of(new Problem("Return", "Properties",
                    "no table of properties was found in the email or its attachments",
                    "an .xlsx or .csv attachment, or lines such as \"Property reference: ABC-01\", with a header row "
                            + "naming Property reference, Locality, Service type, Total units, Occupied and Vacant")),
                    List.of());
        }
        return new Outcome.Unrecognised("no form the hub knows was found in the email or its attachments");
    }

    private Optional<Outcome> referral(LabelledDocument doc, InboundMail mail) {
        Map<ReferralField, String> fields = REFERRAL_FIELDS.read(doc);
        String text = Labels.normalize(doc.text());
        boolean titled = text.contains("assessmentandreferral") || text.contains("referralform");
        if (!titled && fields.size() < REFERRAL_FIELDS_TO_RECOGNISE) {
            return Optional.empty();
        }
        String variant = variant(doc.text(), fields.get(ReferralField.VARIANT), mail.subject());
        return Optional.of(outcome(FormType.REFERRAL, variant, referrals.validate(variant, fields, mail.from())));
    }

    /** Screened on the whole mail, not only the fields that were understood (SPEC.md, "Screening first"). */
    private Optional<Outcome> intelligence(LabelledDocument doc, InboundMail mail, String wholeText) {
        Map<IntelligenceField, String> fields = INTELLIGENCE_FIELDS.read(doc);
        if (!readsLikeIntelligence(doc, fields, mail.subject())) {
            return Optional.empty();
        }
        return Optional.of(outcome(FormType.INTELLIGENCE_SUBMISSION, null,
                intelligence.validate(fields, wholeText, mail.from(), today(mail))));
    }

    private static final java.util.regex.Pattern INTELLIGENCE_WORD = java.util.regex.Pattern
            .compile("(?i)\\bintel(ligence)?\\b|\\binfo(rmation)? (sharing )?(for|with|to) (the )?police\\b");
    private static final List<String> OTHER_TITLES = List.of("assessmentandreferral", "referralform", "referralfor",
            "safeguardingincident", "riskconcern", "voidreturn", "mashreferral", "mediationoutcome");

    /**
     * The form's title or the subject names intelligence, or its fields are ones only this form has (vehicles,
     * grading, handling code), or most of its fields are there and the document does not read as a referral; a few
     * words shared with other forms (agency, role, email, details) are not enough, and a document titled as another
     * form is that form.
     */
    private static boolean readsLikeIntelligence(LabelledDocument doc, Map<IntelligenceField, String> fields,
            String subject) {
        String head = firstLines(doc.text());
        String title = Labels.normalize(head);
        String text = Labels.normalize(doc.text());
        boolean named = INTELLIGENCE_WORD.matcher(head).find() || INTELLIGENCE_WORD.matcher(subject).find()
                || text.contains("intelligencesharing") || text.contains("intelligencesubmission")
                || text.contains("partnershipagencyintelligence");
        boolean titledIntelligence = title.matches(".*(intelligence(sharing|submission|form|report)|partnershipagency).*");
        if (!titledIntelligence && OTHER_TITLES.stream().anyMatch(title::contains)) {
            return false;
        }
        boolean ownFields = fields.containsKey(IntelligenceField.INFORMATION)
                && (fields.containsKey(IntelligenceField.VEHICLES) || fields.containsKey(IntelligenceField.GRADING)
                        || fields.containsKey(IntelligenceField.HANDLING)
                        || fields.containsKey(IntelligenceField.PERSONS) && fields.containsKey(IntelligenceField.SOURCE));
        if (named || ownFields) {
            return true;
        }
        return fields.containsKey(IntelligenceField.INFORMATION) && fields.containsKey(IntelligenceField.AGENCY)
                && fields.containsKey(IntelligenceField.WORKER) && (fields.containsKey(IntelligenceField.WHEN)
                        || fields.containsKey(IntelligenceField.PERSONS))
                && REFERRAL_FIELDS.read(doc).size() < REFERRAL_FIELDS_TO_RECOGNISE;
    }

    /** Everything the sender wrote: the subject, the body and the text of every document. */
    private static String wholeText(InboundMail mail, List<LabelledDocument> documents) {
        StringBuilder sb = new StringBuilder(mail.subject() == null ? "" : mail.subject());
        documents.forEach(d -> sb.append('\n').append(d.text()));
        return sb.toString();
    }

    private Optional<Outcome> safeguarding(LabelledDocument doc, InboundMail mail) {
        Map<SafeguardingField, String> fields = SAFEGUARDING_FIELDS.read(doc);
        String text = Labels.normalize(doc.text());
        boolean titled = text.contains("safeguardingincident");
        if (!titled && !(fields.containsKey(SafeguardingField.SEVERITY) && fields.containsKey(SafeguardingField.CATEGORY))) {
            return Optional.empty();
        }
        return Optional.of(outcome(FormType.SAFEGUARDING_INCIDENT, null, safeguarding.validate(fields, mail.from())));
    }

    private Optional<Outcome> mash(LabelledDocument doc, InboundMail mail) {
        Map<MashField, String> fields = MASH_FIELDS.read(doc);
        String text = Labels.normalize(doc.text());
        if (text.contains("mediationoutcome") && text.contains("prevent")) {
            return Optional.of(outcome(FormType.MASH_NOTICE, MashReferral.MEDIATION_PREVENTED,
                    mash.validate(MashReferral.MEDIATION_PREVENTED, fields, today(mail))));
        }
        boolean titled = text.contains("mashreferral");
        if (!titled && !(fields.containsKey(MashField.STATUS) && fields.containsKey(MashField.AGENCY))) {
            return Optional.empty();
        }
        return Optional.of(outcome(FormType.MASH_REFERRAL, MashReferral.REFERRAL,
                mash.validate(MashReferral.REFERRAL, fields, today(mail))));
    }

    private java.time.LocalDate today(InboundMail mail) {
        return (mail.receivedAt() == null ? java.time.Instant.now() : mail.receivedAt()).atZone(zone).toLocalDate();
    }

    private Optional<Outcome> riskConcern(LabelledDocument doc, InboundMail mail) {
        Map<RiskField, String> fields = RISK_FIELDS.read(doc);
        String text = Labels.normalize(doc.text() + " " + mail.subject());
        boolean titled = text.contains("riskconcern");
        boolean parts = fields.containsKey(RiskField.RISK) && (fields.containsKey(RiskField.RESOURCES)
                || fields.containsKey(RiskField.REASON));
        if (!titled && !parts || Labels.normalize(doc.text()).contains("assessmentandreferral")) {
            return Optional.empty();
        }
        Validated<RiskConcern> v = risks.validate(fields, mail.subject(), doc.text(), mail.from());
        return Optional.of(outcome(FormType.RISK_CONCERN, null, v));
    }

    /** The form's title says which version it is; "NON-EMERGENCY" contains "EMERGENCY", so it is looked for first. */
    static String variant(String text, String field, String subject) {
        for (String s : new String[] {firstLines(text), field == null ? "" : field, subject}) {
            String n = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            if (n.contains("nonemergency")) {
                return Referral.NON_EMERGENCY;
            }
            if (n.contains("emergency") || n.equals("yes")) {
                return Referral.EMERGENCY;
            }
        }
        return Referral.NON_EMERGENCY;
    }

    private static String firstLines(String text) {
        String[] lines = text.split("\\R");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length && i < 8; i++) {
            sb.append(lines[i]).append(' ');
        }
        return sb.toString();
    }

    private static <T> Outcome outcome(FormType type, String variant, Validated<T> v) {
        if (v.isValid()) {
            return new Outcome.Routed(type, variant, v.value(), v.warnings());
        }
        return new Outcome.Rejected(type, v.problems(), v.warnings());
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

    /**
     * A reply that closes a loop: a hub reference in the subject, a directory word opening the first line the
     * member of staff wrote (never the subject, which repeats the hub's own words), and no form attached (a corrected
     * form sent in reply to a rejection is a form, not a reply).
     */
    private Optional<Outcome> staffReply(InboundMail mail) {
        java.util.regex.Matcher ref = REFERENCE.matcher(mail.subject().toUpperCase(Locale.ROOT));
        if (mail.autoGenerated() || !ref.find() || mail.attachments().stream().anyMatch(a -> kind(a) != Kind.OTHER)) {
            // an out-of-office reply never closes a loop; a reply carrying a form is a form
            return Optional.empty();
        }
        // Only the words the sender wrote: the subject carries the hub's own words ("Received: ...").
        Optional<Map.Entry<Directory.ReplyWord, String>> found = directory.replyWordIn(firstOwnLine(mail.textBody()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Directory.ReplyWord w = found.get().getKey();
        if (!directory.mayReply(mail.from())) {
            return Optional.of(new Outcome.Rejected(FormType.STAFF_REPLY, List.of(new Problem("Reply", "Sender",
                    "the hub only takes " + w.word() + " from the teams, providers and referrers in its directory",
                    "a reply from your work address; if that is what you used, ask the hub's admin to add it")),
                    List.of()));
        }
        String date = null;
        if (w.needsDate()) {
            java.util.regex.Matcher dm = java.util.regex.Pattern.compile("\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}")
                    .matcher(found.get().getValue());
            Optional<java.time.LocalDate> d = dm.find() ? org.ypsa.hub.domain.Dates.parse(dm.group()) : Optional.empty();
            if (d.isEmpty()) {
                return Optional.of(new Outcome.Rejected(FormType.STAFF_REPLY, List.of(new Problem("Reply", "Date",
                        w.word() + " needs the date it happened", w.word() + " followed by a date, for example "
                                + w.word() + " 01/04/2027")), List.of()));
            }
            date = d.get().toString();
        }
        return Optional.of(new Outcome.Routed(FormType.STAFF_REPLY, w.word(), new org.ypsa.hub.domain.clocks.StaffReply(
                ref.group(), w.word(), w.closes(), w.starts(), w.tellReferrer(), date, mail.from()), List.of()));
    }

    /** The first line the sender wrote: blank lines skipped, stopping at quoted text or an Outlook header. */
    private static String firstOwnLine(String body) {
        for (String line : body.split("\\R")) {
            String l = line.strip();
            if (l.startsWith(">") || l.startsWith("From:") || l.startsWith("-----") || l.startsWith("_____")
                    || l.matches("(?i)^(on .* wrote:|begin forwarded message:?)$")) {
                return "";
            }
            if (!l.isEmpty()) {
                return l;
            }
        }
        return "";
    }

    private enum Kind { SPREADSHEET, CSV, WORD, PDF, TEXT, OTHER }

    /** What a file is, by its content first: a name or type that lies does not decide how it is opened. */
    private static Kind kind(InboundMail.Attachment a) {
        String lower = name(a).toLowerCase(Locale.ROOT);
        String type = a.contentType() == null ? "" : a.contentType().toLowerCase(Locale.ROOT);
        byte[] b = a.bytes();
        boolean zip = b.length > 3 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
        boolean ole2 = b.length > 7 && (b[0] & 0xff) == 0xD0 && (b[1] & 0xff) == 0xCF && (b[2] & 0xff) == 0x11
                && (b[3] & 0xff) == 0xE0;
        boolean pdf = b.length > 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F';
        if (pdf || lower.endsWith(".pdf") || type.equals("application/pdf")) {
            return Kind.PDF;
        }
        if (lower.endsWith(".docx") || lower.endsWith(".docm") || lower.endsWith(".doc")
                || type.contains("wordprocessingml") || type.contains("msword")) {
            return Kind.WORD;
        }
        if (lower.endsWith(".csv") || type.startsWith("text/csv")) {
            return Kind.CSV;
        }
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls")
                || ((type.contains("spreadsheet") || type.contains("excel")) && (zip || ole2))) {
            return Kind.SPREADSHEET;
        }
        if (zip) {
            String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
            if (head.contains("word/")) {
                return Kind.WORD;
            }
            if (head.contains("xl/")) {
                return Kind.SPREADSHEET;
            }
        }
        if (type.startsWith("text/plain") || lower.endsWith(".txt")) {
            return Kind.TEXT;
        }
        return Kind.OTHER;
    }

    private static String name(InboundMail.Attachment a) {
        return a.name() == null ? "attachment" : a.name();
    }

    private static FormType guess(InboundMail mail) {
        String s = (mail.subject() + " " + mail.textBody()).toLowerCase(Locale.ROOT);
        if (s.contains("referral")) {
            return FormType.REFERRAL;
        }
        if (s.contains("void return") || s.contains("voids") || s.matches("(?s).*\\bvoid\\b.*")) {
            return FormType.VOID_RETURN;
        }
        return FormType.UNKNOWN;
    }
}
