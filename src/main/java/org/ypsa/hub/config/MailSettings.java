package org.ypsa.hub.config;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The mailboxes the hub reads ("hub.mail" in config/application.yml and config/mailboxes.yml). {@code imap} holds
 * the defaults every mailbox shares (server, push and poll timing) and, when no list is given, the one mailbox.
 * Read at start-up: a change takes effect when the hub is restarted.
 */
@Validated
@ConfigurationProperties("hub.mail")
public record MailSettings(@NotNull @Valid Imap imap, List<@Valid MailboxEntry> mailboxes) {

    public MailSettings {
        mailboxes = mailboxes == null ? List.of() : List.copyOf(mailboxes);
    }

    /** The addresses of the mailboxes the hub reads: those listed, or else the one of hub.mail.imap. */
    public java.util.Set<String> readAddresses() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        if (mailboxes.isEmpty()) {
            out.add(imap.username().trim().toLowerCase(java.util.Locale.ROOT));
        }
        mailboxes.forEach(m -> out.add(m.address().trim().toLowerCase(java.util.Locale.ROOT)));
        return out;
    }

    /** The single mailbox of a simple install, and the defaults of every listed mailbox. */
    public record Imap(@NotBlank @Pattern(regexp = "imaps?") String protocol, @NotBlank String host,
            @Min(1) @Max(65535) int port, @NotBlank String username, @NotBlank String folder,
            @NotBlank String doneFolder, @Positive long pollDelayMs, @NotNull @Valid Push push,
            @Positive int maxMessagesPerPoll) {
    }

    /** IMAP IDLE: re-issued every {@code reissue}; polled every {@code safetyPoll} while live. */
    public record Push(boolean enabled, @NotNull Duration reissue, @NotNull Duration safetyPoll,
            @NotNull Duration maxBackoff) {
    }

    /**
     * One mailbox as an admin lists it. Only {@code id} and {@code address} are needed: the server, protocol and
     * folders default to {@code hub.mail.imap}'s, the login to a password in the environment variable
     * HUB_MAILBOX_&lt;ID&gt;_PASSWORD (other logins: {@link org.ypsa.hub.config.LoginSettings}). {@code expects} names the forms usually sent here: a hint for the audit
     * trail, never a rule (a form is recognised from its content wherever it arrives).
     */
    public record MailboxEntry(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,30}") String id,
            @NotBlank @jakarta.validation.constraints.Email String address, @Pattern(regexp = "imaps?") String protocol,
            String host, @Min(1) @Max(65535) Integer port, org.ypsa.hub.config.LoginSettings login, String folder, String doneFolder,
            List<String> expects) {
    }
}
