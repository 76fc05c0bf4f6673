package org.ypsa.hub.adapter.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ypsa.hub.domain.AuditEvent;

/**
 * The audit trail: one JSON line an event (received, recognised, validated or rejected, routed,
 * acknowledged...), in a file a day under the store. It holds references, form types, queues and
 * recipients, never the content of a form; it is a record for admins, not a log.
 */
public class AuditLog {
    /** One line of the trail as written: its time, reference, event and the rest of the line. */
    public record Event(Instant time, String reference, String event, Map<String, Object> detail, String line) {
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AuditLog.class);
    private final List<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();
    private final Path dir;
    private final Clock clock;
    private final ObjectMapper json;
    private final ZoneId zone;

    public AuditLog(Path dir, Clock clock, ObjectMapper json, ZoneId zone) {
        this.dir = dir;
        this.clock = clock;
        this.json = json;
        this.zone = zone;
    }

    /** Records one event of the audit trail ({@link AuditEvent}) about a reference. */
    public void record(String reference, AuditEvent event, Map<String, ?> detail) {
        record(reference, event.id(), detail);
    }

    /** As {@link #record(String, AuditEvent, Map)}, by the id the trail writes (a dispatch's, "clock-..." too). */
    public synchronized void record(String reference, String event, Map<String, ?> detail) {
        Instant now = clock.instant();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", now.toString());
        line.put("reference", reference);
        line.put("event", event);
        if (detail != null) {
            line.putAll(detail);
        }
        String text;
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(LocalDate.ofInstant(now, zone) + ".jsonl");
            text = json.writeValueAsString(line);
            Files.writeString(file, text + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the audit trail under " + dir, e);
        }
        Event written = new Event(now, reference, event, detail == null ? Map.of() : new LinkedHashMap<>(detail), text);
        for (Consumer<Event> l : listeners) {
            try {
                l.accept(written);
            } catch (RuntimeException e) {
                // a reader of the trail (the web pages' read model) never stops the hub; it is rebuilt from the trail
                LOG.warn("A reader of the audit trail failed on a {} event: {}", event, e.getClass().getSimpleName());
            }
        }
    }

    /** Tells the listener of every event written from now on, after it is on disk. */
    public void listen(Consumer<Event> listener) {
        listeners.add(listener);
    }

    /** Every event in the trail on disk, oldest file first, in the order written. */
    public void replay(Consumer<Event> to) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(x -> x.getFileName().toString().endsWith(".jsonl")).sorted().toList()) {
                for (String text : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (text.isBlank()) {
                        continue;
                    }
                    Map<String, Object> all;
                    try {
                        all = json.readValue(text, new com.fasterxml.jackson.core.type.TypeReference<LinkedHashMap<String, Object>>() {
                        });
                    } catch (JsonProcessingException e) {
                        continue; // a line cut short by a crash while it was written
                    }
                    Instant time = Instant.parse(String.valueOf(all.remove("time")));
                    Object ref = all.remove("reference");
                    String event = String.valueOf(all.remove("event"));
                    to.accept(new Event(time, ref == null ? null : ref.toString(), event, all, text));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the audit trail under " + dir, e);
        }
    }
}
