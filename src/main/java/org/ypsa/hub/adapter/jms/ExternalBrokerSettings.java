package org.ypsa.hub.adapter.jms;

import java.util.Map;
import java.util.Set;

import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.ypsa.hub.config.BrokerConfig;
import org.ypsa.hub.config.HubProperties;

/**
 * On an external broker (spring.artemis.mode=native), the hub sends the address settings it needs for each of its
 * queues at start-up (BrokerConfig.hubAddressSettings: dead-letter and expiry queues, redelivery back-off, delivery
 * attempts), so a stock broker with no hub-specific broker.xml behaves as the embedded one. It needs the manage
 * permission; without it the hub says so once and the broker's own broker.xml must carry them (docs/operations.md).
 */
@Component
@ConditionalOnProperty(name = "spring.artemis.mode", havingValue = "native")
public class ExternalBrokerSettings implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(ExternalBrokerSettings.class);
    private final BrokerManagement management;
    private final HubProperties props;
    private final BrokerConfig.EmbeddedBrokerSettings settings;

    public ExternalBrokerSettings(BrokerManagement management, HubProperties props,
            BrokerConfig.EmbeddedBrokerSettings settings) {
        this.management = management;
        this.props = props;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, AddressSettings> table = BrokerConfig.hubAddressSettings(settings);
        Set<String> queues = props.queues().all();
        int applied = 0;
        for (String q : queues) {
            String json = table.getOrDefault(q, table.get("#")).toJSON();
            if (management.ask(ask -> JMSManagementHelper.putOperationInvocation(ask, ResourceNames.BROKER,
                    "addAddressSettings", q, json)).isPresent()) {
                applied++;
            }
        }
        if (applied < queues.size()) {
            LOG.warn("The broker took the hub's address settings for {} of its {} queues (the hub's user may not "
                    + "manage): give them in broker.xml as docs/operations.md shows", applied, queues.size());
        } else {
            LOG.info("Address settings applied on the external broker for the hub's {} queues", applied);
        }
    }
}
