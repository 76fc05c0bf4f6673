package org.ypsa.hub.adapter.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

/**
 * Content-addressed store for original emails and attachments, outside the queues: a file's name is
 * its SHA-256, so storing the same bytes twice (a redelivery, a restart) writes nothing new. Mails are stored by
 * several mailboxes at once; a purge waits until none is being stored, so it never deletes a copy half-written or an
 * original just received again.
 */
public class OriginalStore {
    private static final String PART_WRITTEN = ".tmp";

    private final Path root;
    private final java.time.Clock clock;
    private final ReadWriteLock storing = new ReentrantReadWriteLock();

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
        storing.readLock().lock();
        try {
            if (Files.exists(target)) {
                // received again: kept for the retention period from now (Retention reads this time)
                Files.setLastModifiedTime(target, java.nio.file.attribute.FileTime.from(clock.instant()));
            } else {
                Files.createDirectories(target.getParent());
                Path tmp = Files.createTempFile(target.getParent(), sha, PART_WRITTEN);
                Files.write(tmp, bytes);
                try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
                written(tmp);
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                Files.setLastModifiedTime(target, java.nio.file.attribute.FileTime.from(clock.instant()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not store an original under " + root, e);
        } finally {
            storing.readLock().unlock();
        }
        return new Stored(sha, bytes.length, root.relativize(target).toString());
    }

    /** A copy is written whole under its part-written name and not yet in place (a test pauses a store here). */
    protected void written(Path partWritten) {
    }

    /**
     * Deletes the originals last received before {@code receivedBefore}, and the half-written copies a crash left
     * (nothing is being stored while this runs). Returns how many originals it deleted.
     */
    public int purge(Instant receivedBefore) throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        storing.writeLock().lock();
        try {
            List<Path> files;
            try (Stream<Path> s = Files.walk(root)) {
                files = s.filter(Files::isRegularFile).toList();
            }
            int deleted = 0;
            for (Path f : files) {
                if (f.getFileName().toString().endsWith(PART_WRITTEN)) {
                    Files.deleteIfExists(f);
                } else if (Files.getLastModifiedTime(f).toInstant().isBefore(receivedBefore)) {
                    Files.deleteIfExists(f);
                    deleted++;
                }
            }
            return deleted;
        } finally {
            storing.writeLock().unlock();
        }
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
