package org.ypsa.hub.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The mail server the outbox sends through ("hub.mail.smtp" in config/application.yml): smtp (with STARTTLS when
 * {@code starttls}) or smtps. The login is {@code hub.mail.smtp.login}, or else {@code username} with the password
 * from HUB_SMTP_PASSWORD (SmtpConnection). Read at start-up.
 */
@Validated
@ConfigurationProperties("hub.mail.smtp")
public record SmtpSettings(@NotBlank @Pattern(regexp = "smtps?") String protocol, @NotBlank String host,
        @Min(1) @Max(65535) int port, String username, boolean starttls) {

    public SmtpSettings {
        username = username == null || username.isBlank() ? null : username;
    }
}
