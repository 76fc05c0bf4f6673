package org.ypsa.hub.domain.forms;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which way a label's risk or harm goes, by the small word before the party it names: towards other people ("risk to
 * others", "violence towards staff", "risk from the YP"), towards the young person from others ("risk from others",
 * "harm by adults", "risk to the YP", "who may harm YP": the verb's object), or to the young person's self ("risk to
 * self"). Labels that differ only in it share their other words ("Risk to others from YP" and "Risk from others"), so a
 * label's direction must agree with the field's.
 */
enum Direction {
    /** From the young person towards others. */
    OUTWARD,
    /** From others towards the young person. */
    INWARD,
    /** The young person towards their own self. */
    SELF;

    private static final Pattern PARTY = Pattern.compile("(?i)\\b(to|towards|toward|against|at|from|by)\\s+"
            + "(?:the\\s+|a\\s+|an\\s+)?(?:other\\s+)?(others|people|adults|staff|residents|public|peers|young people|children"
            + "|persons|anyone|anybody|someone|somebody|yp|young person|person|child|self|themselves|himself|herself"
            + "|themself)\\b");
    /**
     * Who the risk comes from, as the subject of posing or presenting it or of being one: "Risks YP poses", "Risk the
     * young person may present", "Is the YP a risk to anyone?" (the young person: outward), "Risks others pose",
     * "Is anyone a danger to the YP?" (others: inward).
     */
    private static final Pattern POSER = Pattern.compile("(?i)\\b(others|other people|adults|anyone|anybody|someone|somebody"
            + "|peers|yp|young person|child|they|he|she)\\s+(?:(?:may|might|could|can|would|will|does|do)\\s+)?"
            + "(?:pose|poses|posing|present|presents|presenting|is\\s+(?:a|an)\\s+(?:risk|danger|threat)"
            + "|(?:a|an)\\s+(?:risk|danger|threat))\\b");
    /** Being vulnerable to a party is being at risk from it: "Vulnerable to others", "Vulnerability to adults". */
    private static final Pattern VULNERABLE_BEFORE = Pattern.compile("(?i)\\b(?:vulnerab\\w*|susceptib\\w*)\\s+$");
    /** The words that say a label is about a risk or harm at all (stemmed as {@link Words#of} gives them). */
    private static final Set<String> HARM = Set.copyOf(Words.of("risk risks harm danger threat hurt violence aggression "
            + "vulnerable vulnerability abuse"));
    /** A verb of harm with the party harmed as its object, no small word between: "who may harm YP", "harm others". */
    private static final Pattern HARMED = Pattern.compile("(?i)\\b(?:harm|hurt|exploit|abuse|target|groom|assault|threaten"
            + "|attack|bully|intimidate)(?:s|es|ed|ing)?\\s+(?:the\\s+|a\\s+|an\\s+)?(others|other people|people|adults"
            + "|staff|residents|public|peers|young people|children|yp|young person|child|self|themselves|himself|herself"
            + "|themself)\\b");
    private static final Pattern THE_YOUNG_PERSON = Pattern.compile("yp|young person|person|child");
    private static final Pattern ONESELF = Pattern.compile("self|themselves|himself|herself|themself");

    /** The one direction the label's words give, or none when it names none or more than one. */
    static Optional<Direction> of(String label) {
        Set<Direction> found = EnumSet.noneOf(Direction.class);
        Matcher m = PARTY.matcher(label == null ? "" : label);
        while (m.find()) {
            boolean towards = !m.group(1).equalsIgnoreCase("from") && !m.group(1).equalsIgnoreCase("by")
                    && !VULNERABLE_BEFORE.matcher(label.substring(0, m.start())).find();
            String party = m.group(2).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
            boolean other = m.group(0).toLowerCase(java.util.Locale.ROOT).contains("other ");
            if (ONESELF.matcher(party).matches()) {
                found.add(towards ? SELF : INWARD);
            } else if (!other && THE_YOUNG_PERSON.matcher(party).matches()) {
                found.add(towards ? INWARD : OUTWARD);
            } else {
                found.add(towards ? OUTWARD : INWARD);
            }
        }
        Matcher harmed = HARMED.matcher(label == null ? "" : label);
        while (harmed.find()) {
            // the one harmed is the verb's object: the young person (from others), their self, or other people
            String party = harmed.group(1).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
            found.add(ONESELF.matcher(party).matches() ? SELF
                    : THE_YOUNG_PERSON.matcher(party).matches() ? INWARD : OUTWARD);
        }
        Matcher poser = POSER.matcher(label == null ? "" : label);
        while (poser.find()) {
            // the risk goes from the one who poses it: the young person outward, anyone else towards the young person
            String party = poser.group(1).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
            found.add(THE_YOUNG_PERSON.matcher(party).matches() || PRONOUN.matcher(party).matches()
                    ? OUTWARD : INWARD);
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    private static final Pattern PRONOUN = Pattern.compile("they|he|she");

    /** Whether a label's words (as {@link Words#of} gives them) speak of a risk or harm: "Who may hurt YP", "Danger to others". */
    static boolean speaksOfHarm(java.util.List<String> words) {
        return words.stream().anyMatch(HARM::contains);
    }

    /** The direction most of a field's wordings give, or none when they give none or do not agree on one. */
    static Optional<Direction> ofWordings(Collection<String> wordings) {
        Map<Direction, Integer> counts = new EnumMap<>(Direction.class);
        wordings.forEach(w -> of(w).ifPresent(d -> counts.merge(d, 1, Integer::sum)));
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return counts.entrySet().stream().filter(e -> e.getValue() * 2 > total).map(Map.Entry::getKey).findFirst();
    }
}
