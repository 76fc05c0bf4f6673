package org.ypsa.hub.config;

import java.util.Properties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Jakarta Mail settings the endpoint URIs cannot carry: STARTTLS and certificate checks. */
@Configuration(proxyBeanMethods = false)
public class MailConfig {

    /**
     * The intake mailbox: a mail is fetched in pieces of 1 MB, not Jakarta Mail's 16 KB (a 2 MB attachment took
     * 170 round trips); the hub checks a mail's size before it fetches it, so this bounds nothing it needs.
     */
    @Bean
    Properties imapJavaMailProperties() {
        Properties p = new Properties();
        for (String proto : new String[] {"imap", "imaps"}) {
            p.setProperty("mail." + proto + ".fetchsize", String.valueOf(1024 * 1024));
            p.setProperty("mail." + proto + ".ssl.checkserveridentity", "true");
        }
        return p;
    }

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
