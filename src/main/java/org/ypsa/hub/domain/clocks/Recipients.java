package org.ypsa.hub.domain.clocks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ypsa.hub.domain.directory.Directory;
import org.ypsa.hub.domain.duty.DutyRota;

/**
 * Who a reminder or escalation goes to, written in YAML as:
 * <ul>
 * <li>{@code team:<id>} a directory team's mailbox, {@code manager:<id>} its manager;</li>
 * <li>{@code duty} the duty contact for that moment (SPEC.md "Out of hours"), {@code duty-manager} its manager;</li>
 * <li>{@code provider} the provider the clock is about (its contact, else its manager), {@code provider-manager};</li>
 * <li>{@code social-worker}, {@code referrer}: the people named when the clock started;</li>
 * <li>{@code providers} every provider in the directory, {@code police-contact} the police contact;</li>
 * <li>an email address.</li>
 * </ul>
 */
public final class Recipients {
    /** Keys of a clock's context that recipients are drawn from. */
    public static final String PROVIDER_ID = "providerId";
    public static final String PROVIDER_ADDRESS = "providerAddress";
    public static final String SOCIAL_WORKER = "socialWorker";
    public static final String REFERRER = "referrer";

    private final Directory directory;
    private final DutyRota duty;

    public Recipients(Directory directory, DutyRota duty) {
        this.directory = directory;
        this.duty = duty;
    }

    /** What is wrong with a recipient as written, or empty when it is one the hub understands. */
    public Optional<String> problem(String target) {
        String t = target == null ? "" : target.trim();
        if (t.contains("@") && !t.contains(":")) {
            return Optional.empty();
        }
        if (t.startsWith("team:") || t.startsWith("manager:")) {
            String id = t.substring(t.indexOf(':') + 1);
            Directory.Team team = directory.teams().get(id);
            if (team == null) {
                return Optional.of("\"" + t + "\" names no team in the directory; teams are "
                        + String.join(", ", new java.util.TreeSet<>(directory.teams().keySet())));
            }
            if (t.startsWith("manager:") && team.manager() == null) {
                return Optional.of("\"" + t + "\": team " + id + " has no manager in the directory");
            }
            return Optional.empty();
        }
        if (Set.of("duty", "duty-manager", "provider", "provider-manager", "social-worker", "referrer", "providers",
                "police-contact").contains(t)) {
            return Optional.empty();
        }
        return Optional.of("\"" + t + "\" is not a recipient; expected team:<id>, manager:<id>, duty, duty-manager, "
                + "provider, provider-manager, social-worker, referrer, providers, police-contact or an email address");
    }

    /** An address a reminder goes to, and the mobile number the directory or duty rota gives it (null: none). */
    public record Contact(String email, String mobile) {
    }

    /** The addresses, in order and once each; a recipient the context cannot fill (no social worker) is skipped. */
    public List<String> resolve(List<String> targets, Instant at, Map<String, ?> context) {
        return contacts(targets, at, context).stream().map(Contact::email).toList();
    }

    /** As {@link #resolve}, each with its mobile number: the duty rota's for duty, else the directory's. */
    public List<Contact> contacts(List<String> targets, Instant at, Map<String, ?> context) {
        Map<String, Contact> out = new LinkedHashMap<>();
        Directory.Provider provider = text(context, PROVIDER_ID).flatMap(id -> directory.providerById(id)).orElse(null);
        for (String raw : targets) {
            String t = raw.trim();
            if (t.startsWith("team:")) {
                Directory.Team team = directory.teams().get(t.substring(5));
                add(out, team.mailbox(), team.mobile());
            } else if (t.startsWith("manager:")) {
                Directory.Team team = directory.teams().get(t.substring(8));
                add(out, team.manager(), team.managerMobile());
            } else if (t.equals("duty")) {
                DutyRota.Duty d = duty.dutyFor(at, provider);
                add(out, d.address(), d.mobile());
            } else if (t.equals("duty-manager")) {
                DutyRota.Duty d = duty.dutyFor(at, provider);
                Directory.Team team = directory.teams().get(d.who());
                add(out, team != null ? (team.manager() != null ? team.manager() : team.mailbox())
                        : provider != null ? provider.manager() : d.address(), null);
            } else if (t.equals("provider")) {
                add(out, text(context, PROVIDER_ADDRESS).orElse(provider == null ? null : provider.contactOrManager()),
                        null);
            } else if (t.equals("provider-manager")) {
                add(out, provider == null ? null : provider.manager(), null);
            } else if (t.equals("social-worker")) {
                add(out, text(context, SOCIAL_WORKER).orElse(null), null);
            } else if (t.equals("referrer")) {
                add(out, text(context, REFERRER).orElse(null), null);
            } else if (t.equals("providers")) {
                directory.providers().forEach(p -> add(out, p.contactOrManager(), null));
            } else if (t.equals("police-contact")) {
                add(out, directory.policeContactOrReaders(), null);
            } else if (t.contains("@")) {
                add(out, t, null);
            }
        }
        return new ArrayList<>(out.values());
    }

    /** Once each address; a mobile not given by the rota is the directory's for that address. */
    private void add(Map<String, Contact> out, String address, String mobile) {
        if (address != null && !address.isBlank()) {
            String a = address.trim().toLowerCase(Locale.ROOT);
            String m = mobile != null && !mobile.isBlank() ? mobile
                    : directory == null ? null : directory.mobileOf(a).orElse(null);
            out.putIfAbsent(a, new Contact(a, m));
        }
    }

    private static Optional<String> text(Map<String, ?> context, String key) {
        Object v = context == null ? null : context.get(key);
        return v == null || v.toString().isBlank() ? Optional.empty() : Optional.of(v.toString());
    }
}
