package org.ypsa.hub.domain.forms;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a label put in plain English asks, as (whom it is about) x (what of them), the way {@link PeopleAsked} reads
 * whose name or email and {@link ConcernAsked} which part of a concern: "Person completing" the writer's name, "When is
 * the bed needed?" the date wanted, "Is anyone exploiting them?" the young person's exploitation, "Parent's phone"
 * another person's phone. Each form's asked: table (config/forms) says which of its fields that is; a pair the form
 * has no field for stays unplaced. {@link LabelMatcher} reads a label so only where no wording of the form places it.
 */
public final class QuestionAsked {
    private QuestionAsked() {
    }

    /**
     * Words of the one sending or filling in the form, what they do with it: "completing", "filling this in", "sending
     * us", "sharing this", "passing it on" ("Who's sending us this intel?" asks the writer).
     */
    public static final String SENDING_IT = "(?:completing|filling (?:this|it) in|filling (?:in|out)|making this"
            + "|sending (?:this|it|us)|sharing (?:this|it)|passing (?:this|it) on|passing on)";

    /** Whom a label asks about, as the asked: table names them. */
    public enum Whom {
        /** the young person: YP, they, them, she, the resident, the client */
        YOUNG_PERSON("young-person", "\\b(?:yp|yps|young (?:person|people)|they|them|their|she|he|her|him|his|resident"
                + "|client|child|referred|service user)\\b"),
        /** the one filling the form in: you, the person completing, the referrer, whoever we reply to */
        WRITER("writer", "\\b(?:you|your|yours|yourself|referrer|referrers|(?:person|officer|worker|member of staff|staff member) (?:completing|filling|making|referring"
                + "|sending|sharing|passing)|" + QuestionAsked.SENDING_IT + "|reporting (?:worker|officer|person)|repl(?:y|ies)"
                + "|get back to|back to)\\b"),
        /**
         * another person or body: a parent, a carer, the school, the GP, a victim, whoever else, the YP's social worker
         * or PA; not the police, whom an intelligence form asks how to reach you ("Number police can call you on")
         */
        OTHER("other", "\\b(?:parents?|mother|mothers|mum|mums|mom|father|fathers|dad|dads|carers?|guardian|family|sibling"
                + "|brother|sister|partner|boyfriend|girlfriend|friends?|school|college|gp|doctor|fgc"
                + "|conference|victims?|perpetrator|suspect|landlord|next of kin|emergency contact|solicitor|else|sw"
                + "|social worker|pa|personal adviser|allocated)\\b"),
        /** no one named: "Any alcohol or drug use?", "Date bed wanted" */
        UNSAID("unsaid", null);

        /** The name in the asked: table. */
        public final String key;
        final Pattern words;

        Whom(String key, String words) {
            this.key = key;
            this.words = words == null ? null : Pattern.compile(words);
        }

        public static Optional<Whom> byKey(String key) {
            for (Whom w : values()) {
                if (w.key.equals(key)) {
                    return Optional.of(w);
                }
            }
            return Optional.empty();
        }
    }

