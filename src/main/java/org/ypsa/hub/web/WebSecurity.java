package org.ypsa.hub.web;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may see the pages: duty staff and admins, signed in with a local login (bcrypt hashes in hub.web.users) or,
 * when a client registration is configured, with Entra ID (its app roles "duty" and "admin"). Health and metrics
 * stay open to the monitoring on localhost as before; everything else needs a login, admin pages the admin role.
 * CSRF tokens on every form, sessions that expire (server.servlet.session.timeout).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class WebSecurity {
    public static final String DUTY = "DUTY";
    public static final String ADMIN = "ADMIN";

    @Bean
    SecurityFilterChain pages(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidc) throws Exception {
        http.authorizeHttpRequests(a -> a
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
                .permitAll()
                .requestMatchers("/webjars/**", "/assets/**", "/hub.css", "/login", "/error").permitAll()
                .requestMatchers("/configuration", "/configuration/**", "/held/**", "/admin/**").hasRole(ADMIN)
                .anyRequest().hasAnyRole(DUTY, ADMIN))
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?signedOut").deleteCookies("JSESSIONID"))
                .sessionManagement(s -> s.sessionFixation(f -> f.newSession()))
                .headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(c -> c.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "script-src 'self'; style-src 'self'; frame-ancestors 'none'; form-action 'self'")));
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(o -> o.loginPage("/login").defaultSuccessUrl("/", true));
        }
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** The demo's documented passwords (README): refused outside the demo. */
    static final Set<String> DEMO_PASSWORDS = Set.of("duty-demo", "admin-demo");

    /** The local logins: hashes only (bcrypt), roles duty and/or admin. */
    @Bean
    UserDetailsService localUsers(WebProperties web, PasswordEncoder encoder,
            org.ypsa.hub.config.EmbeddedMailSettings demoMail) {
        return new InMemoryUserDetailsManager(usable(web.users(), demoMail.enabled(), encoder).stream().map(u -> User.withUsername(u.username())
                .password(u.passwordHash()).roles(u.roles().stream().map(r -> r.toUpperCase(Locale.ROOT))
                        .toArray(String[]::new)).build()).toList());
    }

    /**
     * The local logins that may sign in: all of them in the demo (the embedded mail server on); outside it, none
     * whose password is one of the demo's, published in README, so an install that kept the demo users is not
     * open to anyone who read it. Each one dropped is logged by name.
     */
    static List<WebProperties.User> usable(List<WebProperties.User> users, boolean demo, PasswordEncoder encoder) {
        if (demo) {
            return users;
        }
        return users.stream().filter(u -> {
            boolean published = DEMO_PASSWORDS.stream().anyMatch(p -> encoder.matches(p, u.passwordHash()));
            if (published) {
                org.slf4j.LoggerFactory.getLogger(WebSecurity.class).warn("Web login {} has a demo password from "
                        + "README and is switched off outside the demo: give it its own hash in hub.web.users "
                        + "(docs/web.md)", u.username());
            }
            return !published;
        }).toList();
    }

    /** Entra ID's app roles ("roles" claim: duty, admin) as the pages' roles. */
    @Bean
    GrantedAuthoritiesMapper entraRoles() {
        return (Collection<? extends GrantedAuthority> given) -> {
            Set<GrantedAuthority> out = new HashSet<>(given);
            for (GrantedAuthority a : given) {
                if (a instanceof OidcUserAuthority o && o.getIdToken().getClaim("roles") instanceof List<?> roles) {
                    roles.stream().map(r -> r.toString().toUpperCase(Locale.ROOT))
                            .filter(r -> r.equals(DUTY) || r.equals(ADMIN))
                            .forEach(r -> out.add(new SimpleGrantedAuthority("ROLE_" + r)));
                }
            }
            return out;
        };
    }

}
