package org.ypsa.hub.domain.notify;

/** Whether the hub can send texts now (GOV.UK Notify is set up): the clocks and the intake ask before texting. */
public interface Texting {
    boolean enabled();
}
