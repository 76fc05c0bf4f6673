package org.ypsa.hub;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.ypsa.hub.support.Fixtures;
import org.ypsa.hub.support.HubIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Admins see health (mail servers, broker) and per-form metrics in Prometheus format. */
class MonitoringIT extends HubIT {

    @LocalServerPort
    int port;

    private String get(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
        return r.body();
    }

    @Test
    void healthShowsTheMailServersAndTheBrokerUp() throws Exception {
        JsonNode health = JSON.readTree(get("/actuator/health"));
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("mail").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("jms").path("status").asText()).isEqualTo("UP");
    }

    @Test
    void prometheusCountsFormsByTypeAndOutcome() throws Exception {
        String eml = Fixtures.fresh(Fixtures.mail("void-xlsx-stonewater-broken.eml"));
        mail.send(eml, INTAKE);
        take("hub.rejected", referenceOf(eml));

        await().atMost(Duration.ofSeconds(10)).until(() -> get("/actuator/prometheus")
                .contains("hub_forms_total{form_type=\"void-return\",outcome=\"rejected\"}"));
    }

    @Test
    void prometheusShowsQueueDepthsAndPendingClocks() throws Exception {
        String eml = Fixtures.fresh(Fixtures.mail("referral-emergency-docx.eml"));
        mail.send(eml, INTAKE);
        take("brokerage.referrals", referenceOf(eml));
        String metrics = get("/actuator/prometheus");
        // the emergency referral's escalation waits on the clocks queue
        java.util.regex.Matcher pending = java.util.regex.Pattern.compile("(?m)^hub_clocks_pending\\S* (\\S+)$")
                .matcher(metrics);
        assertThat(pending.find()).as("hub_clocks_pending").isTrue();
        assertThat(Double.parseDouble(pending.group(1))).isGreaterThanOrEqualTo(1);
        java.util.regex.Matcher depth = java.util.regex.Pattern
                .compile("(?m)^hub_queue_depth\\{queue=\"hub.clocks\"\\} (\\S+)$").matcher(metrics);
        assertThat(depth.find()).as("hub_queue_depth of hub.clocks").isTrue();
        assertThat(Double.parseDouble(depth.group(1))).isGreaterThanOrEqualTo(1);
        assertThat(metrics).contains("hub_queue_depth{queue=\"DLQ.brokerage.voids\"}");
    }
}
