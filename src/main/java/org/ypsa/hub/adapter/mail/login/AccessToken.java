package org.ypsa.hub.adapter.mail.login;

import java.time.Instant;

/** An OAuth2 access token and when it lapses; its value never appears in {@link #toString()}. */
record AccessToken(String value, Instant expiresAt) {

    boolean usableAt(Instant now, java.time.Duration margin) {
        return now.plus(margin).isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "access token expiring " + expiresAt;
    }
}
