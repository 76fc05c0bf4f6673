package org.ypsa.hub.support;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The servers and clients of a test that runs a hub context of its own (other settings than the shared HubIT
 * context, so other ports): its mail server, broker and data folder, and clients made once the hub is up.
 */
public final class OwnServers {
    public final int smtp = HubIT.freePort();
    public final int imap = HubIT.freePort();
    public final int broker = HubIT.freePort();
    private MailClient mail;
    private QueueClient queues;

    /** The hub's servers on these ports and a new data folder. */
    public void register(DynamicPropertyRegistry r) {
        HubIT.register(r, smtp, imap, broker, HubIT.tempDir());
    }

    public synchronized MailClient mail() {
        if (mail == null) {
            mail = new MailClient("127.0.0.1", smtp, imap);
        }
        return mail;
    }

    public synchronized QueueClient queues() {
        if (queues == null) {
            queues = new QueueClient("tcp://127.0.0.1:" + broker);
        }
        return queues;
    }

    public synchronized void close() {
        if (queues != null) {
            queues.close();
            queues = null;
        }
    }
}
