package org.ypsa.hub.web;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.ypsa.hub.adapter.store.AuditLog;
import org.ypsa.hub.adapter.store.EventStore;
import org.ypsa.hub.config.HubProperties;

/**
 * The read model's database (H2 in the store folder unless hub.web.database.url names another, PostgreSQL in
 * production), fed by the audit trail as it is written; and GOV.UK Frontend's fonts and images where its CSS
 * looks for them (/assets).
 */
@Configuration(proxyBeanMethods = false)
public class WebBeans implements WebMvcConfigurer {
    private static final Logger LOG = LoggerFactory.getLogger(WebBeans.class);
    static final String GOVUK = "classpath:/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/";

    @Bean
    DataSource readModelDataSource(WebProperties web, HubProperties hub) {
        HikariDataSource ds = new HikariDataSource();
        WebProperties.Database db = web.database();
        if (db.url().isBlank()) {
            ds.setJdbcUrl("jdbc:h2:file:" + hub.store().dir().toAbsolutePath().resolve("web").resolve("read-model"));
            ds.setUsername("sa");
        } else {
            ds.setJdbcUrl(db.url());
            ds.setUsername(db.username());
            ds.setPassword(db.password());
        }
        ds.setPoolName("read-model");
        ds.setConnectionTimeout(5_000);
        ds.setMaximumPoolSize(4);
        return ds;
    }

    @Bean
    EventStore eventStore(DataSource readModelDataSource, ObjectMapper hubJson, AuditLog audit) {
        EventStore store = new EventStore(new JdbcTemplate(readModelDataSource), hubJson);
        audit.listen(store::feed);
        return store;
    }

    /** A new or emptied read model is filled from the trail on disk once the hub is up. */
    @EventListener(ApplicationReadyEvent.class)
    public void fillWhenEmpty(ApplicationReadyEvent ready) {
        EventStore store = ready.getApplicationContext().getBean(EventStore.class);
        if (store.count() == 0) {
            int n = store.rebuild(ready.getApplicationContext().getBean(AuditLog.class));
            LOG.info("The web pages' read model was filled from the audit trail: {} events", n);
        }
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**").addResourceLocations(GOVUK + "assets/");
    }
}
