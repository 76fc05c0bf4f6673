package org.ypsa.hub.web;

import java.util.Locale;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The person signed in to the pages, as the audit trail records them: their login and the address the hub's
 * alerts reach them at (a page action by them counts as their reply from that address).
 */
public record Staff(String login, String email, boolean admin) {

    public static Staff of(Authentication auth, WebProperties web) {
        boolean admin = auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
        if (auth.getPrincipal() instanceof OidcUser o) {
            String email = o.getEmail() != null ? o.getEmail() : o.getPreferredUsername();
            return new Staff(email == null ? o.getSubject() : email, email == null ? "" : email.toLowerCase(Locale.ROOT),
                    admin);
        }
        String login = auth.getName();
        String email = web.users().stream().filter(u -> u.username().equals(login)).map(WebProperties.User::email)
                .filter(e -> e != null).findFirst().orElse("");
        return new Staff(login, email.toLowerCase(Locale.ROOT), admin);
    }
}
