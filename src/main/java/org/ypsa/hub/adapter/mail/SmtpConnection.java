package org.ypsa.hub.adapter.mail;

import java.util.Properties;

import org.apache.camel.component.mail.MailAuthenticator;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.ypsa.hub.adapter.mail.login.MailCredentials;
import org.ypsa.hub.adapter.mail.login.MailLogins;
import org.ypsa.hub.config.LoginSettings;
import org.ypsa.hub.config.SmtpSettings;

/**
 * How the outbox logs in to SMTP: {@code hub.mail.smtp.login} (any login kind, as a mailbox's; XOAUTH2 for
 * Microsoft 365 and Google), or else the password in {@code hub.mail.smtp.password} (HUB_SMTP_PASSWORD). Also the
 * Jakarta Mail settings of the outbox's session (SmtpSender): STARTTLS, certificate checks, time-outs.
 */
@Configuration(proxyBeanMethods = false)
public class SmtpConnection {

    @Bean
    MailCredentials smtpCredentials(Environment env, SmtpSettings smtp) {
        String username = smtp.username() == null ? "" : smtp.username();
        LoginSettings settings = Binder.get(env).bind("hub.mail.smtp.login", LoginSettings.class)
                .orElse(LoginSettings.password(username, "hub.mail.smtp.password"));
        if (settings.username() == null) {
            settings = new LoginSettings(settings.kind(), username, settings.passwordEnv(), settings.tenant(),
                    settings.clientId(), settings.clientSecretEnv(), settings.certificateFileEnv(),
                    settings.certificatePasswordEnv(), settings.keyFileEnv(), settings.scope(), settings.authority(),
                    settings.tokenUri());
        }
        return new MailLogins(env::getProperty).open(settings);
    }

    /** Asked on every connect: a token is fetched or refreshed; a refused login fails that send, which is retried. */
    @Bean
    MailAuthenticator smtpLogin(MailCredentials smtpCredentials) {
        return Mailboxes.authenticator(smtpCredentials);
    }

    @Bean
    Properties smtpJavaMailProperties(SmtpSettings smtp, MailCredentials smtpCredentials) {
        String protocol = smtp.protocol();
        Properties p = new Properties();
        if (smtp.starttls()) {
            p.setProperty("mail.smtp.starttls.enable", "true");
            p.setProperty("mail.smtp.starttls.required", "true");
            p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        p.setProperty("mail.smtps.ssl.checkserveridentity", "true");
        p.setProperty("mail." + protocol + ".connectiontimeout", "30000");
        p.setProperty("mail." + protocol + ".timeout", "60000");
        p.setProperty("mail." + protocol + ".writetimeout", "60000");
        p.putAll(smtpCredentials.javaMailProperties(protocol));
        return p;
    }
}
