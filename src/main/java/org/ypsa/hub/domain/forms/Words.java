package org.ypsa.hub.domain.forms;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A label as the words that carry its meaning: case, punctuation, bracketed hints, "(Y/N)" suffixes,
 * question marks and stop words dropped; abbreviations expanded (DOB, SW/PA, YP, FGC, w/c); each word
 * reduced to a rough stem, so "Needed from", "needed by" and "need from" share their words.
 */
public final class Words {
    private static final Set<String> STOP = Set.of("a", "an", "the", "of", "for", "to", "in", "on", "at", "is",
            "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "what", "which",
            "who", "whom", "whose", "this", "that", "these", "those", "it", "its", "if", "any", "and", "or", "with",
            "as", "please", "your", "you", "our", "we", "us", "their", "they", "them", "there", "here", "would",
            "could", "should", "will", "can", "may", "whether", "i", "me", "my", "he", "she", "his", "her", "s",
            "give", "state", "enter", "r", "provide", "detail", "details", "about", "etc", "e", "g", "eg", "ie", "so",
            // Welsh articles, particles and verbs a Welsh label is written with ("Ble mae'r person ifanc yn byw?")
            "yr", "yn", "ar", "ei", "eu", "mae", "yw", "ydy", "oes", "nad", "sydd", "fyddai", "oedd", "ac", "os", "chi",
            "ben", "gafodd", "n", "ch", "hi");

    /** Abbreviations people write in labels, as whole words. */
    private static final Map<String, String> EXPAND = Map.ofEntries(
            Map.entry("dob", "date of birth"), Map.entry("yp", "young person"), Map.entry("yps", "young person"),
            // "children and young people", as councils name their services and the child a form is about ("CYP name")
            Map.entry("cyp", "child young person"),
            Map.entry("fgc", "family group conference"), Map.entry("conf", "conference"), Map.entry("uasc", "unaccompanied asylum seeking child"),
            Map.entry("nrm", "national referral mechanism"), Map.entry("sw", "social worker"),
            Map.entry("pa", "personal adviser"), Map.entry("lac", "looked after child"),
            Map.entry("cin", "child in need"), Map.entry("tel", "telephone"), Map.entry("mob", "mobile"),
            Map.entry("ref", "reference"), Map.entry("svc", "service"), Map.entry("svcs", "service"), Map.entry("refs", "reference"), Map.entry("no", "number"),
            Map.entry("num", "number"), Map.entry("nr", "number"), Map.entry("info", "information"),
            Map.entry("org", "organisation"), Map.entry("organization", "organisation"),
            Map.entry("addr", "address"), Map.entry("wc", "week commencing"), Map.entry("wk", "week"),
            Map.entry("dept", "department"), Map.entry("yrs", "years"), Map.entry("approx", "approximate"),
            // a label's hedge is an approximate value: "Roughly what time?", "Approximately when did he leave?"
            Map.entry("roughly", "approximate"), Map.entry("approximately", "approximate"),
            // "required" cut short: "Date reqd", "Accommodation reqd from"
            Map.entry("reqd", "required"),
            // a bed "tenanted" is occupied; stemmed, it would be the person "tenant", the young person on a form
            Map.entry("tenanted", "occupied"), Map.entry("untenanted", "unoccupied"),
            Map.entry("desc", "description"), Map.entry("qty", "quantity"), Map.entry("mh", "mental health"),
            Map.entry("advisor", "adviser"), Map.entry("cse", "child sexual exploitation"),
            Map.entry("cce", "child criminal exploitation"), Map.entry("referring", "referrer"),
            // Welsh words of bilingual forms ("Dyddiad geni / Date of birth", "Enw'r person ifanc")
            Map.entry("enw", "name"), Map.entry("dyddiad", "date"), Map.entry("geni", "birth"),
            Map.entry("ifanc", "young"), Map.entry("cyfeiriad", "address"), Map.entry("rhif", "number"),
            Map.entry("asiantaeth", "agency"), Map.entry("sefydliad", "organisation"), Map.entry("rheswm", "reason"),
            Map.entry("oedran", "age"), Map.entry("disgrifiad", "description"), Map.entry("cyfryngu", "mediation"),
            Map.entry("canlyniad", "outcome"), Map.entry("digartref", "homeless"), Map.entry("amser", "time"),
            // words written as one that labels elsewhere write as two
            Map.entry("birthdate", "date of birth"), Map.entry("liquidlogic", "lcs"), Map.entry("postcode", "address"),
            Map.entry("firstname", "name"), Map.entry("bedspaces", "bed spaces"),
            Map.entry("bedspace", "bed space"), Map.entry("bedrooms", "beds"), Map.entry("cohort", "client group"), Map.entry("lastname", "name"), Map.entry("fullname", "full name"));

    /**
     * The words of Welsh-only forms as Welsh councils and the Welsh Government write them ("Statws cyfreithiol",
     * "Ardal ddewisol", "Eich rhif ffôn"), each as the English word a label would use; a word is found in its mutated
     * forms too ("ddigwyddiad", "gymorth", "wybodaeth") by {@link #welsh}.
     */
    private static final Map<String, String> WELSH = Map.ofEntries(
            Map.entry("adnoddau", "resources"), Map.entry("angen", "needed"), Map.entry("anghenion", "needs"),
            Map.entry("ardal", "area"), Map.entry("argyfwng", "emergency"), Map.entry("atgyfeiriad", "referral"),
            Map.entry("atgyfeirio", "referral"), Map.entry("atgyfeiriwr", "referrer"), Map.entry("beth", "what"),
            Map.entry("ble", "where"), Map.entry("bost", "email"), Map.entry("brys", "emergency"),
            Map.entry("byw", "live"), Map.entry("camau", "action"), Map.entry("camdriniaeth", "abuse"),
            Map.entry("camfanteisio", "exploitation"), Map.entry("caniatad", "consent"), Map.entry("cydsyniad", "consent"),
            Map.entry("emosiynol", "emotional"), Map.entry("cartref", "home"),
            Map.entry("categori", "category"), Map.entry("ceisiwr", "seeker"), Map.entry("cerbyd", "vehicle"),
            Map.entry("cerbydau", "vehicle"), Map.entry("cod", "code"), Map.entry("cyfanswm", "total"),
            Map.entry("cyfeirnod", "reference"), Map.entry("cyffuriau", "drugs"), Map.entry("cyfreithiol", "legal"),
            Map.entry("cymdeithasol", "social"), Map.entry("cymorth", "support"), Map.entry("cynghorwr", "adviser"),
            Map.entry("cynghorydd", "adviser"), Map.entry("cynhadledd", "conference"),
            Map.entry("cynigiwyd", "offered"), Map.entry("cynnig", "offered"), Map.entry("cyswllt", "contact"),
            Map.entry("cytuno", "consent"), Map.entry("daeth", "source"), Map.entry("darparwr", "provider"),
            Map.entry("dewisol", "preferred"), Map.entry("difrifol", "severity"),
            Map.entry("difrifoldeb", "severity"), Map.entry("digartrefedd", "homelessness"),
            Map.entry("digwyddiad", "incident"), Map.entry("digwyddodd", "happened"),
            Map.entry("diogelu", "safeguarding"), Map.entry("diogelwch", "safety"), Map.entry("ebost", "email"),
            Map.entry("eich", "your"), Map.entry("eiddo", "property"), Map.entry("eraill", "others"),
            Map.entry("ffon", "phone"), Map.entry("ffynhonnell", "source"), Map.entry("galluogi", "enable"),
            Map.entry("gradd", "grading"), Map.entry("grwp", "group"), Map.entry("gwag", "vacant"),
            Map.entry("gwasanaethau", "services"), Map.entry("gweithiwr", "worker"),
            Map.entry("gweithredu", "action"), Map.entry("gweithwyr", "worker"),
            Map.entry("gwybodaeth", "information"), Map.entry("heddiw", "today"), Map.entry("heddlu", "police"),
            Map.entry("helpu", "help"), Map.entry("hun", "unaccompanied"), Map.entry("hunan", "self"),
            Map.entry("hysbys", "known"), Map.entry("hysbysiad", "notice"), Map.entry("iechyd", "health"),
            Map.entry("llawn", "full"), Map.entry("lleoliad", "location"), Map.entry("lles", "welfare"),
            Map.entry("llety", "accommodation"), Map.entry("lloches", "asylum"), Map.entry("manylion", "details"),
            Map.entry("math", "type"), Map.entry("meddwl", "mental"), Map.entry("nawr", "now"),
            Map.entry("niwed", "harm"), Map.entry("pam", "why"), Map.entry("personol", "personal"),
            Map.entry("plentyn", "child"), Map.entry("presennol", "current"), Map.entry("pryd", "when"),
            Map.entry("pryder", "concern"), Map.entry("pryderon", "concern"), Map.entry("pwy", "who"),
            Map.entry("rheoli", "manage"), Map.entry("rhiant", "parent"), Map.entry("rhieni", "parent"),
            Map.entry("rhyw", "gender"), Map.entry("rhywedd", "gender"), Map.entry("risg", "risk"),
            Map.entry("rol", "role"), Map.entry("statws", "status"), Map.entry("swydd", "role"),
            Map.entry("teulu", "family"), Map.entry("tim", "team"), Map.entry("trin", "handling"),
            Map.entry("trosedd", "crime"), Map.entry("troseddu", "offending"), Map.entry("uned", "unit"),
            Map.entry("unedau", "units"), Map.entry("unwaith", "immediately"), Map.entry("wythnos", "week"),
            Map.entry("ymateb", "response"));

