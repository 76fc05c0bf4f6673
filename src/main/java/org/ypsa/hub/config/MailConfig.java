package org.ypsa.hub.config;

import java.util.Properties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Jakarta Mail settings the SMTP endpoint URI cannot carry: STARTTLS and certificate checks (the mailboxes': {@code Mailboxes}). */
@Configuration(proxyBeanMethods = false)
public class MailConfig {

    @Bean
    Properties smtpJavaMailProperties(@Value("${hub.mail.smtp.starttls}") boolean starttls) {
        Properties p = new Properties();
        if (starttls) {
            p.setProperty("mail.smtp.starttls.enable", "true");
            p.setProperty("mail.smtp.starttls.required", "true");
            p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        p.setProperty("mail.smtps.ssl.checkserveridentity", "true");
        p.setProperty("mail.smtp.connectiontimeout", "30000");
        p.setProperty("mail.smtp.timeout", "60000");
        return p;
    }
}
