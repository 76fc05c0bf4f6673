package org.ypsa.hub.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * Microsoft Entra ID's token endpoint as MSAL sees it for client credentials ({@code /<tenant>/oauth2/v2.0/token}
 * over HTTPS), for one tenant and one app registration proving itself with a client secret or a certificate.
 * Errors carry Entra's error codes and AADSTS numbers.
 */
public final class StandInEntraId extends StandInTokenService {
    public static final String SCOPE = "https://outlook.office365.com/.default";
    private final TestKeys tls;
    private final String tenant;
    private final String clientId;
    private final Optional<String> secret;
    private final Optional<PublicKey> certificateKey;

    private StandInEntraId(HttpsServer server, TestKeys tls, String tenant, String clientId, Optional<String> secret,
            Optional<PublicKey> certificateKey) {
        super(server, "/");
        this.tls = tls;
        this.tenant = tenant;
        this.clientId = clientId;
        this.secret = secret;
        this.certificateKey = certificateKey;
    }

    public static StandInEntraId withSecret(TestKeys tls, String tenant, String clientId, String secret) {
        return new StandInEntraId(server(tls), tls, tenant, clientId, Optional.of(secret), Optional.empty());
    }

    public static StandInEntraId withCertificate(TestKeys tls, String tenant, String clientId, TestKeys appCertificate) {
        return new StandInEntraId(server(tls), tls, tenant, clientId, Optional.empty(),
                Optional.of(appCertificate.certificate().getPublicKey()));
    }

    private static HttpsServer server(TestKeys tls) {
        try {
            HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(tls.serverContext()));
            return server;
        } catch (IOException e) {
            throw unchecked(e);
        }
    }

    /** TLS trust for MSAL to reach this stand-in. */
    public javax.net.ssl.SSLSocketFactory trust() {
        return tls.trustingClient();
    }

    @Override
    protected Answer check(String path, Map<String, String> form, boolean revoked) {
        if (!path.equals("/" + tenant + "/oauth2/v2.0/token")) {
            return new Refusal(400, "invalid_request", "AADSTS90002: Tenant not found.");
        }
        if (!"client_credentials".equals(form.get("grant_type"))) {
            return new Refusal(400, "unsupported_grant_type", "AADSTS70003: unsupported grant type.");
        }
        if (!clientId.equals(form.get("client_id"))) {
            return new Refusal(400, "unauthorized_client", "AADSTS700016: Application not found in the directory.");
        }
        // MSAL adds the OpenID scopes to the one asked for
        if (!java.util.List.of(String.valueOf(form.get("scope")).split(" ")).contains(SCOPE)) {
            return new Refusal(400, "invalid_scope", "AADSTS70011: The provided scope is not valid.");
        }
        if (secret.isPresent()) {
            if (revoked) {
                return new Refusal(401, "invalid_client", "AADSTS7000222: The provided client secret keys are expired.");
            }
            if (!secret.get().equals(form.get("client_secret"))) {
                return new Refusal(401, "invalid_client", "AADSTS7000215: Invalid client secret provided.");
            }
            return new Grant();
        }
        if (revoked || !assertionSignedBy(form.get("client_assertion"), certificateKey.orElseThrow())) {
            return new Refusal(401, "invalid_client", "AADSTS700027: The certificate with identifier used to sign"
                    + " the client assertion is not registered on application.");
        }
        return new Grant();
    }

    private static boolean assertionSignedBy(String jwt, PublicKey key) {
        if (jwt == null) {
            return false;
        }
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            return false;
        }
        try {
            String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
            Signature verifier;
            if (header.contains("\"PS256\"")) {
                verifier = Signature.getInstance("RSASSA-PSS");
                verifier.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
            } else {
                verifier = Signature.getInstance("SHA256withRSA");
            }
            verifier.initVerify(key);
            verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return verifier.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (Exception e) {
            return false;
        }
    }
}
