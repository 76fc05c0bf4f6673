package org.ypsa.hub.adapter.mail.login;

/** Fetches a new access token from a provider's token service, bypassing any cache of the provider's library. */
interface TokenIssuer {

    /** @throws LoginRefused when no token can be had now, with a reason safe to log */
    AccessToken issue();

    /** Forgets the client built from the secret, so the next issue reads the secret again (it may have been fixed). */
    void reset();
}
