package org.ypsa.hub.support;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A hub's audit trail (one JSON line an event, a file a day, each line forced to disk as it is written) read
 * from outside the hub's JVM as it grows. A killed hub's trail is complete up to the kill: what a test reads
 * from it is what the hub had done.
 */
public final class AuditTrail {
    public record Event(Instant time, String reference, String event) {
    }

    private final Path dir;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<Path, Long> readUpTo = new HashMap<>();
    private final List<Event> events = new ArrayList<>();

    public AuditTrail(Path dir) {
        this.dir = dir;
    }

    /** Events so far, oldest first. */
    public synchronized int size() {
        refresh();
        return events.size();
    }

    /** Events from the index on (as {@link #size()} counts them), oldest first. */
    public synchronized List<Event> since(int index) {
        refresh();
        return List.copyOf(events.subList(Math.min(index, events.size()), events.size()));
    }

    private void refresh() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                readNewLines(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads whole lines past what was read before: a line being written is read next time. */
    private void readNewLines(Path file) throws IOException {
        long from = readUpTo.getOrDefault(file, 0L);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            if (f.length() <= from) {
                return;
            }
            byte[] bytes = new byte[(int) (f.length() - from)];
            f.seek(from);
            f.readFully(bytes);
            int end = bytes.length;
            while (end > 0 && bytes[end - 1] != '\n') {
                end--;
            }
            for (String line : new String(bytes, 0, end, StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    JsonNode n = json.readTree(line);
                    events.add(new Event(Instant.parse(n.path("time").asText()), n.path("reference").asText(null),
                            n.path("event").asText()));
                }
            }
            readUpTo.put(file, from + end);
        }
    }
}