    /** Words that mean the same in a form's label, after stemming. */
    private static final Map<String, String> SAME = Map.ofEntries(
            Map.entry("why", "reason"), Map.entry("when", "date"), Map.entry("telephon", "phone"), Map.entry("mobil", "phone"),
            Map.entry("born", "birth"), Map.entry("sex", "gender"), Map.entry("requir", "need"),
            Map.entry("wanted", "need"), Map.entry("organis", "organisation"), Map.entry("organisation", "organisation"),
            Map.entry("vacanc", "vacant"), Map.entry("vacancy", "vacant"), Map.entry("void", "vacant"),
            Map.entry("occupi", "occupied"), Map.entry("occupy", "occupied"), Map.entry("person", "person"),
            Map.entry("peopl", "person"), Map.entry("individu", "person"), Map.entry("advis", "adviser"),
            Map.entry("advic", "adviser"), Map.entry("e-mail", "email"), Map.entry("mail", "email"),
            Map.entry("safe", "safety"), Map.entry("birthday", "birth"), Map.entry("liv", "live"),
            Map.entry("stay", "live"), Map.entry("resid", "live"), Map.entry("reside", "live"),
            Map.entry("currently", "current"), Map.entry("occur", "happen"), Map.entry("occurr", "happen"),
            Map.entry("forenam", "name"), Map.entry("surnam", "name"), Map.entry("exploit", "exploitation"),
            Map.entry("diversionary", "diversion"), Map.entry("classification", "category"),
            // a reflexive pronoun is the young person's own self: "Risks the YP poses to themself"
            Map.entry("themself", "self"), Map.entry("themselv", "self"), Map.entry("himself", "self"),
            Map.entry("herself", "self"), Map.entry("yourself", "self"), Map.entry("ourselv", "self"),
            // "Best number to reach you", "Best way to reach the referrer": the contact number
            Map.entry("reach", "contact"),
            // "How severe was it?" asks the severity; "Which number should we ring?" the phone
            Map.entry("sever", "severity"), Map.entry("ring", "phone"),
            // a worry is a concern, as people say it: "Safety worries", "Any worries about the YP?" (the one "worried
            // about" is a person, "Young person you are worried about", and keeps its word)
            Map.entry("worry", "concern"));

    /**
     * Words of one meaning in UK children's services forms, matched with partial credit (an exact word scores
     * more): "Submitting practitioner" finds "submitting worker", "Incident classification" the category. Each
     * group is written in plain words and stemmed as labels are.
     */
    private static final List<List<String>> RELATED_GROUPS = List.of(
            List.of("worker", "practitioner", "professional", "officer", "staff", "clinician"),
            List.of("organisation", "agency", "service", "team", "company", "department"),
            List.of("role", "title", "position", "designation", "post", "job"),
            List.of("phone", "dial", "line", "landline"),
            List.of("description", "details", "summary", "account", "narrative"),
            List.of("reason", "background", "cause", "led", "circumstances", "grounds"),
            List.of("category", "type", "kind", "nature", "class", "sort"),
            List.of("severity", "serious", "seriousness", "level", "grade", "rating", "impact", "priority"),
            List.of("incident", "event", "occurrence"),
            List.of("source", "origin", "provenance", "obtained", "told", "provided"),
            List.of("information", "intelligence"),
            List.of("provider", "supplier", "contractor"),
            List.of("available", "availability", "free", "next"),
            List.of("mediation", "session", "mediator"),
            List.of("outcome", "result", "go", "went"),
            List.of("parent", "guardian", "carer", "kin"),
            List.of("offending", "conviction", "charge", "criminal", "crime", "justice", "yos"),
            List.of("locality", "area", "district", "town", "region", "neighbourhood", "patch"),
            List.of("consent", "agree", "agreement", "permission"),
            List.of("support", "help", "assistance"),
            List.of("gender", "identify", "pronoun"),
            List.of("diversion", "alternative", "avoid", "prevent", "prevention", "divert"),
            // what was tried first is what was explored: "Other options tried", "Alternatives attempted"
            List.of("explored", "tried", "attempted"),
            List.of("allocated", "assigned", "named"),
            List.of("week", "beginning", "starting", "commencing"),
            // what would let a provider take the young person: "what would enable you to accept?"
            List.of("enable", "accept"),
            // what a provider cannot manage is what it cannot hold, cope with or contain: "Risk we can't hold"
            List.of("manage", "hold", "cope", "coping", "contain"));

    private Words() {
    }

    /**
     * The verbs that help another or stand for "to be": a question opens with one ("Is the young person ..."), a
     * sentence's subject stands before one ("The young person has been ..."); a label has none.
     */
    public static final String AUXILIARY = "(?:is|are|was|were|has|have|had|been|can|cannot|could|will|would|should"
            + "|do|does|did)";
    /** A word that says something is not so: "not", "no", "non", "never", "isn't" (its apostrophe typed, or a space). */
    public static final String DENIAL = "(?:not|no|non|never|(?:is|was|are|were)n['\u2019 ]?t)";
    /** Words that may stand between a denial and what it denies: "not very high", "no immediate risk", "not yet homeless". */
    public static final String BETWEEN_DENIAL_AND_DENIED = "(?:very|too|that|so|particularly|really|overly|immediate(?:ly)?"
            + "|yet|an?|the|at all)";

