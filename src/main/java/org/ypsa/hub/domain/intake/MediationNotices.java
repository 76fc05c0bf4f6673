package org.ypsa.hub.domain.intake;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.ypsa.hub.domain.Labels;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.documents.LabelledDocument;
import org.ypsa.hub.domain.mash.MashField;
import org.ypsa.hub.domain.mash.MashValidator;

/**
 * Whether a mail is a notice that mediation (or a housing officer's work) prevented a young person's homelessness,
 * and the notice's values: the rules that tell such a notice from a MASH referral or another form read from the same
 * documents. {@link Intake} asks it one question, {@link #noticeIn}, after it has read the documents as every form.
 */
final class MediationNotices {

    /** The form Intake read best from the mail's documents, the document it read it from and how many fields it named. */
    record FormRead(FormType type, LabelledDocument doc, int fieldsNamed) {
    }

    /** A notice's values as read from its document (the young person's name, date of birth) and its unplaced labels. */
    record Notice(Map<MashField, String> values, List<String> unplaced) {
    }

    private final FieldCatalog<MashField> mashFields;
    /** Whether a text names a form by one of its titles as written (not as the end of another form's title). */
    private final BiPredicate<FormType, String> titledAs;
    /** Whether a mail's subject names a form ("Incident report - ...", "Intel: ..."). */
    private final BiPredicate<FormType, String> subjectNames;

    /**
     * Words that say mediation worked (the MASH form's mediation-worked:): homelessness was prevented, the young person
     * went back or stays home, or an outcome answered "Prevented" or "moved home".
     */
    private final Pattern mediationWorked;

    MediationNotices(FieldCatalog<MashField> mashFields, BiPredicate<FormType, String> titledAs,
            BiPredicate<FormType, String> subjectNames) {
        this.mashFields = mashFields;
        this.mediationWorked = wordsSayingItWorked(mashFields.spec());
        this.titledAs = titledAs;
        this.subjectNames = subjectNames;
    }

    /**
     * The notice the mail is, if it is one: a document with a mediation outcome that says homelessness was prevented,
     * or words that say mediation worked (in a document or in a reply over a referral's thread) when the form read
     * best is no other form titled or named by the subject, or, with no form read, a document in a housing officer's
     * words that says homelessness was prevented. {@code best} is null when no form was read. Each document is read
     * as a MASH referral at most once.
     */
    Optional<Notice> noticeIn(List<LabelledDocument> documents, InboundMail mail, FormRead best) {
        Map<LabelledDocument, FieldCatalog.Reading<MashField>> read = new java.util.IdentityHashMap<>();
        Function<LabelledDocument, FieldCatalog.Reading<MashField>> readAsMash =
                d -> read.computeIfAbsent(d, mashFields::read);
        boolean mediationNotice = false;
        // says in other words that mediation prevented it: weaker, overrides no other form
        boolean replySaysSo = replySaysMediationWorked(mail);
        boolean worded = replySaysSo;
        // the document that says so, and one that says it in a housing officer's words without naming mediation
        LabelledDocument saidWorked = null;
        LabelledDocument saidPrevented = null;
        for (LabelledDocument doc : documents) {
            mediationNotice |= outcomeSaysPrevented(doc, readAsMash.apply(doc));
            if (saysMediationPreventedHomelessness(doc, mail, readAsMash)) {
                worded = true;
                saidWorked = saidWorked == null ? doc : saidWorked;
            } else if (saidPrevented == null && saysHomelessnessPreventedWithoutMediation(doc, mail, readAsMash)) {
                saidPrevented = doc;
            }
        }
        // a referral that asks about mediation among its many questions is the referral, not a notice
        if (best != null && !replySaysSo && asksAboutMediationAmongMany(best, readAsMash.apply(best.doc()), mail)) {
            return Optional.empty();
        }
        // a notice that mediation prevented homelessness is one, unless the document is titled as another form
        // (its "Date" and "Reported by" are not an incident's)
        if (mediationNotice && (best == null || best.type() == FormType.MASH_REFERRAL
                || !titledAs.test(best.type(), best.doc().text()))
                || worded && (best == null || best.type() == FormType.MASH_REFERRAL
                        || !titledAs.test(best.type(), best.doc().text())
                                && !subjectNames.test(best.type(), mail.subject())
                                && (headedByMediation(best.doc().text()) || aboutMediation(mail.subject())))
                || best == null && saidPrevented != null) {
            // with no form read, the notice is the document that says it worked (a letter attached under a covering
            // note), not the last one read
            LabelledDocument doc = best != null ? best.doc() : saidWorked != null ? saidWorked
                    : saidPrevented != null ? saidPrevented : documents.get(documents.size() - 1);
            FieldCatalog.Reading<MashField> r = readAsMash.apply(doc);
            return Optional.of(new Notice(withNameAndBirthSaidTogether(r.values(), doc.text()), r.unplaced()));
        }
        return Optional.empty();
    }

