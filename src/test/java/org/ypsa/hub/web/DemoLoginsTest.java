package org.ypsa.hub.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's logins, whose passwords README publishes, sign in only in the demo. */
class DemoLoginsTest {
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final List<WebProperties.User> users = List.of(
            new WebProperties.User("duty", bcrypt.encode("duty-demo"), "brokerage@ypsa.test", List.of("duty")),
            new WebProperties.User("admin", bcrypt.encode("admin-demo"), "admin@ypsa.test", List.of("admin")),
            new WebProperties.User("j.duty", bcrypt.encode("a long passphrase of her own"), "j.duty@council.test",
                    List.of("duty")));

    @Test
    void inTheDemoEveryLocalLoginSignsIn() {
        assertThat(WebSecurity.usable(users, true, bcrypt)).hasSize(3);
    }

    @Test
    void outsideTheDemoALoginWithAPublishedDemoPasswordIsSwitchedOff() {
        assertThat(WebSecurity.usable(users, false, bcrypt)).extracting(WebProperties.User::username)
                .containsExactly("j.duty");
    }
}