    private static final Pattern DOB_MIXED = Pattern.compile("\\bDoB\\b");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");
    private static final Pattern HINT = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");
    private static final Pattern OPEN_HINT = Pattern.compile("[(\\[].*$");
    private static final Pattern YES_NO = Pattern.compile(
            "\\b(y\\s*/\\s*n|yes\\s*/\\s*no|tick (one|all that apply|as appropriate))\\b");
    /** Initials written with full stops, one letter each: "y.p.", "s.w.", "d.o.b" are "yp", "sw", "dob". */
    private static final Pattern DOTTED_INITIALS = Pattern.compile("(?<![\\p{L}\\d.])\\p{L}(?:\\.\\p{L}){1,3}\\.?(?![\\p{L}\\d])");
    /** "d.o.b.", "d. o. b.", and its letters spaced without full stops, "d o b". */
    private static final Pattern DOTTED_DOB = Pattern.compile("d\\.\\s*o\\.\\s*b\\.?|\\bd o b\\b");
    private static final Pattern WEEK_COMMENCING = Pattern.compile("\\bw\\s*/\\s*c\\b");
    /** "W/B", the week beginning, as "w/c" is the week commencing. */
    private static final Pattern WEEK_BEGINNING = Pattern.compile("\\bw\\s*/\\s*b\\b");
    /**
     * Initials written with slashes, one letter each: "s/w" is "sw", "y/p" "yp" (after "y/n" and "w/c" are read); "n/a"
     * is no initials, and a run of four letters ("l/m/h/c") lists answers.
     */
    private static final Pattern SLASHED_INITIALS = Pattern.compile("(?<![\\p{L}\\d/])(?!n/a)\\p{L}(?:/\\p{L}){1,2}(?![\\p{L}\\d/])");
    private static final Pattern SW_PA = Pattern.compile("\\bsw\\s*/\\s*pa\\b");
    private static final Pattern E_MAIL = Pattern.compile("\\be-mail\\b");
    /** Phrases of one meaning, written one way before words are taken ("service user" is the young person). */
    private static final List<Map.Entry<Pattern, String>> PHRASES = List.of(
            // contractions as the words they stand for: "can't" and "can not" are "cannot", "won't" "will not"
            Map.entry(Pattern.compile("\\bcan(['\u2019]t| not)\\b"), "cannot"),
            Map.entry(Pattern.compile("\\bwon['\u2019]t\\b"), "will not"),
            Map.entry(Pattern.compile("(?<=\\p{L})n['\u2019]t\\b"), " not"),
            Map.entry(Pattern.compile("(?<=\\p{L})['\u2019](re|ve|ll|d|m)\\b"), ""),
            // "intel" slashed beside a word for information says it again in police shorthand: "info/intel",
            // "infomation / intel", "intel/information" are the information ("intel" alone, as in "Intel ref", is left)
            Map.entry(Pattern.compile("\\b(inf\\p{L}{0,9})\\s*/\\s*intel\\b|\\bintel\\s*/\\s*(inf\\p{L}{0,9})\\b"), "$1$2"),
            // the name a young person likes to be called is no field of any form, and never a preferred area or
            // locality ("Preferred name: Jay" had been routed as the locality wanted)
            Map.entry(Pattern.compile("\\bpreferred (first )?name\\b|\\bname (he|she|they) (prefers?|likes?) to be called\\b"),
                    "alias"),
            // a given name is a forename, never an instruction to give something ("Given name(s)" had been read as
            // "name" alone, so the young person's name asked in parts was left unmade)
            Map.entry(Pattern.compile("\\bgiven names?\\b"), "forename"),
            // the legal basis, position or standing of a young person is their legal status: "Current legal basis",
            // "Legal position (tick one)" ask which of looked after, care leaver, child in need
            Map.entry(Pattern.compile("\\blegal (?:basis|position|standing)\\b"), "legal status"),
            // so is the section of the Children Act the young person is under, or the order that applies: "Which section
            // of the Children Act applies?", "Children Act section", "Which legal order applies to the YP?"
            Map.entry(Pattern.compile("^.*\\b(?:sections? (?:of )?(?:the )?children(?:'s)? act|children(?:'s)? act (?:section|status)"
                    + "|legal order)\\b.*$"), "legal status"),
            // the status of being a parent, pregnant or seeking asylum is that, not the legal status: "Young parent
            // status" answered "No" is no legal status ("Care status", "Looked after status" keep their words)
            Map.entry(Pattern.compile("\\b((?:young )?parent(?:ing|hood)?|pregnancy|asylum|uasc|immigration|employment|education|eet|neet)(?: or pregnan\\p{L}*)?"
                    + " status\\b"), "$1"),
            // what stops or prevents someone doing a thing is why they cannot: "What stops you managing it?"
            Map.entry(Pattern.compile("\\bwhat (stops|prevents|is stopping|is preventing|stopped|prevented) (you|us|them|the provider)\\b"),
                    "why cannot"),
            // what makes a risk too much to manage is why it cannot be managed: "What makes this unmanageable?", "What
            // makes it too difficult to manage" ("Unmanageable risk" names the risk itself, and keeps its words)
            Map.entry(Pattern.compile("\\bwhat (?:makes|made|is making) (?:it|this|that|them|these|the risks?|the behaviou?r|things|"
                    + "the situation) (?:unmanageable|too (?:hard|difficult|much) to manage)\\b"), "why cannot manage"),
            // what a provider asks of Brokerage, a whole label, is what would help it manage: "What we need from you",
            // "What do we need from Brokerage?" ("We need the following information" is a sentence, and keeps its words)
            Map.entry(Pattern.compile("^\\s*what (?:do |does |would )?(?:we|the provider|the service|our service|staff) "
                    + "(?:need|needs|require|requires) from (?:you|brokerage|the brokerage(?: team)?|the council|ypsa|commissioners)"
                    + "(?=[?:*.\\s]*$)"), "what would help"),
            // what would keep the young person or the placement, or help a provider keep them, a whole label (a question
            // number before it allowed), is what would help it manage: "What would help us keep the YP", "What would
            // keep the placement", "What could help us sustain this placement?" (its young person is whom it would keep,
            // no name asked for; "YP considered for placement", a signature's "Housing Support Officer" say no such
            // thing, and "What would keep the YP safe tonight?" asks the safety; they keep their words)
            Map.entry(Pattern.compile("^\\s*(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+)?what (?:would|could|might|will) "
                    + "(?:help (?:us |you |staff |the provider )?(?:to )?)?"
                    + "(?:keep|hold|maintain|sustain|save)\\b(?![^?:*.]*\\bsafe)[^?:*.]*(?=[?:*.\\s]*$)"), "what would help"),
            // what took place or occurred, a whole label, is what happened ("Date it all took place" asks when, and
            // keeps its words)
            Map.entry(Pattern.compile("^\\s*what (?:took place|occurred)(?=[?:*.\\s]*$)"), "what happened"),
            // a planned move is the other of an emergency: "Emergency, or a planned move?" asks the referral's type
            // and so is a same-day one: "Same-day or planned request", "Planned or same day?"
            Map.entry(Pattern.compile("\\b(?:emergency|same[- ]day)(,? or (a )?| ?/ ?)planned( move| placement| referral| request)?\\b|"
                    + "\\bplanned( move| placement| referral| request)?(,? or (an? )?| ?/ ?)(?:emergency|same[- ]day)\\b"),
                    "emergency or non-emergency"),
            // a question why a bed or a place is needed today or tonight asks what makes it an emergency, not the
            // referral's reason: "Why is a room required tonight?", "Reason the placement is needed today"
            Map.entry(Pattern.compile("^\\s*(?:why|reasons? (?:why )?)\\b(?=.*\\b(?:bed|placement|accommodation|place|room|"
                    + "somewhere to (?:stay|sleep|live))\\b).*\\b(?:today|tonight|urgently|immediately|same[- ]day)(?=[?:*.\\s]*$)"),
                    "reason for emergency"),
            // a question why it must happen today, whatever "it" is, asks the same, as does the risk if it does not:
            // "Why does this have to happen today?", "What is the risk if the YP is not placed today?" (why someone
            // cannot stay somewhere tonight keeps its words: the form's own wording is written so)
            Map.entry(Pattern.compile("^\\s*why\\b(?!.*\\b(?:not|cannot)\\b).*\\b(?:today|tonight|same[- ]day)(?=[?:*.\\s]*$)"),
                    "reason for emergency"),
            Map.entry(Pattern.compile("\\brisks?\\b.{0,40}\\bif\\b.{0,40}\\bnot\\b.{0,40}\\b(?:today|tonight)\\b"),
                    "immediate risk"),
            // why the young person cannot stay where they are (not tonight: that is the emergency) is why accommodation
            // is needed, the referral's reason, not where they live: "Why is the YP unable to stay where they are?"
            Map.entry(Pattern.compile("^(\\s*(?:why|reasons?)\\b(?!.*\\b(?:today|tonight)\\b).*?)\\b(?:unable to|cannot|"
                    + "(?:can )?no longer(?: able to)?|not(?: able to)?) (?:stay|live|remain)\\b(?: where (?:they|he|she) (?:are|is|lives?))?"),
                    "$1reason accommodation is needed"),
            // a label listing the legal statuses (SPEC: looked after, care leaver, child in need, not known to social
            // care) asks which one: "LAC / care leaver / CIN / not known?", "Looked after, care leaver or CIN"
            Map.entry(Pattern.compile("\\b(?:lac|cla|looked after(?: child)?|care leaver|cin|child in need)"
                    + "(?:\\s*(?:/|,|\\?|\\bor\\b)\\s*(?:lac|cla|looked after(?: child)?|care leaver|cl|cin|child in need|"
                    + "not known(?: to (?:social care|csc))?|none|other)\\b)+"), "looked after care leaver"),
            // so does what happens if nothing is found today: "If no bed today, where will YP go", "Plan tonight if no
            // placement" (the answer says what the young person faces tonight)
            Map.entry(Pattern.compile("^(?=.*\\b(?:today|tonight)\\b).*\\bif (?:there is |there's )?(?:no|not|nothing)\\b.*$"),
                    "immediate risk"),
            // having a child of one's own is being a parent: "Does the YP have any children?", "Has the young person
            // got a baby?"
            Map.entry(Pattern.compile("\\b(?:does|do) (?:the |this )?(?:young person|yp|they|he|she) have (?:a |any |their own )?"
                    + "(?:child|children|baby|babies|kids?)\\b|\\b(?:has|have) (?:the |this )?(?:young person|yp|they|he|she) "
                    + "(?:got )?(?:a |any )?(?:child|children|baby|babies|kids?)\\b"), "is the young person a parent"),
            // a risk that stops a provider accepting or offering the place is the risk it cannot manage: "The risk that
            // prevents us accepting", "Risk stopping us from offering"
            Map.entry(Pattern.compile("\\b(?:prevents?|preventing|stops?|stopping) (?:us|the provider|you|them) (?:from )?"
                    + "(?:accepting|offering|taking)\\b(?: (?:the |this |a )?(?:referral|placement|young person|yp))?"),
                    "we cannot manage"),
            // a question which risk is the barrier (the obstacle, the sticking point) asks the risk itself, not why it
            // cannot be managed ("What is the barrier to managing it?" still asks why): "Which risk is the barrier?"
            Map.entry(Pattern.compile("^\\s*(?:which|what) risks? (?:is|are) (?:the |a )?(?:main |biggest |key |real )?"
                    + "(?:barriers?|obstacles?|blockers?|sticking points?)\\b"), "risk we cannot manage"),
            // what would make the risk manageable, or the offer possible, asks what would enable it (the third part of a
            // risk concern), however many words it is asked in: "What extra support would make this work?", "what would
            // make this manageable", "Enabling an offer"
            Map.entry(Pattern.compile("\\bwhat(?: \\p{L}+){0,3} make (?:this|it|that|the (?:risk|placement|offer|move)) "
                    + "(?:manageable|work|workable|possible|safe|acceptable)\\b|^\\s*enabling (?:an? |the )?(?:offer|placement"
                    + "|acceptance)\\b"), "what would make it manageable"),
            // needing a bed or somewhere to stay today or tonight is an emergency: "Does the YP need a bed tonight?"
            Map.entry(Pattern.compile("(\\b(does|do|will) (the )?(yp|young person|they|he|she) )?\\bneeds? (a bed|a placement|"
                    + "accommodation|somewhere to (stay|sleep|live)) (today|tonight)\\b"), "is this an emergency"),
            // and so is asking whether one is needed the same day: "Is a bed needed same day?", "Placement required today?"
            Map.entry(Pattern.compile("^\\s*(?:(?:is|are) )?(?:a |the )?(?:bed|placement|accommodation|room) (?:needed|required) "
                    + "(?:today|tonight|(?:the )?same[- ]day)\\b"), "is this an emergency"),
            // a same-day request, referral or placement is an emergency one: "Reason for same-day request"
            // a same-day request alone, as a question or a heading, asks whether the referral is an emergency one: "Same-Day
            // Accommodation Request?", "Same day referral (Y/N)" ("Reason for same-day request" asks why, below)
            Map.entry(Pattern.compile("^\\s*(?:is (?:this|it) )?(?:an? )?same[- ]day (?:(?:accommodation|housing|bed|placement|"
                    + "emergency) )?(?:request|referral|placement)(?=[?:*.\\s]*$)"), "is this an emergency referral"),
            // whatever it asks for on the same day: "Same-Day Accommodation Request", "Same day housing referral"
            Map.entry(Pattern.compile("\\bsame[- ]day (?:(?:accommodation|housing|bed|placement|emergency) )?"
                    + "(request|referral|placement|bed|response)\\b"), "emergency $1"),
            // a yes/no question or statement whether the young person knows of, is aware of, agrees to or is happy with
            // the referral or the sharing of their information asks their consent: "Does the YP know about this and
            // agree?", "Young person aware of referral", "Is the YP happy for this referral to be made?" ("Is the YP
            // aware of the risks?" asks nothing of the referral, and a sentence that goes on, "Young person agreed to
            // the referral and moved in on Monday", is an answer: both keep their words)
            Map.entry(Pattern.compile("^\\s*(?:(?:does|do|did|is|are|was|were|has|have|had)\\s+)?(?:the\\s+|this\\s+)?"
                    + "(?:young person|yp|child|client)\\s+(?:(?:been|being)\\s+)?(?:made\\s+)?(?:fully\\s+)?"
                    + "(?:know|knows|knew|aware|agree|agrees|agreed|happy|content|willing|okay|ok)\\b"
                    + "(?=[^?:*]*\\b(?:referral|referred|referring|request|application|information|info|details|sharing|share|"
                    + "shared|(?:this|it)(?=\\s*(?:$|[?:*.]|and\\b|or\\b))))[^?:*.]{0,60}(?=[?:*.\\s]*(?:\\by\\s*n\\b)?[?:*.\\s]*$)"),
                    "young person consents to referral and agrees to sharing information"),
            // a family meeting is the family group conference, and one completed, held or that took place was offered:
            // "Has a family meeting been held?", "FGC completed" (never "completed by": no referrer's name is asked)
            Map.entry(Pattern.compile("\\bfamily (?:group )?meetings?\\b"), "family group conference"),
            Map.entry(Pattern.compile("\\b(fgcs?|family group conferences?)\\b(.{0,30}?)\\b(?:completed|held|happened|convened|"
                    + "undertaken|carried out|took place|taken place|happen|had)\\b"), "$1$2offered"),
            // which part of the county, borough or city the young person is from or would live in is the area:
            // "Which part of the county is the YP from?", "Part of the borough preferred"
            Map.entry(Pattern.compile("\\b(?:part|side|end) of (?:the )?(?:county|borough|city|district|town|authority|"
                    + "local authority|region|patch)\\b"), "area"),
            Map.entry(Pattern.compile("\\b(?:comes?|originally) from\\b"), "from"),
            // options "looked at" or "looked into" were explored, nothing to do with being looked after: "Other options
            // looked at" is the diversion explored, not the legal status
            Map.entry(Pattern.compile("\\blooked (?:at|into)\\b"), "explored"),
            // a council's "service area" is its department or team, not a place
            Map.entry(Pattern.compile("\\bservice area\\b"), "service"),
            // to set something out is to give its description: "Set out the incident from start to finish"
            Map.entry(Pattern.compile("\\bset (it |them |this |these )?out\\b"), "description"),
            // "in full" says how to answer, not what: "Describe the incident in full" is no full name
            Map.entry(Pattern.compile("\\bin full\\b"), " "),
            // an email address is an email, not an address where someone lives ("e-mail addr" too)
            Map.entry(Pattern.compile("\\bemail (?:address(?:es)?|addr)\\b"), "email"),
            // the people a submission is about are the people involved: "Persons concerned", "People mentioned"
            Map.entry(Pattern.compile("\\b(?:people|persons|individuals|subjects) (?:concerned|mentioned|named|identified)\\b"),
                    "people involved"),
            // the pronouns a young person uses say their gender: "Gender pronouns used", "Pronouns" (t9-ref-001 routed
            // "female" as the reason for referral)
            Map.entry(Pattern.compile("\\b(?:gender )?pronouns?(?: used)?\\b"), "gender"),
            // the person sending a form in is the worker submitting it: "Person sending this in", "Officer completing
            // this form", "NAME OF PERSON COMPLETING FORM" (a referral's is its referrer, above)
            Map.entry(Pattern.compile("\\b(?:person|officer|worker|member of staff|staff member) (?:sending|submitting|"
                    + "completing|filling in) (?:(?:this|the) )?(?:in|form|submission|information|intelligence|report)\\b"),
                    "submitting worker"),
            // and so is the person sharing it or passing it on, and a whole question who shares it: "Name of the person
            // sharing it", "Staff member passing this on", "Who is sharing this info?" (its "info" is no answer asked)
            Map.entry(Pattern.compile("\\b(?:person|officer|worker|member of staff|staff member) (?:sharing|passing)"
                    + "(?: (?:this|it|the (?:info|information|intel|intelligence)))?(?: on)?(?=[?:*.\\s]*$)"
                    + "|^\\s*who(?:['\u2019]s| is| are)? (?:sharing|passing|submitting|sending)(?: (?:this|it|the)(?: (?:info|information|intel"
                    + "|intelligence|form|report))?)?(?: on| in)?(?=[?:*.\\s]*$)"), "submitting worker"),
            // a bed, room or unit with someone in it is an occupied one, with no one in it a vacant one, as providers head
            // a void return's columns: "Rooms with a YP in", "Flats with nobody living in them"
            Map.entry(Pattern.compile("\\b(beds?|bedspaces?|units?|rooms?|flats?|spaces?|places?|propert(?:y|ies)) with "
                    + "(?:no one|noone|no-one|nobody|no (?:yp|young (?:person|people)|residents?|tenants?|one|person|clients?))"
                    + "(?: (?:living|staying|sleeping))? in(?: (?:it|them|there))?\\b"), "$1 vacant"),
            Map.entry(Pattern.compile("\\b(beds?|bedspaces?|units?|rooms?|flats?|spaces?|places?|propert(?:y|ies)) with "
                    + "(?:(?:a|an|the|one|any|some) )?(?:yp|young (?:person|people)|residents?|tenants?|someone|somebody|person|"
                    + "people|clients?|occupants?)(?: (?:living|staying|sleeping))? in(?: (?:it|them|there))?\\b"), "$1 occupied"),
            // who is being referred is the young person: "Who are you referring?", "Who is being referred?" ("Who is
            // referring?" asks who makes the referral, and keeps its words)
            Map.entry(Pattern.compile("^\\s*who (?:(?:are you|are we) (?:referring|referred)|(?:is being|is|are being|are|was|"
                    + "were|has been|have been) referred|(?:have you|have we) referred)(?=[?:*.\\s]*$)"),
                    "young person full name"),
            // the one "you are referring" is the young person, whoever refers: "Name of the young person you are
            // referring", "Child you're referring"
            Map.entry(Pattern.compile("^\\s*(?:(?:full )?name of )?(?:the )?(?:young person|person|child|yp|client)(?:'s)? "
                    + "(?:(?:that |whom |who )?(?:you are|you're|we are|we're|being) referring|(?:that |who )?(?:is|are) being "
                    + "referred)(?:'s)?(?: (?:full )?name)?(?=[?:*.\\s]*$)"),
                    "young person full name"),
            // a whole question asking who the form is about, or who needs the place, asks the young person's name:
            // "Who is the child?", "Who is the young person?", "Who needs the accommodation?"
            Map.entry(Pattern.compile("^\\s*who (?:is|are) (?:the|this) (?:child|young person|yp|young people)"
                    + "(?: (?:being )?(?:referred|concerned|in question))?(?=[?:*.\\s]*$)|"
                    + "^\\s*who (?:needs|requires|is requesting) (?:the |a |an |this )?(?:accommodation|placement|bed|room|"
                    + "housing|place|somewhere to (?:stay|live))(?=[?:*.\\s]*$)"),
                    "young person full name"),
            // a whole question asking who is homeless, or whom the form is about, asks the young person's name, not
            // the housing status: "Who is presenting as homeless?", "Who has become homeless?", "Who is this referral
            // for?", "Who does the form concern?"
            Map.entry(Pattern.compile("^\\s*who (?:is|are|has|have)(?: been| become| now)? (?:presenting|presented|homeless|"
                    + "at risk of (?:being made )?homeless(?:ness)?|threatened with homelessness|facing homelessness|"
                    + "sleeping rough|rough sleeping|being made homeless|being asked to leave(?: home)?)"
                    + "(?: as homeless| to (?:the |this )?(?:council|service|team|you|us))?(?=[?:*.\\s]*$)|"
                    + "^\\s*who (?:is|are) (?:this|the) (?:referral|form|notice|request) (?:about|for|regarding|concerning)"
                    + "(?=[?:*.\\s]*$)|^\\s*who does (?:this|the) (?:referral|form|notice|request) (?:concern|relate to)"
                    + "(?=[?:*.\\s]*$)"),
                    "young person full name"),
            // a party named by what the form is about is that party: "Young person this notice concerns", "Child the
            // referral relates to" (the verb "concerns" is no welfare concern)
            Map.entry(Pattern.compile("(?<=\\p{L})\\s+(?:that |who |whom )?(?:this|the) (?:form|notice|referral|request|"
                    + "submission|report|notification) (?:concerns|relates to|is about|is for|is regarding)(?=[?:*.\\s]*$)"), ""),
            // the party a referral is made for is the one being referred, not the referrer: "Name of the young person
            // you are referring", "Child we are referring", "Person you have referred" ("Person referring" stays)
            Map.entry(Pattern.compile("(?<=\\p{L})\\s+(?:who |whom |that )?(?:you are|you're|you have|you've|we are|"
                    + "we're|we have|we've|you|we) (?:referring|refer|referred)\\b"), " being referred"),
            // the name of a team, an organisation or an agency is the team, the organisation, the agency: "Team name"
            // asks for a team, not a person's name
            Map.entry(Pattern.compile("\\b(team|organisation|organization|agency|department|service|company) name\\b"), "$1"),
            // the manager or leader of a team or a service is a person, not the team: "Team manager", "Service
            // leader's name" (a manager's sign-off on a referral is not the referrer's team)
            Map.entry(Pattern.compile("\\b(?:team|service|practice|unit|group|locality) (?:manager|leader|lead)\\b"),
                    "manager"),
            // what led to a referral is its reason: "Circumstances leading to referral", "What has led to this
            // referral?", "Events leading up to the referral"
            Map.entry(Pattern.compile("\\b(?:circumstances|events|background|what(?: has| have)?) (?:leading|led|that led)"
                    + "(?: up)? to (?:the |this )?(?:referral|request)\\b"), "reason for referral"),
            // being in agreement with something is agreeing to it: "Is the young person in agreement with the
            // referral?" asks the young person's consent
            Map.entry(Pattern.compile("\\b(?:aware of and )?in agreement with\\b"), "agrees to"),
            Map.entry(Pattern.compile("\\b(service user|client)('s)?\\b(?! group)"), "young person"),
            // supported accommodation is a kind of housing, never the support a young person needs: "Application for
            // supported accommodation", "Supported housing application" ("How will they be supported?" asks the support)
            Map.entry(Pattern.compile("\\bsupported (accommodation|housing|lodgings|living|flats?|tenanc(y|ies))\\b"),
                    "$1"),
            // a provider's resident and a housing service's applicant are the young person the form is about
            Map.entry(Pattern.compile("\\b(resident|applicant)('s|\u2019s)?\\b"), "young person"),
            // the name on a licence or tenancy agreement is its holder's, whoever the form says that is
            Map.entry(Pattern.compile("\\bname (?:as )?(?:on|in) (?:the |their |his |her )?(?:licen[cs]e|tenancy)"
                    + "(?: agreement)?\\b"), "licence holder name"),
            Map.entry(Pattern.compile("\\b(?:licensee|licen[cs]e holder)\\b"), "licence holder"),
            // "child" alone is too often a value ("Child in need") or another field's word ("a child of their own")
            // "Child / YP name", "Child full name" (children's services' forms): the young person's
            Map.entry(Pattern.compile("\\bchild\\s*(/|or)\\s*(young person|yps?)\\b|\\bchild('s|\u2019s)|\\b(?<=of (the )?)child\\b"
                    + "|^child(?=\\s+(?:full\\s+|first\\s+|legal\\s+)?names?\\b)"),
                    "young person"),
            Map.entry(Pattern.compile("\\b(lead professional|key worker)\\b"), "allocated worker"),
            // the worker holding the case is the allocated one: "Case-holding worker", "Case holder's e-mail"
            Map.entry(Pattern.compile("\\bcase[- ]?hold(?:er|ing)(?:['\u2019]s)?(?: (?:worker|practitioner|social worker))?\\b"),
                    "allocated worker"),
            Map.entry(Pattern.compile("\\brisk of harm\\b"), "risk"),
            Map.entry(Pattern.compile("\\bharm (to|from|by)\\b"), "risk $1"),
            // a question whether others may harm the young person asks the risk from others, whether the young person
            // may harm others the risk to others: "Is anyone likely to harm the young person?", "Could they hurt others?"
            Map.entry(Pattern.compile("^\\s*(?:(?:is|are|could|would|will|might|may|does) )?(?:anyone|anybody|someone|somebody|"
                    + "others|other people|any adults?)(?: else)? (?:(?:likely|known|thought) to |who (?:might|may|could|would) |"
                    + "(?:might|may|could|would|want to|wants to|intend to|intends to) )?(?:harm|hurt|exploit)s? (?:the young person|"
                    + "the yp|them|him|her)\\b"), "risk from others"),
            Map.entry(Pattern.compile("^\\s*(?:(?:is|are|could|would|will|might|may|does|do) )?(?:the young person|the yp|they|he|she) "
                    + "(?:(?:likely|known|thought) to |(?:might|may|could|would) )?(?:harm|hurt)s? (?:others|other people|anyone|"
                    + "staff|residents)\\b"), "risk to others"),
            Map.entry(Pattern.compile("\\bliquid logic\\b"), "lcs"),
            Map.entry(Pattern.compile("\\btak(e|en) place\\b"), "happen"),
            // what someone knows, heard or was told is the information ("What do you know?", "Details of what you
            // know"); how they know it is its source, and stays as it is
            Map.entry(Pattern.compile("\\bwhat (?:(?:do|did|does|have|has) )?(?:you|they|we|staff) (?:know|knew|heard|"
                    + "were told|was told|have been told|been told|found out)(?:(?: or| and) (?:seen|heard|been told|saw))?\\b"),
                    "information"),
            Map.entry(Pattern.compile("\\bwhat (?:(?:have|has|did|do) )?(?:you|they|we|staff) (?:seen|saw|see) (?:or|and) (?:heard|hear|been told)\\b"),
                    "information"),
            // and so is what was seen or heard, said in the passive: "What was seen or heard", "What has been witnessed"
            // ("When was this seen or heard" asks when, and keeps its words)
            Map.entry(Pattern.compile("\\bwhat (?:was|were|has been|have been|is being|is) (?:seen|heard|witnessed|observed|"
                    + "noticed)(?: (?:or|and|/) (?:seen|heard|witnessed|observed|noticed|said|told))?\\b"), "information"),
            // what the sender wants the police to know is the information: "What do you want the police to know?"
            Map.entry(Pattern.compile("\\bwhat (?:do|would) you (?:want|like|need) (?:the police|police|us) to (?:know|be aware of)\\b"),
                    "information"),
            // and so is what they want to tell or share with the police: "What do you want to tell the police?"
            Map.entry(Pattern.compile("\\bwhat (?:do|would) you (?:want|like|need|wish) to (?:tell|share with|pass on to|report to) "
                    + "(?:the police|police|us)\\b"), "information"),
            // what has led to a referral is its reason: "What has led to you referring now?", "What led to this referral?"
            Map.entry(Pattern.compile("^\\s*what (?:has |have )?(?:led|lead|leads) to\\b"), "reason for"),
            // "the 16/17 year old", "16-17 yr old": the young person the form is about
            Map.entry(Pattern.compile("\\b(16\\s*/\\s*17|16\\s*(-|or|to)\\s*17|1[6-9])\\s*-?\\s*(year|yr)s?\\s*-?\\s*old\\b"),
                    "young person"),
            // who makes the referral is its referrer; an agency or team making it is the referring one
            Map.entry(Pattern.compile("\\b(person|worker|professional|practitioner|officer)\\s+(making|completing|"
                    + "submitting|sending)\\s+(the\\s+|this\\s+)?referral\\b"), "$0 referrer"),
            // "Referral made by" asks for a person: the referrer's name
            Map.entry(Pattern.compile("\\breferral\\s+(made|completed|submitted|sent)\\s+by$"), "referrer name"),
            Map.entry(Pattern.compile("\\b(agency|organisation|organization|team|service)\\s+(making|completing|"
                    + "submitting|sending)\\s+(the\\s+|this\\s+)?referral\\b"), "$0 referring $1"),
            // something that took place happened: "Date it all took place" asks when, "Where did it take place?" where;
            // "place" is then left a place, as in "Place of incident" (after a family meeting's "took place" above)
            Map.entry(Pattern.compile("\\b(?:took|take|takes|taken|taking) place\\b"), "happened"));
    private static final Pattern TRAILING = Pattern.compile("[?:*.\\s]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern POSSESSIVE = Pattern.compile("'s\\b|\u2019s\\b");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
    /** Labels recur (each line is tried as every form's label): their words are kept, up to a bound. */
    private static final int CACHE_LIMIT = 20_000;
    private static final Map<String, List<String>> WORDS = new ConcurrentHashMap<>();
    private static final Map<String, String> CLEAN = new ConcurrentHashMap<>();

    /** The label with hints, "(Y/N)" and trailing punctuation removed, in lower case: what "exact" compares. */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String known = CLEAN.get(raw);
        if (known != null) {
            return known;
        }
        if (CLEAN.size() > CACHE_LIMIT) {
            CLEAN.clear();
        }
        String s = cleanOnce(raw);
        CLEAN.put(raw, s);
        return s;
    }

