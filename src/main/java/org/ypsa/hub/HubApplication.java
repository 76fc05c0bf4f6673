package org.ypsa.hub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** YPSA Hub: polls the partnership's mailboxes, validates each form and routes it to its team's queue. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HubApplication {
    public static void main(String[] args) {
        SpringApplication.run(HubApplication.class, args);
    }
}
