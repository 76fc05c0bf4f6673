package org.ypsa.hub.adapter.mail.login;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/** A file holding key material (a certificate, a service-account key), its path named by an environment variable. */
public record SecretFile(String variable, Function<String, String> environment) {

    public SecretFile {
        if (variable == null || variable.isBlank()) {
            throw new IllegalArgumentException("a secret file needs the name of an environment variable");
        }
    }

    public Path path() {
        String value = environment.apply(variable);
        if (value == null || value.isBlank()) {
            throw new LoginRefused(LoginRefused.Reason.SECRET_MISSING, "environment variable " + variable + " is not set");
        }
        return Path.of(value.strip());
    }

    public byte[] read() {
        Path path = path();
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new LoginRefused(LoginRefused.Reason.SECRET_UNREADABLE,
                    "the file named by " + variable + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    @Override
    public String toString() {
        return "file named by $" + variable;
    }
}