    /** What of them a label asks, most particular first: the first whose words the label holds is what it asks. */
    public enum What {
        /**
         * why it is shared though the young person has not consented: "Where consent has not been given, state the
         * lawful basis", "No consent - safeguarding justification", "Grounds for overriding consent"
         */
        SHARING_WITHOUT_CONSENT("sharing-without-consent", "^(?=.*(?:\\b(?:no|not|without|withheld|refused|declined"
                + "|overrid\\w*|absence|lack)\\b.*\\bconsent\\w*|\\bconsent\\w*\\b.*\\b(?:not|no|refused|declined|withheld"
                + "|overridden|absent)\\b))(?=.*\\b(?:why|reasons?|basis|grounds|justif\\w*|lawful|rationale)\\b)"),
        CONSENT("consent", "\\b(?:said yes|agreed?|agrees|agreeing|agreement|consents?|consented|happy (?:to|for|with)"
                + "|willing|permission|ok with|okay with|aware of (?:this|the) referral|know about (?:this|the) referral)\\b"),
        DATE_OF_BIRTH("date-of-birth", "\\b(?:dob|d\\.o\\.b|date of birth|born|birthday|how old|age)\\b"),
        URGENCY("urgency", "\\b(?:why|reason)\\b.*\\b(?:emergency|urgent|urgently|today|tonight|same day|wait)\\b"
                + "|\\b(?:emergency|urgent)\\b.*\\b(?:why|reason)\\b"
                // what happens if no bed is found: "What happens if we don't find a bed today?"
                + "|\\bif\\b.*\\b(?:no|not|don t|can t|cannot|nothing|none|isn t)\\b.*\\b(?:bed|room|placement|place|found|find)\\b"
                + "|\\bwithout (?:a |any )?(?:bed|room|placement)\\b"),
        /** when the family met: "Day the family group conference happened", "When was the FGC held?" */
        FAMILY_MEETING_DATE("family-meeting-date", "\\b(?:when|date|day)\\b.*\\b(?:fgc|family group (?:conference|meeting)"
                + "|family meeting|conference)\\b|\\b(?:fgc|conference|family meeting)\\b.*\\b(?:when|date|day)\\b"),
        DATE_WANTED("date-wanted", "\\b(?:when|date|day|from when|by when)\\b.*\\b(?:wanted|needed|need|required|require"
                + "|move|moving|start|starting|bed|placement|room)\\b|\\b(?:bed|room|placement|move)\\b.*\\b(?:date|day|when)\\b"),
        WHERE_WANTED("where-wanted", "\\b(?:where|area|district|locality|town|city|borough|county|village|part|location)\\b.*\\b(?:wants?|wanted|like|"
                + "prefer|prefers|preferred|wish|wishes|hope|hopes|move to)\\b"),
        ADDRESS("address", "\\baddress\\b|\\bwhere\\b.*\\b(?:live|lives|living|staying|stay|sleeping)\\b"),
        WHERE_HEARD("where-heard", "\\b(?:where|how)\\b.*\\byou\\b.*\\b(?:hear|heard|see|saw|get|got|learn|learnt"
                + "|learned|find out|found out|come to know|come across|know)\\b"),
        /** homeless now or soon: "Out on the street tonight, or losing their home soon?", "Roofless tonight or at risk?" */
        HOMELESS_NOW("homeless-now", "\\b(?:homeless\\w*|roofless|sleeping rough|rough sleep\\w*|on the streets?|nowhere to (?:stay|sleep|go|live)"
                + "|(?:lose|losing|lost) (?:their|her|his|the|a) (?:home|housing|room|tenancy|accommodation)|asked to leave"
                + "|evict\\w*|kicked out|thrown out)\\b"),
        /** what mediation came to: "What came out of mediation", "How did mediation go?" */
        MEDIATION_OUTCOME("mediation-outcome", "\\b(?:came|come|comes|outcome|results?|go|went|lead|led|ended|agreed|decided"
                + "|happened)\\b.*\\bmediation\\b|\\bmediation\\b.*\\b(?:came|come|outcome|results?|go|went|lead|led|ended"
                + "|agreed|decided)\\b"),
        REASON("reason", "\\b(?:why|reason|background|led to|lead to|what has happened|what's happened|what happened"
                + "|how did (?:it|this|they) (?:get|come))\\b"
                // what made the worker refer now: "What's made you refer now?", "What's prompted this referral?"
                + "|\\b(?:made|prompted|brought|triggered)\\b.*\\b(?:refer\\w*|now|about|this)\\b"),
        EXPLOITATION("exploitation", "\\b(?:exploit\\w*|groom\\w*|ce|se|cse|cce|county lines|traffick\\w*|used by|use them"
                + "|use the yp|use her|use him|using them)\\b"),
        /** harm to themselves: "Any chance they'd hurt themselves?", "Self-harm or suicidal thoughts?" */
        HARM_TO_SELF("harm-to-self", "\\b(?:self harm\\w*|selfharm\\w*|suicid\\w*|overdos\\w*|(?:hurt|harm|injur|kill|cut)\\w* "
                + "(?:\\w+ )?(?:themselves|themself|herself|himself))\\b"),
        /**
         * harm to others, by the young person: "Aggression or violence", "Could they hurt someone else?", "Might she
         * harm other people?" (violence against them, or at home, is not theirs)
         */
        HARM_TO_OTHERS("harm-to-others", "\\b(?:aggress\\w*|violent)\\b|(?<!domestic )\\bviolence\\b(?! (?:against|towards|to|at) )"
                + "|\\b(?:hurt|harm|attack|assault|injure|threaten)(?:s|ing)? (?!by\\b)(?:\\w+ )?(?:someone|somebody|anyone"
                + "|anybody|others?|other people|another|staff|residents?|people|the public)\\b"
                + "|\\b(?:danger|risk|threat|harm|hurt|violence)\\w*\\b.*\\b(?:to|towards) (?:others|other people|anyone|the public"
                + "|residents|staff)\\b"
                + "|\\bat risk from (?:the )?(?:yp|young person|them|her|him)\\b"),
        HARM_FROM_OTHERS("harm-from-others", "\\b(?:anyone|anybody|someone|somebody|who|people|adults?)\\b.*\\b(?:hurt\\w*"
                + "|harm\\w*|at risk|abus\\w*|threat\\w*|danger\\w*|target\\w*)\\b"
                + "|\\b(?:risk|danger|threat)s? to (?:them|her|him|the yp|the young person|yp)\\b"),
        SUBSTANCE("substance", "\\b(?:drink|drinks|drinking|drugs?|alcohol|substances?|cannabis|weed|legal highs)\\b"),
        PARENTHOOD("parenthood", "\\b(?:baby|babies|expecting|pregnan\\w*|a parent|young parent|parents? to be|a child of (?:their|her|his) own"
                + "|children of (?:their|her|his) own|own child(?:ren)?)\\b"),
        /** day-to-day help they will want: "Day-to-day help they'll want", "What will she need a hand with?" */
        SUPPORT_WANTED("support-wanted", "\\b(?:need|needs|want|wants|like|require|requires)\\b.*\\b(?:help|support|hand)\\b"
                + "|\\b(?:help|support|hand)\\b.*\\b(?:need|needs|needed|want|wants|like|require|required)\\b"
                + "|\\b(?:daily|everyday|every day)\\b.*\\b(?:help|support)\\b|\\b(?:help|support)\\b.*\\b(?:daily|everyday)\\b"),
        /**
         * gender or sex: "Gender", "Pronouns", or two of its answers offered as a choice ("Male, female or other", "Boy
         * or girl"); one answer alone ("Female") is an answer, not the question
         */
        GENDER("gender", "\\b(?:gender|sex|pronouns?)\\b"
                + "|\\b(?:male|female|boy|girl|man|woman|non binary|nonbinary)\\b.*\\b(?:male|female|boy|girl|man|woman|other"
                + "|non binary|nonbinary)\\b"),
        /** the body someone writes from: "Which organisation are you sharing this from?", "Your agency" */
        ORGANISATION("organisation", "\\b(?:organisation|organization|agency)\\b"
                + "(?! (?:worker|officer|staff|contact|person|member)\\b)"),
        /** a label that is only a person ("Person completing", "Staff member sharing this") asks their name */
        NAME("name", "^ (?:person|who|staff member|member of staff)\\b"
                // a part of the form that is only the writer: "2 - You (the referrer)", "About you"
                + "|^ (?:[0-9.]+ )?(?:you|about you|yourself)(?: the (?:referrer|person referring|person completing))? *$|\\b(?:(?:family|given|first|last|middle|full) names?|names?|surname|forename"
                + "|called|known as|who is|who are|who's)\\b"),
        REFERENCE("reference", "\\b(?:case (?:system )?(?:ref|reference|number|no|id)|ref|reference|system (?:ref|number|id)"
                + "|record number|id number)\\b"),
        EMAIL("email", "\\be-?\\s?mail\\b"),
        PHONE("phone", "\\b(?:phone|telephone|mobile|number|ring|call|tel)\\b"),
        /** offending and the courts: "Any YOT / court stuff going on?", "Convictions or cautions" */
        OFFENDING("offending", "\\b(?:offend\\w*|offences?|yot|yos|yjs|youth justice|court|courts|arrest\\w*|crimes?|criminal"
                + "|convictions?|convicted|cautions?|cautioned|charged|charges|bail|tagged)\\b"),
        /** social care before: "Has social care been involved before?", "Known to children's services in the past?" */
        SOCIAL_CARE_BEFORE("social-care-before", "^(?=.*\\b(?:social care|social services|children services|childrens services"
                + "|csc|social work|social workers?|early help)\\b)(?=.*\\b(?:before|previous\\w*|prior|past|already|ever|known)\\b)"),
        /** what worries the writer: "Tell us what's worrying you", "Our worries" */
        WORRIES("worries", "\\b(?:worr\\w*|concern\\w*)\\b");

