package org.ypsa.hub.domain.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.ypsa.hub.domain.Labels;

/** The partnership directory: who the parties are, what they run and where they email from. */
public record Directory(
        @NotEmpty List<@Valid NamedValue> localities,
        @NotEmpty List<@Valid NamedValue> serviceTypes,
        @NotEmpty Map<String, @Valid Team> teams,
        @NotEmpty List<@Valid Provider> providers,
        List<String> referrerDomains,
        @NotBlank @Email String policeReaders,
        @Email String policeContact,
        List<@Valid ReplyWord> replies) {

    public Directory {
        localities = localities == null ? List.of() : List.copyOf(localities);
        serviceTypes = serviceTypes == null ? List.of() : List.copyOf(serviceTypes);
        teams = teams == null ? Map.of() : Map.copyOf(teams);
        providers = providers == null ? List.of() : List.copyOf(providers);
        referrerDomains = referrerDomains == null ? List.of() : List.copyOf(referrerDomains);
        replies = replies == null ? List.of() : List.copyOf(replies);
    }

    /**
     * A word staff reply with, keeping a hub reference in the subject (SPEC.md "Replies that close a loop"): the
     * clocks it stops, the clock it starts, whether the referrer is told, whether it needs a date (MOVED IN).
     */
    public record ReplyWord(@NotBlank String word, List<String> aliases, List<String> closes, String starts,
            boolean tellReferrer, boolean needsDate) {
        public ReplyWord {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            closes = closes == null ? List.of() : List.copyOf(closes);
        }

        List<String> spellings() {
            List<String> all = new ArrayList<>(aliases);
            all.add(0, word);
            return all;
        }
    }

    /**
     * The reply words that close a clock of this kind, as staff are told them in its alerts and escalations
     * ("ACK or ACCEPTED or DECLINED"). Start-up refuses a clock no word closes (ConfigCheck).
     */
    public String closingWords(String clock) {
        List<String> words = replies.stream().filter(w -> w.closes().contains(clock)).map(ReplyWord::word).toList();
        return words.isEmpty() ? "ACK" : String.join(" or ", words);
    }

    /**
     * The reply word a staff member's text opens with, the longest spelling first (JOINT ASSESSMENT COMPLETE
     * before COMPLETE): matched as whole words, in any case, with the text after it (a date, a note).
     */
    public Optional<Map.Entry<ReplyWord, String>> replyWordIn(String text) {
        String t = text == null ? "" : text.strip();
        ReplyWord best = null;
        String bestSpelling = "";
        String rest = null;
        for (ReplyWord w : replies) {
            for (String sp : w.spellings()) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)^\\W*" + java.util.regex.Pattern.quote(sp)
                        .replace(" ", "\\E\\s+\\Q") + "(?![\\p{L}\\p{N}])(.*)$", java.util.regex.Pattern.DOTALL)
                        .matcher(t);
                if (m.find() && sp.length() > bestSpelling.length()) {
                    best = w;
                    bestSpelling = sp;
                    rest = m.group(1).strip();
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(Map.entry(best, rest));
    }

    /**
     * May this address close a loop by reply: a team's mailbox or manager, anyone at a provider (its senders,
     * manager, contact, rota) or at a referrer domain. Anyone else's ACK would silence an escalation.
     */
    public boolean mayReply(String address) {
        if (address == null || !address.contains("@")) {
            return false;
        }
        String a = address.trim().toLowerCase(Locale.ROOT);
        for (Team t : teams.values()) {
            if (a.equalsIgnoreCase(t.mailbox()) || a.equalsIgnoreCase(t.manager())
                    || t.onCall().stream().anyMatch(o -> a.equalsIgnoreCase(o.email()))) {
                return true;
            }
        }
        for (Provider p : providers) {
            if (p.sendsFrom(a) || a.equalsIgnoreCase(p.manager()) || a.equalsIgnoreCase(p.contact())
                    || (p.outOfHours() != null && a.equalsIgnoreCase(p.outOfHours().rota()))) {
                return true;
            }
        }
        return isReferrerAddress(a);
    }

    /**
     * Is this address a partner's: a provider's (its senders) or a council's or partner's that may refer. Only a
     * partner may have intelligence accepted, or set the duty contact's phone ringing with a mail the hub could not
     * read as a form.
     */
    public boolean isPartner(String address) {
        return !providersSendingFrom(address).isEmpty() || isReferrerAddress(address);
    }

    /**
     * Is this address a council's or partner's that may refer: its domain one of the referrer domains or under one
     * ("x@occ-ypsa.council.test" under "council.test"), whatever its case; never a domain that only ends in the same
     * letters ("x@notcouncil.test").
     */
    public boolean isReferrerAddress(String address) {
        if (address == null || address.indexOf('@') < 0) {
            return false;
        }
        String domain = address.substring(address.lastIndexOf('@') + 1).trim().toLowerCase(Locale.ROOT);
        return referrerDomains.stream().map(d -> d.toLowerCase(Locale.ROOT))
                .anyMatch(d -> domain.equals(d) || domain.endsWith("." + d));
    }

    /** The police contact told of provider forums (seed 002); the readers' mailbox when none is set. */
    public String policeContactOrReaders() {
        return policeContact == null || policeContact.isBlank() ? policeReaders : policeContact;
    }

    public Optional<Provider> providerById(String id) {
        return providers.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public record NamedValue(@NotBlank String name, List<String> aliases) {
        public NamedValue {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }

        boolean matches(String raw) {
            String n = Labels.normalize(raw);
            if (n.isEmpty()) {
                return false;
            }
            return n.equals(Labels.normalize(name)) || aliases.stream().anyMatch(a -> n.equals(Labels.normalize(a)));
        }
    }

    /**
     * A team: its mailbox and manager, the mobile numbers texts go to (optional: its duty phone, its manager's),
     * and who holds its duty phone on which dates (optional, for the out-of-hours teams).
     */
    public record Team(@NotBlank String name, @NotBlank @Email String mailbox, @Email String manager, String mobile,
            String managerMobile, List<@Valid OnCall> onCall) {
        public Team {
            onCall = onCall == null ? List.of() : List.copyOf(onCall);
        }

        /** Whoever holds the team's phone on a duty date (a night belongs to the date it began), if the rota says. */
        public Optional<OnCall> onCallOn(java.time.LocalDate date) {
            return onCall.stream().filter(o -> o.covers(date)).findFirst();
        }
    }

    /**
     * One stretch of a team's on-call rota: from and until (both included) this person holds the duty phone; their
     * email address, and the mobile texts go to (the team's duty phone when not set).
     */
    public record OnCall(@NotNull java.time.LocalDate from, @NotNull java.time.LocalDate until,
            @NotBlank @Email String email, String mobile) {
        boolean covers(java.time.LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(until);
        }
    }

    /** A provider's out-of-hours arrangement: its own rota's address and, optionally, its on-call mobile. */
    public record OutOfHours(@NotBlank @Pattern(regexp = "reoc-then-edt|own-rota",
            message = "must be reoc-then-edt or own-rota") String mode, @Email String rota, String mobile) {
    }

    public record Property(@NotBlank String reference, @NotBlank String locality, @NotBlank String serviceType) {
    }

    public record Provider(@NotBlank String id, @NotBlank String name, List<String> aliases,
            @NotEmpty List<String> senders, @NotBlank @Email String manager, @NotNull @Valid OutOfHours outOfHours,
            List<@Valid Property> properties, @Email String contact) {
        public Provider {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            senders = senders == null ? List.of() : List.copyOf(senders);
            properties = properties == null ? List.of() : List.copyOf(properties);
        }

        /** The provider's name, id and aliases. */
        List<String> spellings() {
            List<String> all = new ArrayList<>(aliases);
            all.add(0, id);
            all.add(0, name);
            return all;
        }

        boolean isNamed(String raw) {
            String n = Labels.normalize(raw);
            if (n.isEmpty()) {
                return false;
            }
            return n.equals(Labels.normalize(name)) || n.equals(Labels.normalize(id))
                    || aliases.stream().anyMatch(a -> n.equals(Labels.normalize(a)));
        }

        /** A sender entry is a whole address or "@domain"; a domain entry also covers its subdomains. */
        public boolean sendsFrom(String address) {
            if (address == null) {
                return false;
            }
            String a = address.trim().toLowerCase(Locale.ROOT);
            int at = a.lastIndexOf('@');
            if (at < 0) {
                return false;
            }
            String domain = a.substring(at + 1);
            for (String s : senders) {
                String entry = s.trim().toLowerCase(Locale.ROOT);
                if (entry.startsWith("@")) {
                    String d = entry.substring(1);
                    if (domain.equals(d) || domain.endsWith("." + d)) {
                        return true;
                    }
                } else if (entry.equals(a)) {
                    return true;
                }
            }
            return false;
        }

        /** Who receives the provider's reminders: its contact, or its manager when it names none. */
        public String contactOrManager() {
            return contact == null || contact.isBlank() ? manager : contact;
        }

        public Optional<Property> property(String reference) {
            String n = Labels.normalize(reference);
            return properties.stream().filter(p -> Labels.normalize(p.reference()).equals(n)).findFirst();
        }
    }

    /**
     * What plain field checks cannot see: a property in a locality or service type the directory does not
     * list, an own-rota provider without a rota contact. Each as the offending value and what is expected.
     */
    public List<String[]> inconsistencies() {
        List<String[]> out = new ArrayList<>();
        for (Provider p : providers) {
            for (Property prop : p.properties()) {
                if (locality(prop.locality()).isEmpty()) {
                    out.add(new String[] {prop.locality(), "provider " + p.id() + ", property " + prop.reference()
                            + ": locality \"" + prop.locality() + "\" is not in the localities list; expected one of "
                            + String.join(", ", localityNames())});
                }
                if (serviceType(prop.serviceType()).isEmpty()) {
                    out.add(new String[] {prop.serviceType(), "provider " + p.id() + ", property " + prop.reference()
                            + ": service type \"" + prop.serviceType() + "\" is not in the service-types list; expected "
                            + "one of " + String.join(", ", serviceTypeNames())});
                }
            }
            if (p.outOfHours() != null) {
                badMobile(out, p.outOfHours().mobile(), "provider " + p.id() + ", out-of-hours mobile");
            }
            if (p.outOfHours() != null && "own-rota".equals(p.outOfHours().mode())
                    && (p.outOfHours().rota() == null || p.outOfHours().rota().isBlank())) {
                out.add(new String[] {"id: " + p.id(), "provider " + p.id() + ": out-of-hours mode own-rota needs a rota "
                        + "address; expected out-of-hours: { mode: own-rota, rota: someone@example.test }"});
            }
        }
        teams.forEach((id, t) -> {
            badMobile(out, t.mobile(), "team " + id + ", mobile");
            badMobile(out, t.managerMobile(), "team " + id + ", manager-mobile");
            for (OnCall o : t.onCall()) {
                badMobile(out, o.mobile(), "team " + id + ", on-call from " + o.from());
                if (o.until().isBefore(o.from())) {
                    out.add(new String[] {"until: " + o.until(), "team " + id + ", on-call from " + o.from()
                            + ": until is before from; expected until on or after from"});
                }
            }
        });
        return out;
    }

    private static void badMobile(List<String[]> out, String mobile, String where) {
        if (mobile != null && !mobile.isBlank() && org.ypsa.hub.domain.notify.PhoneNumber.parse(mobile).isEmpty()) {
            out.add(new String[] {mobile, where + ": \"" + mobile + "\" is not a UK mobile number; expected 07xxx "
                    + "xxxxxx or +447xxx xxxxxx"});
        }
    }

    /**
     * The mobile number the directory gives an email address (a team's duty phone, a manager's, a provider's
     * on-call phone, an on-call rota's), if any.
     */
    public Optional<String> mobileOf(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String a = address.strip();
        for (Team t : teams.values()) {
            if (a.equalsIgnoreCase(t.mailbox()) && present(t.mobile())) {
                return Optional.of(t.mobile());
            }
            if (a.equalsIgnoreCase(t.manager()) && present(t.managerMobile())) {
                return Optional.of(t.managerMobile());
            }
            for (OnCall o : t.onCall()) {
                if (a.equalsIgnoreCase(o.email())) {
                    return Optional.ofNullable(present(o.mobile()) ? o.mobile() : present(t.mobile()) ? t.mobile()
                            : null);
                }
            }
        }
        return providers.stream().map(Provider::outOfHours).filter(o -> o != null && a.equalsIgnoreCase(o.rota())
                && present(o.mobile())).map(OutOfHours::mobile).findFirst();
    }

    /** Whether a mobile number is one the directory gives anyone (as mayReply is for addresses). */
    public boolean knowsMobile(org.ypsa.hub.domain.notify.PhoneNumber number) {
        List<String> all = new ArrayList<>();
        teams.values().forEach(t -> {
            all.add(t.mobile());
            all.add(t.managerMobile());
            t.onCall().forEach(o -> all.add(o.mobile()));
        });
        providers.forEach(p -> all.add(p.outOfHours() == null ? null : p.outOfHours().mobile()));
        return all.stream().map(org.ypsa.hub.domain.notify.PhoneNumber::parse).anyMatch(n -> n.equals(
                Optional.of(number)));
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    public Optional<String> locality(String raw) {
        return localities.stream().filter(v -> v.matches(raw)).map(NamedValue::name).findFirst();
    }

    public Optional<String> serviceType(String raw) {
        return serviceTypes.stream().filter(v -> v.matches(raw)).map(NamedValue::name).findFirst();
    }

    /**
     * The provider a name means, written as its directory name, id or an alias; else tolerantly: without words
     * any organisation's name may carry or drop ("Ltd", "Housing", "Trust", "The"), with or without spaces
     * ("Key 2 Futures"), as its initials when no other provider's are the same, with a note in brackets or after a
     * dash ("Sanctuary Housing (Banbury scheme)", "submitting concern - Sanctuary Housing"), or as a name or alias
     * making up most of a longer value ("Key 2 Futures young person"), when it names exactly one provider. A word
     * of a provider's name among other words ("... RISK RESPONSE") is no provider.
     */
    /**
     * Words an organisation adds to its name for what it does or what it is ("Sanctuary Supported Living", "Key2
     * Futures Ltd", "Response Housing Services"): no part of which provider it is.
     */
    private static final Set<String> TRADING_WORDS = Set.of("supported", "living", "housing", "ltd", "limited", "plc",
            "cic", "group", "association", "trust", "services", "service", "support", "homes", "accommodation",
            "charity", "the", "and", "uk");

    /** How many of a written name's words count against a directory name within it: its trading words do not. */
    private static int ownWords(List<String> written, List<String> name) {
        return (int) written.stream().filter(w -> name.contains(w) || !TRADING_WORDS.contains(w)).count();
    }

    public Optional<Provider> provider(String raw) {
        Optional<Provider> whole = providerNamedWhole(raw);
        if (whole.isPresent() || raw == null || raw.isBlank()) {
            return whole;
        }
        List<String> words = words(raw);
        if (words.size() == 1 && words.get(0).length() >= 2 && words.get(0).length() <= 4
                && raw.strip().equals(raw.strip().toUpperCase(Locale.ROOT))) {
            List<Provider> byInitials = providers.stream()
                    .filter(p -> p.spellings().stream().anyMatch(n -> initials(n).equals(words.get(0))))
                    .toList();
            if (byInitials.size() == 1) {
                return Optional.of(byInitials.get(0));
            }
        }
        List<Provider> inParts = new ArrayList<>();
        for (String part : NOTE_MARKS.split(beforeASentencesColon(raw))) {
            if (!part.isBlank() && !part.strip().equals(raw.strip())) {
                providerNamedWhole(part).filter(p -> !inParts.contains(p)).ifPresent(inParts::add);
            }
        }
        if (inParts.size() == 1) {
            return Optional.of(inParts.get(0));
        }
        String padded = " " + String.join(" ", words) + " ";
        List<Provider> within = providers.stream().filter(p -> p.spellings().stream()
                .map(n -> words(n))
                .anyMatch(n -> String.join("", n).length() >= 4 && n.size() * 2 >= ownWords(words, n)
                        && padded.contains(" " + String.join(" ", n) + " "))).toList();
        return within.size() == 1 ? Optional.of(within.get(0)) : Optional.empty();
    }

    /** More words than this before a colon are a sentence of the writer's, not a label or a provider's name. */
    private static final int MAX_WORDS_BEFORE_A_COLON = 3;

    /**
     * The value without what follows a colon after a sentence: "Provider: Stonewater" and "Stonewater: Witney scheme"
     * keep both sides, but in "The young person was moved out of the scheme: Stonewater" the name after the colon is
     * not said to be the provider the value is about.
     */
    private static String beforeASentencesColon(String raw) {
        int colon = raw.indexOf(':');
        return colon > 0 && words(raw.substring(0, colon)).size() > MAX_WORDS_BEFORE_A_COLON ? raw.substring(0, colon) : raw;
    }

    /** Where a value's note starts or ends: a bracket, a dash between words, a comma, a colon, a slash. */
    private static final java.util.regex.Pattern NOTE_MARKS = java.util.regex.Pattern.compile(
            "[()\\[\\],;:/|\u2013\u2014]|\\s-\\s");

    /** The provider the whole value names: its name, id or an alias, with or without an organisation's words. */
    private Optional<Provider> providerNamedWhole(String raw) {
        Optional<Provider> exact = providers.stream().filter(p -> p.isNamed(raw)).findFirst();
        if (exact.isPresent() || raw == null || raw.isBlank()) {
            return exact;
        }
        String core = String.join("", coreWords(raw));
        if (!core.isEmpty()) {
            List<Provider> byCore = providers.stream()
                    .filter(p -> p.spellings().stream().anyMatch(n -> String.join("", coreWords(n)).equals(core)))
                    .toList();
            if (byCore.size() == 1) {
                return Optional.of(byCore.get(0));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the value is only a provider's name, as the directory or its organisation's words write it ("Stonewater",
     * "Sanctuary Housing Ltd"): an organisation, where a form asks for words of its own.
     */
    public boolean isOnlyAProvidersName(String raw) {
        return providerNamedWhole(raw).isPresent();
    }

    /**
     * The provider a form names, or, when the form names none the directory knows, the one provider the sender's
     * address belongs to: a provider's own address is strong evidence of who is writing.
     */
    public Optional<Provider> providerNamedOrSending(String named, String sender) {
        Optional<Provider> p = named == null || named.isBlank() ? Optional.empty() : provider(named);
        return p.isPresent() ? p : soleProviderSendingFrom(sender);
    }

    /** Words any organisation's name may carry or drop. */
    private static final Set<String> ORGANISATION_WORDS = Set.of("the", "ltd", "limited", "plc", "cic", "llp", "inc",
            "co", "company", "housing", "association", "group", "trust", "charity", "homes", "services", "service",
            "organisation", "organization", "uk", "and");

    private static List<String> words(String raw) {
        String s = java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace("&", " and ").replaceAll("[^a-z0-9]+", " ").strip();
        return s.isEmpty() ? List.of() : List.of(s.split(" "));
    }

    private static List<String> coreWords(String raw) {
        return words(raw).stream().filter(w -> !ORGANISATION_WORDS.contains(w)).toList();
    }

    private static String initials(String raw) {
        List<String> ws = words(raw).stream().filter(w -> !w.equals("the") && !w.equals("and")).toList();
        if (ws.size() < 2) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        ws.forEach(w -> b.append(w.charAt(0)));
        return b.toString();
    }

    public List<Provider> providersSendingFrom(String address) {
        List<Provider> found = new ArrayList<>();
        for (Provider p : providers) {
            if (p.sendsFrom(address)) {
                found.add(p);
            }
        }
        return found;
    }

    /** The provider an address belongs to, when it belongs to exactly one. */
    public Optional<Provider> soleProviderSendingFrom(String address) {
        List<Provider> found = providersSendingFrom(address);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    public List<String> localityNames() {
        return localities.stream().map(NamedValue::name).toList();
    }

    public List<String> serviceTypeNames() {
        return serviceTypes.stream().map(NamedValue::name).toList();
    }

    /** Every concrete address the directory names: the embedded mail server gives each a mailbox. */
    public Set<String> addresses() {
        Set<String> all = new TreeSet<>();
        teams.values().forEach(t -> {
            addIfAddress(all, t.mailbox());
            addIfAddress(all, t.manager());
            t.onCall().forEach(o -> addIfAddress(all, o.email()));
        });
        for (Provider p : providers) {
            addIfAddress(all, p.manager());
            addIfAddress(all, p.contact());
            if (p.outOfHours() != null) {
                addIfAddress(all, p.outOfHours().rota());
            }
            for (String s : p.senders()) {
                addIfAddress(all, s.startsWith("@") ? "returns" + s : s);
            }
        }
        addIfAddress(all, policeReaders);
        addIfAddress(all, policeContact);
        return all;
    }

    private static void addIfAddress(Set<String> all, String s) {
        if (s != null && s.contains("@") && !s.startsWith("@")) {
            all.add(s.trim().toLowerCase(Locale.ROOT));
        }
    }
}
