package org.ypsa.hub.domain.intake;

import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.ypsa.hub.domain.FormRecord;
import org.ypsa.hub.domain.Labels;
import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.domain.Validated;
import org.ypsa.hub.domain.directory.Directory;
import org.ypsa.hub.domain.documents.DocumentViews;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.documents.FieldValues;
import org.ypsa.hub.domain.documents.LabelledDocument;
import org.ypsa.hub.domain.documents.RiskLetter;
import org.ypsa.hub.domain.documents.RichTextWord;
import org.ypsa.hub.domain.documents.InlineAnswers;
import org.ypsa.hub.domain.documents.MailTail;
import org.ypsa.hub.domain.documents.OpenDocument;
import org.ypsa.hub.domain.documents.PdfReader;
import org.ypsa.hub.domain.documents.SentenceAnswers;
import org.ypsa.hub.domain.documents.SpacedColumns;
import org.ypsa.hub.domain.documents.TextFields;
import org.ypsa.hub.domain.documents.WordReader;
import org.ypsa.hub.domain.duty.BankHolidays;
import org.ypsa.hub.domain.forms.FormLibrary;
import org.ypsa.hub.domain.grid.CsvReader;
import org.ypsa.hub.domain.grid.Grid;
import org.ypsa.hub.domain.grid.LogSheet;
import org.ypsa.hub.domain.grid.ResponseExport;
import org.ypsa.hub.domain.grid.SpreadsheetReader;
import org.ypsa.hub.domain.grid.TextReader;
import org.ypsa.hub.domain.grid.UnreadableDocument;
import org.ypsa.hub.domain.intelligence.IntelligenceField;
import org.ypsa.hub.domain.intelligence.IntelligenceValidator;
import org.ypsa.hub.domain.mash.MashField;
import org.ypsa.hub.domain.mash.MashReferral;
import org.ypsa.hub.domain.mash.MashValidator;
import org.ypsa.hub.domain.referrals.Referral;
import org.ypsa.hub.domain.referrals.ReferralField;
import org.ypsa.hub.domain.referrals.ReferralValidator;
import org.ypsa.hub.domain.risk.RiskConcernValidator;
import org.ypsa.hub.domain.risk.RiskField;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;
import org.ypsa.hub.domain.safeguarding.SafeguardingValidator;
import org.ypsa.hub.domain.voids.VoidField;
import org.ypsa.hub.domain.voids.VoidReturn;
import org.ypsa.hub.domain.voids.VoidReturnReader;
import org.ypsa.hub.domain.voids.VoidReturnValidator;

/** Recognises the form in an email from its content (never from the mailbox alone), reads it and validates it. */
public final class Intake {
    /** What a title in the document's text adds to its field score when recognising the form. */
    private static final double TITLE_WEIGHT = 4;
    /** What a document naming all of a form's required fields adds to its score; a share of them adds a share. */
    private static final double COVERAGE_WEIGHT = 3;

    private final FieldCatalog<ReferralField> referralFields;
    private final FieldCatalog<RiskField> riskFields;
    private final FieldCatalog<SafeguardingField> safeguardingFields;
    private final FieldCatalog<IntelligenceField> intelligenceFields;
    private final FieldCatalog<MashField> mashFields;
    private final FieldCatalog<VoidField> voidFields;

    private final ZoneId zone;
    private final SafeguardingValidator safeguarding;
    private final IntelligenceValidator intelligence;
    private final MashValidator mash = new MashValidator();
    private final VoidReturnValidator voids;
    private final ReferralValidator referrals;
    private final RiskConcernValidator risks;
    /** A provider's risk concern written as a letter, by the risk concern's letter: wordings. */
    private final RiskLetter riskLetter;

    private final Directory directory;
    private final MediationNotices notices;

    /** An intake reading the forms shipped in config/forms. */
    public Intake(Directory directory, ZoneId zone, LocalTime voidDeadline, BankHolidays holidays) {
        this(directory, FormLibrary.shipped(), zone, voidDeadline, holidays);
    }

    public Intake(Directory directory, FormLibrary forms, ZoneId zone, LocalTime voidDeadline, BankHolidays holidays) {
        this.directory = directory;
        this.referralFields = new FieldCatalog<>(ReferralField.class, forms.form(FormType.REFERRAL.id()));
        this.riskFields = new FieldCatalog<>(RiskField.class, forms.form(FormType.RISK_CONCERN.id()));
        this.safeguardingFields = new FieldCatalog<>(SafeguardingField.class,
                forms.form(FormType.SAFEGUARDING_INCIDENT.id()));
        this.intelligenceFields = new FieldCatalog<>(IntelligenceField.class,
                forms.form(FormType.INTELLIGENCE_SUBMISSION.id()));
        this.mashFields = new FieldCatalog<>(MashField.class, forms.form(FormType.MASH_REFERRAL.id()));
        this.voidFields = new FieldCatalog<>(VoidField.class, forms.form(FormType.VOID_RETURN.id()));
        this.voids = new VoidReturnValidator(directory, zone, voidDeadline, holidays);
        this.referrals = new ReferralValidator(directory, referralFields::required);
        this.risks = new RiskConcernValidator(directory);
        this.riskLetter = new RiskLetter(forms.form(FormType.RISK_CONCERN.id()).letter());
        this.safeguarding = new SafeguardingValidator(directory);
        this.intelligence = new IntelligenceValidator(directory);
        this.zone = zone;
        this.notices = new MediationNotices(mashFields, (type, text) -> titled(catalogOf(type).spec(), Labels.normalize(text)),
                this::subjectNames);
        warmUp();
    }

    /**
     * Reads each form's own labels once, at start-up and on each reload, so that the first mail after either is
     * not the one that pays for loading and compiling the matcher (a mail has a read time limit).
     */
    private void warmUp() {
        for (FieldCatalog<?> c : List.of(referralFields, riskFields, safeguardingFields, intelligenceFields, mashFields,
                voidFields)) {
            StringBuilder lines = new StringBuilder();
            StringBuilder text = new StringBuilder();
            for (org.ypsa.hub.domain.forms.FormSpec.FieldSpec f : c.spec().fields()) {
                lines.append(f.name()).append(": -\n");
                text.append(f.name()).append(" -\n");
            }
            for (int round = 0; round < 3; round++) {
                c.read(new LabelledDocument("warm-up", text.toString(),
                        TextFields.labelValues(lines.toString(), "line")));
            }
        }
    }

