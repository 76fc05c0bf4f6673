package org.ypsa.hub.web;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.ypsa.hub.domain.AuditEvent;
import org.ypsa.hub.adapter.ConfigReloader;
import org.ypsa.hub.adapter.store.AuditLog;
import org.ypsa.hub.adapter.store.EventStore;
import org.ypsa.hub.config.LiveConfig;

/**
 * The Configuration page (admins): the version running, the last refused configuration edit with each mistake's
 * file and line, the recent loads and refusals, and rebuilding the read model from the audit trail.
 */
@Controller
public class ConfigurationController {
    public record Change(String when, String what) {
    }

    private final ObjectProvider<BuildProperties> build;
    private final ConfigReloader reloader;
    private final EventStore events;
    private final AuditLog audit;
    private final LiveConfig live;
    private final WebProperties web;

    public ConfigurationController(ObjectProvider<BuildProperties> build, ConfigReloader reloader,
            EventStore events, AuditLog audit, LiveConfig live, WebProperties web) {
        this.build = build;
        this.reloader = reloader;
        this.events = events;
        this.audit = audit;
        this.live = live;
        this.web = web;
    }

    @GetMapping("/configuration")
    public String configuration(Model model) {
        BuildProperties b = build.getIfAvailable();
        String version = b != null ? b.getVersion() + " (built " + Today.WHEN.format(b.getTime().atZone(
                live.props().zone())) + ")" : version();
        model.addAttribute("nav", "configuration");
        model.addAttribute("version", version);
        model.addAttribute("refused", reloader.lastRefused().map(r -> Map.of("when", Today.WHEN.format(
                r.at().atZone(live.props().zone())), "mistakes", r.mistakes())).orElse(null));
        model.addAttribute("changes", events.latest(List.of(AuditEvent.CONFIG_RELOADED.id(), AuditEvent.CONFIG_REFUSED.id()), 10).stream()
                .map(r -> new Change(Today.WHEN.format(r.time().atZone(live.props().zone())),
                        r.event().equals(AuditEvent.CONFIG_REFUSED.id()) ? "Refused (" + r.get("mistakes") + " mistakes)"
                                : "Loaded")).toList());
        model.addAttribute("events", events.count());
        model.addAttribute("missed", events.missed());
        model.addAttribute("database", web.database().url().isBlank() ? "H2 under the data folder"
                : web.database().url().replaceAll("//[^/@]*@", "//"));
        return "configuration";
    }

    @PostMapping("/configuration/rebuild")
    public String rebuild(@RequestParam String why, Authentication auth, RedirectAttributes next) {
        if (why.isBlank()) {
            next.addFlashAttribute("problem", "Say why the read model is rebuilt.");
            return "redirect:/configuration";
        }
        int n = events.rebuild(audit);
        audit.record("read-model", AuditEvent.READ_MODEL_REBUILT, Map.of("by", Staff.of(auth, web).login(), "reason",
                HeldMailController.note(why), "events", n));
        next.addFlashAttribute("notice", "The read model was rebuilt from the audit trail: " + n + " events");
        return "redirect:/configuration";
    }

    private static String version() {
        String v = ConfigurationController.class.getPackage().getImplementationVersion();
        return v == null ? "development build (run from the project folder)" : v;
    }
}
