package org.ypsa.hub.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.ypsa.hub.adapter.store.EventStore;
import org.ypsa.hub.config.LiveConfig;

/** The Case page: everything the audit trail holds about one reference, in time order. */
@Controller
public class CaseController {
    private final EventStore events;
    private final LiveConfig live;

    public CaseController(EventStore events, LiveConfig live) {
        this.events = events;
        this.live = live;
    }

    @GetMapping("/case")
    public String find(@RequestParam(required = false) String reference, Model model) {
        if (reference != null && PageModel.isHubId(reference.strip().toUpperCase(java.util.Locale.ROOT))) {
            return "redirect:/case/" + reference.strip().toUpperCase(java.util.Locale.ROOT);
        }
        model.addAttribute("nav", "case");
        model.addAttribute("asked", reference != null);
        return "case-find";
    }

    @GetMapping("/case/{reference}")
    public String show(@PathVariable String reference, Model model) {
        if (!PageModel.isHubId(reference)) {
            return "redirect:/case";
        }
        model.addAttribute("nav", "case");
        model.addAttribute("reference", reference);
        model.addAttribute("lines", CaseHistory.of(events.ofReference(reference), live.props().zone()));
        return "case";
    }
}
