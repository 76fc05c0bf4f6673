package org.ypsa.hub.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page shows: who is signed in (null on the sign-in page). */
@ControllerAdvice(basePackageClasses = PageModel.class)
public class PageModel {
    private final WebProperties web;

    public PageModel(WebProperties web) {
        this.web = web;
    }

    @ModelAttribute("staff")
    public Staff staff(Authentication auth) {
        return auth == null || auth instanceof AnonymousAuthenticationToken ? null : Staff.of(auth, web);
    }

    /** A hub reference or id as it may appear in a path: never free text, never personal data. */
    static boolean isHubId(String v) {
        return v != null && v.matches("[A-Za-z0-9:._-]{1,100}");
    }
}
