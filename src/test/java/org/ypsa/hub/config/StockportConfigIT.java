package org.ypsa.hub.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ypsa.hub.adapter.mail.MailReader;
import org.ypsa.hub.domain.Reference;
import org.ypsa.hub.support.Fixtures;
import org.ypsa.hub.support.HubIT;
import org.ypsa.hub.support.MailClient;
import org.ypsa.hub.support.QueueClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second council: the Stockport example under config/examples/stockport starts and routes a MASH referral
 * with no code change, only HUB_CONFIG_DIR pointing at it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "HUB_CONFIG_DIR=config/examples/stockport")
class StockportConfigIT {
    private static final int SMTP = HubIT.freePort();
    private static final int IMAP = HubIT.freePort();
    private static final int BROKER = HubIT.freePort();
    private static QueueClient queues;

    @Autowired
    HubProperties props;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry r) {
        HubIT.register(r, SMTP, IMAP, BROKER, HubIT.tempDir());
    }

    @AfterAll
    static void close() {
        if (queues != null) {
            queues.close();
        }
    }

    @Test
    void stockportsDirectoryAndHoursAreLoadedInsteadOfOxfordshires() {
        assertThat(props.directory().teams()).containsKeys("housing-options", "stockport-family", "mash")
                .doesNotContainKey("brokerage");
        assertThat(props.outOfHours().inHoursTeam()).isEqualTo("mash");
        assertThat(props.alerts().emergencyReferralTeam()).isEqualTo("housing-options");
    }

    @Test
    void aMashReferralFromAHousingOptionsOfficerIsRoutedToTheMash() throws Exception {
        queues = queues == null ? new QueueClient("tcp://127.0.0.1:" + BROKER) : queues;
        MailClient mail = new MailClient("127.0.0.1", SMTP, IMAP);
        String eml = Fixtures.fresh(Fixtures.mail("mash-referral-docx.eml"))
                .replace("p.venn@housing.council.test", "p.venn@shg.stockport.test");
        String ref = Reference.of(MailReader.dedupKey(eml.getBytes(StandardCharsets.ISO_8859_1)));
        mail.send(eml, "intake@ypsa.test");

        QueueClient.Received r = queues.take("mash.referrals", ref, 30_000);
        assertThat(r).isNotNull();
        assertThat(new ObjectMapper().readTree(r.text()).path("fields").path("homelessOrThreatened").asText())
                .isEqualTo("homeless");
    }
}
