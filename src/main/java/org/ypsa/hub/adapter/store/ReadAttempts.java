package org.ypsa.hub.adapter.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many times the hub started reading each mail without finishing (a read that throws, a server that drops
 * the connection on it, a JVM that dies on it), kept on disk so a mail that kills the hub is counted across
 * restarts. Written before a read starts, cleared once the outcome is decided; a mail over the limit is not read
 * again but held for an admin, so one bad mail never wedges the mailbox.
 */
public final class ReadAttempts {
    private final Path file;
    private final Map<String, Integer> attempts = new LinkedHashMap<>();

    public ReadAttempts(Path file) {
        this.file = file;
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    int tab = line.lastIndexOf('\t');
                    if (tab > 0) {
                        attempts.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
                    }
                }
            }
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /** Counts one more start for the mail and returns the count, on disk before it returns. */
    public synchronized int begin(String key) {
        int n = attempts.merge(key, 1, Integer::sum);
        save();
        return n;
    }

    /** Takes back the last start of a read that failed for a reason other than the mail (the hub stopping, the
     * mail server down). */
    public synchronized void undo(String key) {
        if (key == null) {
            return;
        }
        Integer n = attempts.get(key);
        if (n != null) {
            if (n <= 1) {
                attempts.remove(key);
            } else {
                attempts.put(key, n - 1);
            }
            save();
        }
    }

    public synchronized void done(String key) {
        if (attempts.remove(key) != null) {
            save();
        }
    }

    private void save() {
        StringBuilder b = new StringBuilder();
        attempts.forEach((k, v) -> b.append(k).append('\t').append(v).append('\n'));
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, b, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
