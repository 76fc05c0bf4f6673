package org.ypsa.hub.adapter.jms;

import java.util.List;

import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ypsa.hub.support.HubIT;

import static org.assertj.core.api.Assertions.assertThat;

/** Nothing is dropped silently: every queue of the embedded broker has a dead-letter and an expiry address. */
class BrokerSettingsIT extends HubIT {

    @Autowired
    EmbeddedActiveMQ broker;

    @Autowired
    org.ypsa.hub.config.HubProperties props;

    @Test
    void theEmbeddedBrokerHasEveryQueueOfHubQueuesEachWithADeadLetterAndAnExpiryAddress() {
        List<String> queueNames = List.copyOf(props.queues().all());
        assertThat(queueNames).contains("brokerage.voids", "alerts", "hub.rejected", "hub.outbox", "hub.outbox.urgent",
                "hub.undeliverable");
        for (String q : queueNames) {
            assertThat(broker.getActiveMQServer().locateQueue(q)).as("queue " + q).isNotNull();
            AddressSettings s = broker.getActiveMQServer().getAddressSettingsRepository().getMatch(q);
            assertThat((Object) s.getDeadLetterAddress()).as("dead-letter address of " + q).isNotNull();
            assertThat((Object) s.getExpiryAddress()).as("expiry address of " + q).isNotNull();
            assertThat(s.isAutoCreateDeadLetterResources()).as("DLQ." + q + " is created").isTrue();
        }
    }

    @Test
    void onAnExternalBrokerTheHubAppliesItsAddressSettingsToEachOfItsQueuesAtStartUp(
            @Autowired org.ypsa.hub.adapter.jms.BrokerManagement management,
            @Autowired org.ypsa.hub.config.HubProperties props,
            @Autowired org.ypsa.hub.config.BrokerConfig.EmbeddedBrokerSettings settings) {
        var repository = broker.getActiveMQServer().getAddressSettingsRepository();
        assertThat(repository.containsExactMatch("hub.undeliverable")).as("only '#' covers it before").isFalse();
        new org.ypsa.hub.adapter.jms.ExternalBrokerSettings(management, props, settings).run(null);
        for (String q : List.of("hub.undeliverable", "alerts", "brokerage.referrals", "hub.outbox.urgent")) {
            assertThat(repository.containsExactMatch(q)).as(q).isTrue();
            assertThat(repository.getMatch(q).isAutoCreateDeadLetterResources()).as(q).isTrue();
        }
        assertThat(repository.getMatch("brokerage.referrals").getRedeliveryDelay()).isPositive();
        assertThat(repository.getMatch("hub.outbox.urgent").getMaxDeliveryAttempts()).isEqualTo(300);
        assertThat(repository.getMatch("hub.outbox.urgent").getRedeliveryDelay()).as("an alert after a restart waits "
                + "for nothing").isZero();
    }

    @Test
    void repliesWaitOutALongMailOutageBeforeDeadLettering() {
        assertThat(broker.getActiveMQServer().getAddressSettingsRepository().getMatch("hub.outbox")
                .getMaxDeliveryAttempts()).isGreaterThanOrEqualTo(100);
        assertThat(broker.getActiveMQServer().getConfiguration().isPersistIDCache()).isTrue();
        assertThat(broker.getActiveMQServer().getConfiguration().isPersistenceEnabled()).isTrue();
    }
}
