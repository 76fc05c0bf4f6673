package org.ypsa.hub.domain;

/**
 * A form the hub has read and validated, as the typed record a routed outcome carries: a referral, a risk
 * concern, a safeguarding incident, an intelligence submission, a MASH referral or notice, a void return, or a
 * staff member's closing reply.
 */
public interface FormRecord {
}