    /**
     * Whether a document's mediation outcome says homelessness was prevented: its answer, read under the outcome's
     * label, in words that say mediation worked ({@link #saysItWorked}: "Prevented - returned home", "moved home the
     * same evening"; not "could not be prevented", nor "declined") and not saying
     * the young person is without a home again. A section headed "Prevention" is no outcome.
     * With no answer read under the label, the label "mediation outcome" and the word "prevented" in the document
     * say it.
     */
    private boolean outcomeSaysPrevented(LabelledDocument doc, FieldCatalog.Reading<MashField> reading) {
        Object outcome = reading.values().get(MashField.MEDIATION_OUTCOME);
        if (outcome == null || outcome.toString().isBlank()) {
            String text = Labels.normalize(doc.text());
            return text.contains("mediationoutcome") && text.contains("prevented");
        }
        String said = outcome.toString().replaceAll("[\\s\\u00a0]+", " ");
        return saysItWorked(said) && !HOMELESS_AGAIN.matcher(said).find();
    }

    /**
     * A referral that asks about mediation among its many questions: the form read best is a referral whose fields
     * the document answers at least {@link #MANY_TIMES_A_MASH_FORMS} times as many of as a MASH form's, and neither
     * the document's heading nor the mail's subject is about mediation (nor a reply's own words over it, which
     * {@link #noticeIn} hears first). Such a form's mediation answer, or its question "Why can't the young person
     * remain at home?", is one answer of the referral, not a notice.
     */
    private static boolean asksAboutMediationAmongMany(FormRead best, FieldCatalog.Reading<MashField> asMash,
            InboundMail mail) {
        return best.type() == FormType.REFERRAL
                && best.fieldsNamed() >= MANY_TIMES_A_MASH_FORMS * Math.max(1, asMash.fieldsNamed())
                && !headedByMediation(best.doc().text()) && !aboutMediation(mail.subject());
    }

    /**
     * How many times a MASH form's fields a referral's document answers to be the referral whatever it says of
     * mediation. A notice names the young person, their date of birth, the agency and the outcome, and a referral
     * asks those too, so a notice read as a referral names about as many of its fields as of a MASH form's; a
     * referral of twenty-odd questions that asks about mediation among them answers many more of its own
     * (t23-ref-005, t23-ref-029). Twice as many, not merely more, leaves room for a notice that also gives a few of
     * a referral's fields (an address, a contact).
     */
    private static final int MANY_TIMES_A_MASH_FORMS = 2;

    /**
     * A heading line (no colon, no question) about mediation: "Update following family mediation", "Mediation prevented
     * homelessness - notification to MASH". A document so headed that says mediation worked is a notice, even when its
     * fields (name, date of birth, agency, a date) read as another form's that it is not titled as.
     */
    static boolean headedByMediation(String text) {
        return HeadingLines.of(text).stream().anyMatch(l -> !l.contains(":") && !l.contains("?")
                && MEDIATION_HEADING.matcher(l).find());
    }

    /** Mediation or a family's reconciliation named in a heading: "Family mediation", "Reconciliation update". */
    private static final Pattern MEDIATION_HEADING = Pattern.compile("(?i)mediat|reconcil");
    /**
     * A subject that speaks of mediation, reconciliation or homelessness prevented: "MASH notice IF prevented",
     * "MASH notification SA - closed, prevented", "YF back home after mediation". Said of a mail whose documents say
     * mediation worked, it is the notice's own subject.
     */
    private static final Pattern MEDIATION_SUBJECT = Pattern.compile("(?i)mediat|reconcil|\\bprevent(ed|ion)?\\b");

