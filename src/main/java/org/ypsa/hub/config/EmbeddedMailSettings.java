package org.ypsa.hub.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The demo's mail server ("hub.embedded-mail" in config/application.yml): on by default, off in production
 * (HUB_EMBEDDED_MAIL=false). {@code password} is the one documented password of every demo mailbox (README).
 */
@Validated
@ConfigurationProperties("hub.embedded-mail")
public record EmbeddedMailSettings(boolean enabled, @DefaultValue("127.0.0.1") @NotBlank String host,
        @DefaultValue("3025") @Min(1) @Max(65535) int smtpPort, @DefaultValue("3143") @Min(1) @Max(65535) int imapPort,
        String password) {
}
