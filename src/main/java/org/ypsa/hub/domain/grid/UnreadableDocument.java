package org.ypsa.hub.domain.grid;

/** A document the hub cannot or will not open; the reason is shown to the sender as it is. */
public class UnreadableDocument extends Exception {
    public UnreadableDocument(String reason) {
        super(reason);
    }

    public UnreadableDocument(String reason, Throwable cause) {
        super(reason, cause);
    }
}