        /** The name in the asked: table. */
        public final String key;
        final Pattern words;

        What(String key, String words) {
            this.key = key;
            this.words = Pattern.compile(words);
        }

        /**
         * The more general thing this one is a kind of: why it cannot wait is a reason, where they want to live is a
         * place to live. A label asking the particular thing ("Reason it can't wait", "District the YP wants to live
         * in") is that thing's field, though its words ("reason", "live") also name the general one's.
         */
        public Optional<What> refines() {
            return switch (this) {
                case URGENCY -> Optional.of(REASON);
                case SHARING_WITHOUT_CONSENT -> Optional.of(CONSENT);
                case WHERE_WANTED -> Optional.of(ADDRESS);
                default -> Optional.empty();
            };
        }

        /**
         * Whether it asks a topic of the young person's story (why, the harm, the help, the family's meeting) rather than
         * a fact such as a name or a date wanted: a weak usual reading on a field the table gives another thing the label
         * does not ask ("What help will she want with everyday living?" read as the address by "living") gives way.
         */
        public boolean aTopic() {
            return switch (this) {
                case REASON, URGENCY, HARM_TO_SELF, HARM_TO_OTHERS, HARM_FROM_OTHERS, SUPPORT_WANTED, GENDER,
                        FAMILY_MEETING_DATE, MEDIATION_OUTCOME, HOMELESS_NOW, SOCIAL_CARE_BEFORE -> true;
                // worries are no topic that outweighs: "Young person you're worried about" is the young person
                default -> false;
            };
        }

