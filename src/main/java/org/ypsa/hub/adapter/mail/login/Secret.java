package org.ypsa.hub.adapter.mail.login;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * A secret known by the environment variable it comes from. The value is read when a login needs it, so a
 * rotated secret file is picked up at the next connect; {@link #toString()} names the variable only.
 * A variable {@code NAME} may instead be given as {@code NAME_FILE}, the path of a file holding the secret
 * (the convention of container secrets).
 */
public record Secret(String variable, Function<String, String> environment) {

    public Secret {
        if (variable == null || variable.isBlank()) {
            throw new IllegalArgumentException("a secret needs the name of an environment variable");
        }
    }

    /** The secret's value, trimmed of a trailing newline a file may have. */
    public String reveal() {
        String value = environment.apply(variable);
        if (value != null && !value.isEmpty()) {
            return value;
        }
        String file = environment.apply(variable + "_FILE");
        if (file == null || file.isBlank()) {
            throw new LoginRefused(LoginRefused.Reason.SECRET_MISSING,
                    "environment variable " + variable + " (or " + variable + "_FILE) is not set");
        }
        try {
            String text = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                throw new LoginRefused(LoginRefused.Reason.SECRET_MISSING,
                        "the file named by " + variable + "_FILE is empty");
            }
            return text;
        } catch (IOException e) {
            throw new LoginRefused(LoginRefused.Reason.SECRET_UNREADABLE,
                    "the file named by " + variable + "_FILE cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    @Override
    public String toString() {
        return "secret from $" + variable;
    }
}
