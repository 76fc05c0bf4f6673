package org.ypsa.hub.domain.clocks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.ypsa.hub.domain.notify.PhoneNumber;

/**
 * Who may close a clock by replying: the people a step of it was sent to (the alert at the start, each reminder
 * and escalation so far) and the people its steps go to (the team, the duty contact, the manager), never the
 * party that raised it (the provider who reported an incident, the referrer of an emergency), even when they are
 * also on that list.
 */
public final class ClosingRights {
    /** Clock context keys: the addresses told so far, and the addresses of the party that raised it. */
    public static final String NOTIFIED = "notified";
    public static final String RAISED_BY = "raisedBy";

    private ClosingRights() {
    }

    /**
     * A new clock's rights: everyone its mail alerted at once may close it; the sender and the referrer raised it.
     * As the context keys {@link #NOTIFIED} and {@link #RAISED_BY}.
     */
    public static Map<String, Object> forNew(List<String> alerted, String sender, String referrer) {
        List<String> raisedBy = new ArrayList<>();
        if (sender != null) {
            raisedBy.add(sender);
        }
        if (referrer != null) {
            raisedBy.add(referrer);
        }
        return Map.of(NOTIFIED, told(Map.of(), alerted), RAISED_BY, raisedBy);
    }

    /** A clock waiting to fall due, as far as closing it is concerned. */
    public record Pending(String kind, Map<String, ?> context) {
    }

    /** Who replied: by email from an address, or by text from a mobile number. */
    public sealed interface Replier {
        /** As kept among the addresses told ({@link #NOTIFIED}). */
        String key();

        record ByEmail(String address) implements Replier {
            public String key() {
                return normal(address);
            }
        }

        record ByText(PhoneNumber number) implements Replier {
            public String key() {
                return number.asRecipient();
            }
        }
    }

    /** As {@link #mayClose(Replier, Pending, List, Recipients, Instant)} for an email reply. */
    public static boolean mayClose(String replier, Pending clock, List<String> targets, Recipients recipients,
            Instant now) {
        return mayClose(new Replier.ByEmail(replier), clock, targets, recipients, now);
    }

    /**
     * Whether the replier may close this pending clock; {@code targets} are the recipient lists of its steps (as
     * written in schedules.yml), resolved at {@code now} with the clock's context: their addresses for an email,
     * their mobile numbers for a text.
     */
    public static boolean mayClose(Replier replier, Pending clock, List<String> targets, Recipients recipients,
            Instant now) {
        String who = replier.key();
        if (who.isEmpty() || addresses(clock.context().get(RAISED_BY)).contains(who)) {
            return false;
        }
        if (addresses(clock.context().get(NOTIFIED)).contains(who)) {
            return true;
        }
        return recipients.contacts(targets, now, clock.context()).stream()
                .map(c -> replier instanceof Replier.ByText
                        ? PhoneNumber.parse(c.mobile()).map(PhoneNumber::asRecipient).orElse("")
                        : normal(c.email()))
                .anyMatch(who::equals);
    }

    /** Every recipient list a clock's steps name, in and out of hours. */
    public static List<String> targets(ClockSettings.Steps steps) {
        List<String> out = new ArrayList<>();
        for (ClockSettings.Step s : steps.steps()) {
            out.addAll(s.to());
            out.addAll(s.outOfHoursTo());
        }
        return out;
    }

    /** The notified list of a clock's next step: those already told plus this step's recipients. */
    public static List<String> told(Map<String, ?> context, Collection<String> now) {
        Set<String> all = new TreeSet<>(addresses(context.get(NOTIFIED)));
        now.stream().map(ClosingRights::normal).filter(a -> !a.isEmpty()).forEach(all::add);
        return List.copyOf(all);
    }

    private static Set<String> addresses(Object value) {
        Set<String> out = new TreeSet<>();
        if (value instanceof Collection<?> c) {
            c.forEach(a -> out.add(normal(String.valueOf(a))));
        } else if (value != null) {
            out.add(normal(value.toString()));
        }
        out.remove("");
        return out;
    }

    private static String normal(String address) {
        return address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
    }
}