        /** Whether what it asks is a date: a field that cannot hold one (a yes/no) is no reading of it. */
        public boolean asksADate() {
            return this == DATE_OF_BIRTH || this == DATE_WANTED || this == FAMILY_MEETING_DATE;
        }

        /** Whether this label's words ask this thing (whatever else they ask first). */
        public boolean askedIn(String label) {
            return label != null && words.matcher(plain(LabelMatcher.withoutHints(label))).find();
        }

        /** Whether it is a fact of one person (a name, a phone): another person's is never the form's field for it. */
        public boolean ofOnePerson() {
            return this == NAME || this == DATE_OF_BIRTH || this == EMAIL || this == PHONE || this == ADDRESS
                    || this == REFERENCE;
        }

        public static Optional<What> byKey(String key) {
            for (What w : values()) {
                if (w.key.equals(key)) {
                    return Optional.of(w);
                }
            }
            return Optional.empty();
        }
    }

    /** What a label asks of whom. */
    public record Asked(Whom whom, What what) {
    }

    /** A body that keeps references of its own: a police or crime reference is not the young person's case reference. */
    private static final Pattern ANOTHER_BODY = Pattern.compile("\\b(?:police|crime|incident|court|probation|hospital"
            + "|nhs|home office)\\b");

    /** Another time than now or the move: a previous address or a placement's end date is not asked here. */
    private static final Pattern ANOTHER_TIME = Pattern.compile("\\b(?:previous|former|prior|past|last|before|end|ended|ending"
            + "|expiry|expires|review|reviewed|current placement|old)\\b");

    /**
     * The danger now, which makes a referral urgent: "What is the immediate risk to the YP?", "Current safety concerns".
     * A harm named with it ("Current concerns re exploitation", "Present risk of self-harm") is that harm's question.
     */
    private static final Pattern DANGER_NOW = Pattern.compile("\\b(?:immediate|imminent|current|present)\\b.*"
            + "\\b(?:risks?|dangers?|safety|concerns?)\\b");