    public Outcome handle(InboundMail mail) {
        List<String> notes = new ArrayList<>(); // what the sender is told of how the mail was read
        return read(mail, notes).withWarnings(notes);
    }

    private Outcome read(InboundMail mail, List<String> notes) {
        Optional<Outcome> reply = staffReply(mail);
        if (reply.isPresent()) {
            return reply.get();
        }
        List<VoidReturnReader.Draft> drafts = new ArrayList<>();
        List<LabelledDocument> documents = new ArrayList<>();
        List<Problem> unreadable = new ArrayList<>();
        List<Grid> grids = new ArrayList<>();
        List<Grid> tablesInDocuments = new ArrayList<>(); // a return typed as a table in Word or a PDF
        for (InboundMail.Attachment a : mail.attachments()) {
            try {
                switch (kind(a)) {
                    case SPREADSHEET -> grids.addAll(SpreadsheetReader.read(name(a), a.bytes()));
                    case CSV -> grids.add(CsvReader.read(name(a), a.bytes()));
                    case WORD -> both(WordReader.readWithTables(name(a), a.bytes()), documents, tablesInDocuments);
                    case PDF -> both(PdfReader.readWithTables(name(a), a.bytes()), documents, tablesInDocuments);
                    case TEXT -> VoidReturnReader.fromGrid(TextReader.table(name(a),
                            new String(a.bytes(), StandardCharsets.UTF_8)), voidFields).ifPresent(drafts::add);
                    case OPEN_DOCUMENT -> {
                        OpenDocument.Content c = OpenDocument.read(name(a), a.bytes());
                        if (c instanceof OpenDocument.Text t) {
                            both(WordReader.readWithTables(name(a), t.docx()), documents, tablesInDocuments);
                        } else if (c instanceof OpenDocument.Sheets s) {
                            grids.addAll(s.grids());
                        }
                    }
                    case OTHER -> {
                        // pictures, signatures and other files travel with the form as stored originals
                    }
                }
            } catch (UnreadableDocument e) {
                unreadable.add(new Problem("Attachment " + name(a), "File", e.getMessage(),
                        "a Word (.docx, .doc or .rtf), LibreOffice (.odt or .ods), .pdf, .xlsx, .xls or .csv file without a password "
                                + "or macros"));
            }
        }
        withoutDrafts(documents, tablesInDocuments, mail.textBody());
        List<Grid> laidOutAsForms = new ArrayList<>();
        for (Grid g : grids) {
            VoidReturnReader.fromGrid(g, voidFields).ifPresentOrElse(drafts::add, () -> laidOutAsForms.add(g));
        }
        List<VoidReturnReader.Draft> withCovers = VoidReturnReader.withCoverSheets(drafts, laidOutAsForms, voidFields);
        drafts.clear();
        drafts.addAll(withCovers);
        for (Grid g : tablesInDocuments) {
            VoidReturnReader.fromDocumentTable(g, voidFields).ifPresent(drafts::add);
        }
        if (drafts.isEmpty()) {
            bodyDraft(mail.textBody()).ifPresent(drafts::add);
        }
        if (drafts.isEmpty()) {
            // a sheet that is no weekly return may be a form a case system exported (an intelligence submission...)
            for (Grid g : laidOutAsForms) {
                try {
                    // an online form's responses exported: its questions head the columns, the answers in the row under
                    // or a log whose header row's labels have the entry's answers under them (LogSheet)
                    Optional<ResponseExport.Read> export = ResponseExport.read(g).or(() -> LogSheet.read(g));
                    export.flatMap(ResponseExport.Read::note).ifPresent(notes::add);
                    documents.add(WordReader.read(export.map(ResponseExport.Read::form).orElse(g)));
                } catch (UnreadableDocument e) {
                    unreadable.add(new Problem(g.source(), "File", e.getMessage(), "a form the hub can read"));
                }
            }
        }
        if (!drafts.isEmpty()) {
            Validated<VoidReturn> v = voids.validate(VoidReturnReader.withWeekFromMail(drafts, mail.subject(),
                    mail.textBody()), mail.from(), mail.receivedAt());
            return outcome(FormType.VOID_RETURN, null, v);
        }
        // a provider's risk concern written as a letter is read as its form's lines (a form with its labels is no letter)
        documents.replaceAll(d -> d.entries().size() > LETTER_ENTRIES ? d
                : riskLetter.asForm(d.text()).map(lines -> asLines(d.source(), lines)).orElse(d));
        boolean besideAttachedForms = !documents.isEmpty();
        documents.add(asLines("the email body", mail.textBody()));
        String wholeText = wholeText(mail, documents); // screened as the sender wrote it
        // a worker's intelligence in sentences is read as its form's lines (screening reads the mail as written)
        String body = besideAttachedForms ? mail.textBody()
                : org.ypsa.hub.domain.documents.WorkerProse.asForm(mail.textBody())
                        .or(() -> riskLetter.asForm(mail.textBody())).orElse(mail.textBody());
        String sentences = bodyAsRead(mail.subject(), body, besideAttachedForms);
        if (sentences != null && !sentences.equals(mail.textBody())) {
            documents.set(documents.size() - 1, asLines("the email body", sentences));
        }
        Optional<Outcome> form = recognise(documents, mail, wholeText);
        if (form.isPresent()) {
            return form.get();
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
        return unrecognised(wholeText, today(mail));
    }

    /**
     * A mail that is no form the hub knows is screened on its whole text all the same (SPEC.md, "Screening first ...
     * whatever the field parsing finds"; issue 14: an emergency is caught even when none of the form's labels were
     * understood), by the one {@link org.ypsa.hub.domain.intelligence.Screening}: it is held for an admin either way,
     * and {@link IntakePolicy} decides who is told of present danger.
     */
    private static Outcome unrecognised(String wholeText, java.time.LocalDate today) {
        String reason = "no form the hub knows was found in the email or its attachments";
        return org.ypsa.hub.domain.intelligence.Screening.screen(wholeText, today).urgent()
                ? new Outcome.Unrecognised(reason + "; it tells of present danger", true)
                : new Outcome.Unrecognised(reason);
    }

    /**
     * The same form attached twice, a draft and the final: the draft is set aside whole (see {@link Drafts}), its
     * document and its tables, so that no field of it is read beside the final's.
     */
    private static void withoutDrafts(List<LabelledDocument> documents, List<Grid> tables, String body) {
        if (documents.size() < 2 || documents.size() != tables.size()) {
            return;
        }
        List<java.util.Set<String>> labels = documents.stream().map(d -> d.entries().stream()
                .map(e -> org.ypsa.hub.domain.forms.Words.clean(e.label())).filter(l -> !l.isBlank())
                .collect(java.util.stream.Collectors.toSet())).toList();
        java.util.Set<Integer> aside = Drafts.setAside(documents.stream().map(LabelledDocument::source).toList(),
                documents.stream().map(LabelledDocument::text).toList(), labels,
                body == null ? "" : MailTail.without(body));
        for (int i = documents.size() - 1; i >= 0; i--) {
            if (aside.contains(i)) {
                documents.remove(i);
                tables.remove(i);
            }
        }
    }

    private static void both(DocumentViews read, List<LabelledDocument> forms, List<Grid> tables) {
        forms.add(read.form());
        tables.add(read.tables());
    }

    /**
     * The mail body as the hub reads its form: without the sign-off, signature, disclaimer and earlier mails under it
     * (screening still reads all of it), a form quoted under a covering note without its quote marks (not when the mail
     * has attachments: the quoted earlier mail is then no part of their form), a table lined up
     * with spaces, labels typed in small letters over their answers given their colon, and answers typed as sentences
     * set out one label to a line.
     */
    public String bodyAsRead(String body) {
        return bodyAsRead("", body, false);
    }

    private String bodyAsRead(String subject, String body, boolean besideAttachedForms) {
        String own = besideAttachedForms ? MailTail.besideAttachedForms(subject, InlineAnswers.lines(body))
                : MailTail.formOf(InlineAnswers.lines(body), this::namesAField);
        String hurried = org.ypsa.hub.domain.documents.HurriedLines.lines(SpacedColumns.lines(
                org.ypsa.hub.domain.documents.NotesColumn.lines(own)),
                this::namesAFieldAllowingSlips);
        return SentenceAnswers.lines(org.ypsa.hub.domain.documents.HurriedLines.labelsOverAnswers(hurried,
                this::namesAFieldAllowingSlips), this::namesAField);
    }

    /**
     * As {@link #namesAField}, a label typed in a hurry with a slip of the keyboard read as meant ("catagory >
     * MISSING"): only where a line is set out as a label and its answer; the field is placed by the catalog's own rules.
     */
    private double namesAFieldAllowingSlips(String words) {
        double best = 0;
        for (FieldCatalog<?> c : List.of(referralFields, riskFields, safeguardingFields, intelligenceFields, mashFields)) {
            best = Math.max(best, c.rankedAllowingTypos(words).stream().mapToDouble(Map.Entry::getValue).max().orElse(0));
        }
        return best;
    }

    /** How well the words name their best field of any form ("Status", "Date of birth"; 2 for an exact wording). */
    private double namesAField(String words) {
        double best = 0;
        for (FieldCatalog<?> c : List.of(referralFields, riskFields, safeguardingFields, intelligenceFields, mashFields)) {
            best = Math.max(best, c.ranked(words).stream().mapToDouble(Map.Entry::getValue).max().orElse(0));
        }
        return best;
    }

    /** A text read as lines, each "Label: answer" line a labelled answer (a mail body, a letter set out as its form). */
    private static LabelledDocument asLines(String source, String text) {
        return new LabelledDocument(source, text, TextFields.labelValues(text, "line"));
    }

    /** A document with more labelled answers than this is a form, not a letter (a letter's address, date, "FAO"). */
    private static final int LETTER_ENTRIES = 3;

    /** One form as read from one document, with how strongly the document shows it. */
    private record Candidate(FormType type, LabelledDocument doc, FieldCatalog.Reading<?> reading, double score) {
    }

    /** The reading with only the fields its labels name plainly (see {@link FieldCatalog#namesPlainly}). */
    private static FieldCatalog.Reading<IntelligenceField> plainOnly(FieldCatalog<IntelligenceField> catalog,
            FieldCatalog.Reading<IntelligenceField> r) {
        java.util.Set<IntelligenceField> plain = java.util.EnumSet.noneOf(IntelligenceField.class);
        r.placed().forEach((label, field) -> {
            if (catalog.namesPlainly(label, field)) {
                plain.add(field);
            }
        });
        Map<IntelligenceField, String> values = new java.util.EnumMap<>(IntelligenceField.class);
        r.values().forEach((f, v) -> {
            if (plain.contains(f)) {
                values.put(f, v);
            }
        });
        return new FieldCatalog.Reading<>(values, r.placed(), r.unplaced());
    }

    /**
     * An intelligence submission is known by its title, its opening lines or the subject naming it ("intel",
     * "information for the police"), so that one whose labels were not understood is still screened (SPEC.md,
     * "Screening first"), or by fields only it has (vehicles, grading, handling code), or by its information with
     * agency, worker and when or who; never by a few words it shares with other forms.
     */
    private static boolean hasIntelligenceFields(FieldCatalog.Reading<IntelligenceField> r,
            java.util.function.Predicate<String> placedByOtherForms) {
        java.util.Set<IntelligenceField> f = r.values().keySet();
        // the people involved and the source only when no other form's field took their labels: "YP name" and "How
        // serious was it?" on an incident report are the incident's, not an intelligence form's persons and source
        java.util.Set<IntelligenceField> ownLabels = java.util.EnumSet.noneOf(IntelligenceField.class);
        r.placed().forEach((label, field) -> {
            if (!placedByOtherForms.test(label)) {
                ownLabels.add(field);
            }
        });
        boolean own = f.contains(IntelligenceField.VEHICLES) || f.contains(IntelligenceField.GRADING)
                || f.contains(IntelligenceField.HANDLING)
                || f.contains(IntelligenceField.PERSONS) && f.contains(IntelligenceField.SOURCE)
                        && ownLabels.contains(IntelligenceField.PERSONS) && ownLabels.contains(IntelligenceField.SOURCE);
        boolean when = f.contains(IntelligenceField.WHEN) || f.contains(IntelligenceField.INFO_DATE);
        // two of the fields only an intelligence submission has (vehicles, grading, handling code) make it one even
        // when its information was left out: it is refused as a submission missing its information, and screened
        long onlyItsOwn = java.util.stream.Stream.of(IntelligenceField.VEHICLES, IntelligenceField.GRADING,
                IntelligenceField.HANDLING).filter(f::contains).count();
        return onlyItsOwn >= 2 || f.contains(IntelligenceField.INFORMATION) && (own || f.contains(IntelligenceField.AGENCY)
                && f.contains(IntelligenceField.WORKER) && (when || f.contains(IntelligenceField.PERSONS)));
    }

    private static boolean namesIntelligence(LabelledDocument doc, InboundMail mail) {
        return INTELLIGENCE_WORD.matcher(ReferralTypeWords.firstLines(doc.text())).find()
                || INTELLIGENCE_WORD.matcher(mail.subject() == null ? "" : mail.subject()).find()
                || POLICE_INFORMATION.matcher(mail.subject() == null ? "" : mail.subject()).find()
                || HeadingLines.of(doc.text()).stream().anyMatch(l -> POLICE_INFORMATION.matcher(l).find());
    }

    /**
     * Information and the police named together in a heading or the subject, in any order: "Police information
     * sharing", "Information sharing form (police)", "Info sharing - police". One short line only: a label such as
     * "Police involved" on one line and "Information" on another is not it.
     */
    private static final Pattern POLICE_INFORMATION = Pattern.compile(
            "(?i)\\bpolice\\b.{0,25}\\binfo(rmation)?\\b|\\binfo(rmation)?\\b.{0,25}\\bpolice\\b");

    /**
     * A box headed for the team that receives the form ("For office use only", "BROKERAGE ONLY", "MASH use only", "To
     * be completed by the MASH"): its labels are the receiving team's, not the sender's.
     */
    private static final Pattern OFFICE_USE = Pattern.compile("(?i)^[\\W_]*(?:for\\s+)?(?:(?:the\\s+)?(?:office|official"
            + "|admin(?:istration)?|internal|staff|team|brokerage|placements?|mash|hub|duty)(?:\\s+(?:team|staff))?\\s+"
            + "(?:use\\s+)?only|(?:office|official|admin|internal)\\s+use(?:\\s+only)?|(?:to\\s+be\\s+completed|for\\s+completion)"
            + "\\s+by\\s+(?:the\\s+)?(?:office|brokerage|placements?|mash|hub|duty|admin)\\w*(?:\\s+team)?(?:\\s+only)?)[\\W_]*$");
    /** A line of an office-use box that is a label with no answer: a few words, no digit. */
    private static final int OFFICE_LABEL_WORDS = 6;

    /**
     * The labels of the document's office-use boxes left unanswered, cleaned: a table's rows under such a heading
     * with no value, and the text's short lines with no digit under such a heading line, up to a blank line or the
     * next heading. They are labels the form places for its receiving team ("Date received", "Worker", "Outcome"):
     * they say nothing of which form it is (t10-mash-003, a MASH referral whose "BROKERAGE ONLY" box's "Date
     * received" and "Worker" read as an intelligence submission's time and worker).
     */
    static java.util.Set<String> officeUseLabels(LabelledDocument doc) {
        java.util.Set<String> out = new java.util.HashSet<>();
        doc.entries().stream().filter(e -> OFFICE_USE.matcher(e.section().strip()).matches()
                        && org.ypsa.hub.domain.documents.FieldValues.isBlank(e.value()))
                .forEach(e -> out.add(officeLabel(e.label())));
        String[] lines = doc.text() == null ? new String[0] : doc.text().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (!OFFICE_USE.matcher(lines[i].strip()).matches()) {
                continue;
            }
            for (int j = i + 1; j < lines.length; j++) {
                String l = lines[j].strip().replaceAll("[:*_.\\s]+$", "");
                if (l.isEmpty() || l.matches(".*\\d.*") || l.split("\\s+").length > OFFICE_LABEL_WORDS
                        || OFFICE_USE.matcher(l).matches() || l.contains(":")) {
                    break;
                }
                out.add(officeLabel(l));
            }
        }
        out.remove("");
        return out;
    }

