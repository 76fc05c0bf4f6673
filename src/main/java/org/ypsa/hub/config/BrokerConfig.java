package org.ypsa.hub.config;

import java.util.List;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.springframework.boot.artemis.autoconfigure.ArtemisConfigurationCustomizer;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded Artemis broker (spring.artemis.mode=embedded): persistent journal, a TCP acceptor so
 * team consumers can read their queues, duplicate detection, and a dead-letter and expiry address for
 * every queue. With spring.artemis.mode=native none of this applies; the external broker's own
 * broker.xml must say the same (README, "External broker").
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
    ArtemisConfigurationCustomizer hubBrokerCustomizer(EmbeddedBrokerSettings s) {
        return config -> {
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
            AddressSettings all = new AddressSettings()
                    .setDeadLetterAddress(SimpleString.of("DLA"))
                    .setExpiryAddress(SimpleString.of("ExpiryQueue"))
                    .setAutoCreateDeadLetterResources(true)
                    .setAutoCreateExpiryResources(true)
                    .setMaxDeliveryAttempts(s.getMaxDeliveryAttempts())
                    .setRedeliveryDelay(s.getRedeliveryDelayMs())
                    .setRedeliveryMultiplier(2.0)
                    .setMaxRedeliveryDelay(300_000L);
            config.addAddressSetting("#", all);
            // Replies wait out an SMTP outage of a day rather than dead-lettering after ten tries.
            AddressSettings outbox = new AddressSettings();
            outbox.merge(all);
            config.addAddressSetting(s.getOutboxQueue(), outbox.setMaxDeliveryAttempts(300));
            // A clock that cannot be fired (a fault, not an outage: the broker would be unreachable) is retried on
            // every tick for a long while before it is dead-lettered for an admin.
            if (s.getClocksQueue() != null) {
                AddressSettings clocks = new AddressSettings();
                clocks.merge(all);
                config.addAddressSetting(s.getClocksQueue(), clocks.setMaxDeliveryAttempts(100));
            }
        };
    }
}
