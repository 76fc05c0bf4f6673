package org.ypsa.hub.adapter.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Content-addressed store for original emails and attachments, outside the queues: a file's name is
 * its SHA-256, so storing the same bytes twice (a redelivery, a restart) writes nothing new.
 */
public class OriginalStore {
    private final Path root;
    private final java.time.Clock clock;

    public OriginalStore(Path root) {
        this(root, java.time.Clock.systemUTC());
    }

    public OriginalStore(Path root, java.time.Clock clock) {
        this.root = root;
        this.clock = clock;
    }

    public record Stored(String sha256, long size, String path) {
    }

    public Stored put(byte[] bytes) {
        String sha = sha256(bytes);
        Path target = pathOf(sha);
        try {
            if (Files.exists(target)) {
                // received again: kept for the retention period from now (Retention reads this time)
                Files.setLastModifiedTime(target, java.nio.file.attribute.FileTime.from(clock.instant()));
            } else {
                Files.createDirectories(target.getParent());
                Path tmp = Files.createTempFile(target.getParent(), sha, ".tmp");
                Files.write(tmp, bytes);
                try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                Files.setLastModifiedTime(target, java.nio.file.attribute.FileTime.from(clock.instant()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not store an original under " + root, e);
        }
        return new Stored(sha, bytes.length, root.relativize(target).toString());
    }

    public byte[] get(String sha256) throws IOException {
        return Files.readAllBytes(pathOf(sha256));
    }

    public Path pathOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
