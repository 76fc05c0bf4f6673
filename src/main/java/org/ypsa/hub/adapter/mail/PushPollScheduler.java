package org.ypsa.hub.adapter.mail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Folder;
import jakarta.mail.FolderClosedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.event.MessageCountAdapter;
import jakarta.mail.event.MessageCountEvent;

import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.spi.ScheduledPollConsumerScheduler;
import org.apache.camel.support.service.ServiceSupport;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ypsa.hub.adapter.mail.login.LoginRefused;
import org.ypsa.hub.config.MailSettings;

/**
 * When the intake mailbox is read: at once when the mail server says a mail arrived (IMAP IDLE), and by a
 * regular poll as the fallback. The poll itself is camel-mail's, unchanged, so every guarantee of the intake
 * route holds (a mail leaves the inbox only after its outcome is committed); push only decides <em>when</em>
 * it runs. One thread runs the polls, so two never overlap.
 *
 * <p>A second connection waits in IDLE on the inbox. It re-issues IDLE every {@code reissue} (servers end an
 * IDLE after about 30 minutes, RFC 2177; some far sooner), reconnects with a doubling back-off when the
 * connection drops, and polls once after each reconnect for mail that came while it was away. While push is
 * live the regular poll runs every {@code safety-poll}; while it is not (server without IDLE, connection
 * down, or switched off) every {@code poll-delay-ms}.
 */
