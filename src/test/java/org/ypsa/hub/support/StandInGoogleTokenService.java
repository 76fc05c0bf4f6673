package org.ypsa.hub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpServer;

/**
 * Google's OAuth2 token endpoint for a service account's JWT bearer grant: it checks the assertion's RS256
 * signature against the service account's key, the scope, and that the account may act as the mailbox it names
 * (domain-wide delegation). It writes the service account's JSON key file, with its token_uri pointing here.
 */
public final class StandInGoogleTokenService extends StandInTokenService {
    public static final String SCOPE = "https://mail.google.com/";
    static final String GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token";
    public static final String SERVICE_ACCOUNT = "ypsa-hub@council-test.iam.gserviceaccount.com";
    private final KeyPair key;
    private final Set<String> delegatedMailboxes;

    private StandInGoogleTokenService(HttpServer server, KeyPair key, Set<String> delegatedMailboxes) {
        super(server, "/token");
        this.key = key;
        this.delegatedMailboxes = delegatedMailboxes;
    }

    /** A service account allowed to act as these mailboxes. */
    public static StandInGoogleTokenService delegatedTo(Set<String> mailboxes) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new StandInGoogleTokenService(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0),
                    generator.generateKeyPair(), mailboxes);
        } catch (IOException e) {
            throw unchecked(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String tokenUri() {
        return baseUri() + "token";
    }

    /** The service account's JSON key file, as the Google Cloud console downloads it. */
    public Path writeKeyFile(Path dir) {
        JsonObject json = new JsonObject();
        json.addProperty("type", "service_account");
        json.addProperty("project_id", "council-test");
        json.addProperty("private_key_id", "stand-in-key-1");
        json.addProperty("private_key", "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(key.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        json.addProperty("client_email", SERVICE_ACCOUNT);
        json.addProperty("client_id", "100000000000000000001");
        json.addProperty("token_uri", tokenUri());
        try {
            Path file = dir.resolve("service-account.json");
            Files.writeString(file, json.toString(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected Answer check(String path, Map<String, String> form, boolean revoked) {
        if (!"urn:ietf:params:oauth:grant-type:jwt-bearer".equals(form.get("grant_type"))) {
            return new Refusal(400, "unsupported_grant_type", "Invalid grant_type.");
        }
        String[] parts = String.valueOf(form.get("assertion")).split("\\.");
        if (revoked || parts.length != 3 || !signed(parts)) {
            return new Refusal(400, "invalid_grant", "Invalid JWT Signature.");
        }
        JsonObject claims = JsonParser.parseString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)).getAsJsonObject();
        // the library signs for Google's own token endpoint, wherever it sends the assertion
        if (!SERVICE_ACCOUNT.equals(text(claims, "iss"))
                || !Set.of(GOOGLE_TOKEN_URI, tokenUri()).contains(text(claims, "aud"))) {
            return new Refusal(400, "invalid_grant", "Invalid JWT: issuer or audience.");
        }
        if (!SCOPE.equals(text(claims, "scope")) || !delegatedMailboxes.contains(text(claims, "sub"))) {
            return new Refusal(401, "unauthorized_client",
                    "Client is unauthorized to retrieve access tokens using this method.");
        }
        return new Grant();
    }

    private boolean signed(String[] parts) {
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(key.getPublic());
            verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return verifier.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (Exception e) {
            return false;
        }
    }

    private static String text(JsonObject o, String name) {
        return o.has(name) && o.get(name).isJsonPrimitive() ? o.get(name).getAsString() : null;
    }
}
