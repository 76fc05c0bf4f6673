package org.ypsa.hub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for the GOV.UK Notify API, run by a test: takes texts (POST /v2/notifications/sms), answers a search
 * by reference (GET /v2/notifications) and serves received texts (GET /v2/received-text-messages). Each request
 * is kept as it came; the answers to the next texts can be scripted: an outage, a refusal, or a text accepted whose
 * answer is lost.
 */
public final class NotifyStandIn implements AutoCloseable {
    /** What the stand-in does with the next text. */
    public enum Answer {
        ACCEPT, DOWN, REFUSE, ACCEPT_THEN_FAIL
    }

    /** One request as it reached the stand-in. */
    public record Request(String method, String uri, String authorization, JsonNode body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<JsonNode> accepted = new CopyOnWriteArrayList<>();
    private final Deque<Answer> script = new ConcurrentLinkedDeque<>();
    private final List<ObjectNode> inbound = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch gate = new CountDownLatch(0);

    public NotifyStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The answers to the next texts, in order; after them every text is accepted. */
    public void script(Answer... answers) {
        script.addAll(List.of(answers));
    }

    /** Texts wait for {@link #open} before they are answered. */
    public void hold() {
        gate = new CountDownLatch(1);
    }

    public void open() {
        gate.countDown();
    }

    /** A text from a phone to the service's number. */
    public void receive(String userNumber, String content) {
        ObjectNode m = JSON.createObjectNode();
        m.put("id", UUID.randomUUID().toString());
        m.put("notify_number", "07700900000");
        m.put("user_number", userNumber);
        m.put("service_id", UUID.randomUUID().toString());
        m.put("content", content);
        m.put("created_at", java.time.Instant.now().toString());
        inbound.add(0, m); // newest first, as Notify lists them
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The texts Notify took (including one whose answer was lost), as their request bodies. */
    public List<JsonNode> accepted() {
        return List.copyOf(accepted);
    }

    private void handle(HttpExchange x) throws IOException {
        byte[] in = x.getRequestBody().readAllBytes();
        JsonNode body = in.length == 0 ? null : JSON.readTree(in);
        String uri = x.getRequestURI().toString();
        requests.add(new Request(x.getRequestMethod(), uri, x.getRequestHeaders().getFirst("Authorization"), body));
        if (x.getRequestHeaders().getFirst("Authorization") == null) {
            respond(x, 403, "{\"errors\":[{\"error\":\"AuthError\",\"message\":\"no token\"}],\"status_code\":403}");
            return;
        }
        String path = x.getRequestURI().getPath();
        if (path.equals("/v2/notifications/sms") && "POST".equals(x.getRequestMethod())) {
            try {
                gate.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Answer a = script.isEmpty() ? Answer.ACCEPT : script.removeFirst();
            switch (a) {
                case DOWN -> respond(x, 500, "{\"errors\":[{\"error\":\"Exception\",\"message\":\"down\"}]}");
                case REFUSE -> respond(x, 400, "{\"errors\":[{\"error\":\"BadRequestError\",\"message\":"
                        + "\"Can't send to this recipient using a team-only API key\"}],\"status_code\":400}");
                case ACCEPT_THEN_FAIL -> {
                    accepted.add(body);
                    respond(x, 502, "{}");
                }
                case ACCEPT -> {
                    accepted.add(body);
                    ObjectNode r = JSON.createObjectNode();
                    r.put("id", UUID.randomUUID().toString());
                    r.put("reference", body.path("reference").asText());
                    r.putObject("content").put("body", "text").put("from_number", "YPSA");
                    template(r, body);
                    respond(x, 201, r.toString());
                }
            }
            return;
        }
        if (path.equals("/v2/notifications") && "GET".equals(x.getRequestMethod())) {
            String reference = query(x, "reference");
            ObjectNode r = JSON.createObjectNode();
            ArrayNode list = r.putArray("notifications");
            for (JsonNode t : accepted) {
                if (t.path("reference").asText().equals(reference)) {
                    ObjectNode n = list.addObject();
                    n.put("id", UUID.randomUUID().toString());
                    n.put("reference", reference);
                    n.put("phone_number", t.path("phone_number").asText());
                    n.put("type", "sms");
                    n.put("body", "text");
                    n.put("status", "created");
                    n.put("created_at", java.time.Instant.now().toString());
                    template(n, t);
                }
            }
            r.putObject("links").put("current", baseUrl() + uri).putNull("next");
            respond(x, 200, r.toString());
            return;
        }
        if (path.equals("/v2/received-text-messages")) {
            String olderThan = query(x, "older_than");
            List<ObjectNode> page = new ArrayList<>(inbound);
            if (olderThan != null) {
                int i = 0;
                while (i < page.size() && !page.get(i).path("id").asText().equals(olderThan)) {
                    i++;
                }
                page = page.subList(Math.min(i + 1, page.size()), page.size());
            }
            ObjectNode r = JSON.createObjectNode();
            r.putArray("received_text_messages").addAll(page);
            r.putObject("links").put("current", baseUrl() + uri).putNull("next");
            respond(x, 200, r.toString());
            return;
        }
        respond(x, 404, "{}");
    }

    private static void template(ObjectNode r, JsonNode sent) {
        r.putObject("template").put("id", sent.path("template_id").asText()).put("version", 1).put("uri", "x");
    }

    private static String query(HttpExchange x, String name) {
        String q = x.getRequestURI().getRawQuery();
        if (q == null) {
            return null;
        }
        for (String p : q.split("&")) {
            String[] kv = p.split("=", 2);
            if (kv[0].equals(name) && kv.length == 2) {
                return URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static void respond(HttpExchange x, int status, String json) throws IOException {
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, b.length);
        x.getResponseBody().write(b);
        x.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