    static boolean aboutMediation(String subject) {
        return subject != null && MEDIATION_SUBJECT.matcher(subject).find();
    }

    /**
     * Words before a phrase that turn it round or leave it a hope: "could not be", "not yet", "unable to",
     * "unsuccessful", "may be able to", "hoping Kit can".
     */
    private static final Pattern TURNED_ROUND = Pattern.compile(
            "(?i)\\b(not|n't|no longer|never|unable|cannot|failed|unsuccessful|if|may|might|would|hop(e|es|ed|ing)"
                    + "|possibly|perhaps|potentially)\\b[^.;\\n]{0,25}$|(?i)\\bno\\s*$");
    /**
     * Words after a phrase, in its clause, that make it wait on a condition: "could return home if dad agrees", "can
     * return home once mum's partner has moved out". A return home that depends on something has not happened.
     */
    private static final Pattern ON_A_CONDITION = Pattern.compile("(?i)^[^.;\\n]{0,40}?\\b(if|once|only when|provided"
            + "|providing|as long as|subject to|unless|on condition|depend(s|ing|ent) on|pending)\\b");

    /**
     * Words after a phrase, in its sentence, that make what it says last only a while: "stay with an older sister for
     * six weeks while work continues", "stay with nan while further mediation takes place", "with his nan for the
     * time being", "until the next session", "stay with dad some weekends only", "went home for a weekend trial". A
     * bed found for a while is no prevented homelessness: the young person is still threatened, and a referral that
     * starts the MASH clocks must not be taken for a notice that starts none.
     */
    private static final Pattern FOR_A_WHILE = Pattern.compile("(?i)^[^.;!?\\n]{0,60}?\\b("
            + "while (the |further |more |family )*(work|mediation|support|sessions?|assessment)s? (continues?"
            + "|carries on|goes on|takes? place|is (ongoing|under way|arranged))"
            + "|for (a|one|two|three|four|five|six|seven|eight|\\d+|a few|a couple of|the next( few)?)"
            + " (nights?|days?|weeks?|months?)|for (the time being|now)|in the meantime|temporar(y|ily)|short[- ]term"
            + "|(some|alternate|occasional) weekends|weekends only|for a (weekend|trial)"
            + "|(weekend|trial) (trial|stay|basis)"
            + "|until (a|the) (second|next|further|follow[- ]?up|review))\\b");

    /**
     * A notice that mediation prevented homelessness, however it is worded: the mail speaks of mediation and says it
     * worked (homelessness prevented, mediation successful, back home), and the document is no MASH referral (it is
     * not titled as one and says nothing of the young person being homeless or threatened now). A referral whose
     * mediation outcome says it failed ("could not be prevented", "unsuccessful") stays a referral.
     */
    private boolean saysMediationPreventedHomelessness(LabelledDocument doc, InboundMail mail,
            Function<LabelledDocument, FieldCatalog.Reading<MashField>> readAsMash) {
        String all = subjectTextAndEntries(doc, mail);
        if (!MEDIATION_HEADING.matcher(all).find()) {
            return false;
        }
        boolean worked = saysItWorked(all);
        // a MASH referral's own form sent as the notice is headed so ("MASH referral - mediation outcome")
        if (!worked || titledAs.test(FormType.MASH_REFERRAL, doc.text()) && !headedByMediation(doc.text())) {
            return false;
        }
        // a status that gives no answer ("mediation notice" read from the heading) says nothing of homelessness now
        return answersNoHousingStatus(readAsMash.apply(doc));
    }

    /**
     * A notice in a housing options officer's words that never name mediation: "homelessness relieved, Lacey returned
     * to the family home", "the family agreed Kit can stay at home ... we won't be sending a MASH form", a letter
     * "Demi has returned home, homelessness prevented". Read only when no form was found in the mail
     * ({@link #noticeIn}): the words say the young person's homelessness was prevented or they are home, not turned
     * round nor waiting on a condition, the mail speaks of homelessness, housing options or MASH, and says nothing of
     * the young person being without a home again; the document is not titled as a MASH referral nor answers its status.
     */
    private boolean saysHomelessnessPreventedWithoutMediation(LabelledDocument doc, InboundMail mail,
            Function<LabelledDocument, FieldCatalog.Reading<MashField>> readAsMash) {
        String all = subjectTextAndEntries(doc, mail);
        if (!HOUSING_CONTEXT.matcher(all).find() || !saysItWorked(all) || HOMELESS_AGAIN.matcher(all).find()
                || titledAs.test(FormType.MASH_REFERRAL, doc.text())) {
            return false;
        }
        return answersNoHousingStatus(readAsMash.apply(doc));
    }

