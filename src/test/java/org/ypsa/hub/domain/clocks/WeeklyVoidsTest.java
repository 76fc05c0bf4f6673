package org.ypsa.hub.domain.clocks;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.directory.Directory;

import static org.assertj.core.api.Assertions.assertThat;

/** The week's void returns as the summary at the deadline totals them. */
class WeeklyVoidsTest {
    private static final LocalDate WEEK = LocalDate.of(2027, 3, 22);
    private static final List<Directory.Provider> PROVIDERS = List.of(provider("response", "Response", true),
            provider("stonewater", "Stonewater", true), provider("sanctuary", "Sanctuary Housing", true),
            provider("floating", "Floating Support", false));

    private static Directory.Provider provider(String id, String name, boolean hasProperties) {
        return new Directory.Provider(id, name, List.of(), List.of("@" + id + ".test"), "manager@" + id + ".test",
                new Directory.OutOfHours("own-rota", "rota@" + id + ".test", null),
                hasProperties ? List.of(new Directory.Property(id + "-01", "Cherwell", "Parents")) : List.of(), null);
    }

    private static VoidReturned.Line line(String locality, String serviceType, int vacant, boolean emergencyBed) {
        return new VoidReturned.Line(locality, serviceType, vacant, emergencyBed);
    }

    @Test
    void aVoidSummaryCountsEachLocalityAndServiceTypeOnce() {
        WeeklyVoids w = WeeklyVoids.of(WEEK, List.of(
                new VoidReturned("response", List.of(line("Cherwell", "18+ Shared", 2, true),
                        line("Oxford City", "18+ Shared", 1, false))),
                new VoidReturned("stonewater", List.of(line("Cherwell", "18+ Shared", 3, true),
                        line("Cherwell", "Parents", 0, false)))), PROVIDERS);

        assertThat(w.localities()).containsExactly(
                new WeeklyVoids.Locality("Cherwell", List.of(new WeeklyVoids.ServiceType("18+ Shared", 5, 2, 2),
                        new WeeklyVoids.ServiceType("Parents", 0, 0, 1))),
                new WeeklyVoids.Locality("Oxford City", List.of(new WeeklyVoids.ServiceType("18+ Shared", 1, 0, 1))));
        assertThat(w.totalVacant()).isEqualTo(6);
    }

    @Test
    void localitiesAndServiceTypesAreListedAlphabeticallyWhateverOrderTheLinesCameIn() {
        WeeklyVoids w = WeeklyVoids.of(WEEK, List.of(new VoidReturned("response", List.of(
                line("West Oxfordshire", "Parents", 1, false), line("Cherwell", "Parents", 1, false),
                line("Cherwell", "18+ Shared", 1, false)))), PROVIDERS);

        assertThat(w.localities()).extracting(WeeklyVoids.Locality::name).containsExactly("Cherwell",
                "West Oxfordshire");
        assertThat(w.localities().get(0).serviceTypes()).extracting(WeeklyVoids.ServiceType::name)
                .containsExactly("18+ Shared", "Parents");
    }

    @Test
    void aProviderThatReturnedTwiceIsCountedByItsLatestReturnOnly() {
        WeeklyVoids w = WeeklyVoids.of(WEEK, List.of(
                new VoidReturned("response", List.of(line("Cherwell", "18+ Shared", 4, false))),
                new VoidReturned("response", List.of(line("Cherwell", "18+ Shared", 1, false)))), PROVIDERS);

        assertThat(w.returned()).isEqualTo(1);
        assertThat(w.totalVacant()).isEqualTo(1);
    }

    @Test
    void aProviderWithNoReturnByTheDeadlineIsListedAsMissing() {
        WeeklyVoids w = WeeklyVoids.of(WEEK, List.of(new VoidReturned("stonewater", List.of())), PROVIDERS);

        assertThat(w.missing()).extracting(Directory.Provider::id).containsExactly("response", "sanctuary");
        assertThat(w.returned()).isEqualTo(1);
        assertThat(w.expected()).isEqualTo(3);
    }

    @Test
    void aProviderWithNoPropertiesIsNeverMissing() {
        WeeklyVoids w = WeeklyVoids.of(WEEK, List.of(), PROVIDERS);

        assertThat(w.missing()).extracting(Directory.Provider::id).doesNotContain("floating");
    }

    @Test
    void aReturnFromAProviderNotInTheDirectoryIsStillCountedAsReceived() {
        WeeklyVoids w = WeeklyVoids.of(WEEK, List.of(new VoidReturned("gone", List.of(
                line("Cherwell", "Parents", 2, false)))), PROVIDERS);

        assertThat(w.returned()).isEqualTo(1);
        assertThat(w.expected()).isEqualTo(4);
        assertThat(w.totalVacant()).isEqualTo(2);
    }
}
