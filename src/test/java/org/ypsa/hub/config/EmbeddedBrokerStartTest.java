package org.ypsa.hub.config;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.ypsa.hub.HubApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class EmbeddedBrokerStartTest {

    @TempDir
    Path data;

    @Test
    void aHubWhoseEmbeddedBrokerCannotListenStopsWithTheReasonInsteadOfRunningWithoutIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            String acceptor = "tcp://127.0.0.1:" + taken.getLocalPort() + "?protocols=CORE";
            Throwable t = catchThrowable(() -> new SpringApplication(HubApplication.class).run(
                    "--hub.broker.embedded.acceptors[0]=" + acceptor, "--HUB_DATA_DIR=" + data,
                    "--hub.embedded-mail.enabled=false", "--camel.main.run-controller=false", "--server.port=0",
                    "--spring.main.banner-mode=off"));
            assertThat(t).as("the hub refused to start").isNotNull();
            StringBuilder all = new StringBuilder();
            for (Throwable c = t; c != null; c = c.getCause()) {
                all.append(c.getMessage()).append('\n');
            }
            assertThat(all.toString()).contains("The embedded broker did not start").contains(acceptor);
        }
    }
}
