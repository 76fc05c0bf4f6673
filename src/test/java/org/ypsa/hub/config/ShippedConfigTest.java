package org.ypsa.hub.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every file shipped in config/ and routes/ loads without a mistake: both councils, every route. */
class ShippedConfigTest {

    @Test
    void everyYamlFileShippedParses() throws Exception {
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("config")), Files.walk(Path.of("routes")))) {
            List<Path> yaml = files.filter(f -> f.toString().matches(".*\\.ya?ml$")).toList();
            assertThat(yaml).hasSizeGreaterThan(8);
            yaml.forEach(YamlSyntaxCheck::check);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"config", "config/examples/stockport"})
    void eachCouncilsConfigurationBindsAndPassesEveryCheck(String dir) throws Exception {
        MutablePropertySources sources = sources(dir);
        HubProperties p = bind(sources);
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        assertThat(validator.validate(p)).isEmpty();
        List<String> queues = Binder.get(new org.springframework.core.env.StandardEnvironment() {
            {
                sources.forEach(s -> getPropertySources().addLast(s));
            }
        }).bind("hub.queues", HubProperties.Queues.class).map(q -> List.copyOf(q.all())).get();
        java.util.Set<String> read = Binder.get(new org.springframework.core.env.StandardEnvironment() {
            {
                sources.forEach(s -> getPropertySources().addLast(s));
            }
        }).bind("hub.mail", MailSettings.class).get().readAddresses();
        assertThat(read).isNotEmpty();
        assertThat(new ConfigCheck(p, validator, queues, read).mistakes()).isEmpty();
        assertThat(LiveConfig.Snapshot.of(p).timetable().series()).isNotEmpty();
    }

    /** A council's configuration in the order Spring Boot reads it: its overrides, the imports, application.yml. */
    private static MutablePropertySources sources(String dir) throws java.io.IOException {
        MutablePropertySources sources = new MutablePropertySources();
        YamlPropertySourceLoader loader = new YamlPropertySourceLoader();
        for (Path f : List.of(Path.of(dir, "council.yml"), Path.of("config", "wording.yml"), Path.of(dir, "schedules.yml"),
                Path.of(dir, "directory.yml"), Path.of("config", "application.yml"))) {
            if (Files.exists(f)) {
                for (PropertySource<?> ps : loader.load(f.toString(), new FileSystemResource(f))) {
                    sources.addLast(ps);
                }
            }
        }
        sources.addFirst(new org.springframework.core.env.MapPropertySource("env", java.util.Map.of("HUB_CONFIG_DIR", dir)));
        return sources;
    }

    private static HubProperties bind(MutablePropertySources sources) {
        return new Binder(ConfigurationPropertySources.from(sources),
                new org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver(sources))
                .bind("hub", HubProperties.class).get();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"config", "config/examples/stockport"})
    void eachCouncilTextsTheDutyContactsFirstAlertOutOfHoursAndEmailsItInHours(String dir) throws Exception {
        java.util.Map<String, org.ypsa.hub.domain.clocks.ClockSettings.Steps> clocks = bind(sources(dir)).schedules()
                .clocks();
        for (String id : List.of(org.ypsa.hub.domain.clocks.ClockSettings.SAFEGUARDING,
                org.ypsa.hub.domain.clocks.ClockSettings.URGENT_INTELLIGENCE)) {
            assertThat(clocks.get(id).alert().texts(false)).as(id + " out of hours").isTrue();
            assertThat(clocks.get(id).alert().texts(true)).as(id + " in hours").isFalse();
        }
    }

    @Test
    void repliesStateWhatEachCouncilsConfigurationSays() throws Exception {
        org.ypsa.hub.domain.intake.Replies.Facts oxon = LiveConfig.Snapshot.facts(bind(sources("config")));
        assertThat(oxon.teamsByForm().get("safeguarding-incident")).containsExactly("Brokerage (Placements)",
                "Quality and Contracts");
        assertThat(oxon.carePlanningDue()).isEqualTo("within 10 working days");
        assertThat(oxon.progressEvery()).isEqualTo("every 3 months");
        assertThat(oxon.voidDeadline()).isEqualTo("10:00");
        org.ypsa.hub.domain.intake.Replies.Facts stockport = LiveConfig.Snapshot.facts(
                bind(sources("config/examples/stockport")));
        assertThat(stockport.teamsByForm().get("referral")).as("Stockport has no Brokerage team")
                .containsExactly("Housing Options Team (SHG)");
        assertThat(stockport.teamsByForm().values()).allSatisfy(names -> assertThat(names)
                .doesNotContain("Brokerage (Placements)", "Quality and Contracts"));
    }

    @Test
    void everyRouteShippedIsValidCamelYaml() throws Exception {
        List<String> ids = new ArrayList<>();
        try (DefaultCamelContext camel = new DefaultCamelContext(); Stream<Path> files = Files.list(Path.of("routes"))) {
            for (Path f : files.sorted().toList()) {
                PluginHelper.getRoutesLoader(camel).loadRoutes(ResourceHelper.resolveResource(camel, "file:" + f));
            }
            camel.getRouteDefinitions().forEach(r -> ids.add(r.getRouteId()));
            camel.getRouteTemplateDefinitions().forEach(t -> ids.add("template " + t.getId()));
        }
        assertThat(ids).contains("template intake-mailbox", "outbox-urgent", "outbox-replies", "outbox-digest", "clocks", "config-reload");
    }
}