    /** The mail's subject, the document's text and its label: value entries, on one line of single spaces. */
    private static String subjectTextAndEntries(LabelledDocument doc, InboundMail mail) {
        StringBuilder sb = new StringBuilder(mail.subject() == null ? "" : mail.subject()).append('\n').append(doc.text());
        doc.entries().forEach(e -> sb.append('\n').append(e.label() == null ? "" : e.label()).append(": ")
                .append(e.value() == null ? "" : e.value()));
        return sb.toString().replaceAll("[\\s\\u00a0]+", " ");
    }

    /** The document answers no MASH housing status (none, or words that are no status, as "mediation notice"). */
    private static boolean answersNoHousingStatus(FieldCatalog.Reading<MashField> reading) {
        Object status = reading.values().get(MashField.STATUS);
        return status == null || MashValidator.statusOf(status.toString()).isEmpty();
    }

    /** Words of the housing duty a notice speaks in: homelessness, housing options, MASH. */
    private static final Pattern HOUSING_CONTEXT = Pattern.compile("(?i)\\bhomeless|\\bhousing options\\b|\\bMASH\\b");

    /**
     * A reply on a referral's thread ("Re: MASH referral - KB") or a note over a forwarded one whose own words say
     * mediation worked ("mediation went well and Kit has gone home to mum, please close") is the notice: the referral
     * quoted under it, its title and its status, are the thread's history, not what the sender says now. Not when the
     * sender says the young person is without a home again ("asked to leave again").
     */
    private boolean replySaysMediationWorked(InboundMail mail) {
        String body = mail.textBody();
        String own = org.ypsa.hub.domain.documents.MailTail.abovePreviousMail(body);
        if (own.strip().length() >= body.strip().length()) {
            return false; // no earlier mail under it
        }
        String said = ((mail.subject() == null ? "" : mail.subject()) + "\n" + own).replaceAll("[\\s\\u00a0]+", " ");
        return MEDIATION_HEADING.matcher(own).find() && saysItWorked(said) && !HOMELESS_AGAIN.matcher(said).find();
    }

    /**
     * A young person's name with their date of birth beside it in a sentence, as a notice written as a note or a
     * letter gives them: "Kit Barlow (DOB 02/03/2010) has gone home", "Re: Kit Barlow, date of birth 2 March 2010",
     * "YP Kit Barlow. D.O.B. 2nd March 2010.". The name is two to four words opening with capitals (not a label's
     * "YP" or a letter's "Re"); the date, after it or on the next line, runs to a bracket, comma, semicolon, dash, full stop or the line's end.
     */
    private static final Pattern NAME_WITH_BIRTH = Pattern.compile("(?<![\\p{L}'\u2019-])(?!(?:YP|Re|RE|Dear|Name|Child|Young)\\b)((?:\\p{Lu}[\\p{L}'\u2019-]+[ \\t]+){1,3}"
            + "\\p{Lu}[\\p{L}'\u2019-]+)[ \\t]*(?:\\(|,|\\.?\\s|\\s[-\u2013]\\s)\\s*(?i:dob|d\\.o\\.b\\.?|date of birth|born(?: on)?)"
            + "\\s*[:.-]?\\s*([^()\\n,;]{4,25}?)\\s*(?=\\)|,|;|\\s[-\u2013]\\s|\\.\\s|\\.?$)", Pattern.MULTILINE);

