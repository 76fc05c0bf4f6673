package org.ypsa.hub.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The web pages' settings (hub.web): the local user list and the read model's database. Entra ID (OpenID
 * Connect) login is Spring's own spring.security.oauth2.client.registration.entra settings (docs/web.md).
 *
 * @param users local logins: a bcrypt hash, never a password; the email is the address alerts reach this person
 *        at, so acknowledging on the page counts as their reply
 * @param database the read model: H2 under the store folder when url is blank, PostgreSQL by its JDBC url
 */
@Validated
@ConfigurationProperties("hub.web")
public record WebProperties(List<@Valid User> users, @Valid Database database) {
    public WebProperties {
        users = users == null ? List.of() : List.copyOf(users);
        database = database == null ? new Database("", "", "") : database;
    }

    public record User(@NotBlank String username, @NotBlank String passwordHash, @Email String email,
            @NotEmpty List<String> roles) {
    }

    public record Database(String url, String username, String password) {
        public Database {
            url = url == null ? "" : url;
            username = username == null ? "" : username;
            password = password == null ? "" : password;
        }
    }
}
