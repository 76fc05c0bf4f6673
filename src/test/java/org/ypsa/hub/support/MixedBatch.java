package org.ypsa.hub.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.config.impl.SecurityConfiguration;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.spi.core.security.ActiveMQJAASSecurityManager;
import org.apache.activemq.artemis.spi.core.security.jaas.InVMLoginModule;
import org.ypsa.hub.adapter.mail.MailReader;
import org.ypsa.hub.domain.Reference;

/**
 * A mixed batch of mail for fault tests and the benchmark: every form type, valid and invalid, and not a form at
 * all, from the sender each sample comes from; and the broker and queues they are reconciled against.
 */
public final class MixedBatch {
    public static final String INTAKE = "intake@ypsa.test";
    /** Where each form's one outcome lands (a safeguarding incident's copy on quality.safeguarding not counted). */
    public static final List<String> OUTCOME_QUEUES = List.of("brokerage.voids", "brokerage.referrals",
            "brokerage.risk", "brokerage.safeguarding", "mash.referrals", "mash.notifications", "hub.rejected",
            "hub.unrecognised");
    /** Sample mail (under mail/) and the directory address it comes from. */
    public static final Map<String, String> SENDERS = Map.ofEntries(
            Map.entry("void-xlsx-response.eml", "returns@response.provider.test"),
            Map.entry("void-xlsx-stonewater-broken.eml", "returns@stonewater.provider.test"),
            Map.entry("void-csv-key2.eml", "returns@key2.provider.test"),
            Map.entry("not-a-form.eml", "returns@response.provider.test"),
            Map.entry("void-body-connection.eml", "returns@connection.provider.test"),
            Map.entry("referral-emergency-docx.eml", "j.pemberton-quaile@council.test"),
            Map.entry("referral-nonemergency-docx.eml", "r.okafor@council.test"),
            Map.entry("referral-invalid-docx.eml", "r.okafor@council.test"),
            Map.entry("referral-pdf-form.eml", "h.brackenbury@council.test"),
            Map.entry("risk-concern-docx.eml", "returns@response.provider.test"),
            Map.entry("safeguarding-high-docx.eml", "returns@response.provider.test"),
            Map.entry("safeguarding-invalid-docx.eml", "returns@response.provider.test"),
            Map.entry("safeguarding-critical-body.eml", "duty@occ-ypsa.council.test"),
            Map.entry("mash-referral-docx.eml", "p.venn@housing.council.test"),
            Map.entry("mash-mediation-prevented-body.eml", "p.venn@housing.council.test"));
    private static final List<String> NAMES = List.copyOf(new TreeSet<>(SENDERS.keySet()));

    private MixedBatch() {
    }

    /** The sample the i-th mail of a batch is made from: every form type in turn. */
    public static String sample(int i) {
        return NAMES.get(i % NAMES.size());
    }

    /** The i-th mail of a batch, as a new mail (its own Message-ID) for the coming week. */
    public static String mail(int i) {
        return Fixtures.fresh(Fixtures.withWeek(Fixtures.mail(sample(i)), Fixtures.nextMonday()));
    }

    public static String reference(String eml) {
        return Reference.of(MailReader.dedupKey(eml.getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** A persistent Artemis broker on a TCP port, as a council's standalone one would be, with no login. */
    public static EmbeddedActiveMQ startBroker(Path dir, int port) throws Exception {
        return startBroker(dir, port, null, null);
    }

    /**
     * A persistent Artemis broker on a TCP port; with a user (not null) it asks for that login, as the
     * docker-compose broker does, and the user may do everything on every address.
     */
    public static EmbeddedActiveMQ startBroker(Path dir, int port, String user, String password) throws Exception {
        ConfigurationImpl cfg = new ConfigurationImpl();
        cfg.setPersistenceEnabled(true);
        cfg.setSecurityEnabled(user != null);
        cfg.setJournalType(JournalType.NIO);
        cfg.setJournalDirectory(dir.resolve("journal").toString());
        cfg.setBindingsDirectory(dir.resolve("bindings").toString());
        cfg.setLargeMessagesDirectory(dir.resolve("large").toString());
        cfg.setPagingDirectory(dir.resolve("paging").toString());
        cfg.setIDCacheSize(100_000);
        cfg.setPersistIDCache(true);
        cfg.addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + port);
        EmbeddedActiveMQ server = new EmbeddedActiveMQ();
        server.setConfiguration(cfg);
        if (user != null) {
            cfg.putSecurityRoles("#", Set.of(new Role("hub", true, true, true, true, true, true, true, true, true, true)));
            SecurityConfiguration logins = new SecurityConfiguration();
            logins.addUser(user, password);
            logins.addRole(user, "hub");
            server.setSecurityManager(new ActiveMQJAASSecurityManager(InVMLoginModule.class.getName(), logins));
        }
        server.start();
        return server;
    }
}