    /**
     * A question's number before its label, as paper forms number them: "3.", "3)", "3a.", "Q3", "Q.3:",
     * "Question 3 -", "2.1", or a bare "3 " before a capitalised word; numbered by section too, the question's number
     * after its section's: "Q2.3", "1.2)", "2.3.", "1(b)", and, before a capitalised word, "2.1 " and "2/3 " (a slash
     * after a single digit only: "16/17" is an age, not a number); "Q07_" before a case system's field code, and a
     * system's own question code "RF.07". "3x5x2 grading" and "16/17" are not numbers. A letter or a small Roman
     * numeral numbers a question as well: "(a) ", "(iv) ", "b) ", "iv. " before a capitalised word.
     */
    private static final Pattern QUESTION_NUMBER = Pattern.compile(
            "^\\s*(?:(?:(?i:q|question)\\.?\\s*\\d{1,2}(?:\\.\\d{1,2}){0,2}[a-z]?|\\d{1,2}(?:\\.\\d{1,2}){0,2}[a-z]?)"
                    + "\\s*[.):\\-\u2013]\\s*(?![\\d/])"
                    + "|(?i:q|question)\\.?\\s*\\d{1,2}(?:[./]\\d{1,2}){0,2}[a-z]?(?:\\s+|_+(?=\\p{Lu}))"
                    + "|\\d{1,2}[a-z]?\\([a-z0-9]{1,2}\\)[.)]?\\s+"
                    + "|(?:\\d{1,2}(?:\\.\\d{1,2}){1,2}|\\d/\\d{1,2})[a-z]?\\s+(?=\\p{Lu})"
                    + "|\\p{Lu}{1,3}\\.\\d{2,3}\\s+(?=\\p{Lu})"
                    // a section's letter and the question's number: "A1 Full legal name", "B2.3 Referrer's role"
                    + "|\\p{Lu}\\d{1,2}(?:\\.\\d{1,2}){0,2}[a-z]?[.):]?\\s+(?=\\p{Lu})"
                    // a letter or a small Roman numeral as the question's number: "(a) Name of referrer", "iv. Role"
                    + "|\\((?:\\p{Ll}|[ivx]{1,4})\\)\\s+(?=\\p{Lu})|(?:[ivx]{1,4}|\\p{Ll})[.)]\\s+(?=\\p{Lu})"
                    + "|\\d{1,2}\\s+(?=\\p{Lu}))(?=\\S)");

