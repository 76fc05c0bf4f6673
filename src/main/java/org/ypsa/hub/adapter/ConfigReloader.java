package org.ypsa.hub.adapter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.jms.Connection;
import jakarta.jms.Session;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.OriginTrackedMapPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.stereotype.Component;
import org.ypsa.hub.domain.AuditEvent;
import org.ypsa.hub.adapter.jms.ClockStore;
import org.ypsa.hub.adapter.jms.Outgoing;
import org.ypsa.hub.adapter.store.AuditLog;
import org.ypsa.hub.config.ConfigCheck;
import org.ypsa.hub.config.HubProperties;
import org.ypsa.hub.config.LiveConfig;
import org.ypsa.hub.config.YamlSyntaxCheck;

/**
 * Loads an admin's edit to the YAML in config/ while the hub runs. The edited files are read again in place of
 * the ones loaded at start-up (environment variables still override them), bound, validated and checked as at
 * start-up; only a configuration that passes everything replaces the running one. A refused edit is logged
 * with each mistake's file and line and emailed to the admin address; the hub keeps running the last good
 * configuration. Mail in flight is never touched: each mail and each tick reads the configuration once.
 * The forms in hub.forms-dir (config/forms) are reloaded the same way. Connection settings (mail servers, broker),
 * the outbox and clocks queue names and routes/*.yaml are read at start-up only.
 */
@Component("configReloader")
public class ConfigReloader {
    private static final Logger LOG = LoggerFactory.getLogger(ConfigReloader.class);

    private final ConfigurableEnvironment env;
    private final LiveConfig live;
    private final Validator validator;
    private final ClockStore store;
    private final Outgoing outgoing;
    private final AuditLog audit;
    private final List<Path> dirs;
    private String seen;
    private String seenStamp;
    private volatile Refused lastRefused;

    public ConfigReloader(ConfigurableEnvironment env, LiveConfig live, Validator validator, ClockStore store,
            Outgoing outgoing, AuditLog audit) {
        this.env = env;
        this.live = live;
        this.validator = validator;
        this.store = store;
        this.outgoing = outgoing;
        this.audit = audit;
        this.dirs = new ArrayList<>(new LinkedHashSet<>(List.of(Path.of("config"), live.props().configDir(),
                live.props().formsDir())));
        this.seenStamp = stamp();
        this.seen = fingerprint();
    }

    /** The last edit refused since start-up: when, and each mistake with its file and line. */
    public record Refused(java.time.Instant at, List<String> mistakes) {
    }

    /** The last refused edit since start-up, for the Configuration page; empty when none was. */
    public java.util.Optional<Refused> lastRefused() {
        return java.util.Optional.ofNullable(lastRefused);
    }

    /** What a check found: nothing new, a configuration loaded, or the mistakes that refused it. */
    public record Result(boolean changed, boolean loaded, List<String> mistakes) {
    }

    /** Looks for an edit since the last look; loads it when it passes every check. */
    public synchronized Result check() {
        String stamp = stamp();
        if (stamp.equals(seenStamp)) {
            return new Result(false, false, List.of()); // no file's size or modification time changed: not read
        }
        seenStamp = stamp;
        String now = fingerprint();
        if (now.equals(seen)) {
            return new Result(false, false, List.of());
        }
        seen = now;
        List<String> mistakes = new ArrayList<>();
        LiveConfig.Snapshot next = load(mistakes);
        if (next != null && mistakes.isEmpty()) {
            live.replace(next);
            LOG.info("Configuration reloaded from {}", dirs);
            audit.record("config", AuditEvent.CONFIG_RELOADED, Map.of("fingerprint", now.substring(0, 16)));
            return new Result(true, true, List.of());
        }
        LOG.error("A configuration change was refused; the hub keeps running the last good configuration. "
                + "{} mistake(s):\n  {}", mistakes.size(), String.join("\n  ", mistakes));
        audit.record("config", AuditEvent.CONFIG_REFUSED, Map.of("fingerprint", now.substring(0, 16), "mistakes",
                mistakes.size()));
        lastRefused = new Refused(java.time.Instant.now(), List.copyOf(mistakes));
        tellAdmin(now, mistakes);
        return new Result(true, false, mistakes);
    }

