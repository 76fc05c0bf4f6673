package org.ypsa.hub.adapter.mail.login;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.IClientCertificate;

/** Reads an app registration's certificate and private key from a PKCS12 or a PEM file. */
final class ClientCertificates {
    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

    private ClientCertificates() {
    }

    static IClientCertificate load(MailLogin.Certificate c) {
        byte[] bytes = c.file().read();
        String origin = c.file().variable();
        try {
            String text = new String(bytes, StandardCharsets.US_ASCII);
            if (text.contains("-----BEGIN ")) {
                return pem(text, origin);
            }
            return pkcs12(bytes, c.password().map(Secret::reveal).orElse(""), origin);
        } catch (GeneralSecurityException | java.io.IOException e) {
            // the exception's text may describe the key; its type is enough for an admin
            throw new LoginRefused(LoginRefused.Reason.SECRET_UNREADABLE, "the certificate file named by " + origin
                    + " cannot be used (" + e.getClass().getSimpleName() + "): wrong password or not a certificate");
        }
    }

    private static IClientCertificate pkcs12(byte[] bytes, String password, String origin)
            throws GeneralSecurityException, java.io.IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(bytes), password.toCharArray());
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                PrivateKey key = (PrivateKey) store.getKey(alias, password.toCharArray());
                List<X509Certificate> chain = new ArrayList<>();
                for (java.security.cert.Certificate cert : store.getCertificateChain(alias)) {
                    chain.add((X509Certificate) cert);
                }
                return ClientCredentialFactory.createFromCertificateChain(key, chain);
            }
        }
        throw new LoginRefused(LoginRefused.Reason.SECRET_UNREADABLE,
                "the PKCS12 file named by " + origin + " holds no private key");
    }

    private static IClientCertificate pem(String text, String origin) throws GeneralSecurityException {
        PrivateKey key = null;
        List<X509Certificate> chain = new ArrayList<>();
        CertificateFactory certificates = CertificateFactory.getInstance("X.509");
        Matcher m = PEM.matcher(text);
        while (m.find()) {
            byte[] der = Base64.getMimeDecoder().decode(m.group(2));
            switch (m.group(1)) {
                case "PRIVATE KEY" -> key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
                case "CERTIFICATE" -> chain.add(
                        (X509Certificate) certificates.generateCertificate(new ByteArrayInputStream(der)));
                case "RSA PRIVATE KEY", "ENCRYPTED PRIVATE KEY" -> throw new LoginRefused(
                        LoginRefused.Reason.SECRET_UNREADABLE, "the PEM file named by " + origin
                                + " has a PKCS#1 or encrypted key; convert it with: openssl pkcs8 -topk8 -nocrypt");
                default -> {
                    // other blocks (parameters, CSR) carry nothing MSAL needs
                }
            }
        }
        if (key == null || chain.isEmpty()) {
            throw new LoginRefused(LoginRefused.Reason.SECRET_UNREADABLE,
                    "the PEM file named by " + origin + " needs both a PRIVATE KEY and a CERTIFICATE block");
        }
        return ClientCredentialFactory.createFromCertificateChain(key, chain);
    }
}
