package org.ypsa.hub.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Checks the directory as a whole at start-up and refuses to start on a mistake, naming the file, the line
 * and what is expected (field-level mistakes are reported by Spring Boot's binder with their origin).
 */
@Component
public class ConfigCheck implements InitializingBean {
    private final HubProperties props;
    private final Path directoryFile;
    private final jakarta.validation.Validator validator;

    public ConfigCheck(HubProperties props, @Value("${HUB_CONFIG_DIR:config}") String configDir,
            jakarta.validation.Validator validator) {
        this.props = props;
        this.validator = validator;
        this.directoryFile = Path.of(configDir, "directory.yml");
    }

    @Override
    public void afterPropertiesSet() {
        List<String> errors = new ArrayList<>();
        for (var v : validator.validate(props.directory())) {
            String path = v.getPropertyPath().toString();
            Object value = v.getInvalidValue();
            int line = value instanceof String s && !s.isBlank() ? lineOf(s) : lineOfEntry(path);
            errors.add(directoryFile + ":" + line + ": " + path + (value instanceof String s ? " \"" + s + "\"" : "")
                    + ": " + v.getMessage());
        }
        for (String[] i : props.directory().inconsistencies()) {
            errors.add(directoryFile + ":" + lineOf(i[0]) + ": " + i[1]);
        }
        if (props.directory().teams().get(props.alerts().emergencyReferralTeam()) == null) {
            errors.add("hub.alerts.emergency-referral-team: no team \"" + props.alerts().emergencyReferralTeam()
                    + "\" in " + directoryFile + "; expected one of " + props.directory().teams().keySet());
        }
        HubProperties.OutOfHours o = props.outOfHours();
        for (String team : List.of(o.inHoursTeam(), o.reocTeam(), o.edtTeam())) {
            if (props.directory().teams().get(team) == null) {
                errors.add("hub.out-of-hours: no team \"" + team + "\" in " + directoryFile + "; expected one of "
                        + props.directory().teams().keySet());
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("The configuration has " + errors.size() + " mistake"
                    + (errors.size() == 1 ? "" : "s") + ":\n  " + String.join("\n  ", errors));
        }
    }

    /** For a missing value: the line of the provider it belongs to ("providers[3].manager": "id: key2-futures"). */
    private int lineOfEntry(String path) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("providers\\[(\\d+)]").matcher(path);
        if (m.find()) {
            int i = Integer.parseInt(m.group(1));
            if (i < props.directory().providers().size()) {
                return lineOf("id: " + props.directory().providers().get(i).id());
            }
        }
        return 0;
    }

    /** The first line of the directory file holding the offending value, or 0 when it cannot be found. */
    private int lineOf(String value) {
        try {
            List<String> lines = Files.readAllLines(directoryFile);
            for (int i = 0; i < lines.size(); i++) {
                if (value != null && !value.isBlank() && lines.get(i).contains(value)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }
}
