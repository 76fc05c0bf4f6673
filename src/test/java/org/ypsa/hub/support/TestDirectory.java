package org.ypsa.hub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.ypsa.hub.domain.directory.Directory;

/** The directory shipped in config/directory.yml, bound as the hub binds it, for tests that need no Spring context. */
public final class TestDirectory {
    private static Directory shipped;

    private TestDirectory() {
    }

    /** The bank holidays shipped in config/bank-holidays.json. */
    public static org.ypsa.hub.domain.duty.BankHolidays bankHolidays() {
        try (var in = java.nio.file.Files.newInputStream(Path.of("config/bank-holidays.json"))) {
            return org.ypsa.hub.domain.duty.BankHolidays.fromGovUkJson(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schedules shipped in config/schedules.yml. */
    public static org.ypsa.hub.domain.clocks.ClockSettings shippedSchedules() {
        try {
            java.util.List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("schedules",
                    new FileSystemResource(Path.of("config/schedules.yml")));
            return new Binder(ConfigurationPropertySources.from(sources))
                    .bind("hub.schedules", org.ypsa.hub.domain.clocks.ClockSettings.class).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words of the replies as shipped in config/wording.yml. */
    public static org.ypsa.hub.domain.Wording shippedWording() {
        try {
            java.util.List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("wording",
                    new FileSystemResource(Path.of("config/wording.yml")));
            return new org.ypsa.hub.domain.Wording(new Binder(ConfigurationPropertySources.from(sources))
                    .bind("hub.wording", org.springframework.boot.context.properties.bind.Bindable
                            .mapOf(String.class, String.class)).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized Directory shipped() {
        if (shipped == null) {
            try {
                java.util.List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("directory",
                        new FileSystemResource(Path.of("config/directory.yml")));
                Binder binder = new Binder(ConfigurationPropertySources.from(sources));
                shipped = binder.bind("hub.directory", Directory.class).get();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shipped;
    }
}