public class PushPollScheduler extends ServiceSupport
        implements ScheduledPollConsumerScheduler, org.apache.camel.spi.PollingConsumerPollStrategy,
        org.apache.camel.spi.ExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(PushPollScheduler.class);

    /** The exchange property holding the {@link Mailbox} a mail was read from. */
    public static final String MAILBOX = "hubMailbox";

    private final Mailbox mailbox;
    private final String folderName;
    private final long pollDelayMs;
    private final boolean pushEnabled;
    private final Duration reissue;
    private final Duration safetyPoll;
    private final Duration maxBackoff;
    private final AtomicBoolean live = new AtomicBoolean();
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong completed = new AtomicLong();
    private final Counter wakeups;
    private final Counter reconnects;

    private CamelContext camelContext;
    private Runnable task;
    private ScheduledExecutorService polls;
    private Thread watcher;
    private volatile boolean started;
    private ScheduledFuture<?> next;
    private boolean running;
    private boolean rerun;
    private volatile IMAPFolder idling;
    private volatile String refusedReason;
    /** Mails of the running poll whose outcomes are committed: moved to the done folder when it ends. */
    private final List<DoneFolder.Committed> committedThisPoll = new ArrayList<>();

    public PushPollScheduler(Mailbox mailbox, MailSettings.Imap imap, MeterRegistry meters) {
        this.mailbox = mailbox;
        this.folderName = mailbox.folder();
        this.pollDelayMs = imap.pollDelayMs();
        this.pushEnabled = imap.push().enabled();
        this.reissue = imap.push().reissue();
        this.safetyPoll = imap.push().safetyPoll();
        this.maxBackoff = imap.push().maxBackoff();
        Gauge.builder("hub.intake.push.live", live, l -> l.get() ? 1 : 0)
                .description("1 while the intake mailbox pushes new mail (IMAP IDLE), 0 while only polled")
                .tag("mailbox", mailbox.id()).register(meters);
        this.wakeups = Counter.builder("hub.intake.push.wakeups").description("Polls started by a push")
                .tag("mailbox", mailbox.id()).register(meters);
        this.reconnects = Counter.builder("hub.intake.push.reconnects")
                .description("Push connections lost and opened again").tag("mailbox", mailbox.id()).register(meters);
    }

    public Mailbox mailbox() {
        return mailbox;
    }

    /** Why the mailbox's server refused the last login, or null when it did not. */
    public String refusedReason() {
        return refusedReason;
    }

    /** The intake route calls this as it starts on a mail: which mailbox it came from goes with it. */
    public void reading(org.apache.camel.Exchange exchange) {
        exchange.setProperty(MAILBOX, mailbox);
        read.incrementAndGet();
    }

    /**
     * The intake route calls this when a mail's outcome is committed. A poll that committed one polls again at
     * once, so a backlog drains at full speed; a poll that committed none (an empty inbox, or the broker down)
     * waits its delay, so an outage is not a busy loop. A mail that failed is tried again after poll-delay-ms
     * even while push is live: no new mail may come to wake the hub.
     */
    public void committed() {
        completed.incrementAndGet();
    }

    /** The intake route's last step: this mail's outcome is committed; it leaves the inbox when the poll ends. */
    public void moveWhenPollEnds(org.apache.camel.Exchange exchange) {
        DoneFolder.Committed c = DoneFolder.of(
                exchange.getIn(org.apache.camel.component.mail.MailMessage.class).getOriginalMessage());
        if (c != null) {
            synchronized (committedThisPoll) {
                committedThisPoll.add(c);
            }
        }
    }

    /** After a poll: its committed mails out of the inbox, on a connection of their own, by UID. */
    private void moveCommitted() {
        List<DoneFolder.Committed> done = DoneFolder.drain(committedThisPoll);
        if (done.isEmpty()) {
            return;
        }
        Store store = null;
        try {
            store = connect();
            Folder inbox = store.getFolder(folderName);
            inbox.open(Folder.READ_WRITE);
            DoneFolder.move(inbox, done, mailbox.doneFolder());
            inbox.close(false);
        } catch (MessagingException | RuntimeException e) {
            LOG.warn("Mailbox {}: {} committed mail(s) not moved to {} ({}): read again, found committed, moved then",
                    mailbox.id(), done.size(), mailbox.doneFolder(), e.getClass().getSimpleName());
        } finally {
            closeQuietly(store);
        }
    }

    /** True while a push connection waits on the inbox. */
    public boolean isLive() {
        return live.get();
    }

    // ---- Camel's side: it hands over the poll task and starts and stops us with the consumer.

    @Override
    public void onInit(Consumer consumer) {
        // nothing: one consumer a mailbox, made by Mailboxes
    }

    @Override
    public void scheduleTask(Runnable task) {
        this.task = task;
    }

    @Override
    public void unscheduleTask() {
        this.task = null;
    }

    @Override
    public synchronized void startScheduler() {
        if (started) {
            return;
        }
        started = true;
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> daemon(r, "hub-intake-poll-" + mailbox.id()));
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        polls = executor;
        scheduleNext(0);
        if (pushEnabled) {
            watcher = daemon(this::watch, "hub-intake-push-" + mailbox.id());
            watcher.start();
        }
    }

    @Override
    public boolean isSchedulerStarted() {
        return started;
    }

    @Override
    protected void doStop() throws Exception {
        synchronized (this) {
            started = false;
            // The next poll is not waited for (it may be a minute away): only a poll already reading mail is.
            if (next != null) {
                next.cancel(false);
                next = null;
            }
            if (polls != null) {
                polls.shutdown();
            }
        }
        if (watcher != null) {
            watcher.interrupt();
            closeQuietly(idling);
            watcher.join(5000);
            watcher = null;
        }
        if (polls != null && !polls.awaitTermination(30, TimeUnit.SECONDS)) {
            polls.shutdownNow();
        }
        live.set(false);
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    @Override
    public CamelContext getCamelContext() {
        return camelContext;
    }

    // ---- Polls: never two at once; a wake during a poll runs one more poll straight after it.

    /** Poll now (or straight after the poll that is running). */
    void wake() {
        synchronized (this) {
            if (running) {
                rerun = true;
                return;
            }
        }
        scheduleNext(0);
    }

    private synchronized void scheduleNext(long delayMs) {
        if (!started) {
            return;
        }
        if (next != null && !next.isDone()) {
            if (next.getDelay(TimeUnit.MILLISECONDS) <= delayMs) {
                return;
            }
            next.cancel(false);
        }
        next = polls.schedule(this::pollOnce, delayMs, TimeUnit.MILLISECONDS);
    }

    private void pollOnce() {
        synchronized (this) {
            running = true;
            rerun = false;
            next = null;
        }
        long readBefore = read.get();
        long before = completed.get();
        if (!canLogIn()) {
            synchronized (this) {
                running = false;
            }
            scheduleNext(Math.max(pollDelayMs, maxBackoff.toMillis())); // told once; asked again later, not in a loop
            return;
        }
        try {
            Runnable t = task;
            if (t != null) {
                t.run(); // camel-mail's poll: it handles and logs its own failures
            }
        } catch (RuntimeException e) {
            LOG.warn("Intake poll of mailbox {} failed: {}", mailbox.id(), e.getClass().getSimpleName());
        } finally {
            moveCommitted();
            boolean again;
            synchronized (this) {
                running = false;
                again = rerun || completed.get() != before;
            }
            boolean failed = read.get() != readBefore;
            scheduleNext(again ? 0 : delayAfterPoll(failed));
        }
    }

    /**
     * How long to wait before the next poll when this one committed nothing: while the server refuses the login,
     * max-backoff (asked again later, not every poll-delay); while push is live and the poll read nothing that
     * failed, the safety poll; otherwise poll-delay.
     */
    long delayAfterPoll(boolean aMailFailed) {
        if (refusedReason != null) {
            return Math.max(pollDelayMs, maxBackoff.toMillis());
        }
        return live.get() && !aMailFailed ? safetyPoll.toMillis() : pollDelayMs;
    }

    // ---- camel-mail's poll strategy: a refused login is told once (not a stack trace every poll) and waited out.

    @Override
    public boolean begin(Consumer consumer, org.apache.camel.Endpoint endpoint) {
        return true;
    }

    @Override
    public void commit(Consumer consumer, org.apache.camel.Endpoint endpoint, int polledMessages) {
        if (refusedReason != null && canLogIn()) {
            LOG.info("Mailbox {} logs in again", mailbox.id());
            refusedReason = null;
        }
    }

    @Override
    public boolean rollback(Consumer consumer, org.apache.camel.Endpoint endpoint, int retryCounter, Exception e) {
        if (e instanceof jakarta.mail.AuthenticationFailedException) {
            refused("the mail server refused the login");
        } else {
            // the mail server's words for a mail error; only the kind of anything else (it might quote a mail)
            LOG.warn("Intake poll of mailbox {} failed: {}", mailbox.id(),
                    e instanceof jakarta.mail.MessagingException ? e.toString() : e.getClass().getSimpleName());
        }
        return false;
    }

    // ---- the consumer's exception handler: a refused login was told once above, not again with a stack trace.

    @Override
    public void handleException(Throwable exception) {
        handleException(null, null, exception);
    }

    @Override
    public void handleException(String message, Throwable exception) {
        handleException(message, null, exception);
    }

    @Override
    public void handleException(String message, org.apache.camel.Exchange exchange, Throwable exception) {
        if (exception instanceof jakarta.mail.AuthenticationFailedException) {
            return;
        }
        LOG.warn(message == null ? "Intake of mailbox " + mailbox.id() + " failed" : message, exception);
    }

    // ---- Push: one connection in IDLE, re-issued, reconnected with back-off.

    private void watch() {
        long backoff = 1000;
        boolean warnedNoIdle = false;
        while (started && !Thread.currentThread().isInterrupted()) {
            Store store = null;
            ScheduledExecutorService keepAlive = null;
            try {
                store = connect();
                if (!(store instanceof IMAPStore imap) || !imap.hasCapability("IDLE")) {
                    if (!warnedNoIdle) {
                        LOG.warn("The mail server of mailbox {} offers no IMAP IDLE: polling every {} ms", mailbox.id(), pollDelayMs);
                        warnedNoIdle = true;
                    }
                    store.close();
                    sleep(Math.max(maxBackoff.toMillis(), 60_000)); // ask again later: the server may change
                    continue;
                }
                IMAPFolder inbox = (IMAPFolder) store.getFolder(folderName);
                inbox.open(Folder.READ_ONLY);
                inbox.addMessageCountListener(new MessageCountAdapter() {
                    @Override
                    public void messagesAdded(MessageCountEvent e) {
                        wakeups.increment();
                        wake();
                    }
                });
                idling = inbox;
                refusedReason = null;
                live.set(true);
                LOG.info("Push intake live for mailbox {}: the mail server announces new mail (IMAP IDLE)", mailbox.id());
                wake(); // mail that came while we were connecting
                keepAlive = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "hub-intake-push-reissue-" + mailbox.id()));
                keepAlive.scheduleWithFixedDelay(() -> reissue(inbox), reissue.toMillis(), reissue.toMillis(),
                        TimeUnit.MILLISECONDS);
                long since = System.nanoTime();
                while (started && inbox.isOpen()) {
                    inbox.idle(); // returns when another command (the re-issue) ends it, or the server does
                    if (System.nanoTime() - since > TimeUnit.MINUTES.toNanos(1)) {
                        backoff = 1000; // a connection that lasted is not a flapping one
                    }
                }
                if (started) {
                    // a cut connection can end the IDLE quietly, with the folder closed and no exception
                    throw new FolderClosedException(inbox, "the mail server closed the mailbox");
                }
            } catch (MessagingException | IllegalStateException e) {
                if (!started) {
                    break;
                }
                if (e instanceof jakarta.mail.AuthenticationFailedException && refusedReason == null) {
                    refused("the mail server refused the login");
                    mailbox.login().forgetToken(); // a token that looked current was refused: fetch a new one
                }
                boolean wasLive = live.getAndSet(false);
                if (wasLive) {
                    reconnects.increment();
                }
                LOG.warn("Push intake connection of mailbox {} lost ({}); polling every {} ms, reconnecting in {} ms",
                        mailbox.id(), e.getClass().getSimpleName(), delayAfterPoll(true), backoff);
                sleep(backoff);
                backoff = Math.min(backoff * 2, maxBackoff.toMillis());
            } finally {
                live.set(false);
                idling = null;
                if (keepAlive != null) {
                    keepAlive.shutdownNow();
                }
                closeQuietly(store);
            }
        }
    }

    /** Ends the running IDLE with a NOOP; the watch loop issues a fresh one. */
    private static void reissue(IMAPFolder inbox) {
        try {
            inbox.doCommand(protocol -> {
                protocol.simpleCommand("NOOP", null);
                return null;
            });
        } catch (MessagingException | IllegalStateException e) {
            // the watch loop sees the broken connection and reconnects
        }
    }

    private boolean canLogIn() {
        try {
            mailbox.login().credential();
            return true;
        } catch (LoginRefused e) {
            refused(e.getMessage());
            return false;
        }
    }

    /** The password or token of this connect; a refusal is reported once and waited out, not retried at once. */
    private String credential() throws MessagingException {
        try {
            return mailbox.login().credential();
        } catch (LoginRefused e) {
            refused(e.getMessage());
            throw new jakarta.mail.AuthenticationFailedException(e.getMessage());
        }
    }

    private void refused(String reason) {
        if (!reason.equals(refusedReason)) {
            LOG.error("Mailbox {} cannot log in: {}", mailbox.id(), reason);
        }
        refusedReason = reason;
    }

    /**
     * An IDLE waits for minutes by design; the re-issue makes the server answer every `reissue`, so a connection
     * silent for twice that long is dead and is dropped.
     */
    private Store connect() throws MessagingException {
        Session session = mailbox.session(Duration.ofSeconds(30), reissue.multipliedBy(2).plusSeconds(30));
        Store store = session.getStore(mailbox.protocol());
        store.connect(mailbox.host(), mailbox.port(), mailbox.login().username(), credential());
        return store;
    }

    private void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception e) {
                // closing a broken connection
            }
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
