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
        @NotEmpty @Valid List<NamedValue> localities,
        @NotEmpty @Valid List<NamedValue> serviceTypes,
        @NotEmpty @Valid Map<String, Team> teams,
        @NotEmpty @Valid List<Provider> providers,
        List<String> referrerDomains,
        @NotBlank @Email String policeReaders) {

    public Directory {
        localities = localities == null ? List.of() : List.copyOf(localities);
        serviceTypes = serviceTypes == null ? List.of() : List.copyOf(serviceTypes);
        teams = teams == null ? Map.of() : Map.copyOf(teams);
        providers = providers == null ? List.of() : List.copyOf(providers);
        referrerDomains = referrerDomains == null ? List.of() : List.copyOf(referrerDomains);
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

    public record Team(@NotBlank String name, @NotBlank @Email String mailbox, @Email String manager) {
    }

    public record OutOfHours(@NotBlank @Pattern(regexp = "reoc-then-edt|own-rota",
            message = "must be reoc-then-edt or own-rota") String mode, @Email String rota) {
    }

    public record Property(@NotBlank String reference, @NotBlank String locality, @NotBlank String serviceType) {
    }

    public record Provider(@NotBlank String id, @NotBlank String name, List<String> aliases,
            @NotEmpty List<String> senders, @NotBlank @Email String manager, @NotNull @Valid OutOfHours outOfHours,
            @Valid List<Property> properties) {
        public Provider {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            senders = senders == null ? List.of() : List.copyOf(senders);
            properties = properties == null ? List.of() : List.copyOf(properties);
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
            if (p.outOfHours() != null && "own-rota".equals(p.outOfHours().mode())
                    && (p.outOfHours().rota() == null || p.outOfHours().rota().isBlank())) {
                out.add(new String[] {"id: " + p.id(), "provider " + p.id() + ": out-of-hours mode own-rota needs a rota "
                        + "address; expected out-of-hours: { mode: own-rota, rota: someone@example.test }"});
            }
        }
        return out;
    }

    public Optional<String> locality(String raw) {
        return localities.stream().filter(v -> v.matches(raw)).map(NamedValue::name).findFirst();
    }

    public Optional<String> serviceType(String raw) {
        return serviceTypes.stream().filter(v -> v.matches(raw)).map(NamedValue::name).findFirst();
    }

    public Optional<Provider> provider(String raw) {
        return providers.stream().filter(p -> p.isNamed(raw)).findFirst();
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
        });
        for (Provider p : providers) {
            addIfAddress(all, p.manager());
            if (p.outOfHours() != null) {
                addIfAddress(all, p.outOfHours().rota());
            }
            for (String s : p.senders()) {
                addIfAddress(all, s.startsWith("@") ? "returns" + s : s);
            }
        }
        addIfAddress(all, policeReaders);
        return all;
    }

    private static void addIfAddress(Set<String> all, String s) {
        if (s != null && s.contains("@") && !s.startsWith("@")) {
            all.add(s.trim().toLowerCase(Locale.ROOT));
        }
    }
}
