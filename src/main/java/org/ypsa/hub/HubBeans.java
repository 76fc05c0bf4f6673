package org.ypsa.hub;

import java.time.Clock;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.ypsa.hub.adapter.store.AuditLog;
import org.ypsa.hub.adapter.store.OriginalStore;
import org.ypsa.hub.config.HubProperties;
import org.ypsa.hub.config.LiveConfig;

/** Wires the domain (plain Java) into Spring from the bound configuration. */
@Configuration(proxyBeanMethods = false)
public class HubBeans {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The configuration running now, replaced whole when an admin's edit passes every check. */
    @Bean
    LiveConfig liveConfig(HubProperties p) throws java.io.IOException {
        return new LiveConfig(LiveConfig.Snapshot.of(p));
    }


    @Bean
    OriginalStore originalStore(HubProperties p, Clock clock) {
        return new OriginalStore(p.store().dir().resolve("originals"), clock);
    }

    @Bean
    AuditLog auditLog(HubProperties p, Clock clock, ObjectMapper hubJson) {
        return new AuditLog(p.store().dir().resolve("audit"), clock, hubJson, p.zone());
    }

    @Bean
    org.ypsa.hub.adapter.store.SentLedger sentLedger(HubProperties p) {
        return new org.ypsa.hub.adapter.store.SentLedger(p.store().dir().resolve("outbox").resolve("sent.ledger"));
    }

    @Bean
    org.ypsa.hub.adapter.mail.DecisionJournal decisionJournal(HubProperties p, ObjectMapper hubJson) {
        return new org.ypsa.hub.adapter.mail.DecisionJournal(p.store().dir().resolve("intake").resolve("decisions"),
                hubJson);
    }

    @Bean
    org.ypsa.hub.adapter.store.ReadAttempts readAttempts(HubProperties p) {
        return new org.ypsa.hub.adapter.store.ReadAttempts(p.store().dir().resolve("intake").resolve("read-attempts"));
    }

    @Bean
    org.ypsa.hub.adapter.store.Retention retention(HubProperties p, Clock clock, AuditLog audit, OriginalStore originals) {
        return new org.ypsa.hub.adapter.store.Retention(originals,
                p.store().dir().resolve("audit"), clock, p.zone(), audit);
    }

    @Bean
    ObjectMapper hubJson() {
        return new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }
}
