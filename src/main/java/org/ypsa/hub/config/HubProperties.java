package org.ypsa.hub.config;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;
import org.ypsa.hub.domain.directory.Directory;

/** Everything under "hub:" in config/*.yml. */
@Validated
@ConfigurationProperties("hub")
public record HubProperties(
        @NotNull ZoneId zone,
        @NotNull Directory directory, // checked as a whole, with file and line, by ConfigCheck
        @NotNull @Valid Queues queues,
        @NotNull @Valid Store store,
        @NotNull @Valid Replies replies,
        @NotNull @Valid VoidReturn voidReturn,
        @NotNull @Valid Alerts alerts,
        @NotNull @Valid OutOfHours outOfHours,
        @NotNull Path bankHolidaysFile,
        @NotNull Path formsDir, // one YAML file a form: its fields and the labels people use; checked by FormLibrary
        @NotNull Path configDir, // the council's folder (HUB_CONFIG_DIR): directory.yml, schedules.yml, council.yml
        @NotNull @Valid org.ypsa.hub.domain.clocks.ClockSettings schedules,
        @Positive long maxMessageBytes,
        @NotNull java.time.Duration readTimeout, // reading one mail (attachments parsed, form validated) at most
        @NotBlank @Email String adminEmail,
        @Valid SenderAuth senderAuth,
        @NotNull @Valid RetentionPeriods retention,
        @NotNull @Valid Outbox outbox,
        @org.springframework.boot.context.properties.bind.Name("notify") @Valid Notify govNotify,
        @NotNull java.util.Map<String, String> wording) { // phrases; ConfigCheck: every one, only its placeholders

    /**
     * GOV.UK Notify (docs/notify.md): off unless an API key is set (from the environment only). Texts by the
     * template whose id is set here, sent to the base URL (Notify's own unless a test sets a stand-in); received
     * texts read every inbound-poll; a text held back for the phone networks' limits (per number per hour: so many
     * identical, so many of any kind) goes later; a text not sent in give-up-after is dropped, the email went.
     */
    public record Notify(String apiKey, @NotBlank String baseUrl, String smsTemplateId,
            @NotNull java.time.Duration inboundPoll, @NotNull java.time.Duration timeout,
            @Positive int maxIdenticalPerHour, @Positive int maxPerHour, @NotNull java.time.Duration giveUpAfter) {

        public boolean enabled() {
            return apiKey != null && !apiKey.isBlank();
        }

        /** What is wrong with the settings when Notify is on. */
        public java.util.List<String> mistakes() {
            java.util.List<String> out = new java.util.ArrayList<>();
            if (enabled() && (smsTemplateId == null || !smsTemplateId.strip().matches("[0-9a-fA-F-]{36}"))) {
                out.add("sms-template-id \"" + (smsTemplateId == null ? "" : smsTemplateId) + "\" is not a template id; "
                        + "expected the id Notify shows on the text message template's page (36 characters)");
            }
            if (enabled() && apiKey.strip().length() < 74) {
                out.add("the API key (HUB_NOTIFY_API_KEY) is too short to be a Notify key; expected the whole key "
                        + "as Notify shows it once, name included");
            }
            return out;
        }
    }

    /** Sending the hub's emails: the back-off of transient failures, when a reply is given up, the digest. */
    public record Outbox(@NotNull java.time.Duration retryFirst, @NotNull java.time.Duration retryMax,
            @NotNull java.time.Duration giveUpAfter, @NotNull java.time.Duration digestEvery) {

        /** How long to wait before the next try after {@code failures} failed ones: doubling, capped. */
        public java.time.Duration backOff(int failures) {
            java.time.Duration d = retryFirst;
            for (int i = 1; i < failures && d.compareTo(retryMax) < 0; i++) {
                d = d.multipliedBy(2);
            }
            return d.compareTo(retryMax) > 0 ? retryMax : d;
        }
    }

    /** How long originals (since last received) and audit files (since their day) are kept. */
    public record RetentionPeriods(@NotNull java.time.Period originals, @NotNull java.time.Period audit) {
    }


    /**
     * Sender authentication: when authservId is set (the council's own mail server's id in its
     * Authentication-Results headers), a mail is only read as a form if that server recorded dmarc=pass.
     */
    public record SenderAuth(String authservId) {
        public static boolean required(SenderAuth s) {
            return s != null && s.required();
        }

        public boolean required() {
            return authservId != null && !authservId.isBlank();
        }
    }


    /** Queue names: routes maps a form type id to the queue that carries it. */
    public record Queues(@NotEmpty Map<String, java.util.List<String>> routes, @NotBlank String rejected,
            @NotBlank String unrecognised, @NotBlank String outbox, @NotBlank String outboxUrgent,
            @NotBlank String undeliverable, @NotBlank String alerts, @NotBlank String clocks,
            @jakarta.validation.constraints.Min(5) @jakarta.validation.constraints.Max(9) int emergencyPriority) {

        /** Every queue the hub uses, once each: the teams' queues, held mail, alerts and its own. */
        public java.util.Set<String> all() {
            java.util.Set<String> all = new java.util.LinkedHashSet<>();
            routes.values().forEach(all::addAll);
            all.addAll(java.util.List.of(rejected, unrecognised, alerts));
            all.addAll(internal());
            return all;
        }

        /** The hub's own queues (not a team's): the two outbox lanes, refused mail, clocks. */
        public java.util.List<String> internal() {
            return java.util.List.of(outbox, outboxUrgent, undeliverable, clocks);
        }

        public String forForm(String formTypeId) {
            return allForForm(formTypeId).get(0);
        }

        /** Every queue a form goes to (a safeguarding incident goes to Brokerage and to Quality and Contracts). */
        public java.util.List<String> allForForm(String formTypeId) {
            java.util.List<String> q = routes.get(formTypeId);
            if (q == null || q.isEmpty()) {
                throw new IllegalStateException("no queue configured under hub.queues.routes for form " + formTypeId);
            }
            return q;
        }
    }

    /** Where originals and the audit trail are kept, outside the queues. */
    public record Store(@NotNull Path dir) {
    }

    /** The address replies come from. */
    public record Replies(@NotBlank @Email String from, @NotBlank String fromName) {
    }

    public record VoidReturn(@NotNull LocalTime deadline) {
    }

    /** Working hours and the out-of-hours hand-overs (seed 000, 3.2), and the teams that cover them. */
    public record OutOfHours(@NotNull LocalTime workStart, @NotNull LocalTime workEnd, @NotNull LocalTime edtFrom,
            @NotNull LocalTime edtUntil, @NotBlank String inHoursTeam, @NotBlank String reocTeam,
            @NotBlank String edtTeam) {
    }

    /** Who is alerted at once: the id of a team in the directory. */
    public record Alerts(@NotBlank String emergencyReferralTeam) {
    }
}
