package org.ypsa.hub.adapter.mail;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.domain.intake.FormType;
import org.ypsa.hub.domain.intake.Outcome;

/**
 * A time limit on reading one mail's attachments and form. The readers already refuse what is too big (size,
 * rows, pages, zip entries and ratios); this catches a file that is slow for any other reason. A mail that takes
 * longer is rejected with a reason (and kept for an admin, as every rejection is), so it cannot stall the
 * mailbox. The read it gave up on is interrupted and left to finish on its own thread.
 */
public final class ReadDeadline {
    private final Duration limit;
    private final ExecutorService readers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hub-reader");
        t.setDaemon(true);
        return t;
    });

    private final Problem tooSlow;

    public ReadDeadline(Duration limit) {
        this.limit = limit;
        this.tooSlow = new Problem("Attachment", "File", "the hub could not read it within " + limit.toSeconds()
                + " seconds: it is too large or too complex",
                "the form on its own, as a .docx, .xlsx, .csv or .pdf file of a few pages");
    }

    /** True for the rejection of a read that ran out of time. */
    public boolean ranOutOfTime(Outcome o) {
        return o instanceof Outcome.Rejected r && r.problems().contains(tooSlow);
    }

    /** The read's outcome, or a rejection when it took longer than the limit. A failure of the read is thrown. */
    public Outcome read(Callable<Outcome> read) throws Exception {
        Future<Outcome> f = readers.submit(read);
        try {
            return f.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            return new Outcome.Rejected(FormType.UNKNOWN, List.of(tooSlow), List.of());
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw e;
        }
    }
}
