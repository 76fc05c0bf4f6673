package org.ypsa.hub.domain.clocks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ypsa.hub.domain.directory.Directory;

/**
 * A week's void returns as the summary at the deadline reads them: each provider's latest return, its lines
 * totalled by locality and service type (both in alphabetical order), and the providers with properties that
 * sent none.
 *
 * @param returned how many providers sent a return
 * @param missing the directory's providers with properties that sent none, in directory order
 */
public record WeeklyVoids(LocalDate week, int returned, List<Locality> localities, List<Directory.Provider> missing) {

    public record Locality(String name, List<ServiceType> serviceTypes) {
        public Locality {
            serviceTypes = List.copyOf(serviceTypes);
        }
    }

    /**
     * The totals of one service type in one locality: its properties, vacant beds and emergency beds, and the
     * earliest date a bed is available from (ISO; null when no return says).
     */
    public record ServiceType(String name, int vacant, int emergencyBeds, int properties, String availableFrom) {
        public ServiceType(String name, int vacant, int emergencyBeds, int properties) {
            this(name, vacant, emergencyBeds, properties, null);
        }

        static ServiceType of(VoidReturned.Line line) {
            return new ServiceType(line.serviceType(), line.vacant(), line.emergencyBed() ? 1 : 0, 1,
                    line.availableFrom());
        }

        ServiceType plus(ServiceType other) {
            return new ServiceType(name, vacant + other.vacant, emergencyBeds + other.emergencyBeds,
                    properties + other.properties, earliest(availableFrom, other.availableFrom));
        }
    }

    /** The earlier of two ISO dates; the other when one is blank. */
    public static String earliest(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        if (b == null || b.isBlank()) {
            return a;
        }
        return a.compareTo(b) <= 0 ? a : b;
    }

    public WeeklyVoids {
        localities = List.copyOf(localities);
        missing = List.copyOf(missing);
    }

    /** The summary of a week's returns, given in the order they arrived, against the directory's providers. */
    public static WeeklyVoids of(LocalDate week, List<VoidReturned> inArrivalOrder, List<Directory.Provider> providers) {
        Map<String, VoidReturned> latest = new LinkedHashMap<>();
        inArrivalOrder.forEach(r -> latest.put(r.providerId(), r)); // a later return replaces an earlier one
        Map<String, Map<String, ServiceType>> table = new TreeMap<>();
        for (VoidReturned r : latest.values()) {
            for (VoidReturned.Line line : r.lines()) {
                table.computeIfAbsent(line.locality(), k -> new TreeMap<>()).merge(line.serviceType(),
                        ServiceType.of(line), ServiceType::plus);
            }
        }
        List<Locality> localities = new ArrayList<>();
        table.forEach((name, types) -> localities.add(new Locality(name, new ArrayList<>(types.values()))));
        List<Directory.Provider> missing = providers.stream().filter(p -> !p.properties().isEmpty())
                .filter(p -> !latest.containsKey(p.id())).toList();
        return new WeeklyVoids(week, latest.size(), localities, missing);
    }

    /** How many providers were expected to return: those that did and those missing. */
    public int expected() {
        return returned + missing.size();
    }

    public int totalVacant() {
        return localities.stream().flatMap(l -> l.serviceTypes().stream()).mapToInt(ServiceType::vacant).sum();
    }
}
