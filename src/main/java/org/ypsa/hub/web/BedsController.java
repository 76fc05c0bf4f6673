package org.ypsa.hub.web;

import jakarta.jms.JMSException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The Beds page. */
@Controller
public class BedsController {
    private final Beds beds;

    public BedsController(Beds beds) {
        this.beds = beds;
    }

    @GetMapping("/beds")
    public String beds(Model model) throws JMSException {
        model.addAttribute("nav", "beds");
        model.addAttribute("beds", beds.view());
        return "beds";
    }
}