    /**
     * A name with a date straight after it and no word for it, as a hurried note gives the young person: "FYI
     * Ellie-Mae McGowan 12 May 2009 - Vale Housing Options got the family back round the table". The date is written
     * whole (a day, a month and a year), then the note goes on after a dash, comma, full stop or the line's end.
     */
    private static final Pattern NAME_THEN_BIRTH = Pattern.compile("(?<![\\p{L}'\u2019-])((?:\\p{Lu}[\\p{L}'\u2019-]+[ \\t]+){1,3}"
            + "\\p{Lu}[\\p{L}'\u2019-]+)[ \\t]+(\\d{1,2}(?:st|nd|rd|th)?[ \\t]+\\p{L}{3,9}[ \\t]+\\d{4}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})"
            + "(?=[ \\t]*(?:[-\u2013,]|\\.(?:\\s|$)|$))", Pattern.MULTILINE);
    /**
     * Words a sentence opens with before the young person's name, no part of it: a verb ("Closing Lacey Mensah, born
     * ...", "Referring ...") or a short word in capitals ("FYI Ellie-Mae McGowan 12 May 2009").
     */
    private static final Pattern NOT_OF_THE_NAME = Pattern.compile("^(?:\\p{Lu}\\p{Ll}+ing|\\p{Lu}{2,4}(?=[ \\t]+\\p{Lu}\\p{Ll}))[ \\t]+(?=\\S+[ \\t]+\\S)");

    /**
     * The notice's values, the young person's name and date of birth taken from a sentence that gives both together
     * ({@link #NAME_WITH_BIRTH}) when no label gave them. A notice written as a few sentences names the young person
     * so, and has no labels to read them under.
     */
    static Map<MashField, String> withNameAndBirthSaidTogether(Map<MashField, String> values, String text) {
        boolean noName = values.get(MashField.NAME) == null || values.get(MashField.NAME).isBlank();
        boolean noBirth = values.get(MashField.DATE_OF_BIRTH) == null || values.get(MashField.DATE_OF_BIRTH).isBlank();
        String said = text == null ? "" : text;
        java.util.regex.Matcher m = NAME_WITH_BIRTH.matcher(said);
        if (!(noName || noBirth) || !m.find() && !(m = NAME_THEN_BIRTH.matcher(said)).find()) {
            return values;
        }
        Map<MashField, String> out = new java.util.EnumMap<>(MashField.class);
        out.putAll(values);
        if (noName) {
            out.put(MashField.NAME, NOT_OF_THE_NAME.matcher(m.group(1).strip()).replaceFirst(""));
        }
        if (noBirth) {
            out.put(MashField.DATE_OF_BIRTH, m.group(2).strip());
        }
        return out;
    }

    /** The MASH form's words that say mediation worked, as one pattern: the first that fits where a phrase starts. */
    static Pattern wordsSayingItWorked(org.ypsa.hub.domain.forms.FormSpec mash) {
        return Pattern.compile("(?i)\\b" + org.ypsa.hub.domain.forms.Phrases.inOrder(mash.mediationWorked()));
    }

    /**
     * Whether the words say mediation worked, in words not turned round, left waiting on a condition nor lasting only
     * a while.
     */
    private boolean saysItWorked(String all) {
        return saysUnturned(mediationWorked, all);
    }

    /**
     * Whether the words say what a pattern finds, not turned round, left waiting on a condition, lasting only a while
     * nor asked ("Why can't the young person remain at home?" is a question, not an answer).
     */
    private static boolean saysUnturned(Pattern said, String all) {
        java.util.regex.Matcher m = said.matcher(all);
        while (m.find()) {
            if (!TURNED_ROUND.matcher(all.substring(Math.max(0, m.start() - 30), m.start())).find()
                    && !ON_A_CONDITION.matcher(all.substring(m.end())).find()
                    && !FOR_A_WHILE.matcher(all.substring(m.end())).find()
                    && !ASKED.matcher(all.substring(m.end())).find()) {
                return true;
            }
        }
        return false;
    }

    /** A phrase whose clause ends in a question mark is asked, not said: "... remain at home?". */
    private static final Pattern ASKED = Pattern.compile("^[^.;!?\\n]{0,40}\\?");

    /**
     * Words that say the young person is without a home again, whatever mediation once did: "asked to leave again",
     * "left again after a fight", "has been kicked out", "sofa surfing", "nowhere to stay".
     */
    private static final Pattern HOMELESS_AGAIN = Pattern.compile("(?i)\\b((asked|told) to leave|kicked out|thrown out"
            + "|left (home )?again"
            + "|(homeless|threatened with homelessness) (again|now|tonight)|sofa[- ]?surfing|nowhere (to|else to) (go|stay|sleep)"
            + "|broke(n)? down)\\b");

}
