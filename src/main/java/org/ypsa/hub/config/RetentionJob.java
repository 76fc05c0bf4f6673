package org.ypsa.hub.config;

import java.io.IOException;

import org.springframework.stereotype.Component;
import org.ypsa.hub.adapter.store.Retention;

/** Runs the retention purge with the periods of the configuration running now (routes/retention.yaml). */
@Component("retentionJob")
public class RetentionJob {
    private final Retention retention;
    private final LiveConfig live;

    public RetentionJob(Retention retention, LiveConfig live) {
        this.retention = retention;
        this.live = live;
    }

    public Retention.Purged run() throws IOException {
        HubProperties.RetentionPeriods r = live.props().retention();
        return retention.purge(r.originals(), r.audit());
    }
}