    /** A list marker before a line: a bullet ("\u2022", "\u25aa", "\u00b7") or a dash or star with a space after it. */
    private static final Pattern LIST_MARKER = Pattern.compile(
            "^\\s*(?:[\u2022\u25e6\u25aa\u25ab\u2023\u2043\u25cf\u25cb\u25a0\u25a1\u00b7\u2013\u2014]\\s*|[-*]\\s+)(?=\\S)");

    /**
     * A question's number no address could open with: a section's number ("2.4 Email"), a number closed by a full stop
     * or bracket ("3. Name", "3) Name"), "Q3 Name", all before a word. A bare number before a capitalised word is a
     * question's number to {@link #withoutNumber} but could be an address's ("14 Mill Lane", "3 Bridge St"), so it is
     * not one here.
     */
    private static final Pattern PUNCTUATED_NUMBER = Pattern.compile(
            "(?i)(?:q\\.?\\s*)?\\d{1,2}(?:(?:\\.\\d{1,2})+[a-z]?[.)]?|[.)])\\s+\\p{L}.*");

    /** Whether the line opens with a question's number no address could open with (see {@link #PUNCTUATED_NUMBER}). */
    public static boolean opensWithAQuestionNumber(String line) {
        return line != null && PUNCTUATED_NUMBER.matcher(line.strip()).matches();
    }

