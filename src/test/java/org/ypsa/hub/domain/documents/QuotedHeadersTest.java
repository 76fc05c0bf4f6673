package org.ypsa.hub.domain.documents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The header of a quoted or forwarded mail in a body says who sent that mail and when: it is no label of the form. */
class QuotedHeadersTest {

    @Test
    void aQuotedMailsHeaderBlockIsNoLabelOfTheForm() {
        String body = "Forwarding as requested.\n\n-----Original Message-----\nFrom: Duty Team <duty@council.test>\n"
                + "Sent: 27 November 2026 16:40\nSubject: Referral\n\nDate needed: 17/12/2026\n";
        assertThat(TextFields.labelValues(body, "body")).extracting(LabelledDocument.Entry::label)
                .containsExactly("Date needed");
    }

    @Test
    void aFromLineWithNoAddressOrNoHeaderAfterItIsKept() {
        assertThat(QuotedHeaders.without(new String[] {"From: Key2 Housing", "Sent: 27 November 2026"})).hasSize(2);
        assertThat(QuotedHeaders.without(new String[] {"From: jo@key2.test", "Name: Jo"})).hasSize(2);
    }
}
