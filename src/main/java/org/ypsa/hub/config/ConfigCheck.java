package org.ypsa.hub.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import org.ypsa.hub.domain.clocks.ClockSettings;

/**
 * Checks the directory as a whole at start-up and refuses to start on a mistake, naming the file, the line
 * and what is expected (field-level mistakes are reported by Spring Boot's binder with their origin).
 */
@Component
public class ConfigCheck implements InitializingBean {
    private final HubProperties props;
    private final Path directoryFile;
    private final Path schedulesFile;
    private final Path applicationFile = Path.of("config", "application.yml");
    private final jakarta.validation.Validator validator;
    private final List<String> brokerQueues;
    private final java.util.Set<String> readMailboxes;

    @org.springframework.beans.factory.annotation.Autowired
    public ConfigCheck(HubProperties props, jakarta.validation.Validator validator,
            org.springframework.core.env.Environment env) {
        this(props, validator, brokerQueues(env), readMailboxes(env));
    }

    /**
     * @param brokerQueues the queues the embedded broker was started with, those of hub.queues at start-up (an edit
     *        loaded while it runs may route only to them), or empty with an external broker, which creates queues on
     *        first use
     * @param readMailboxes the addresses of the mailboxes the hub reads (lower case)
     */
    public ConfigCheck(HubProperties props, jakarta.validation.Validator validator,
            List<String> brokerQueues, java.util.Set<String> readMailboxes) {
        this.props = props;
        this.readMailboxes = readMailboxes;
        this.validator = validator;
        this.brokerQueues = brokerQueues;
        this.directoryFile = props.configDir().resolve("directory.yml");
        this.schedulesFile = props.configDir().resolve("schedules.yml");
    }

    public static List<String> brokerQueues(org.springframework.core.env.Environment env) {
        if (!env.getProperty("spring.artemis.embedded.enabled", Boolean.class, true)) {
            return List.of();
        }
        return org.springframework.boot.context.properties.bind.Binder.get(env).bind("hub.queues",
                HubProperties.Queues.class).map(q -> List.copyOf(q.all())).orElse(List.of());
    }

    /** The mailboxes the hub reads, as hub.mail says (none when it cannot be read: the mail settings' own check). */
    public static java.util.Set<String> readMailboxes(org.springframework.core.env.Environment env) {
        try {
            return org.springframework.boot.context.properties.bind.Binder.get(env).bind("hub.mail", MailSettings.class)
                    .map(MailSettings::readAddresses).orElse(java.util.Set.of());
        } catch (RuntimeException e) {
            return java.util.Set.of();
        }
    }

    @Override
    public void afterPropertiesSet() {
        List<String> errors = mistakes();
        if (!errors.isEmpty()) {
            throw new IllegalStateException("The configuration has " + errors.size() + " mistake"
                    + (errors.size() == 1 ? "" : "s") + ":\n  " + String.join("\n  ", errors));
        }
    }

    /** Every mistake found, each with its file and line where the hub can find them. */
    public List<String> mistakes() {
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
        for (String address : props.directory().addresses()) {
            if (readMailboxes.contains(address)) {
                errors.add(directoryFile + ":" + lineOf(address) + ": " + address + " is a mailbox the hub reads "
                        + "(hub.mail): the hub's own emails to it (alerts, escalations, replies) would be read as "
                        + "incoming mail and moved to the done folder, unseen. Give the hub a mailbox of its own.");
            }
        }
        checkSchedules(errors);
        checkQueues(errors);
        if (props.govNotify() != null) {
            props.govNotify().mistakes().forEach(m -> errors.add("hub.notify: " + m));
        }
        errors.addAll(org.ypsa.hub.domain.intake.KnownForms.load(props.formsDir()).mistakes());
        errors.addAll(new org.ypsa.hub.domain.Wording(props.wording()).mistakes());
        return errors;
    }

    /** Each form routed is one the hub knows, to a queue the embedded broker has. */
    private void checkQueues(List<String> errors) {
        java.util.Set<String> forms = new java.util.TreeSet<>();
        for (org.ypsa.hub.domain.intake.FormType f : org.ypsa.hub.domain.intake.FormType.values()) {
            if (f != org.ypsa.hub.domain.intake.FormType.UNKNOWN && f != org.ypsa.hub.domain.intake.FormType.STAFF_REPLY) {
                forms.add(f.id());
            }
        }
        props.queues().routes().forEach((form, queues) -> {
            if (!forms.contains(form)) {
                errors.add(where(form + ":") + "hub.queues.routes: \"" + form
                        + "\" is not a form the hub knows; expected one of " + forms);
            }
        });
        if (brokerQueues.isEmpty()) {
            return;
        }
        java.util.Set<String> used = new java.util.TreeSet<>(props.queues().all());
        for (String q : used) {
            if (!brokerQueues.contains(q)) {
                errors.add(where(q) + "queue \"" + q + "\" is not one the embedded broker was started with "
                        + "(hub.queues at start-up): restart the hub to add a queue; until then one of " + brokerQueues);
            }
        }
    }

