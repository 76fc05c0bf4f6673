package org.ypsa.hub.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words the hub answers senders and reminds people with, from {@code config/wording.yml} ({@code hub.wording}): each phrase a
 * template whose {@code {placeholders}} the hub fills from the email and the configuration in force, so a council
 * can reword a reply, or make it bilingual, without a rebuild. Which lines a reply has stays the hub's.
 */
public record Wording(Map<String, String> phrases) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z-]+)}");

    /** Each phrase, named in YAML by its name in lower case with dashes, and the placeholders it may use. */
    public enum Phrase {
        FOOTER("zone"),
        RECEIVED_SUBJECT("reference", "form"),
        RECEIVED("form-lower"),
        VOID_LATE("deadline", "teams"),
        REFERRAL_NEXT("teams"),
        SAFEGUARDING_PASSED("teams"),
        SAFEGUARDING_PASSED_WITH_SOCIAL_WORKER("teams"),
        SAFEGUARDING_ALERTED("severity"),
        INTELLIGENCE_FORWARDED,
        MASH_REFERRAL,
        MASH_MEDIATION,
        RISK_CONCERN_NEXT("teams"),
        KEEP_REFERENCE("form-lower"),
        PLEASE_NOTE,
        URGENT_SUBJECT("reference"),
        URGENT("reference"),
        PRESENT_DANGER_SUBJECT("reference"),
        PRESENT_DANGER("reference"),
        REJECTED_SUBJECT_ONE("reference", "form"),
        REJECTED_SUBJECT_MANY("reference", "form", "count"),
        REJECTED_ONE("what"),
        REJECTED_MANY("what"),
        REJECTED_SERIOUS_INCIDENT_ONE("severity"),
        REJECTED_SERIOUS_INCIDENT_MANY("severity"),
        REJECTED_EMERGENCY_REFERRAL_ONE,
        REJECTED_EMERGENCY_REFERRAL_MANY,
        UNRECOGNISED_SUBJECT("reference"),
        UNRECOGNISED,
        RECORDED_SUBJECT("reference", "word"),
        RECORDED("reference", "word"),
        RECORDED_STOPPED,
        CARE_PLANNING_DUE("due"),
        PROGRESS_REVIEWS("every"),
        REFERRER_TOLD,
        REFERRER_UNKNOWN,
        OWN_REFERENCE("reference"),
        REFERRAL_OUTCOME_SUBJECT("reference", "word"),
        REFERRAL_OUTCOME("reference", "word", "teams"),
        INCIDENT_FOR_SOCIAL_WORKER,
        INCIDENT_FOR_SOCIAL_WORKER_END("teams", "have"),
        ALERT_ACK("words"),
        EMERGENCY_REFERRAL_ALERT_SUBJECT("reference"),
        EMERGENCY_REFERRAL_ALERT("reference", "queue", "date", "pathway"),
        INCIDENT_ALERT_SUBJECT("reference", "severity", "category"),
        INCIDENT_ALERT("reference", "severity", "provider", "property", "category", "time", "queue"),
        INCIDENT_FOR_SOCIAL_WORKER_SUBJECT("reference", "severity", "category"),
        URGENT_INTELLIGENCE_ALERT_SUBJECT("reference"),
        URGENT_INTELLIGENCE_ALERT("reference", "sender", "queue"),
        PRESENT_DANGER_ALERT_SUBJECT("reference"),
        PRESENT_DANGER_ALERT("reference", "sender", "queue"),
        REJECTED_INCIDENT_ALERT_SUBJECT("reference", "severity"),
        REJECTED_INCIDENT_ALERT("reference", "severity", "provider", "sender", "queue"),
        REJECTED_EMERGENCY_REFERRAL_ALERT_SUBJECT("reference"),
        REJECTED_EMERGENCY_REFERRAL_ALERT("reference", "sender", "queue"),
        POLICE_FORWARD_SUBJECT("reference"),
        ESCALATION_STOP("words"),
        PROGRESS_REVIEW_SUBJECT("reference", "date"),
        PROGRESS_REVIEW("reference", "date", "every", "moved-in", "words"),
        VOID_REMINDER_SUBJECT("week", "deadline"),
        VOID_REMINDER("provider", "week", "deadline", "hub-address"),
        VOID_SUMMARY_SUBJECT("week", "missing"),
        VOID_SUMMARY_AFTER("queue"),
        VOID_MISSING_SUBJECT("provider", "week"),
        VOID_MISSING("provider", "week", "deadline", "teams", "have", "hub-address"),
        VOID_LATE_ALERT_SUBJECT("reference", "provider", "week"),
        VOID_LATE_ALERT("reference", "provider", "week", "queue", "vacant", "units"),
        VOID_UNCOUNTED_SUBJECT("reference", "provider", "week"),
        VOID_UNCOUNTED("reference", "provider", "week", "queue", "vacant", "properties"),
        FORUM_REMINDER_SUBJECT("date"),
        FORUM_REMINDER("date"),
        FORUM_AGENDA("team");

        private final Set<String> placeholders;

        Phrase(String... placeholders) {
            this.placeholders = Set.of(placeholders);
        }

        /** Its name in wording.yml: {@code received-subject}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public Wording {
        phrases = phrases == null ? Map.of() : Map.copyOf(phrases);
    }

    /** What is wrong with the phrases: one missing, one the hub does not have, a placeholder it cannot fill. */
    public List<String> mistakes() {
        List<String> out = new ArrayList<>();
        Set<String> known = new TreeSet<>();
        for (Phrase p : Phrase.values()) {
            known.add(p.key());
            String text = phrases.get(p.key());
            if (text == null || text.isBlank()) {
                out.add("hub.wording." + p.key() + " is missing");
                continue;
            }
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                if (!p.placeholders.contains(m.group(1))) {
                    out.add("hub.wording." + p.key() + ": {" + m.group(1) + "} is not something the hub can fill here; "
                            + (p.placeholders.isEmpty() ? "this phrase takes none"
                                    : "it may use " + new TreeSet<>(p.placeholders).stream().map(s -> "{" + s + "}")
                                            .toList()));
                }
            }
        }
        new TreeSet<>(phrases.keySet()).stream().filter(k -> !known.contains(k))
                .forEach(k -> out.add("hub.wording." + k + " is not a phrase the hub uses; it has " + known));
        return out;
    }

    /** A period as an admin configured it, in words: P3M "3 months"; P1Y "1 year"; P14D "14 days". */
    public static String period(java.time.Period p) {
        List<String> parts = new java.util.ArrayList<>();
        if (p.getYears() > 0) {
            parts.add(p.getYears() + (p.getYears() == 1 ? " year" : " years"));
        }
        if (p.getMonths() > 0) {
            parts.add(p.getMonths() + (p.getMonths() == 1 ? " month" : " months"));
        }
        if (p.getDays() > 0) {
            parts.add(p.getDays() + (p.getDays() == 1 ? " day" : " days"));
        }
        return String.join(" and ", parts);
    }

    /** A delay in words: PT2H "2 hours"; PT30M "30 minutes"; P2D "48 hours"; none "a while". */
    public static String duration(java.time.Duration d) {
        if (d == null) {
            return "a while";
        }
        return d.toMinutes() % 60 == 0 ? d.toHours() + (d.toHours() == 1 ? " hour" : " hours")
                : d.toMinutes() + " minutes";
    }

    /** Names as a phrase: "Brokerage", "Brokerage and MASH", "Brokerage, MASH and Quality and Contracts". */
    public static String list(List<String> names) {
        return names.size() <= 1 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** The verb after {@link #list}: one name "has" (even "Quality and Contracts"), several "have". */
    public static String have(List<String> names) {
        return names.size() == 1 ? "has" : "have";
    }

    /**
     * A phrase with its placeholders filled.
     *
     * @param values placeholder names and their values, in pairs: "reference", "YPSA-...", "form", "Referral"
     */
    public String say(Phrase phrase, String... values) {
        if (values.length % 2 != 0) {
            throw new IllegalArgumentException("placeholder values come in name, value pairs: " + Arrays.toString(values));
        }
        String text = phrases.get(phrase.key());
        if (text == null) {
            throw new IllegalStateException("hub.wording." + phrase.key() + " is missing");
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = m.group(0);
            for (int i = 0; i < values.length; i += 2) {
                if (values[i].equals(m.group(1))) {
                    value = values[i + 1];
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }
}