    private static String officeLabel(String label) {
        return org.ypsa.hub.domain.forms.Words.clean((label == null ? "" : label).replaceAll("[:*_.\\s]+$", ""));
    }

    /** The reading without the labels of office-use boxes left unanswered, nor the empty fields only they named. */
    private static <F> FieldCatalog.Reading<F> withoutOfficeUse(FieldCatalog.Reading<F> r, java.util.Set<String> officeUse) {
        if (officeUse.isEmpty() || r.placed().keySet().stream().noneMatch(l -> officeUse.contains(officeLabel(l)))) {
            return r;
        }
        Map<String, F> placed = new java.util.LinkedHashMap<>();
        r.placed().forEach((label, field) -> {
            if (!officeUse.contains(officeLabel(label))) {
                placed.put(label, field);
            }
        });
        Map<F, String> values = new java.util.LinkedHashMap<>();
        r.values().forEach((field, value) -> {
            if (placed.containsValue(field) || !org.ypsa.hub.domain.documents.FieldValues.isBlank(value)) {
                values.put(field, value);
            }
        });
        return new FieldCatalog.Reading<>(values, placed, r.unplaced());
    }


    private static final java.util.regex.Pattern INTELLIGENCE_WORD = java.util.regex.Pattern
            .compile("(?i)\\bintel(ligence)?\\b|\\binfo(rmation)? (sharing )?(for|with|to) (the )?police\\b");
    /** Everything the sender wrote: the subject, the body, the text of every document and every form field's value. */
    private static String wholeText(InboundMail mail, List<LabelledDocument> documents) {
        StringBuilder sb = new StringBuilder(mail.subject() == null ? "" : mail.subject());
        for (LabelledDocument d : documents) {
            sb.append('\n').append(d.text());
            // A PDF's form fields are not in its text: their values are what the sender wrote too, placed or not.
            d.entries().forEach(e -> sb.append('\n').append(e.value() == null ? "" : e.value()));
        }
        return sb.toString();
    }