    /** The harms a label may name beside the danger now: a named one is what it asks. */
    private static final What[] NAMED_HARMS = {What.EXPLOITATION, What.HARM_TO_SELF, What.HARM_TO_OTHERS, What.SUBSTANCE,
        What.OFFENDING};

    /** A label asking a date ("Date of risk to others assessment"): no topic of the story is asked. */
    private static final Pattern A_DATE = Pattern.compile("^ (?:date|dates|day|when)\\b|\\bdate of\\b");

    /** A label is a question of at most this many words; a longer run is a sentence. */
    private static final int MOST_WORDS = 16;

    /** What this label asks of whom, if it asks one of these things. */
    public static Optional<Asked> of(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String label = Words.spelledOut(written); // "what do u do", "ur name": text-speak read as the words it stands for
        Optional<Asked> asked = ofWords(LabelMatcher.withoutHints(label))
                // "2 - You (the referrer)": a part's number before a dash is no hint's dash
                .or(() -> ofWords(LabelMatcher.withoutHints(Words.withoutNumber(label))));
        // "Tell us the story - how did it get to this?": a question after a dash puts what is asked again
        Matcher again = QUESTION_AFTER_A_DASH.matcher(label.strip());
        return asked.isPresent() || !again.matches() ? asked : ofWords(again.group(1));
    }

    /**
     * A question put after a dash, ending the label, with its question mark or its question word ("- how did it get to
     * this:"): its words are asked, not a hint on how to answer.
     */
    private static final Pattern QUESTION_AFTER_A_DASH = Pattern.compile("(?i).*\\s[-\u2013\u2014]\\s+([^-\u2013\u2014]+\\?"
            + "|(?:how|why|what|when|where|who|which)\\b[^-\u2013\u2014?]*?)\\s*:?$");

    private static Optional<Asked> ofWords(String words) {
        String plain = plain(words);
        if (plain.isBlank() || plain.strip().split(" ").length > MOST_WORDS) {
            return Optional.empty();
        }
        for (What what : What.values()) {
            Matcher m = what.words.matcher(plain);
            if (m.find() || what == What.URGENCY && asksTheDangerNow(plain)) {
                // another person is read from the rest: "Is she pregnant or a parent?" is about her, not a parent
                String rest = what.words.matcher(plain).replaceAll(" ");
                if ((what == What.DATE_WANTED || what == What.ADDRESS) && ANOTHER_TIME.matcher(plain).find()
                        || what.aTopic() && !what.asksADate() && A_DATE.matcher(plain).find()) {
                    return Optional.empty();
                }
                boolean anotherBodys = what == What.REFERENCE && ANOTHER_BODY.matcher(rest).find();
                return Optional.of(new Asked(anotherBodys ? Whom.OTHER : whomOf(rest, plain), what));
            }
        }
        return Optional.empty();
    }

    /** Whether it asks the danger now and names no harm of its own. */
    private static boolean asksTheDangerNow(String plain) {
        if (!DANGER_NOW.matcher(plain).find()) {
            return false;
        }
        for (What harm : NAMED_HARMS) {
            if (harm.words.matcher(plain).find()) {
                return false;
            }
        }
        return true;
    }

    /** The label's words in small letters, one space apart, with a space at each end. */
    private static String plain(String words) {
        String plain = " " + words.toLowerCase(Locale.ROOT).replace('\u2019', '\'')
                .replaceAll("'s\\b", "").replaceAll("[^a-z0-9.?/ -]+", " ").replace('/', ' ').replace('-', ' ')
                .replaceAll("\\s+", " ") + " ";
        return plain.replace(" day to day ", " daily "); // "day-to-day help" asks no day
    }

    /** Another person named outside what is asked, else the writer or the young person named anywhere in the label. */
    private static Whom whomOf(String rest, String whole) {
        if (Whom.OTHER.words.matcher(rest).find()) {
            return Whom.OTHER;
        }
        for (Whom w : new Whom[] {Whom.WRITER, Whom.YOUNG_PERSON}) {
            if (w.words.matcher(whole).find()) {
                return w;
            }
        }
        return Whom.UNSAID;
    }
}
