package org.ypsa.hub.adapter.mail.login;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import com.google.api.client.http.HttpResponseException;
import com.google.auth.oauth2.ServiceAccountCredentials;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/** Google Workspace tokens: a service account's signed assertion, acting as the mailbox by domain-wide delegation. */
final class GoogleTokenIssuer implements TokenIssuer {
    private final MailLogin.GoogleOAuth2 login;
    private ServiceAccountCredentials credentials;

    GoogleTokenIssuer(MailLogin.GoogleOAuth2 login) {
        this.login = login;
    }

    @Override
    public synchronized AccessToken issue() {
        ServiceAccountCredentials delegated = credentials();
        try {
            // a new token every call: our own cache decided one is due
            com.google.auth.oauth2.AccessToken token = delegated.refreshAccessToken();
            if (token.getExpirationTime() == null) {
                throw new LoginRefused(LoginRefused.Reason.TOKEN_SERVICE_UNAVAILABLE,
                        "Google token service: a token without an expiry time");
            }
            return new AccessToken(token.getTokenValue(), token.getExpirationTime().toInstant());
        } catch (IOException e) {
            throw refused(e);
        }
    }

    @Override
    public synchronized void reset() {
        credentials = null;
    }

    private ServiceAccountCredentials credentials() {
        if (credentials == null) {
            ServiceAccountCredentials key;
            try {
                key = ServiceAccountCredentials.fromStream(new ByteArrayInputStream(login.keyFile().read()));
            } catch (IOException | RuntimeException e) {
                if (e instanceof LoginRefused r) {
                    throw r;
                }
                throw new LoginRefused(LoginRefused.Reason.SECRET_UNREADABLE, "the file named by "
                        + login.keyFile().variable() + " is not a service account's JSON key");
            }
            ServiceAccountCredentials.Builder builder = key.toBuilder()
                    .setServiceAccountUser(login.username())
                    .setScopes(List.of(login.scope()))
                    // callers back off; no retry hidden here
                    .setDefaultRetriesEnabled(false);
            login.tokenUri().ifPresent(builder::setTokenServerUri);
            credentials = builder.build();
        }
        return credentials;
    }

    private static LoginRefused refused(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpResponseException http) {
                String code = errorCode(http.getContent());
                if (code == null && http.getStatusCode() == 401) {
                    // the JDK transport drops a 401's body; Google answers 401 unauthorized_client to a
                    // service account not delegated for this mailbox and scope
                    return new LoginRefused(LoginRefused.Reason.NOT_AUTHORISED, "Google token service answered"
                            + " HTTP 401: is domain-wide delegation granted for this scope and mailbox?");
                }
                return OAuthErrors.refused("Google token service", http.getStatusCode(), code,
                        null);
            }
        }
        return new LoginRefused(LoginRefused.Reason.TOKEN_SERVICE_UNAVAILABLE,
                "Google token service: " + e.getClass().getSimpleName());
    }

    private static String errorCode(String body) {
        try {
            JsonElement json = JsonParser.parseString(body == null ? "" : body);
            if (json.isJsonObject() && json.getAsJsonObject().has("error")
                    && json.getAsJsonObject().get("error").isJsonPrimitive()) {
                return json.getAsJsonObject().get("error").getAsString();
            }
        } catch (RuntimeException e) {
            // not JSON: the status code alone says enough
        }
        return null;
    }
}
