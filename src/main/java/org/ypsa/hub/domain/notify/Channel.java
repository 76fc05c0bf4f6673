package org.ypsa.hub.domain.notify;

/** How a step of a clock reaches people: by email (always), and by text message through GOV.UK Notify. */
public enum Channel {
    EMAIL, SMS
}
