package org.ypsa.hub.adapter.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps originals and the audit trail only as long as the council's retention schedule says: an original is
 * deleted once it has not been received again for hub.retention.originals, an audit file once its day is older
 * than hub.retention.audit. The teams' own systems hold the record; the hub holds copies for admins.
 */
public final class Retention {
    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);

    private final OriginalStore originals;
    private final Path audit;
    private final Clock clock;
    private final ZoneId zone;
    private final AuditLog auditLog;

    public Retention(OriginalStore originals, Path audit, Clock clock, ZoneId zone, AuditLog auditLog) {
        this.originals = originals;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
        this.auditLog = auditLog;
    }

    /** What one purge deleted. */
    public record Purged(int originals, int auditFiles) {
    }

    public synchronized Purged purge(Period keepOriginals, Period keepAudit) throws IOException {
        Instant now = clock.instant();
        Instant originalsBefore = now.atZone(zone).minus(keepOriginals).toInstant();
        LocalDate auditBefore = LocalDate.ofInstant(now, zone).minus(keepAudit);
        int o = originals.purge(originalsBefore);
        int a = 0;
        if (Files.isDirectory(audit)) {
            List<Path> files;
            try (Stream<Path> s = Files.list(audit)) {
                files = s.filter(f -> f.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}\\.jsonl")).toList();
            }
            for (Path f : files) {
                LocalDate day = LocalDate.parse(f.getFileName().toString().substring(0, 10));
                if (day.isBefore(auditBefore)) {
                    Files.deleteIfExists(f);
                    a++;
                }
            }
        }
        if (o + a > 0) {
            LOG.info("Retention: deleted {} originals and {} audit files past their retention", o, a);
            auditLog.record("retention", "purged", Map.of("originals", o, "auditFiles", a,
                    "originalsBefore", originalsBefore.toString(), "auditBefore", auditBefore.toString()));
        }
        return new Purged(o, a);
    }
}
