package org.ypsa.hub.adapter.mail.login;

import java.net.MalformedURLException;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.IClientCredential;
import com.microsoft.aad.msal4j.MsalException;
import com.microsoft.aad.msal4j.MsalServiceException;

/** Entra ID client-credentials tokens through MSAL. */
final class MicrosoftTokenIssuer implements TokenIssuer {
    private final MailLogin.MicrosoftOAuth2 login;
    private final TokenOptions options;
    private ConfidentialClientApplication app;

    MicrosoftTokenIssuer(MailLogin.MicrosoftOAuth2 login, TokenOptions options) {
        this.login = login;
        this.options = options;
    }

    @Override
    public synchronized AccessToken issue() {
        ConfidentialClientApplication client = app();
        // skipCache: our own cache decided a new token is due; MSAL's would hand back the one we hold
        ClientCredentialParameters parameters = ClientCredentialParameters.builder(Set.of(login.scope()))
                .skipCache(true).build();
        try {
            IAuthenticationResult result = client.acquireToken(parameters)
                    .get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
            return new AccessToken(result.accessToken(), result.expiresOnDate().toInstant());
        } catch (ExecutionException e) {
            throw refused(e.getCause());
        } catch (TimeoutException e) {
            throw new LoginRefused(LoginRefused.Reason.TOKEN_SERVICE_UNAVAILABLE,
                    "Microsoft identity platform did not answer within " + options.timeout().toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoginRefused(LoginRefused.Reason.TOKEN_SERVICE_UNAVAILABLE, "interrupted");
        } catch (MsalException e) {
            throw refused(e);
        }
    }

    @Override
    public synchronized void reset() {
        app = null;
    }

    private LoginRefused refused(Throwable cause) {
        if (cause instanceof LoginRefused r) {
            return r;
        }
        if (cause instanceof MsalServiceException e) {
            return OAuthErrors.refused("Microsoft identity platform", e.statusCode(), e.errorCode(), e.getMessage());
        }
        if (cause instanceof MsalException e) {
            return OAuthErrors.refused("Microsoft identity platform", null, null, e.getMessage());
        }
        return new LoginRefused(LoginRefused.Reason.TOKEN_SERVICE_UNAVAILABLE,
                "Microsoft identity platform: " + (cause == null ? "no answer" : cause.getClass().getSimpleName()));
    }

    private ConfidentialClientApplication app() {
        if (app == null) {
            IClientCredential credential = login.proof() instanceof MailLogin.ClientSecret s
                    ? ClientCredentialFactory.createFromSecret(s.secret().reveal())
                    : ClientCertificates.load((MailLogin.Certificate) login.proof());
            try {
                ConfidentialClientApplication.Builder builder = ConfidentialClientApplication
                        .builder(login.clientId(), credential)
                        .authority(login.tenantAuthority())
                        // instance discovery knows only Microsoft's clouds, not an authority of our own
                        .instanceDiscovery(login.isMicrosoftCloud())
                        .connectTimeoutForDefaultHttpClient((int) options.timeout().toMillis())
                        .readTimeoutForDefaultHttpClient((int) options.timeout().toMillis());
                options.tls().ifPresent(builder::sslSocketFactory);
                // callers back off; no retry hidden here
                builder.disableInternalRetries();
                app = builder.build();
            } catch (MalformedURLException e) {
                throw new LoginRefused(LoginRefused.Reason.SETTINGS_REJECTED, "the authority is not a valid URL");
            }
        }
        return app;
    }
}
