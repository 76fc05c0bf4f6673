package org.ypsa.hub.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * SIGKILLs aimed at a random moment of a batch, and what each one interrupted, measured from outside the killed
 * JVM: the mails the hub had started (its audit trail's "received", written before it reads a mail's form)
 * that were not yet marked done (still in the intake INBOX after the kill), and of those how many had no
 * outcome committed on the broker yet.
 */
public final class Kills {
    /**
     * One kill: the mails in flight when it landed (started, not yet marked done), of which {@code uncommitted}
     * had no outcome committed yet and the rest had one but were not yet moved out of the inbox.
     */
    public record Kill(String target, int number, String aim, int inFlight, int uncommitted) {
        public boolean landedInFlight() {
            return inFlight > 0;
        }

        @Override
        public String toString() {
            return target + " kill " + number + " (aimed at " + aim + "): in-flight=" + inFlight + " (outcome not committed " + uncommitted
                    + ", committed and not yet marked done " + (inFlight - uncommitted) + ")";
        }
    }

    /** Audit events every mail of a mixed batch writes, in this order. */
    private static final List<String> STAGES = List.of("received", "decided");
    private final AuditTrail audit;
    private final Random random;
    private final List<Kill> kills = new ArrayList<>();
    private int windowStart;
    private String aim = "start-up";

    public Kills(AuditTrail audit, Random random) {
        this.audit = audit;
        this.random = random;
    }

    /** Marks that the JVM to be killed next (the hub, or the broker it works with) starts now. */
    public void starting() {
        windowStart = audit.size();
    }

    /**
     * Waits for a random moment in the next share of the batch: one of the next {@code mails} mails, drawn at
     * random, at one of two stages drawn at random: just read (its "received" event: the hub is reading the form,
     * nothing is committed) or just decided (its "decided" event: the decision is on disk, and the one transaction
     * carrying its outcome, reply, alerts and clocks, then the move out of the inbox, are to come). The kill lands
     * some milliseconds later, where the work has got to by then; {@link #record} measures it. (Stages after the
     * commit were dropped: the move out of the inbox often finished before the kill landed.)
     */
    /**
     * Of the mails in the inbox, those the hub has never started on: each will reach every stage. (A mail whose
     * outcome was committed but which is still in the inbox is only found committed when read again.)
     */
    public Set<String> notStarted(Set<String> inbox) {
        Set<String> fresh = new LinkedHashSet<>(inbox);
        audit.since(0).stream().filter(e -> "received".equals(e.event())).forEach(e -> fresh.remove(e.reference()));
        return fresh;
    }

    public void awaitRandomMoment(int mails) {
        int n = 1 + random.nextInt(Math.max(1, mails));
        String stage = STAGES.get(random.nextInt(STAGES.size()));
        aim = "mail " + n + " at " + stage;
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(10))
                .until(() -> audit.since(windowStart).stream().filter(e -> stage.equals(e.event())).count() >= n);
    }

    /**
     * Records what a kill at {@code killedAt} interrupted. {@code inbox}: the references in the intake INBOX read
     * after the kill; {@code committed}: whether a mail's outcome is on the broker.
     */
    public Kill record(String target, Instant killedAt, Set<String> inbox, Predicate<String> committed) {
        Set<String> started = new LinkedHashSet<>();
        for (AuditTrail.Event e : audit.since(windowStart)) {
            if ("received".equals(e.event()) && !e.time().isAfter(killedAt)) {
                started.add(e.reference());
            }
        }
        started.retainAll(inbox);
        int uncommitted = (int) started.stream().filter(committed.negate()).count();
        Kill kill = new Kill(target, kills.size() + 1, aim, started.size(), uncommitted);
        kills.add(kill);
        System.out.println(kill);
        return kill;
    }

    /** References whose outcome the hub recorded as sent: the broker had confirmed it (durable send). */
    public Set<String> outcomesSent() {
        Set<String> refs = new LinkedHashSet<>();
        audit.since(0).stream().filter(e -> "routed".equals(e.event())).forEach(e -> refs.add(e.reference()));
        return refs;
    }

    public List<Kill> all() {
        return List.copyOf(kills);
    }

    public long landedInFlight() {
        return kills.stream().filter(Kill::landedInFlight).count();
    }

    /** One line for the log and RELIABILITY.md: in flight per kill and how many kills landed in flight. */
    public String summary() {
        return "in-flight per kill " + kills.stream().map(k -> k.inFlight() + "/" + k.uncommitted()).toList()
                + " (in flight/outcome not committed); landed in flight " + landedInFlight() + " of " + kills.size()
                + "; with an outcome not committed " + kills.stream().filter(k -> k.uncommitted() > 0).count()
                + " of " + kills.size();
    }
}
