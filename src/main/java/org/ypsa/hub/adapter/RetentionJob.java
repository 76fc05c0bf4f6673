package org.ypsa.hub.adapter;

import java.io.IOException;

import org.springframework.stereotype.Component;
import org.ypsa.hub.adapter.store.Retention;
import org.ypsa.hub.config.HubProperties;
import org.ypsa.hub.config.LiveConfig;

/** Runs the retention purge with the periods of the configuration running now (routes/retention.yaml). */
@Component("retentionJob")
public class RetentionJob {
    /** How long the record that a mail's decision was committed is kept (the mail is long out of the inbox). */
    static final java.time.Duration DECISIONS_KEPT = java.time.Duration.ofDays(30);
    private final Retention retention;
    private final LiveConfig live;
    private final org.ypsa.hub.adapter.mail.DecisionJournal decisions;
    private final java.time.Clock clock;

    public RetentionJob(Retention retention, LiveConfig live, org.ypsa.hub.adapter.mail.DecisionJournal decisions,
            java.time.Clock clock) {
        this.retention = retention;
        this.live = live;
        this.decisions = decisions;
        this.clock = clock;
    }

    public Retention.Purged run() throws IOException {
        HubProperties.RetentionPeriods r = live.props().retention();
        decisions.purge(clock.instant().minus(DECISIONS_KEPT));
        return retention.purge(r.originals(), r.audit());
    }
}
