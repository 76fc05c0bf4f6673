package org.ypsa.hub.intake;

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
}