    /** Recipients the hub understands, every clock the forms start, steps with one due time, reply words. */
    private void checkSchedules(List<String> errors) {
        var s = props.schedules();
        var recipients = new org.ypsa.hub.domain.clocks.Recipients(props.directory(), null);
        List<String> all = new ArrayList<>();
        all.addAll(s.voidReturn().remindTo());
        all.addAll(s.voidReturn().summaryTo());
        all.addAll(s.voidReturn().missingTo());
        all.addAll(s.voidReturn().lateTo());
        all.addAll(s.progressReview().to());
        all.addAll(s.providerForum().to());
        if (s.providerForum().agendaTo() != null && !props.directory().teams().containsKey(s.providerForum().agendaTo())) {
            errors.add(schedulesFile + ":" + lineOf(schedulesFile, "agenda-to:") + ": hub.schedules.provider-forum.agenda-to: \""
                    + s.providerForum().agendaTo() + "\" is not a team in directory.yml; expected one of "
                    + new java.util.TreeSet<>(props.directory().teams().keySet()));
        }
        s.clocks().values().forEach(c -> c.steps().forEach(st -> {
            all.addAll(st.to());
            all.addAll(st.outOfHoursTo());
        }));
        for (String r : all) {
            recipients.problem(r).ifPresent(p -> errors.add(schedulesFile + ":" + lineOf(schedulesFile, r) + ": " + p));
        }
        for (String id : List.of(ClockSettings.EMERGENCY_REFERRAL, ClockSettings.SAFEGUARDING,
                ClockSettings.URGENT_INTELLIGENCE, ClockSettings.MASH_JOINT_ASSESSMENT, ClockSettings.CARE_PLANNING_MEETING)) {
            if (!s.clocks().containsKey(id)) {
                errors.add(schedulesFile + ": hub.schedules.clocks has no " + id + "; expected " + id
                        + ": { title: ..., steps: [...] }");
            }
        }
        s.clocks().forEach((id, c) -> c.steps().forEach(st -> {
            if (!st.channels().contains(org.ypsa.hub.domain.notify.Channel.EMAIL)
                    || !st.outOfHoursChannels().contains(org.ypsa.hub.domain.notify.Channel.EMAIL)) {
                errors.add(schedulesFile + ":" + lineOf(schedulesFile, id + ":") + ": clock " + id + ", step "
                        + st.name() + ": channels without email; the email always goes, a text is added to it: "
                        + "expected [email] or [email, sms]");
            }
            if ((st.after() == null) == (st.workingDays() == null)) {
                errors.add(schedulesFile + ":" + lineOf(schedulesFile, id + ":") + ": clock " + id + ", step "
                        + st.name() + ": expected exactly one of after (PT2H) or working-days (10)");
            }
        }));
        java.util.Set<String> clockIds = new java.util.TreeSet<>(s.clocks().keySet());
        clockIds.add(ClockSettings.PROGRESS_REVIEW);
        for (var w : props.directory().replies()) {
            for (String c : w.closes()) {
                if (!clockIds.contains(c)) {
                    errors.add(directoryFile + ":" + lineOf(directoryFile, w.word()) + ": reply " + w.word()
                            + " closes \"" + c + "\", which is no clock; expected one of " + clockIds);
                }
            }
            if (w.starts() != null && !List.of(ClockSettings.CARE_PLANNING_MEETING, ClockSettings.PROGRESS_REVIEW)
                    .contains(w.starts())) {
                errors.add(directoryFile + ":" + lineOf(directoryFile, w.word()) + ": reply " + w.word()
                        + " starts \"" + w.starts() + "\"; expected care-planning-meeting or progress-review");
            }
        }
        for (String clock : clockIds) {
            if (props.directory().replies().stream().noneMatch(w -> w.closes().contains(clock))) {
                errors.add(directoryFile + ":" + lineOf(directoryFile, "replies:") + ": no reply word closes "
                        + clock + ", so its alerts could not be acknowledged nor its escalations stopped; add it to"
                        + " the closes: of a reply word (ACK closes emergency-referral, safeguarding-incident and"
                        + " urgent-intelligence)");
            }
        }
    }

    /** "file:line: " of the first config file holding the value (a council's overrides first), or "". */
    private String where(String value) {
        for (Path f : List.of(directoryFile.resolveSibling("council.yml"), schedulesFile, directoryFile,
                applicationFile)) {
            int line = Files.exists(f) ? lineOf(f, value) : 0;
            if (line > 0) {
                return f + ":" + line + ": ";
            }
        }
        return "";
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
        return lineOf(directoryFile, value);
    }

    private static int lineOf(Path file, String value) {
        try {
            List<String> lines = Files.readAllLines(file);
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
