package org.ypsa.hub.domain.clocks;

import java.util.List;

import org.ypsa.hub.domain.FormRecord;

/**
 * A member of staff's reply to a hub email: the reference it quotes and the directory word it opens with
 * (ACK, ACCEPTED, ...), with a date where the word needs one (MOVED IN 01/04/2027).
 */
public record StaffReply(String reference, String word, List<String> closes, String starts, boolean tellReferrer,
        String date, String repliedBy) implements FormRecord {
}
