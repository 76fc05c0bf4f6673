package org.ypsa.hub.adapter.mail.login;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import javax.net.ssl.SSLSocketFactory;

/**
 * How tokens are kept and fetched.
 *
 * @param clock the time tokens are judged by
 * @param refreshMargin a token this close to its expiry is replaced before it is handed out, so a connection
 *        never starts with a token about to lapse
 * @param timeout the longest wait for the token service
 * @param tls the trust used to reach Microsoft's identity platform, when not the JVM's (a test's own authority)
 */
public record TokenOptions(Clock clock, Duration refreshMargin, Duration timeout, Optional<SSLSocketFactory> tls) {

    public static final Duration DEFAULT_REFRESH_MARGIN = Duration.ofMinutes(5);

    public static TokenOptions defaults() {
        return new TokenOptions(Clock.systemUTC(), DEFAULT_REFRESH_MARGIN, Duration.ofSeconds(30), Optional.empty());
    }

    public TokenOptions withClock(Clock c) {
        return new TokenOptions(c, refreshMargin, timeout, tls);
    }

    public TokenOptions withRefreshMargin(Duration m) {
        return new TokenOptions(clock, m, timeout, tls);
    }

    public TokenOptions withTls(SSLSocketFactory factory) {
        return new TokenOptions(clock, refreshMargin, timeout, Optional.of(factory));
    }
}
