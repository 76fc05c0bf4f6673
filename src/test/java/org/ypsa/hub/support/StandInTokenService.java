package org.ypsa.hub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An OAuth2 token endpoint run by a test on loopback: it issues opaque access tokens with a lifetime the test
 * sets, tells listeners of each token (a mail server can then accept that token, and only that one), and can be
 * made to refuse a revoked credential. Subclasses check the provider's own grant.
 */
public abstract class StandInTokenService implements AutoCloseable {
    private final HttpServer server;
    private final List<String> issued = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile int expiresInSeconds = 3600;
    private volatile boolean revoked;

    protected StandInTokenService(HttpServer server, String path) {
        this.server = server;
        server.createContext(path, this::handle);
        server.start();
    }

    /** What the provider answers to one token request: a token, or an error in the provider's words. */
    protected sealed interface Answer permits Grant, Refusal {
    }

    protected record Grant() implements Answer {
    }

    protected record Refusal(int status, String error, String description) implements Answer {
    }

    /** Checks a request's grant; {@code revoked} says whether the credential was revoked. */
    protected abstract Answer check(String path, Map<String, String> form, boolean revoked);

    public URI baseUri() {
        String scheme = this instanceof StandInEntraId ? "https" : "http";
        return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    public void expireTokensAfter(int seconds) {
        expiresInSeconds = seconds;
    }

    /** From now on the credential is refused, as when an admin deletes the client secret or the key. */
    public void revoke() {
        revoked = true;
    }

    public void onIssue(Consumer<String> listener) {
        listeners.add(listener);
    }

    public List<String> issued() {
        return List.copyOf(issued);
    }

    /** Token requests received, granted or not. */
    public int requests() {
        return requests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            if (!"POST".equals(exchange.getRequestMethod())) {
                send(exchange, 405, "{\"error\":\"invalid_request\"}");
                return;
            }
            Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Answer answer = check(exchange.getRequestURI().getPath(), form, revoked);
            if (answer instanceof Refusal r) {
                send(exchange, r.status(), "{\"error\":\"" + r.error() + "\",\"error_description\":\""
                        + r.description() + "\",\"error_codes\":[]}");
                return;
            }
            String token = "stand-in-token-" + UUID.randomUUID();
            issued.add(token);
            listeners.forEach(l -> l.accept(token));
            send(exchange, 200, "{\"token_type\":\"Bearer\",\"expires_in\":" + expiresInSeconds + ",\"ext_expires_in\":"
                    + expiresInSeconds + ",\"access_token\":\"" + token + "\"}");
        }
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    protected static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
