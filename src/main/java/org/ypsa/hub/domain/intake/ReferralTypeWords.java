package org.ypsa.hub.domain.intake;

import java.util.Locale;
import java.util.Optional;

import org.ypsa.hub.domain.referrals.Referral;

/**
 * Which referral a referral form is, emergency or non-emergency, from the words that say it: the referral type's own
 * answer, the form's first lines (its title, or an emergency question answered Yes or No under it) and the mail's
 * subject.
 */
final class ReferralTypeWords {

    private ReferralTypeWords() {
    }

    /** The form's title says which version it is; "NON-EMERGENCY" contains "EMERGENCY", so it is looked for first. */
    static String variant(String text, String field, String subject) {
        // the referral type's own answer first: "Emergency", or Yes / No to "Is this an emergency?"
        if (field != null && !field.isBlank()) {
            String answer = org.ypsa.hub.domain.documents.FieldValues.answer(field);
            String n = answer.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            boolean both = n.contains("nonemergency") && n.replace("nonemergency", "").contains("emergency");
            if (!both && n.contains("nonemergency")) {
                return Referral.NON_EMERGENCY;
            }
            if (!both && n.contains("emergency")) {
                return Referral.EMERGENCY;
            }
            // a planned move is the other of an emergency (SPEC: the emergency form is the same-day one): the answer
            // "Planned" to "Is a bed needed same day?" is no emergency, whatever the question's words
            if (answer.matches("(?is).*\\bplanned\\b.*") && !answer.matches("(?is).*\\b(?:emergency|same[- ]day|urgent)\\b.*")) {
                return Referral.NON_EMERGENCY;
            }
            // a yes or no said first ("Yes", "N - planned"), never one read from a sentence ("Dad has told him not to come
            // back": a covering note's words taken for the answer)
            Optional<Boolean> yes = org.ypsa.hub.domain.documents.FieldValues.yesNoSaidFirst(answer);
            if (yes.isPresent()) {
                return yes.get() ? Referral.EMERGENCY : Referral.NON_EMERGENCY;
            }
            if (!answer.equals(field.strip())) {
                return Referral.NON_EMERGENCY; // a tick list whose marked answer is not the emergency ("Planned")
            }
        }
        for (String s : new String[] {firstLines(text), subject}) {
            String n = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            if (n.contains("nonemergency")) {
                return Referral.NON_EMERGENCY;
            }
            // a same-day referral or placement is an emergency one
            if (n.contains("emergency") || n.contains("sameday") || n.equals("yes")) {
                return Referral.EMERGENCY;
            }
        }
        // a subject saying the request is urgent ("Urgent: bed needed", Welsh "Brys"), not "not urgent" / "non-urgent"
        String said = subject == null ? "" : subject.toLowerCase(Locale.ROOT);
        if (said.matches("(?s).*\\b(urgent|brys)\\b.*") && !said.matches("(?s).*\\b(non|not)[\\s-]*urgent\\b.*")) {
            return Referral.EMERGENCY;
        }
        return Referral.NON_EMERGENCY;
    }

    /**
     * The document's first lines as they answer: a tick list's marked answer, an emergency question's Yes or No under
     * it as "emergency" or "non-emergency", no question and no label that offers both types. Intake also looks in them
     * for a heading that names intelligence.
     */
    static String firstLines(String text) {
        String[] lines = text.split("\\R");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length && i < 8; i++) {
            // a tick list ("[ ] Emergency [x] Planned") says its marked answer
            String line = org.ypsa.hub.domain.documents.FieldValues.answer(lines[i]);
            String n = line.toLowerCase(Locale.ROOT).replaceAll("[^a-z?]", "");
            Optional<Boolean> yes = i + 1 < lines.length && lines[i].strip().matches("(?s).*[:?]$")
                    && n.matches(".*(?:emergency|sameday).*")
                    ? org.ypsa.hub.domain.documents.FieldValues.yesNo(lines[i + 1].strip()) : Optional.empty();
            if (yes.isPresent()) {
                // "Emergency bed sought (Y/N):" / "No": the question's answer under it says which, not its words
                sb.append(yes.get() ? "emergency " : "non-emergency ");
                i++;
                continue;
            }
            if (n.contains("?") || n.contains("nonemergency") && n.replace("nonemergency", "").contains("emergency")
                    || n.contains("emergency") && n.contains("planned")) {
                // a question ("Is this an emergency?") or a label offering both ("Emergency / planned") is no answer
                continue;
            }
            sb.append(line).append(' ');
        }
        return sb.toString();
    }
}