    /**
     * The form the documents hold: each document is read as every form, and each form scores the distinct fields
     * its labels named, a label that also names a field of another form counting for less, plus its title. A
     * form needs its title or config/forms' recognise-with fields; the best-scoring document and form win.
     */
    private Optional<Outcome> recognise(List<LabelledDocument> documents, InboundMail mail, String wholeText) {
        Candidate best = null;
        for (LabelledDocument doc : documents) {
            String text = Labels.normalize(doc.text());
            Map<FormType, FieldCatalog.Reading<?>> readings = new java.util.LinkedHashMap<>();
            Map<FormType, FieldCatalog<?>> catalogs = new java.util.LinkedHashMap<>();
            catalogs.put(FormType.INTELLIGENCE_SUBMISSION, intelligenceFields);
            catalogs.put(FormType.SAFEGUARDING_INCIDENT, safeguardingFields);
            catalogs.put(FormType.MASH_REFERRAL, mashFields);
            catalogs.put(FormType.RISK_CONCERN, riskFields);
            catalogs.put(FormType.REFERRAL, referralFields);
            java.util.Set<String> officeUse = officeUseLabels(doc);
            catalogs.forEach((type, catalog) -> readings.put(type, withoutOfficeUse(catalog.read(doc), officeUse)));
            Map<String, Integer> formsPlacing = new java.util.HashMap<>();
            readings.values().forEach(r -> r.placed().keySet().forEach(l -> formsPlacing.merge(
                    org.ypsa.hub.domain.forms.Words.clean(l), 1, Integer::sum)));
            // a document titled as another form is that form, whatever fields it shares with intelligence
            boolean titledAsOther = catalogs.entrySet().stream().anyMatch(c -> c.getKey() != FormType.INTELLIGENCE_SUBMISSION
                    && titled(c.getValue().spec(), text));
            // a heading that names a form by its title word for word ("FORM: MASH REFERRAL - 16/17") is that form's
            // heading, not another form's whose title words it holds in another order ("referral form")
            String heading = Labels.normalize(String.join("\n", HeadingLines.of(doc.text())));
            java.util.Set<FormType> titledInHeading = java.util.EnumSet.noneOf(FormType.class);
            catalogs.forEach((type, catalog) -> {
                if (titled(catalog.spec(), heading)) {
                    titledInHeading.add(type);
                }
            });
            // a provider's risk concern, which no referral nor MASH referral outweighs (ProvidersConcern)
            FieldCatalog.Reading<RiskField> riskRead = cast(readings.get(FormType.RISK_CONCERN));
            boolean providersConcern = !text.contains("assessmentandreferral")
                    && riskRead.fieldsNamed() >= riskFields.spec().recogniseWith()
                    && ProvidersConcern.outweighsAReferral(directory, mail.from(), riskRead);
            for (Map.Entry<FormType, FieldCatalog.Reading<?>> e : readings.entrySet()) {
                FieldCatalog<?> catalog = catalogs.get(e.getKey());
                // in the order placed: a sum over a hash of enums would add in an order that changes from run to run,
                // and two forms scoring the same would swap places with the last bit of the sum
                Map<Object, Double> perField = new java.util.LinkedHashMap<>();
                // a label placed only through words of the same meaning counts for half: it is weaker evidence
                // a choice answered with free text that is none of its choices asked another question: no evidence
                e.getValue().placed().entrySet().stream()
                        .filter(p -> !catalog.answeredAsNoChoice(e.getValue(), p.getValue()))
                        .forEach(p -> perField.merge(p.getValue(), (catalog.namesPlainly(p.getKey(), p.getValue()) ? 1.0 : 0.5)
                                / formsPlacing.getOrDefault(org.ypsa.hub.domain.forms.Words.clean(p.getKey()), 1), Math::max));
                double fields = perField.values().stream().mapToDouble(Double::doubleValue).sum();
                // the title as written in the document
                boolean titledAsWritten = titled(catalog.spec(), text);
                // weaker: the title's words in other order among other words of a heading ("Referral to MASH"), or
                // the mail's subject naming it ("Incident report - ABC-01"), which may name the thread it answers
                // ("Re: Referral form for JE" over a provider's risk concern) rather than the document
                boolean headedOnly = !titledAsWritten && (headed(catalog.spec(), doc.text())
                        && (titledInHeading.isEmpty() || titledInHeading.contains(e.getKey()))
                        || titled(catalog.spec(), Labels.normalize(mail.subject())) || headed(catalog.spec(), mail.subject()));
                boolean titled = titledAsWritten || headedOnly
                        || e.getKey() == FormType.INTELLIGENCE_SUBMISSION && (namesIntelligence(doc, mail)
                                || !titledAsOther && hasIntelligenceFields(plainOnly(intelligenceFields, cast(e.getValue())),
                                label -> formsPlacing.getOrDefault(org.ypsa.hub.domain.forms.Words.clean(label), 1) > 1));
                if (e.getKey() == FormType.INTELLIGENCE_SUBMISSION && !titled) {
                    continue; // a few words shared with other forms (agency, role, email, details) are not enough
                }
                if (e.getKey() == FormType.RISK_CONCERN && text.contains("assessmentandreferral")) {
                    continue; // a referral form's own risk section is not a provider's risk concern
                }
                if (!titled && e.getValue().fieldsNamed() < catalog.spec().recogniseWith()) {
                    continue;
                }
                if (providersConcern && (e.getKey() == FormType.REFERRAL || e.getKey() == FormType.MASH_REFERRAL)) {
                    continue;
                }
                // a heading that holds a title's words among others ("Referral declined - provider form") is weaker
                // than the title itself; a document that holds the fields its form requires is that form
                double score = fields + (titledAsWritten ? TITLE_WEIGHT : headedOnly ? TITLE_WEIGHT / 2 : 0)
                        + COVERAGE_WEIGHT * catalog.requiredShare(e.getValue());
                // of two documents read as the same form and scoring within a field of each other (a form and the
                // risk assessment attached to it), the one that holds more of the form's required fields is the form
                boolean sameFormCloser = best != null && best.type() == e.getKey() && score >= best.score() - 1.0
                        && catalog.requiredAnswered(e.getValue()) > catalog.requiredAnswered(best.reading());
                if (best == null || score > best.score() && !(best.type() == e.getKey()
                        && score <= best.score() + 1.0 && catalog.requiredAnswered(e.getValue())
                                < catalog.requiredAnswered(best.reading())) || sameFormCloser) {
                    best = new Candidate(e.getKey(), doc, e.getValue(), score);
                }
            }
        }
        Optional<MediationNotices.Notice> notice = notices.noticeIn(documents, mail,
                best == null ? null : new MediationNotices.FormRead(best.type(), best.doc(),
                        best.reading().fieldsNamed()));
        if (notice.isPresent()) {
            return Optional.of(outcome(FormType.MASH_NOTICE, MashReferral.MEDIATION_PREVENTED,
                    mash.validate(MashReferral.MEDIATION_PREVENTED, notice.get().values(), today(mail)),
                    notice.get().unplaced()));
        }
        if (best == null) {
            return Optional.empty();
        }
        FieldCatalog.Reading<?> r = withBodyAnswers(best, documents.get(documents.size() - 1));
        return Optional.of(switch (best.type()) {
            case REFERRAL -> referral(best.doc(), cast(r), mail);
            case RISK_CONCERN -> riskConcern(best.doc(), cast(r), mail);
            case SAFEGUARDING_INCIDENT -> safeguarding(cast(r), mail);
            case INTELLIGENCE_SUBMISSION -> intelligence(cast(r), mail, wholeText);
            default -> mash(cast(r), mail, best.doc());
        });
    }