    /**
     * The label without the question number or list marker in front of it ("12. Date of birth", "\u2022 Date of
     * birth" and "- Date of birth" are "Date of birth").
     */
    public static String withoutNumber(String label) {
        return label == null ? null
                : QUESTION_NUMBER.matcher(LIST_MARKER.matcher(label).replaceFirst("")).replaceFirst("");
    }

    /** Where a typed word stands alone: no letter, digit, slash, full stop, apostrophe, at or hyphen joins it. */
    private static final String ALONE_BEFORE = "(?<![\\p{L}\\d/.'\u2019@&-])";
    private static final String ALONE_AFTER = "(?![\\p{L}\\d/'\u2019@&-])(?!\\.\\p{L})";

    /**
     * Text-speak and shorthand people type in a hurry, as whole words, each to the words it stands for: "ur name",
     * "time u saw it", "sw/pa if diff from u", "yp full name pls", "16 yr old", "in trouble w/ police", "lcs # if known",
     * "abt", "b4", "thx" (and contractions typed without their apostrophe, {@link #CONTRACTIONS}). A letter alone is
     * read so only between words ("where r they", "in trouble w police"): "U/K", "(M/F/U)" and "W/C" keep theirs.
     */
    private static final List<Map.Entry<Pattern, String>> SHORTHAND = List.of(
            Map.entry(Pattern.compile("(?iu)" + ALONE_BEFORE + "(?:r\\s+u|ru)" + ALONE_AFTER), "are you"),
            Map.entry(Pattern.compile("(?iu)" + ALONE_BEFORE + "u(?:['\u2019]re|re)" + ALONE_AFTER), "you are"),
            Map.entry(Pattern.compile("(?iu)" + ALONE_BEFORE + "u(?:['\u2019]ve|ve)" + ALONE_AFTER), "you have"),
            Map.entry(Pattern.compile("(?iu)" + ALONE_BEFORE + "u" + ALONE_AFTER), "you"),
            Map.entry(Pattern.compile("(?iu)" + ALONE_BEFORE + "ur" + ALONE_AFTER), "your"),
            Map.entry(Pattern.compile("(?iu)" + ALONE_BEFORE + "urs" + ALONE_AFTER), "yours"),
            Map.entry(Pattern.compile("(?iu)" + ALONE_BEFORE + "urself" + ALONE_AFTER), "yourself"),
            Map.entry(Pattern.compile("(?iu)(?<=\\p{L}\\s)r(?=\\s+\\p{L})"), "are"),
            // "yr" is a year only beside a number or before "old": in Welsh it is "the" ("Enw yr asiantaeth")
            Map.entry(Pattern.compile("(?iu)(?<=\\d\\s?)yrs?" + ALONE_AFTER + "|" + ALONE_BEFORE + "yrs?(?=\\s*-?\\s*olds?\\b)"),
                    "year"),
            Map.entry(Pattern.compile("(?iu)" + ALONE_BEFORE + "(?:pls|plz|pleas|plse)" + ALONE_AFTER + "\\.?"), "please"),
            Map.entry(Pattern.compile("(?iu)" + ALONE_BEFORE + "abt" + ALONE_AFTER + "\\.?"), "about"),
            Map.entry(Pattern.compile("(?iu)" + ALONE_BEFORE + "b4" + ALONE_AFTER), "before"),
            Map.entry(Pattern.compile("(?iu)" + ALONE_BEFORE + "(?:thx|thnx|thanx)" + ALONE_AFTER), "thanks"),
            Map.entry(Pattern.compile("(?iu)" + ALONE_BEFORE + "diff" + ALONE_AFTER + "\\.?"), "different"),
            Map.entry(Pattern.compile("(?iu)" + ALONE_BEFORE + "ppl" + ALONE_AFTER), "people"),
            Map.entry(Pattern.compile("(?iu)" + ALONE_BEFORE + "(?:tmrw|tmrrw|2moro|2morrow)" + ALONE_AFTER), "tomorrow"),
            Map.entry(Pattern.compile("(?iu)" + ALONE_BEFORE + "2day" + ALONE_AFTER), "today"),
            Map.entry(Pattern.compile("(?iu)" + ALONE_BEFORE + "(?:2nite|2night|tonite)" + ALONE_AFTER), "tonight"),
            // "w/" is "with" ("w/c", "w/b", "w/e" are weeks, "w/o" is "without"); "w" alone between words too
            Map.entry(Pattern.compile("(?iu)" + ALONE_BEFORE + "w/o" + ALONE_AFTER), "without"),
            Map.entry(Pattern.compile("(?iu)" + ALONE_BEFORE + "w/(?![cbe](?![\\p{L}\\d]))\\s*(?=\\p{L})"), "with "),
            Map.entry(Pattern.compile("(?iu)(?<=\\p{L}\\s)w(?=\\s+\\p{L})"), "with"),
            // a hash standing for a number: "lcs # if known", "# of beds" ("#12" is a value, and keeps it)
            Map.entry(Pattern.compile("(?<![^\\s(])#(?=[\\s):]|$)"), "number"));

    /** A contraction typed without its apostrophe: as typed, as written, and as the words a label means by it. */
    private record Contraction(String typed, String written, String words) {
    }

    /**
     * Contractions people type without their apostrophe, on a phone or in a hurry: one table for labels ("whats ur
     * name" asks "what is your name", {@link #spelledOut}) and for screening's reading of a text ("shes with him" is
     * "she's with him", {@link #withApostrophes}). A row without words is read by screening only (in a label "im" or
     * "hes" may be letters of something else); one without its written form by labels only.
     */
    private static final List<Contraction> CONTRACTIONS = List.of(new Contraction("cant", "can't", "cannot"),
            new Contraction("wont", "won't", "will not"), new Contraction("dont", "don't", "do not"),
            new Contraction("doesnt", "doesn't", "does not"), new Contraction("didnt", "didn't", "did not"),
            new Contraction("isnt", "isn't", "is not"), new Contraction("arent", "aren't", "are not"),
            new Contraction("wasnt", "wasn't", "was not"), new Contraction("werent", "weren't", "were not"),
            new Contraction("havent", "haven't", "have not"), new Contraction("hasnt", "hasn't", "has not"),
            new Contraction("hadnt", "hadn't", "had not"), new Contraction("couldnt", "couldn't", "could not"),
            new Contraction("wouldnt", "wouldn't", "would not"), new Contraction("shouldnt", "shouldn't", "should not"),
            new Contraction("mustnt", "mustn't", null),
            new Contraction("whats", "what's", "what is"), new Contraction("whos", "who's", "who is"),
            new Contraction("wheres", null, "where is"), new Contraction("hows", null, "how is"),
            new Contraction("thats", "that's", "that is"), new Contraction("theres", "there's", "there is"),
            new Contraction("shes", "she's", null), new Contraction("hes", "he's", null),
            new Contraction("theyre", "they're", "they are"), new Contraction("youre", "you're", "you are"),
            new Contraction("theyve", "they've", null), new Contraction("youve", "you've", null),
            new Contraction("weve", "we've", null), new Contraction("im", "i'm", null), new Contraction("ive", "i've", null));

