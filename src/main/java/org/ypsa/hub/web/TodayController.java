package org.ypsa.hub.web;

import jakarta.jms.JMSException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign in, the Today page, and acknowledging or closing a clock from it. */
@Controller
public class TodayController {
    private final Today today;
    private final PageReplies replies;
    private final WebProperties web;
    private final ObjectProvider<ClientRegistrationRepository> oidc;

    public TodayController(Today today, PageReplies replies, WebProperties web,
            ObjectProvider<ClientRegistrationRepository> oidc) {
        this.today = today;
        this.replies = replies;
        this.web = web;
        this.oidc = oidc;
    }

    @GetMapping("/login")
    public String login(Model model) {
        model.addAttribute("entra", oidc.getIfAvailable() != null);
        return "login";
    }

    @GetMapping("/")
    public String today(Model model) throws JMSException {
        model.addAttribute("nav", "today");
        model.addAttribute("today", today.view());
        return "today";
    }

    /** A reply word given on the page: recorded as the signed-in person's reply (POST: nothing in the URL). */
    @PostMapping("/clocks/reply")
    public String reply(@RequestParam String reference, @RequestParam String word,
            @RequestParam(required = false, defaultValue = "") String why, Authentication auth,
            RedirectAttributes next) throws JMSException {
        if (!PageModel.isHubId(reference)) {
            next.addFlashAttribute("problem", "That is not a hub reference.");
            return "redirect:/";
        }
        String note = why.strip().length() > 500 ? why.strip().substring(0, 500) : why.strip();
        PageReplies.Result r = replies.reply(Staff.of(auth, web), reference, word, note);
        if (r instanceof PageReplies.Result.Recorded rec) {
            next.addFlashAttribute("notice", rec.word() + " recorded for " + rec.reference()
                    + (rec.closes().isEmpty() ? "" : ": its reminders and escalations are stopped"));
        } else if (r instanceof PageReplies.Result.Refused ref) {
            next.addFlashAttribute("problem", ref.why() + ". It stays open.");
        }
        return "redirect:/";
    }
}