    /**
     * A form split between the mail and its attachment ("the template would not let me type in these, so here they
     * are: Name - ..."): when the form was read from an attachment and the mail body, read as the same form, answers
     * fields the attachment left unanswered, those answers are the form's too. The attachment's answer wins where
     * both give one; a body titled as another form is another form and gives nothing; the body is read without its
     * sign-off and signature ({@link #bodyAsRead}), so a sender's phone or job title is no answer.
     */
    private FieldCatalog.Reading<?> withBodyAnswers(Candidate best, LabelledDocument body) {
        if (best.doc() == body) {
            return best.reading();
        }
        String bodyText = Labels.normalize(body.text());
        for (FormType other : List.of(FormType.REFERRAL, FormType.RISK_CONCERN, FormType.SAFEGUARDING_INCIDENT,
                FormType.INTELLIGENCE_SUBMISSION, FormType.MASH_REFERRAL)) {
            if (other != best.type() && (titled(catalogOf(other).spec(), bodyText)
                    || headed(catalogOf(other).spec(), body.text()))) {
                return best.reading();
            }
        }
        return cast(best.reading()).withBlanksFrom(cast(catalogOf(best.type()).read(body)));
    }

    /**
     * Whether the mail's subject names the form a document was read as ("Incident report - ...", "Intel: ..."): such
     * a mail is that form, whatever it says of mediation.
     */
    private boolean subjectNames(FormType type, String subject) {
        String said = subject == null ? "" : subject;
        org.ypsa.hub.domain.forms.FormSpec spec = catalogOf(type).spec();
        return titled(spec, Labels.normalize(subject)) || headed(spec, subject)
                || type == FormType.INTELLIGENCE_SUBMISSION && (INTELLIGENCE_WORD.matcher(said).find()
                        || POLICE_INFORMATION.matcher(said).find());
    }