    private LiveConfig.Snapshot load(List<String> mistakes) {
        List<Path> files = files();
        for (Path f : files) {
            if (f.toString().endsWith(".yml") || f.toString().endsWith(".yaml")) {
                try {
                    YamlSyntaxCheck.check(f);
                } catch (IllegalStateException e) {
                    mistakes.add(e.getMessage());
                }
            }
        }
        if (!mistakes.isEmpty()) {
            return null;
        }
        HubProperties p;
        try {
            MutablePropertySources sources = reread();
            p = new Binder(ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(sources))
                    .bind("hub", HubProperties.class).orElseThrow(() -> new IllegalStateException("no hub: settings"));
        } catch (BindException e) {
            mistakes.add(where(e) + e.getName() + ": " + rootMessage(e));
            return null;
        } catch (IOException | RuntimeException e) {
            mistakes.add(rootMessage(e));
            return null;
        }
        for (var v : validator.validate(p)) {
            Object value = v.getInvalidValue();
            mistakes.add(firstLineOf(files, value) + "hub." + v.getPropertyPath()
                    + (value instanceof String s ? " \"" + s + "\"" : "") + ": " + v.getMessage());
        }
        if (!mistakes.isEmpty()) {
            return null;
        }
        mistakes.addAll(new ConfigCheck(p, validator, ConfigCheck.brokerQueues(env),
                ConfigCheck.readMailboxes(env)).mistakes());
        if (!mistakes.isEmpty()) {
            return null;
        }
        try {
            return LiveConfig.Snapshot.of(p);
        } catch (IOException | RuntimeException e) {
            mistakes.add(p.bankHolidaysFile() + ": " + rootMessage(e));
            return null;
        }
    }

    /** The running environment with every config file it loaded read again from disk. */
    private MutablePropertySources reread() throws IOException {
        MutablePropertySources out = new MutablePropertySources();
        YamlPropertySourceLoader loader = new YamlPropertySourceLoader();
        for (PropertySource<?> ps : env.getPropertySources()) {
            if (ConfigurationPropertySources.isAttachedConfigurationPropertySource(ps)) {
                continue;
            }
            String name = ps.getName();
            int at = name.indexOf("file [");
            if (ps instanceof OriginTrackedMapPropertySource && at >= 0 && name.indexOf(']', at) > at) {
                Path file = Path.of(name.substring(at + 6, name.indexOf(']', at)));
                if (Files.exists(file)) {
                    for (PropertySource<?> fresh : loader.load(name, new FileSystemResource(file))) {
                        out.addLast(fresh);
                    }
                }
                continue;
            }
            out.addLast(ps);
        }
        return out;
    }

    private void tellAdmin(String fingerprint, List<String> mistakes) {
        String to = live.props().adminEmail();
        String text = "A change to the hub's configuration was refused, and the hub is still running its last good "
                + "configuration. Please correct the file" + (mistakes.size() == 1 ? "" : "s") + " below; the hub "
                + "loads the correction as soon as it is saved.\n\n" + String.join("\n", mistakes) + "\n";
        // One email per refused state, however many instances saw it.
        try (Connection c = store.connect(); Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            store.send(s, outgoing.mail("config", AuditEvent.CONFIG_REFUSED, "config-error", to,
                    "YPSA hub: configuration change refused (" + mistakes.size() + " mistake"
                            + (mistakes.size() == 1 ? "" : "s") + ")", text, null, "config:" + fingerprint));
        } catch (Exception e) {
            LOG.warn("Could not queue the email to the admin about the refused configuration ({})", e.toString());
        }
    }

    private List<Path> files() {
        Set<Path> out = new java.util.TreeSet<>();
        for (Path d : dirs) {
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> s = Files.list(d)) {
                s.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(yml|yaml|json)$"))
                        .forEach(out::add);
            } catch (IOException e) {
                LOG.warn("Cannot list {} ({})", d, e.toString());
            }
        }
        return new ArrayList<>(out);
    }

    /** Each file's name, size and modification time (nanoseconds where the file system keeps them). */
    private String stamp() {
        StringBuilder b = new StringBuilder();
        for (Path f : files()) {
            b.append(f).append('|');
            try {
                b.append(Files.size(f)).append('|').append(Files.getLastModifiedTime(f).toInstant()).append('\n');
            } catch (IOException e) {
                b.append("-\n");
            }
        }
        return b.toString();
    }

    private String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path f : files()) {
                sha.update(f.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try {
                    sha.update(Files.readAllBytes(f));
                } catch (IOException e) {
                    sha.update((byte) 0);
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "file:line: " from a binding failure's origin ("file [config/schedules.yml] - 52:11"). */
    private static String where(BindException e) {
        if (e.getProperty() == null || e.getProperty().getOrigin() == null) {
            return "";
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[(.*)] - (\\d+):\\d+")
                .matcher(e.getProperty().getOrigin().toString());
        return m.find() ? m.group(1) + ":" + m.group(2) + ": " : e.getProperty().getOrigin() + ": ";
    }

    private static String firstLineOf(List<Path> files, Object value) {
        if (!(value instanceof String s) || s.isBlank()) {
            return "";
        }
        for (Path f : files) {
            try {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains(s)) {
                        return f + ":" + (i + 1) + ": ";
                    }
                }
            } catch (IOException e) {
                // a file that cannot be read has no line to offer
            }
        }
        return "";
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c == t ? String.valueOf(t.getMessage()) : t.getMessage() + " (" + c.getMessage() + ")";
    }
}
