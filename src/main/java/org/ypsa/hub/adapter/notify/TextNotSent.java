package org.ypsa.hub.adapter.notify;

import java.time.Instant;

/** Why a text did not go on this try; each becomes a later try, or the admin's digest. */
public abstract sealed class TextNotSent extends Exception
        permits TextNotSent.Refused, TextNotSent.Unavailable, TextNotSent.HeldBack, TextNotSent.Off {

    TextNotSent(String message) {
        super(message, null, false, false);
    }

    /** Notify answered 4xx (a bad key, template or number, a trial key's guest list): the admin is told. */
    public static final class Refused extends TextNotSent {
        public Refused(int status) {
            super("GOV.UK Notify refused the text (" + status + ")");
        }
    }

    /** Notify down, busy (429, 5xx) or not answering in time: it may or may not have taken the text. */
    public static final class Unavailable extends TextNotSent {
        public Unavailable(String why) {
            super("GOV.UK Notify did not answer (" + why + ")");
        }
    }

    /** Over the phone networks' hourly limits for the number: sent when the hour allows. */
    public static final class HeldBack extends TextNotSent {
        private final transient Instant until;

        public HeldBack(Instant until) {
            super("held back for the phone networks' hourly limits");
            this.until = until;
        }

        public Instant until() {
            return until;
        }
    }

    /** Notify is not set up on this hub (no API key) any more. */
    public static final class Off extends TextNotSent {
        public Off() {
            super("GOV.UK Notify is not set up on this hub (no HUB_NOTIFY_API_KEY)");
        }
    }
}
