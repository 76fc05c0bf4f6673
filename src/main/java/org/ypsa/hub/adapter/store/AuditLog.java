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
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The audit trail: one JSON line an event (received, recognised, validated or rejected, routed,
 * acknowledged...), in a file a day under the store. It holds references, form types, queues and
 * recipients, never the content of a form; it is a record for admins, not a log.
 */
public class AuditLog {
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

    public synchronized void record(String reference, String event, Map<String, ?> detail) {
        Instant now = clock.instant();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", now.toString());
        line.put("reference", reference);
        line.put("event", event);
        if (detail != null) {
            line.putAll(detail);
        }
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(LocalDate.ofInstant(now, zone) + ".jsonl");
            Files.writeString(file, json.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the audit trail under " + dir, e);
        }
    }
}
