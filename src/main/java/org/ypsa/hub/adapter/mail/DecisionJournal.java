package org.ypsa.hub.adapter.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.ypsa.hub.adapter.jms.Dispatch;

/**
 * The first decision made on each mail, by its reference, on disk (forced) before anything it decided is sent.
 * A mail read again after a crash, or because moving it out of the inbox failed, gets that same decision, not a
 * new one: a configuration reloaded, a duty rota turning over or a slower read in between change nothing. Once
 * the decision is committed on the broker the entry keeps only that fact, so no form data stays here.
 */
public final class DecisionJournal {
    /** A decision as kept: the messages to send, or only that they were committed. */
    public record Entry(boolean committed, List<Dispatch> dispatches, String at) {
        public Entry {
            dispatches = dispatches == null ? List.of() : List.copyOf(dispatches);
        }
    }

    private final Path dir;
    private final ObjectMapper json;

    public DecisionJournal(Path dir, ObjectMapper json) {
        this.dir = dir;
        this.json = json;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    public Optional<Entry> find(String reference) {
        Path f = file(reference);
        if (!Files.exists(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(f.toFile(), Entry.class));
        } catch (IOException e) {
            // A torn write cannot happen (written aside, then renamed); an unreadable entry means no decision.
            return Optional.empty();
        }
    }

    /** Records the decision durably: on disk before this returns. */
    public void decided(String reference, List<Dispatch> dispatches) {
        write(reference, new Entry(false, dispatches, Instant.now().toString()), true);
    }

    /** The decision is on the broker: only that is kept (not forced: if lost, the decision is sent again, and the
     * broker drops what it already has by each message's duplicate id). */
    public void committed(String reference) {
        write(reference, new Entry(true, List.of(), Instant.now().toString()), false);
    }

    /** Removes entries last written before the cutoff; returns how many. */
    public int purge(Instant cutoff) {
        try (Stream<Path> files = Files.list(dir)) {
            int n = 0;
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                if (Files.getLastModifiedTime(f).toInstant().isBefore(cutoff) && Files.deleteIfExists(f)) {
                    n++;
                }
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot purge " + dir, e);
        }
    }

    private void write(String reference, Entry entry, boolean force) {
        Path f = file(reference);
        Path tmp = f.resolveSibling(f.getFileName() + ".tmp");
        try {
            Files.write(tmp, json.writeValueAsBytes(entry));
            if (force) {
                try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                    c.force(true);
                }
            }
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the decision on " + reference, e);
        }
    }

    private Path file(String reference) {
        if (!reference.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("not a hub reference");
        }
        return dir.resolve(reference + ".json");
    }
}
