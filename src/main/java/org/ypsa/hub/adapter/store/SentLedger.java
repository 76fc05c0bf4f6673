package org.ypsa.hub.adapter.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The replies this instance handed to the mail server, by the outbox message's key, written to disk (forced)
 * after the server accepted each one and before its outbox message is committed. If the broker fails between
 * the two, the redelivered message is recognised here and not mailed again. It cannot close the window
 * between the server accepting a mail and this write, which SMTP itself leaves open (RFC 1047).
 */
public final class SentLedger {
    private static final int KEEP = 200_000;
    private final Path file;
    private final Set<String> sent = new LinkedHashSet<>();
    private FileChannel channel;

    public SentLedger(Path file) {
        this.file = file;
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
                List<String> kept = lines.size() > KEEP ? lines.subList(lines.size() - KEEP, lines.size()) : lines;
                sent.addAll(kept);
                if (kept.size() < lines.size()) {
                    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
                    Files.write(tmp, new ArrayList<>(kept), StandardCharsets.US_ASCII);
                    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                }
            }
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the sent ledger " + file, e);
        }
    }

    public synchronized boolean contains(String key) {
        return sent.contains(key);
    }

    /** Records a key durably: on disk before this returns. */
    public synchronized void record(String key) {
        if (!sent.add(key)) {
            return;
        }
        try {
            channel.write(ByteBuffer.wrap((key + "\n").getBytes(StandardCharsets.US_ASCII)));
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sent ledger " + file, e);
        }
    }
}
