package org.ypsa.faults;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.Exchange;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.ypsa.hub.HubApplication;
import org.ypsa.hub.adapter.mail.IntakeSteps;
import org.ypsa.hub.adapter.jms.ClockStore;
import org.ypsa.hub.adapter.store.AuditLog;
import org.ypsa.hub.adapter.mail.DecisionJournal;
import jakarta.jms.ConnectionFactory;

/**
 * The hub with one fault added, for crash tests run in a separate JVM: with hub.fault.halt-after-outcomes=N
 * the JVM halts (no shutdown hooks, as a power cut or kill -9) once the N-th mail's messages are committed on
 * the broker, before the mail is moved out of the inbox. With hub.fault.clock-file=F the
 * hub's clock reads the instant written in F (ISO-8601), so a test moves time across restarts. Lives outside the hub's
 * packages so no other test context picks it up.
 */
public final class FaultyHub {
    private FaultyHub() {
    }

    public static void main(String[] args) {
        new SpringApplication(HubApplication.class, Faults.class).run(args);
    }

    /** The time written in a file, read at every call: a test moves it while the hub is down or running. */
    static final class FileClock extends java.time.Clock {
        private final java.nio.file.Path file;

        FileClock(java.nio.file.Path file) {
            this.file = file;
        }

        @Override
        public java.time.Instant instant() {
            try {
                return java.time.Instant.parse(java.nio.file.Files.readString(file).strip());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Faults {
        @Bean
        static BeanPostProcessor clockFromFile(Environment env) {
            String file = env.getProperty("hub.fault.clock-file");
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return file != null && bean instanceof java.time.Clock ? new FileClock(java.nio.file.Path.of(file))
                            : bean;
                }
            };
        }

        @Bean
        static BeanPostProcessor haltAfterOutcome(BeanFactory beans, Environment env) {
            int after = env.getProperty("hub.fault.halt-after-outcomes", Integer.class, 0);
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (after <= 0 || !(bean instanceof IntakeSteps)) {
                        return bean;
                    }
                    AtomicInteger outcomes = new AtomicInteger();
                    return new IntakeSteps(beans.getBean(AuditLog.class), beans.getBean(ClockStore.class),
                            beans.getBean(DecisionJournal.class), beans.getBean(ConnectionFactory.class)) {
                        @Override
                        public void dispatch(Exchange exchange) {
                            super.dispatch(exchange);
                            // The outcome is committed on the broker; the mail is not yet out of the inbox.
                            if (outcomes.incrementAndGet() >= after) {
                                Runtime.getRuntime().halt(99);
                            }
                        }
                    };
                }
            };
        }
    }
}
