package org.ypsa.hub.domain.clocks;

/** The kinds of record the clocks queue keeps beside its clocks: they never fall due. */
public final class Records {
    /** A routed referral or MASH referral that staff replies (ACCEPTED, MOVED IN ...) are about. */
    public static final String CASE = "case";
    /** A staff reply's closing record: what it closed. */
    public static final String CLOSED = "closed";
    /** A void return waiting for its week's summary. */
    public static final String VOID_RETURNED = "void-returned";
    /** A void return the week's summary counted (or reported after it), kept for the Beds page until the next one. */
    public static final String VOID_SUMMARISED = "void-summarised";

    private Records() {
    }
}
