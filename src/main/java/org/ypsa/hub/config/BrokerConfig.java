package org.ypsa.hub.config;

import java.util.List;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.spi.core.remoting.Acceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.artemis.autoconfigure.ArtemisConfigurationCustomizer;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded Artemis broker (spring.artemis.mode=embedded): persistent journal, the queues of hub.queues, a TCP
 * acceptor so team consumers can read their queues, duplicate detection, and a dead-letter and expiry address for
 * every queue. With spring.artemis.mode=native none of this applies; the external broker's own
 * broker.xml must say the same (docs/configuration.md, "External broker").
 */
@Configuration(proxyBeanMethods = false)
public class BrokerConfig {

    @Bean
    @ConfigurationProperties("hub.broker.embedded")
    EmbeddedBrokerSettings embeddedBrokerSettings() {
        return new EmbeddedBrokerSettings();
    }

    /** Mutable holder so every field has a default and the admin may set any subset. */
    public static class EmbeddedBrokerSettings {
        private List<String> acceptors = List.of("tcp://127.0.0.1:61616?protocols=CORE,AMQP");
        private int duplicateIdCacheSize = 100_000;
        private int maxDeliveryAttempts = 10;
        private long redeliveryDelayMs = 5_000;
        private String outboxQueue = "hub.outbox";
        private String outboxUrgentQueue = "hub.outbox.urgent";

        public String getOutboxUrgentQueue() {
            return outboxUrgentQueue;
        }

        public void setOutboxUrgentQueue(String outboxUrgentQueue) {
            this.outboxUrgentQueue = outboxUrgentQueue;
        }
        private String clocksQueue;

        public List<String> getAcceptors() {
            return acceptors;
        }

        public void setAcceptors(List<String> acceptors) {
            this.acceptors = acceptors;
        }

        public int getDuplicateIdCacheSize() {
            return duplicateIdCacheSize;
        }

        public void setDuplicateIdCacheSize(int duplicateIdCacheSize) {
            this.duplicateIdCacheSize = duplicateIdCacheSize;
        }

        public int getMaxDeliveryAttempts() {
            return maxDeliveryAttempts;
        }

        public void setMaxDeliveryAttempts(int maxDeliveryAttempts) {
            this.maxDeliveryAttempts = maxDeliveryAttempts;
        }

        public long getRedeliveryDelayMs() {
            return redeliveryDelayMs;
        }

        public void setRedeliveryDelayMs(long redeliveryDelayMs) {
            this.redeliveryDelayMs = redeliveryDelayMs;
        }

        public String getClocksQueue() {
            return clocksQueue;
        }

        public void setClocksQueue(String clocksQueue) {
            this.clocksQueue = clocksQueue;
        }

        public String getOutboxQueue() {
            return outboxQueue;
        }

        public void setOutboxQueue(String outboxQueue) {
            this.outboxQueue = outboxQueue;
        }
    }

    @Bean
    ArtemisConfigurationCustomizer hubBrokerCustomizer(EmbeddedBrokerSettings s, HubProperties props) {
        return config -> {
            // Every queue the hub uses, named once, in hub.queues: durable, point to point.
            for (String queue : props.queues().all()) {
                config.addQueueConfiguration(QueueConfiguration.of(queue).setRoutingType(RoutingType.ANYCAST)
                        .setDurable(true));
            }
            int i = 0;
            for (String url : s.getAcceptors()) {
                try {
                    config.addAcceptorConfiguration("hub-" + i++, url);
                } catch (Exception e) {
                    throw new IllegalStateException("hub.broker.embedded.acceptors: cannot use " + url, e);
                }
            }
            config.setIDCacheSize(s.getDuplicateIdCacheSize());
            config.setPersistIDCache(true);
            config.setSecurityEnabled(false);
            hubAddressSettings(s).forEach(config::addAddressSetting);
        };
    }

    /**
     * The embedded broker holds everything in flight: a hub whose broker did not start (its port taken by another
     * broker, its journal locked) must stop with the reason, not run on looking started while it reads no mail and
     * fires no alert. Artemis logs such a failure and carries on; this refuses the start instead.
     */
    @Bean
    SmartInitializingSingleton embeddedBrokerMustBeActive(ObjectProvider<EmbeddedActiveMQ> embedded,
            EmbeddedBrokerSettings s) {
        return () -> embedded.ifAvailable(broker -> {
            ActiveMQServer server = broker.getActiveMQServer();
            boolean listening = server != null && server.getRemotingService() != null
                    && server.getRemotingService().getAcceptors().values().stream().allMatch(Acceptor::isStarted);
            if (server == null || !server.isActive() || !listening) {
                throw new IllegalStateException("The embedded broker did not start (Artemis logged why above; is "
                        + "another broker or hub using " + s.getAcceptors() + "?). The hub does not run without it: "
                        + "stop the other one, or set hub.broker.embedded.acceptors, or use an external broker "
                        + "(docs/configuration.md).");
            }
        });
    }

    /**
     * The address settings the hub needs, by match: a dead-letter and an expiry queue for every queue (DLQ.<queue>,
     * EXP.<queue>), redelivery with back-off, and more delivery attempts for the outbox lanes (a redelivery there
     * means the hub stopped mid-send) and the clocks (a clock that fails to fire is a fault to retry). The embedded
     * broker is configured with them; an external one is sent them at start-up (ExternalBrokerSettings).
     */
    public static java.util.Map<String, AddressSettings> hubAddressSettings(EmbeddedBrokerSettings s) {
        java.util.Map<String, AddressSettings> out = new java.util.LinkedHashMap<>();
        AddressSettings all = new AddressSettings()
                .setDeadLetterAddress(SimpleString.of("DLA"))
                .setExpiryAddress(SimpleString.of("ExpiryQueue"))
                .setAutoCreateDeadLetterResources(true)
                .setAutoCreateExpiryResources(true)
                .setMaxDeliveryAttempts(s.getMaxDeliveryAttempts())
                .setRedeliveryDelay(s.getRedeliveryDelayMs())
                .setRedeliveryMultiplier(2.0)
                .setMaxRedeliveryDelay(300_000L);
        out.put("#", all);
        // On the outbox lanes a redelivery means the hub stopped mid-send (a failed send is rescheduled by the hub
        // itself): redelivered at once, so an alert is not held back after a restart.
        for (String lane : List.of(s.getOutboxQueue(), s.getOutboxUrgentQueue())) {
            out.put(lane, copy(all).setMaxDeliveryAttempts(300).setRedeliveryDelay(0L));
        }
        if (s.getClocksQueue() != null) {
            out.put(s.getClocksQueue(), copy(all).setMaxDeliveryAttempts(100));
        }
        return out;
    }

    private static AddressSettings copy(AddressSettings a) {
        AddressSettings c = new AddressSettings();
        c.merge(a);
        return c;
    }
}
