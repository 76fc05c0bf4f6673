package org.ypsa.hub.adapter.notify;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.stereotype.Component;
import org.ypsa.hub.config.HubProperties;
import org.ypsa.hub.domain.notify.Texting;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;
import uk.gov.service.notify.ReceivedTextMessage;

/**
 * The hub's one connection to GOV.UK Notify, through its Java client: off when no API key is set. The key is read
 * once, from the environment (hub.notify.api-key: HUB_NOTIFY_API_KEY); the client signs each request with it and
 * never puts it in a URL. Each call is bounded by hub.notify.timeout, which the client itself does not set.
 */
@Component
public class NotifyGateway implements AutoCloseable, Texting {
    private final Optional<NotificationClient> client;
    private final Duration timeout;
    private final ExecutorService calls = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "notify-call");
        t.setDaemon(true);
        return t;
    });

    public NotifyGateway(HubProperties props) {
        HubProperties.Notify n = props.govNotify();
        this.client = n != null && n.enabled() ? Optional.of(new NotificationClient(n.apiKey().strip(), n.baseUrl()))
                : Optional.empty();
        this.timeout = n == null ? Duration.ofSeconds(10) : n.timeout();
    }

    @Override
    public boolean enabled() {
        return client.isPresent();
    }

    /** Sends one text by the template, with Notify's reference kept for asking about it later. */
    public void sendSms(String templateId, String phoneNumber, Map<String, String> personalisation,
            String notifyReference) throws TextNotSent {
        NotificationClient c = client.orElseThrow(TextNotSent.Off::new);
        call(() -> c.sendSms(templateId, phoneNumber, personalisation, notifyReference));
    }

    /** Whether Notify already has a text with this reference: a try after an ambiguous failure asks first. */
    public boolean hasText(String notifyReference) throws TextNotSent {
        NotificationClient c = client.orElseThrow(TextNotSent.Off::new);
        return !call(() -> c.getNotifications(null, "sms", notifyReference, null)).getNotifications().isEmpty();
    }

    /** Received texts, newest first: the most recent page, or those older than the id given. */
    public List<ReceivedTextMessage> received(String olderThanId) throws TextNotSent {
        NotificationClient c = client.orElseThrow(TextNotSent.Off::new);
        return call(() -> c.getReceivedTextMessages(olderThanId)).getReceivedTextMessages();
    }

    private <T> T call(Callable<T> request) throws TextNotSent {
        Future<T> f = calls.submit(request);
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new TextNotSent.Unavailable("no answer in " + timeout.toSeconds() + "s");
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new TextNotSent.Unavailable("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof NotificationClientException n) {
                int status = n.getHttpResult();
                if (status >= 400 && status < 500 && status != 429) {
                    throw new TextNotSent.Refused(status);
                }
                throw new TextNotSent.Unavailable(status == 0 ? "no connection" : "HTTP " + status);
            }
            throw new TextNotSent.Unavailable(e.getCause().getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        calls.shutdownNow();
    }
}
