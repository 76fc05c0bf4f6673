package org.ypsa.hub.adapter.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * The web pages' read model: every audit trail event as a row (H2 under data/ by default, PostgreSQL by
 * configuration), fed by the trail as it is written and rebuilt from the trail on disk when asked. It is a view
 * for people, never the hub's state: clocks live on the broker, the trail on disk.
 */
public class EventStore implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EventStore.class);

    /** One event as the pages read it. */
    public record Row(Instant time, String reference, String event, Map<String, Object> detail) {
        public Object get(String key) {
            return detail.get(key);
        }
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final java.util.concurrent.atomic.AtomicLong missed = new java.util.concurrent.atomic.AtomicLong();
    /** One thread, in the order written: a slow or absent database never holds up the hub writing its trail. */
    private final java.util.concurrent.ThreadPoolExecutor feed = new java.util.concurrent.ThreadPoolExecutor(1, 1, 0,
            java.util.concurrent.TimeUnit.MILLISECONDS, new java.util.concurrent.LinkedBlockingQueue<>(100_000), r -> {
                Thread t = new Thread(r, "read-model-feed");
                t.setDaemon(true);
                return t;
            }, (r, pool) -> missed.incrementAndGet());

    public EventStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Copies an event in the background, after those before it; one that cannot be copied is counted as missed. */
    public void feed(AuditLog.Event e) {
        feed.execute(() -> {
            try {
                add(e);
            } catch (RuntimeException ex) {
                missed.incrementAndGet();
                LOG.warn("The read model missed a {} event ({}); rebuild it from the audit trail", e.event(),
                        ex.getClass().getSimpleName());
            }
        });
    }

    /** Waits (a few seconds at most) until every event fed so far is in, so a page shows its own action. */
    public void caughtUp() {
        try {
            feed.submit(() -> { }).get(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException
                | java.util.concurrent.RejectedExecutionException e) {
            // the page shows what is in; the action itself is in the audit trail
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Events that could not be copied since start-up (or since the last rebuild): rebuild to have them. */
    public long missed() {
        return missed.get();
    }

    @Override
    public void close() {
        feed.shutdown();
    }

    /** Adds the event unless it is here already (the same line of the trail). */
    public void add(AuditLog.Event e) {
        String detail;
        try {
            detail = json.writeValueAsString(e.detail());
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
        String id = OriginalStore.sha256(e.line().getBytes(StandardCharsets.UTF_8));
        try {
            jdbc.update("insert into hub_event (line_id, at_ms, reference, event, detail) select ?, ?, ?, ?, ? "
                    + "where not exists (select 1 from hub_event where line_id = ?)", id, e.time().toEpochMilli(),
                    e.reference(), e.event(), detail, id);
        } catch (DuplicateKeyException raced) {
            // the live feed and a rebuild wrote the same line at once: it is here, once
        }
    }

    /** Empties the read model and reads the whole trail again; returns how many events it holds. */
    public int rebuild(AuditLog trail) {
        caughtUp();
        missed.set(0);
        jdbc.update("delete from hub_event");
        trail.replay(this::add);
        return count();
    }

    public int count() {
        Integer n = jdbc.queryForObject("select count(*) from hub_event", Integer.class);
        return n == null ? 0 : n;
    }

    /** Everything about one reference, oldest first. */
    public List<Row> ofReference(String reference) {
        return jdbc.query("select at_ms, reference, event, detail from hub_event where reference = ? "
                + "order by at_ms, seq", rows(), reference);
    }

    /** The newest events of these kinds, newest first. */
    public List<Row> latest(List<String> events, int limit) {
        if (events.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", events.stream().map(x -> "?").toList());
        List<Object> args = new ArrayList<>(events);
        args.add(limit);
        return jdbc.query("select at_ms, reference, event, detail from hub_event where event in (" + marks + ") "
                + "order by at_ms desc, seq desc fetch first ? rows only", rows(), args.toArray());
    }

    /** The events of these kinds about these references, oldest first. */
    public List<Row> about(List<String> references, List<String> events) {
        if (references.isEmpty() || events.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>(references);
        args.addAll(events);
        return jdbc.query("select at_ms, reference, event, detail from hub_event where reference in ("
                + String.join(",", references.stream().map(x -> "?").toList()) + ") and event in ("
                + String.join(",", events.stream().map(x -> "?").toList()) + ") order by at_ms, seq", rows(),
                args.toArray());
    }

    private RowMapper<Row> rows() {
        return (rs, i) -> {
            Map<String, Object> detail;
            try {
                detail = json.readValue(rs.getString("detail"), new TypeReference<LinkedHashMap<String, Object>>() {
                });
            } catch (JsonProcessingException ex) {
                detail = Map.of();
            }
            return new Row(Instant.ofEpochMilli(rs.getLong("at_ms")), rs.getString("reference"),
                    rs.getString("event"), detail);
        };
    }
}