    /** A reading made by the catalog of the form it was recognised as. */
    @SuppressWarnings("unchecked")
    private static <F> FieldCatalog.Reading<F> cast(FieldCatalog.Reading<?> r) {
        return (FieldCatalog.Reading<F>) r;
    }

    private FieldCatalog<?> catalogOf(FormType type) {
        return switch (type) {
            case REFERRAL -> referralFields;
            case RISK_CONCERN -> riskFields;
            case SAFEGUARDING_INCIDENT -> safeguardingFields;
            case INTELLIGENCE_SUBMISSION -> intelligenceFields;
            case VOID_RETURN -> voidFields;
            default -> mashFields;
        };
    }

    private static final Pattern TITLE_WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final java.util.Set<String> TITLE_STOP = java.util.Set.of("a", "an", "and", "the", "of", "to", "for", "from");

    /**
     * A form's title written in other words order in one of the document's first lines, its heading: "Referral to the
     * Multi-Agency Safeguarding Hub" and "Homeless young person - referral (MASH)" are MASH referrals, "Report of a
     * safeguarding incident" a safeguarding incident. Every word of the title must be in the one line, bracketed
     * words too; a long line is a sentence, not a heading.
     */
    static boolean headed(org.ypsa.hub.domain.forms.FormSpec spec, String text) {
        if (text == null) {
            return false;
        }
        List<java.util.Set<String>> heads = HeadingLines.of(text).stream().map(Intake::titleWords).toList();
        for (String title : spec.titles()) {
            java.util.Set<String> words = titleWords(title);
            if (!words.isEmpty() && heads.stream().anyMatch(h -> h.containsAll(words))) {
                return true;
            }
        }
        return false;
    }