    private static final Map<String, Contraction> CONTRACTION_TYPED = CONTRACTIONS.stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Contraction::typed, c -> c));

    /** A contraction a label spells out, typed without its apostrophe, as a whole word. */
    private static final Pattern CONTRACTION_IN_A_LABEL = Pattern.compile("(?iu)" + ALONE_BEFORE + "(?:"
            + String.join("|", CONTRACTIONS.stream().filter(c -> c.words() != null).map(Contraction::typed).toList())
            + ")" + ALONE_AFTER);

    /** A contraction screening writes with its apostrophe, typed without it, as a word of a lower-case text. */
    private static final Pattern CONTRACTION_IN_A_TEXT = Pattern.compile("\\b(?:"
            + String.join("|", CONTRACTIONS.stream().filter(c -> c.written() != null).map(Contraction::typed).toList())
            + ")\\b");

    /**
     * A lower-case text with the contractions typed without their apostrophe ({@link #CONTRACTIONS}) written with it:
     * "she cant leave", "this isnt urgent", "shes with him", "theyre outside" are "can't", "isn't", "she's", "they're".
     */
    public static String withApostrophes(String lowerCaseText) {
        return CONTRACTION_IN_A_TEXT.matcher(lowerCaseText).replaceAll(m -> {
            Contraction c = CONTRACTION_TYPED.get(m.group());
            return java.util.regex.Matcher.quoteReplacement(c == null ? m.group() : c.written());
        });
    }

    /**
     * A contraction typed without its apostrophe as the words it stands for, keeping the letters of the word typed
     * ("Didnt" is "Did not", "cant" "cannot", "wont" "will not"), in capitals in a label typed in capitals.
     */
    private static String spelledOutContraction(String typed, boolean capitals) {
        Contraction c = CONTRACTION_TYPED.get(typed.toLowerCase(Locale.ROOT));
        if (c == null) {
            return typed;
        }
        int space = c.words().indexOf(' ');
        String words = space > 0 && c.typed().startsWith(c.words().substring(0, space))
                ? typed.substring(0, space) + c.words().substring(space) : c.words();
        return capitals ? words.toUpperCase(Locale.ROOT) : words;
    }

    /**
     * The label with its text-speak and shorthand written out ({@link #SHORTHAND}): "ur name" is "your name", "time u
     * clocked this" "time you clocked this". A label typed in capitals keeps them ("UR NAME" is "YOUR NAME").
     */
    public static String spelledOut(String label) {
        if (label == null || label.isEmpty()) {
            return label;
        }
        String s = label;
        boolean capitals = !s.equals(s.toLowerCase(Locale.ROOT)) && s.equals(s.toUpperCase(Locale.ROOT));
        for (Map.Entry<Pattern, String> e : SHORTHAND) {
            java.util.regex.Matcher m = e.getKey().matcher(s);
            if (m.find()) {
                String to = capitals ? e.getValue().toUpperCase(Locale.ROOT) : e.getValue();
                s = m.replaceAll(to);
            }
        }
        java.util.regex.Matcher m = CONTRACTION_IN_A_LABEL.matcher(s);
        return m.find() ? m.replaceAll(r -> java.util.regex.Matcher.quoteReplacement(spelledOutContraction(r.group(), capitals)))
                : s;
    }

    /** A plus standing between two words: "date + time", "name+address". */
    private static final Pattern WORDS_PLUS = Pattern.compile("(?<=\\p{L})\\s*\\+\\s*(?=\\p{L})");

    private static String cleanOnce(String raw) {
        raw = withoutNumber(raw);
        // a PDF or Word form field's own name: "YoungPersonFullName", "date_of_birth", "LCSNumber"
        String spaced = CAMEL.matcher(DOB_MIXED.matcher(raw).replaceAll("DOB")).replaceAll(" ").replace('_', ' ');
        String s = Normalizer.normalize(spaced, Normalizer.Form.NFKC).replace('\u00a0', ' ').toLowerCase(Locale.ROOT);
        s = spelledOut(s);
        s = HINT.matcher(s).replaceAll(" ");
        // a hint opened and not closed ("Legal status (LAC / care leaver /") ends the label
        s = OPEN_HINT.matcher(s).replaceAll(" ");
        s = DOTTED_INITIALS.matcher(s).replaceAll(m -> m.group().replace(".", ""));
        s = YES_NO.matcher(s).replaceAll(" ");
        s = DOTTED_DOB.matcher(s).replaceAll(" dob ");
        s = WEEK_COMMENCING.matcher(s).replaceAll(" week commencing ");
        s = WEEK_BEGINNING.matcher(s).replaceAll(" week beginning ");
        s = SLASHED_INITIALS.matcher(s).replaceAll(m -> m.group().replace("/", ""));
        s = SW_PA.matcher(s).replaceAll(" social worker personal adviser ");
        // a plus between two words joins them as "and" does: "Date + time", "Name+address"; elsewhere ("16+") it is "plus"
        s = WORDS_PLUS.matcher(E_MAIL.matcher(s).replaceAll("email")).replaceAll(" and ").replace("&", " and ")
                .replace("+", " plus ");
        for (Map.Entry<Pattern, String> p : PHRASES) {
            s = p.getKey().matcher(s).replaceAll(p.getValue());
        }
        return SPACES.matcher(TRAILING.matcher(s).replaceAll("")).replaceAll(" ").trim();
    }

    private static final Pattern QUESTION_START = Pattern.compile("^(?:what|why|when|where|who|whom|whose|which|how|if|"
            + AUXILIARY + ")\\b");
    /** Where a label's first noun phrase ends: "Name of submitter", "Date it took place", "Names / descriptions". */
    private static final Pattern PHRASE_END = Pattern.compile("\\s(of|for|in|on|at|to|from|by|with|it|if|that|which|"
            + "who|when|where|and|or|within|under|per|about|not"
            // a time after the noun says when it holds: "Safety until placement" is a safety, not a placement
            + "|until|till|pending|before|after|since|during"
            // a verb in -ing after the noun starts what it does: "Organisation sharing the information" is an organisation,
            // and so is "Organisation sharing" with nothing after it
            + "|sharing|making|submitting|providing|completing|sending|presenting|giving|raising)\\s"
            + "|\\s(sharing|making|submitting|providing|completing|sending|presenting|giving|raising)$"
            // any verb in -ing with its object after it: "Organisation raising the concern" is an organisation
            + "|\\s\\p{L}{3,}ing\\s(?=(?:the|a|an|this|these|those|its|their|our|your|his|her)\\s)"
            // and so does a participle saying what was done with it: "Intelligence being submitted", "Information
            // shared" is intelligence, information
            + "|\\s(being|been|submitted|shared|provided|obtained|received)(\\s|$)"
            // a clause after the noun says which one: "Organisation the worker is employed by" is an organisation
            + "|\\s(?=the\\s+\\w+\\s+(?:is|are|was|were|has|have)\\s)|\\s*[/,;&]\\s*|\\s+[-\u2013]\\s+");

    /** How many times the character occurs in the text (brackets a label opens and closes). */
    public static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    /** Whether a label is a question: it ends in a question mark or starts with a question's word ("What is the risk"). */
    public static boolean asks(String raw) {
        return raw != null && (raw.contains("?") || QUESTION_START.matcher(clean(raw)).find());
    }

    /**
     * The word a label is about, its head noun: the last content word of its first phrase ("Allocated social worker
     * email" is an email, "Reporting worker" a worker, "Name of submitter" a name). Empty for a question, whose
     * words do not follow that order.
     */
    public static java.util.Optional<String> head(String raw) {
        List<String> words = headPhrase(raw);
        return words.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(words.get(words.size() - 1));
    }

    /**
     * The content words of a label's first noun phrase, its head last ({@link #head}): "Safety arrangements" of
     * "Safety arrangements pending placement". Empty for a question.
     */
    public static List<String> headPhrase(String raw) {
        if (raw == null || raw.contains("?")) {
            return List.of();
        }
        // "  / Date of last review": a label in two languages whose first half was left out opens with its slash
        String c = clean(raw).replaceFirst("^[\\s/,;&|]+", "");
        if (QUESTION_START.matcher(c).find()) {
            return List.of();
        }
        java.util.regex.Matcher end = PHRASE_END.matcher(c);
        // "Safety concern now": a word of when after the noun says when it holds; the noun is still the head
        String phrase = withoutTrailingWhen(end.find() ? c.substring(0, end.start()) : c);
        return of(phrase);
    }

    /**
     * Words of when closing a label: "now", "currently", "at present", "today", "tonight", "this week" ("Safety concern
     * now", "Occupied units this week"). The label says when its answer holds; what it asks is the same without them.
     */
    private static final Pattern TRAILING_WHEN = Pattern.compile("(?iu)(?<=[^\\s\\d])\\s+(?:(?:this|the|that)\\s+week"
            + "|at\\s+present|right\\s+now|now|currently|presently|today|tonight)\\s*$");

    /** The label without the words of when closing it ({@link #TRAILING_WHEN}): "In use currently" is "In use". */
    public static String withoutTrailingWhen(String label) {
        return TRAILING_WHEN.matcher(label).replaceFirst("");
    }

    /** Welsh's mutations undone: the radical forms a mutated word may stand for ("ddigwyddiad" is "digwyddiad"). */
    private static final String[][] MUTATIONS = {{"ngh", "c"}, {"mh", "p"}, {"nh", "t"}, {"ng", "g"}, {"ch", "c"},
        {"ph", "p"}, {"th", "t"}, {"dd", "d"}, {"f", "b"}, {"f", "m"}, {"g", "c"}, {"b", "p"}, {"d", "t"}, {"l", "ll"},
        {"r", "rh"}, {"m", "b"}, {"n", "d"}, {"", "g"}};

    /** The English a Welsh label's word stands for, as written or mutated; empty for any other word. */
    static java.util.Optional<String> welsh(String word) {
        String found = WELSH.get(word);
        for (int i = 0; found == null && i < MUTATIONS.length; i++) {
            if (word.startsWith(MUTATIONS[i][0])) {
                found = WELSH.get(MUTATIONS[i][1] + word.substring(MUTATIONS[i][0].length()));
            }
        }
        return java.util.Optional.ofNullable(found);
    }

    /** Welsh words the abbreviations above write as English, and the small words a Welsh label is written with. */
    private static final Set<String> WELSH_EXPANDED = Set.of("enw", "dyddiad", "geni", "ifanc", "cyfeiriad", "rhif",
            "asiantaeth", "sefydliad", "rheswm", "oedran", "disgrifiad", "cyfryngu", "canlyniad", "digartref", "amser",
            "person");
    private static final Set<String> WELSH_SMALL = Set.of("y", "yr", "r", "a", "o", "i", "ar", "yn", "ei", "eu", "mae",
            "yw", "am", "gan", "ac", "neu", "chi", "ch");

    /**
     * Whether every word of a label is Welsh ("Enw llawn y plentyn", "Enw'r person ifanc"): the half of a label in
     * two languages that is the other language's, whatever English words its words stand for.
     */
    public static boolean allWelsh(String raw) {
        if (raw == null) {
            return false;
        }
        String plain = Normalizer.normalize(clean(raw), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(java.util.Locale.ROOT);
        boolean content = false;
        for (String w : NON_WORD.split(plain)) {
            if (w.isEmpty() || WELSH_SMALL.contains(w)) {
                continue;
            }
            if (!WELSH_EXPANDED.contains(w) && welsh(w).isEmpty()) {
                return false;
            }
            content |= !w.equals("person");
        }
        return content;
    }

    /**
     * A word cut short with an apostrophe for the letters left out, as "gov't" is written: "loc'y" (locality),
     * "vac'y" (vacancy). It is read as the word its letters before the apostrophe start ("loc.", "vac."), never as
     * its last letter alone ("y", as in "Y/N"). An apostrophe before "s" (whose), "t", "d", "m" (don't, I'd, I'm)
     * cuts nothing.
     */
    public static String withElisionsShortened(String label) {
        return label == null ? null : ELIDED.matcher(label).replaceAll("$1.");
    }

    private static final Pattern ELIDED = Pattern.compile(
            "(?iu)(?<![\\p{L}'\u2019])(\\p{L}{2,})['\u2019](?![stdm](?!\\p{L}))\\p{L}(?![\\p{L}\\d'\u2019])");

    /** The label's content words, stemmed, in order; a Welsh word as the English it stands for. */
    public static List<String> of(String raw) {
        if (raw == null) {
            return List.of();
        }
        List<String> known = WORDS.get(raw);
        if (known != null) {
            return known;
        }
        List<String> result = of(raw, !hasAnEnglishHalf(raw));
        if (WORDS.size() > CACHE_LIMIT) {
            WORDS.clear();
        }
        WORDS.put(raw, result);
        return result;
    }

    /**
     * Whether a label in two languages has an English half ("Sylwadau'r darparwr / Comments"): then the English half
     * says what it asks, and the Welsh half's words are not read as English (its "darparwr" would make a comments
     * column the provider's). Only a label all in Welsh is read through its Welsh words.
     */
    private static boolean hasAnEnglishHalf(String raw) {
        String[] halves = raw.split("\\s*[/|]\\s*");
        if (halves.length < 2) {
            return false;
        }
        for (String half : halves) {
            List<String> words = of(half, false);
            if (!words.isEmpty() && java.util.Arrays.stream(NON_WORD.split(clean(half).toLowerCase(java.util.Locale.ROOT)))
                    .filter(w -> !w.isEmpty()).noneMatch(w -> welsh(w).isPresent())) {
                return true;
            }
        }
        return false;
    }

    /**
     * As {@link #of}, but a Welsh word left as it is: which half of a label in two languages is the form's own
     * ("Statws cyfreithiol / Legal status") is told by the words as written.
     */
    public static List<String> asWritten(String raw) {
        return raw == null ? List.of() : of(raw, false);
    }

    /** The words after "named" that keep it a label's last word of meaning: "Person named in notice". */
    private static final Set<String> NAMED_IN = Set.of("in", "on", "above", "below");

    private static List<String> of(String raw, boolean welshToo) {
        List<String> out = new ArrayList<>();
        // a letter's accent is no other word: the Welsh "ffôn", "tîm", "grŵp" are "ffon", "tim", "grwp"
        String plain = Normalizer.normalize(clean(raw), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String[] split = NON_WORD.split(POSSESSIVE.matcher(plain).replaceAll(""));
        for (int i = 0; i < split.length; i++) {
            String w = split[i];
            if (w.isEmpty()) {
                continue;
            }
            // a reference is done by no one: "Ref. by" is who referred, as "Referred by"
            String expanded = w.equals("ref") && i + 1 < split.length && split[i + 1].equals("by") ? "referred"
                    // "named" after whom a label asks of is the name asked ("Young person named", "YP NAMED", "Person
                    // named in notice"); before them, the one allocated ("Named worker")
                    : w.equals("named") && i > 0 && (i + 1 == split.length || NAMED_IN.contains(split[i + 1])) ? "name"
                    : EXPAND.containsKey(w) ? EXPAND.get(w) : welshToo ? welsh(w).orElse(w) : w;
            for (String e : expanded.split(" ")) {
                if (STOP.contains(e)) {
                    continue;
                }
                String stem = stem(e);
                out.add(SAME.getOrDefault(stem, stem));
            }
        }
        return List.copyOf(out);
    }

    private static final Map<String, Set<String>> RELATED = related(RELATED_GROUPS);
    /** The words of one meaning on a form, by the groups of that form only ({@link FormSpec#relatedWords}). */
    private static final Map<List<List<String>>, Map<String, Set<String>>> RELATED_ON_FORM =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static Map<String, Set<String>> related(List<List<String>> groups) {
        Map<String, Set<String>> out = new java.util.HashMap<>();
        for (List<String> group : groups) {
            Set<String> stems = new java.util.LinkedHashSet<>();
            for (String w : group) {
                for (String e : EXPAND.getOrDefault(w, w).split(" ")) {
                    String st = stem(e);
                    stems.add(SAME.getOrDefault(st, st));
                }
            }
            for (String st : stems) {
                Set<String> others = new java.util.LinkedHashSet<>(stems);
                others.remove(st);
                out.computeIfAbsent(st, k -> new java.util.LinkedHashSet<>()).addAll(others);
            }
        }
        out.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(out);
    }

    /** The words (as {@link #of} gives them) that mean the same as this one in a form's label, but not the same word. */
    public static Set<String> related(String word) {
        return RELATED.getOrDefault(word, Set.of());
    }

    /**
     * The words of the same meaning ({@link #related(String)}) on a form with these groups of one meaning on it only
     * ({@link FormSpec#relatedWords}, the form's related-words:): "filled" is "occupied" when reading a void return,
     * and on no other form. Each word to the others of its meaning.
     */
    public static Map<String, Set<String>> relatedOn(List<List<String>> formGroups) {
        if (formGroups.isEmpty()) {
            return RELATED;
        }
        return RELATED_ON_FORM.computeIfAbsent(formGroups, g -> {
            List<List<String>> all = new ArrayList<>(RELATED_GROUPS);
            all.addAll(g);
            return related(all);
        });
    }

    /** A rough English stem: enough that "managed", "manages" and "managing" meet. */
    static String stem(String w) {
        if (w.length() <= 3 || w.chars().anyMatch(Character::isDigit)) {
            return w;
        }
        String s = w;
        if (s.endsWith("ies") && s.length() > 4) {
            s = s.substring(0, s.length() - 3) + "y";
        } else if (s.endsWith("sses")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith("ing") && s.length() > 5) {
            s = s.substring(0, s.length() - 3);
        } else if (s.endsWith("ed") && s.length() > 4) {
            s = s.substring(0, s.length() - 2);
        }
        if (s.endsWith("e") && s.length() > 4) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
