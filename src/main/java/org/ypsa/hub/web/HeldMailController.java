package org.ypsa.hub.web;

import jakarta.jms.JMSException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Held mail page and its admin actions (admin role only: WebSecurity). */
@Controller
public class HeldMailController {
    private final HeldMail held;
    private final WebProperties web;

    public HeldMailController(HeldMail held, WebProperties web) {
        this.held = held;
        this.web = web;
    }

    @GetMapping("/held")
    public String held(Model model) throws JMSException {
        model.addAttribute("nav", "held");
        model.addAttribute("held", held.view());
        return "held";
    }

    @PostMapping("/held/handled")
    public String handled(@RequestParam String reference, @RequestParam String why, Authentication auth,
            RedirectAttributes next) {
        if (!PageModel.isHubId(reference) || why.isBlank()) {
            next.addFlashAttribute("problem", "Say why the item is handled.");
            return "redirect:/held";
        }
        held.markHandled(Staff.of(auth, web), reference, note(why));
        next.addFlashAttribute("notice", reference + " marked handled");
        return "redirect:/held";
    }

    @PostMapping("/held/reprocess")
    public String reprocess(@RequestParam String reference, @RequestParam String why, Authentication auth,
            RedirectAttributes next) throws java.io.IOException {
        if (!PageModel.isHubId(reference) || why.isBlank()) {
            next.addFlashAttribute("problem", "Say why the email is read again.");
            return "redirect:/held";
        }
        try {
            java.util.Optional<String> again = held.reprocess(Staff.of(auth, web), reference, note(why));
            next.addFlashAttribute(again.isPresent() ? "notice" : "problem", again.map(r -> reference
                    + " was put back in its mailbox as " + r + ": the hub reads it again")
                    .orElse("The audit trail does not say where " + reference + " arrived; it cannot be read again."));
        } catch (jakarta.mail.MessagingException e) {
            next.addFlashAttribute("problem", "The mailbox could not be reached (" + e.getClass().getSimpleName()
                    + "); try again later.");
        } catch (java.nio.file.NoSuchFileException e) {
            next.addFlashAttribute("problem", "The original of " + reference + " is no longer kept (retention).");
        }
        return "redirect:/held";
    }

    @PostMapping("/held/resend")
    public String resend(@RequestParam String queue, @RequestParam String messageId, @RequestParam String why,
            Authentication auth, RedirectAttributes next) throws JMSException {
        if (why.isBlank()) {
            next.addFlashAttribute("problem", "Say why the message is sent again.");
            return "redirect:/held";
        }
        String ref;
        try {
            ref = held.resend(Staff.of(auth, web), queue, messageId, note(why));
        } catch (IllegalArgumentException e) {
            next.addFlashAttribute("problem", "That is not a dead letter of the hub's queues.");
            return "redirect:/held";
        }
        next.addFlashAttribute(ref == null ? "problem" : "notice", ref == null
                ? "That message is no longer on " + queue + "."
                : "Sent again from " + queue + (ref.isEmpty() ? "" : " (" + ref + ")"));
        return "redirect:/held";
    }

    static String note(String why) {
        String s = why.strip();
        return s.length() > 500 ? s.substring(0, 500) : s;
    }
}
