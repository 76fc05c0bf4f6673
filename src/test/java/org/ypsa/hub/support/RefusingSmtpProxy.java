package org.ypsa.hub.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An SMTP relay in front of the test mail server that answers RCPT TO for chosen addresses as a real server does
 * for a mistyped one: 550 (no such user, for good), or 450 (try later) a number of times before letting it through.
 * Everything else passes through untouched.
 */
public final class RefusingSmtpProxy implements AutoCloseable {
    private final ServerSocket server;
    private final int target;
    private final Set<String> refused;
    private final Map<String, Integer> busyFor = new ConcurrentHashMap<>();
    private final Map<String, Integer> rcptSeen = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger endedBeforeQuit = new java.util.concurrent.atomic.AtomicInteger();
    private volatile java.util.function.IntConsumer onQuit = n -> { };

    public RefusingSmtpProxy(int port, int target, Set<String> refused) {
        this.target = target;
        this.refused = refused;
        try {
            server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread accept = new Thread(this::accept, "refusing-smtp-" + port);
        accept.setDaemon(true);
        accept.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The next {@code times} RCPT TO for this address get 450 (busy, try later). */
    public void busy(String address, int times) {
        busyFor.put(address.toLowerCase(Locale.ROOT), times);
    }

    /** How many times the hub asked to send to this address. */
    public int tries(String address) {
        return rcptSeen.getOrDefault(address.toLowerCase(Locale.ROOT), 0);
    }

    /**
     * Called as each QUIT arrives, before the server sees it, with how many messages have ended (their final ".")
     * on the connections that have said QUIT so far, this one included.
     */
    public void onQuit(java.util.function.IntConsumer hook) {
        this.onQuit = hook;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket up = new Socket(InetAddress.getLoopbackAddress(), target);
                Thread down = new Thread(() -> copy(up, client), "smtp-down");
                down.setDaemon(true);
                down.start();
                Thread commands = new Thread(() -> relay(client, up), "smtp-up");
                commands.setDaemon(true);
                commands.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void copy(Socket from, Socket to) {
        try (from; to) {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            byte[] b = new byte[8192];
            int n;
            while ((n = in.read(b)) >= 0) {
                synchronized (out) {
                    out.write(b, 0, n);
                    out.flush();
                }
            }
        } catch (IOException ignored) {
            // the other side closed
        }
    }

    private void relay(Socket client, Socket up) {
        try (client; up) {
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            OutputStream server = up.getOutputStream();
            OutputStream back = client.getOutputStream();
            boolean data = false;
            int ended = 0;
            String line;
            while ((line = in.readLine()) != null) {
                String upper = line.toUpperCase(Locale.ROOT);
                if (!data && upper.startsWith("RCPT TO:")) {
                    String address = upper.replaceAll("^RCPT TO:\\s*<?([^>\\s]*)>?.*$", "$1").toLowerCase(Locale.ROOT);
                    rcptSeen.merge(address, 1, Integer::sum);
                    String answer = refused.contains(address) ? "550 5.1.1 <" + address + ">: Recipient address "
                            + "rejected: User unknown" : busyFor.getOrDefault(address, 0) > 0 ? "450 4.2.1 <" + address
                            + ">: Mailbox busy, try later" : null;
                    if (answer != null) {
                        busyFor.computeIfPresent(address, (a, n) -> n - 1);
                        synchronized (back) {
                            back.write((answer + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                            back.flush();
                        }
                        continue;
                    }
                }
                if (!data && upper.equals("DATA")) {
                    data = true;
                } else if (data && line.equals(".")) {
                    data = false;
                    ended++;
                } else if (!data && upper.equals("QUIT")) {
                    onQuit.accept(endedBeforeQuit.addAndGet(ended));
                    ended = 0;
                }
                server.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                server.flush();
            }
        } catch (IOException ignored) {
            // the other side closed
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
