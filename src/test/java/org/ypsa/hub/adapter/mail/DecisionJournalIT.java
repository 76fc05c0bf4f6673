package org.ypsa.hub.adapter.mail;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ypsa.hub.domain.AuditEvent;
import org.ypsa.hub.adapter.jms.Dispatch;
import org.ypsa.hub.support.Fixtures;
import org.ypsa.hub.support.HubIT;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One decision per mail: a mail read again (after a crash before it left the inbox) gets the decision recorded
 * the first time, whatever would be decided now; one whose decision is already on the broker sends nothing.
 */
class DecisionJournalIT extends HubIT {
    @Autowired
    DecisionJournal decisions;

    @Test
    void aMailReadAgainGetsItsFirstDecisionNotANewOne() {
        String eml = Fixtures.fresh(Fixtures.mail("referral-emergency-docx.eml"));
        String ref = referenceOf(eml);
        // First read (before a crash, on an older configuration, say): held for an admin.
        decisions.decided(ref, List.of(new Dispatch(Dispatch.Kind.of(AuditEvent.ROUTED), "hub.unrecognised", ref,
                "{\"reference\":\"" + ref + "\",\"outcome\":\"unrecognised\"}", Dispatch.NORMAL_PRIORITY,
                Map.of("hubReference", ref, "hubOutcome", "unrecognised"))));
        mail.send(eml, INTAKE);
        assertThat(take("hub.unrecognised", ref).path("outcome").asText()).isEqualTo("unrecognised");
        awaitInboxDrained();
        assertThat(queues.take("brokerage.referrals", ref, 2000)).as("not decided a second time").isNull();
        assertThat(queues.browse("alerts", ref)).isEmpty();
        assertThat(decisions.find(ref).orElseThrow().committed()).isTrue();
        assertThat(decisions.find(ref).orElseThrow().dispatches()).as("no form data kept once committed").isEmpty();
    }

    @Test
    void aMailWhoseDecisionIsAlreadyCommittedLeavesTheInboxWithNothingSentAgain() {
        String eml = Fixtures.fresh(Fixtures.mail("referral-emergency-docx.eml"));
        String ref = referenceOf(eml);
        decisions.committed(ref);
        mail.send(eml, INTAKE);
        awaitInboxDrained();
        assertThat(queues.take("brokerage.referrals", ref, 2000)).isNull();
        assertThat(queues.browse("alerts", ref)).isEmpty();
        assertThat(mail.inbox("j.pemberton-quaile@council.test").stream()
                .noneMatch(m -> m.subject() != null && m.subject().contains(ref))).isTrue();
    }
}