    private static java.util.Set<String> titleWords(String s) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : TITLE_WORD_SPLIT.split(s.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty() && !TITLE_STOP.contains(w)) {
                out.add(REFERRAL_WORDS.contains(w) ? "referral" : w);
            }
        }
        return out;
    }

    /** A request or an enquiry to a service is a referral to it in a form's title ("MASH request", "MASH enquiry"). */
    private static final java.util.Set<String> REFERRAL_WORDS = java.util.Set.of("request", "enquiry", "inquiry");

    /**
     * Whether the text names the form by one of its titles, where the title is not the end of another form's title
     * that starts before it: "MASH referral form" is the MASH referral's title, and its "referral form" is no title of
     * the supported-accommodation referral.
     */
    private boolean titled(org.ypsa.hub.domain.forms.FormSpec spec, String normalizedText) {
        List<String> others = java.util.stream.Stream.of(referralFields, riskFields, safeguardingFields,
                        intelligenceFields, mashFields).map(FieldCatalog::spec).filter(o -> !o.id().equals(spec.id()))
                .flatMap(o -> o.titles().stream()).map(Labels::normalize).filter(t -> !t.isEmpty()).toList();
        for (String t : spec.titles().stream().map(Labels::normalize).filter(t -> !t.isEmpty()).toList()) {
            for (int at = normalizedText.indexOf(t); at >= 0; at = normalizedText.indexOf(t, at + 1)) {
                if (!endsAnotherTitle(normalizedText, at, others)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether one of these titles starts before {@code at} in the text and runs on past it. */
    static boolean endsAnotherTitle(String normalizedText, int at, List<String> titles) {
        for (String o : titles) {
            for (int from = normalizedText.lastIndexOf(o, at - 1); from >= 0 && from + o.length() > at;
                    from = normalizedText.lastIndexOf(o, from - 1)) {
                if (from < at) {
                    return true;
                }
            }
        }
        return false;
    }

    private Outcome referral(LabelledDocument doc, FieldCatalog.Reading<ReferralField> r, InboundMail mail) {
        String variant = ReferralTypeWords.variant(doc.text(), r.values().get(ReferralField.VARIANT), mail.subject());
        Outcome o = outcome(FormType.REFERRAL, variant, referrals.validate(variant, r.values(), mail.from(), today(mail)),
                r.unplaced());
        // an emergency referral rejected still tells the emergency team, from an address a referral is accepted from
        return o instanceof Outcome.Rejected rejected && Referral.EMERGENCY.equals(variant)
                && directory.isReferrerAddress(mail.from()) ? rejected.with(new Alarm.EmergencyReferral()) : o;
    }

    /** Screened on the whole mail, not only the fields that were understood (SPEC.md, "Screening first"). */
    private Outcome intelligence(FieldCatalog.Reading<IntelligenceField> r, InboundMail mail, String wholeText) {
        return outcome(FormType.INTELLIGENCE_SUBMISSION, null,
                intelligence.validate(org.ypsa.hub.domain.intelligence.StationAgency.withTheStationAsAgency(r.values(),
                        wholeText), wholeText, mail.from(), today(mail)), r.unplaced());
    }

    private Outcome safeguarding(FieldCatalog.Reading<SafeguardingField> r, InboundMail mail) {
        String said = r.values().getOrDefault(SafeguardingField.WHEN, r.values().get(SafeguardingField.INCIDENT_DATE));
        Outcome o = outcome(FormType.SAFEGUARDING_INCIDENT, null,
                safeguarding.validate(r.values(), mail.from(), sentOn(mail, said)), r.unplaced());
        // a high or critical incident rejected still alerts its provider's duty contact, as a routed one does
        return o instanceof Outcome.Rejected rejected ? safeguarding.seriousness(r.values(), mail.from())
                .map(s -> (Outcome) rejected.with(new Alarm.SeriousIncident(s.severity(), s.providerId()))).orElse(o) : o;
    }

    private Outcome mash(FieldCatalog.Reading<MashField> r, InboundMail mail, LabelledDocument doc) {
        Map<MashField, String> values = r.values();
        String own = values.get(MashField.STATUS);
        if (MashValidator.statusOf(own).isEmpty() && (own == null || !FieldValues.noChoiceMarked(own))) {
            // (where the form's own boxes were printed and none ticked, the question was left unanswered)
            java.util.Optional<String> asked = statusUnderItsQuestion(doc.text());
            if (asked.isPresent()) {
                values = new java.util.EnumMap<>(MashField.class);
                values.putAll(r.values());
                values.put(MashField.STATUS, asked.get());
            }
        }
        return outcome(FormType.MASH_REFERRAL, MashReferral.REFERRAL,
                mash.validate(MashReferral.REFERRAL, values, today(mail)), r.unplaced());
    }

    /** A line that asks the housing status: it speaks of homelessness or of the housing status, situation or position. */
    private static final Pattern ASKS_STATUS = Pattern.compile("(?i)homeless|housing (status|situation|position)|statws tai");
    /** A question and its answer of a few words on one line, after a star, colon, question mark or dash. */
    private static final Pattern STATUS_ON_ITS_LINE = Pattern.compile("^(.{4,120}?)\\s*(?:[*:?]|\\s[-\u2013]\\s)\\s*"
            + "((?:\\S+\\s*){1,5})$");

    /**
     * The housing status written on the line under the line that asks it, when the labels gave no answer and the form's
     * own boxes were not left unticked: "Please say
     * whether the young person is homeless or threatened with homelessness" over "Homeless", "Statws tai / Housing
     * status" over "Homeless tonight", or after it on its line ("Housing status today * Threatened"). The question names
     * both answers or neither, or ends as a question or label does; the answer is a few words that give one
     * ("Homeless", "Threatened with homelessness"), quoted or not.
     */
    static java.util.Optional<String> statusUnderItsQuestion(String text) {
        List<String> lines = new ArrayList<>();
        for (String l : (text == null ? "" : text).split("\\R")) {
            String t = l.replaceFirst("^(\\s*>)+", "").strip();
            if (!t.isEmpty()) {
                lines.add(t);
            }
        }
        for (String l : lines) {
            // on one line, after the question's star, colon, question mark or dash: "2a) Housing status today * Threatened"
            java.util.regex.Matcher m = STATUS_ON_ITS_LINE.matcher(l);
            if (m.matches() && ASKS_STATUS.matcher(m.group(1)).find() && MashValidator.statusOf(m.group(1)).isEmpty()
                    && MashValidator.statusOf(m.group(2)).isPresent()) {
                return java.util.Optional.of(m.group(2).strip());
            }
        }
        for (int i = 0; i + 1 < lines.size(); i++) {
            String q = lines.get(i);
            String a = lines.get(i + 1);
            boolean asks = ASKS_STATUS.matcher(q).find() && (MashValidator.statusOf(q).isEmpty()
                    || q.matches(".*[?:*]$")) && q.split("\\s+").length <= 20;
            if (asks && !a.contains(":") && !a.endsWith("?") && a.split("\\s+").length <= 5
                    && MashValidator.statusOf(a).isPresent()) {
                return java.util.Optional.of(a);
            }
        }
        return java.util.Optional.empty();
    }

    private java.time.LocalDate today(InboundMail mail) {
        return (mail.receivedAt() == null ? java.time.Instant.now() : mail.receivedAt()).atZone(zone).toLocalDate();
    }

    /**
     * The day the report was written and sent: the day a forwarded original was sent (its header's "Sent:" date,
     * within the two months before this mail; of several, the one whose body says when), else this mail's day. An
     * incident "last night" is told from it.
     */
    private java.time.LocalDate sentOn(InboundMail mail, String said) {
        java.time.LocalDate today = today(mail);
        return MailTail.forwardedOn(mail.subject(), mail.textBody(), said)
                .filter(d -> !d.isAfter(today) && !d.isBefore(today.minusMonths(2))).orElse(today);
    }

    private Outcome riskConcern(LabelledDocument doc, FieldCatalog.Reading<RiskField> r, InboundMail mail) {
        return outcome(FormType.RISK_CONCERN, null, risks.validate(r.values(), mail.subject(), doc.text(), mail.from()),
                r.unplaced());
    }

    private static <T extends FormRecord> Outcome outcome(FormType type, String variant, Validated<T> v) {
        return outcome(type, variant, v, List.of());
    }

    /**
     * A rejection names the labels the hub could not place beside each field it calls missing; a routed form's sender
     * is told of them too, as what is under them was not read.
     */
    private static <T extends FormRecord> Outcome outcome(FormType type, String variant, Validated<T> v,
            List<String> unplaced) {
        if (v.isValid()) {
            return new Outcome.Routed(type, variant, v.value(), Unplaced.onRoutedForm(v.warnings(), unplaced));
        }
        return new Outcome.Rejected(type, Unplaced.explain(v.problems(), unplaced), v.warnings(), unplaced);
    }

    /**
     * A return typed in the body is read up to the sender's sign-off or the earlier mail quoted under it ("From: Duty
     * Senior" there is no date a bed is available from); the whole body only when nothing is found above, as in a
     * return forwarded under a covering note. Only a body cut at its tail is read so, its lines keeping their numbers.
     */
    private Optional<VoidReturnReader.Draft> bodyDraft(String body) {
        if (body.isBlank()) {
            return Optional.empty();
        }
        String own = MailTail.without(body);
        String lines = body.replace("\r\n", "\n");
        if (own != null && !own.isBlank() && own.length() < lines.length() && lines.startsWith(own)) {
            Optional<VoidReturnReader.Draft> above = wholeBodyDraft(own);
            if (above.isPresent()) {
                return above;
            }
        }
        // a return quoted in a reply chain ("> CON-SOX-01<tab>..."): the quote marks are no part of its cells
        return wholeBodyDraft(QUOTE_MARKS.matcher(body).replaceAll(""));
    }

    /** The quote marks opening a line of an earlier mail quoted in a reply: "> ", ">> ", "> > ". */
    private static final java.util.regex.Pattern QUOTE_MARKS = java.util.regex.Pattern.compile("(?m)^[ \\t]*>(?:[ \\t]?>)*[ \\t]?");

    private Optional<VoidReturnReader.Draft> wholeBodyDraft(String body) {
        Optional<VoidReturnReader.Draft> table = VoidReturnReader.fromGrid(TextReader.table("the email body", body), voidFields);
        if (table.isPresent()) {
            return table;
        }
        return VoidReturnReader.fromPropertyLines("the email body", body, voidFields)
                .or(() -> VoidReturnReader.fromLabelValues("the email body", TextReader.labelValues(body), voidFields));
    }

    /**
     * A reply that closes a loop: a hub reference in the subject, a directory word opening the first line the
     * member of staff wrote (never the subject, which repeats the hub's own words), and no form attached (a corrected
     * form sent in reply to a rejection is a form, not a reply).
     */
    private Optional<Outcome> staffReply(InboundMail mail) {
        java.util.regex.Matcher ref = org.ypsa.hub.domain.Reference.PATTERN.matcher(mail.subject().toUpperCase(Locale.ROOT));
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

    private enum Kind { SPREADSHEET, CSV, WORD, PDF, TEXT, OPEN_DOCUMENT, OTHER }

    /** What a file is, by its content first: a name or type that lies does not decide how it is opened. */
    private static Kind kind(InboundMail.Attachment a) {
        String lower = name(a).toLowerCase(Locale.ROOT);
        String type = a.contentType() == null ? "" : a.contentType().toLowerCase(Locale.ROOT);
        byte[] b = a.bytes();
        FileMagic magic = FileMagic.valueOf(b);
        boolean zip = magic == FileMagic.OOXML;
        boolean ole2 = magic == FileMagic.OLE2;
        if (magic == FileMagic.PDF || lower.endsWith(".pdf") || type.equals("application/pdf")) {
            return Kind.PDF;
        }
        boolean odf = zip && new String(b, 0, Math.min(b.length, 200), StandardCharsets.ISO_8859_1)
                .contains("mimetypeapplication/vnd.oasis.opendocument");
        if (odf || !zip && lower.matches(".*\\.(odt|ods|ott|ots)")) {
            return Kind.OPEN_DOCUMENT;
        }
        if (lower.endsWith(".docx") || lower.endsWith(".docm") || lower.endsWith(".doc") || lower.endsWith(".rtf")
                || type.contains("wordprocessingml") || type.contains("msword") || type.contains("rtf")
                || RichTextWord.is(b)) {
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
