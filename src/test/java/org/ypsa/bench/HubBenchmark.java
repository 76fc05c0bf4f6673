package org.ypsa.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.ypsa.hub.support.HostileCorpus;
import org.ypsa.hub.support.HubIT;
import org.ypsa.hub.support.HubProcess;
import org.ypsa.hub.support.MailClient;
import org.ypsa.hub.support.MixedBatch;

/**
 * The benchmark (not part of the test suite: run it with {@code bash bench/run}). It prints figures and asserts
 * nothing about time; it fails only if a mail is lost, which would make the figures meaningless.
 *
 * <ol>
 * <li>B0, the bare pipeline: one IMAP connection fetches each queued mail, sends its bytes as one persistent
 * message and commits, then moves the mail out of the inbox. No parsing. Same mail server, broker and corpus.</li>
 * <li>The hub, a separate JVM on a 256 MB heap, draining the same backlog with parsing on.</li>
 * <li>The hub at a steady rate: latency from the mail server accepting a mail to its outcome being committed on
 * its queue (seen by a consumer).</li>
 * <li>The hostile corpus (zip bombs, a 40 MB attachment, encrypted files...) through the same hub: the slowest
 * read of one mail.</li>
 * </ol>
 * Sizes: -Dbench.backlog (2000), -Dbench.rate (5 a second), -Dbench.steady-seconds (120), -Dbench.hostile (true),
 * -Dbench.profile (true: a Java Flight Recording of the hub during the backlog, summarised).
 */
class HubBenchmark {
    private static final String INTAKE = MixedBatch.INTAKE;
    private static final int BIG_EVERY = 20; // one mail in 20 carries a 2 MB attachment
    private final Random random = new Random(20261129);
    private final Map<String, Object> figures = new LinkedHashMap<>();

    @Test
    void benchmark() throws Exception {
        int backlog = Integer.getInteger("bench.backlog", 2000);
        double rate = Double.parseDouble(System.getProperty("bench.rate", "5"));
        int steadySeconds = Integer.getInteger("bench.steady-seconds", 120);
        boolean hostile = Boolean.parseBoolean(System.getProperty("bench.hostile", "true"));
        boolean profile = Boolean.parseBoolean(System.getProperty("bench.profile", "true"));
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.apache.activemq"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("com.icegreen"))
                .setLevel(ch.qos.logback.classic.Level.WARN);

        Path dir = Files.createTempDirectory("ypsa-bench");
        int smtp = HubIT.freePort();
        int imap = HubIT.freePort();
        int brokerPort = HubIT.freePort();
        int http = HubIT.freePort();
        GreenMail greenMail = mailServer(smtp, imap);
        GreenMailUser intake = greenMail.setUser(INTAKE, INTAKE, MailClient.PASSWORD);
        MixedBatch.SENDERS.values().forEach(a -> greenMail.setUser(a, a, MailClient.PASSWORD));
        EmbeddedActiveMQ broker = MixedBatch.startBroker(dir.resolve("broker"), brokerPort);
        ActiveMQConnectionFactory jms = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + brokerPort);
        HubProcess hub = null;
        try {
            System.out.printf("%nbenchmark: corpus of %d mails (every form type, valid and invalid; 1 in %d with a "
                    + "2 MB attachment)%n", backlog, BIG_EVERY);
            List<String> corpus = corpus(backlog, 0);
            long corpusBytes = corpus.stream().mapToLong(String::length).sum();
            figures.put("corpus MB", corpusBytes / 1e6);

            // ---- B0: the bare pipeline
            deliver(intake, corpus);
            double b0 = bare(imap, jms, backlog);
            figures.put("B0 mails/s", b0);
            System.out.printf("B0 (fetch, one persistent message, commit, move): %.1f mails/s%n", b0);

            // ---- The hub, draining the same backlog
            deliver(intake, corpus);
            List<String> jvm = new ArrayList<>(List.of("-Xmx256m", "-XX:+UseG1GC"));
            Path jfr = dir.resolve("hub.jfr");
            if (profile) {
                jvm.add("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile,dumponexit=true");
            }
            hub = new HubProcess("org.ypsa.hub.HubApplication", hubArgs(brokerPort, imap, smtp, dir, http),
                    dir.resolve("hub.log")).jvm(jvm.toArray(String[]::new));
            long startedAt = System.nanoTime();
            hub.start();
            MemorySampler memory = new MemorySampler(hub.pid());
            memory.start();
            long[] drain = drain(broker, backlog, startedAt);
            double hubRate = (backlog - 1) / ((drain[1] - drain[0]) / 1e9);
            figures.put("hub start-up to first outcome s", (drain[0] - startedAt) / 1e9);
            figures.put("hub backlog mails/s", hubRate);
            figures.put("hub / B0", hubRate / b0);
            System.out.printf("hub backlog (parsing on): %.1f mails/s = %.0f%% of B0; first outcome %.1f s after "
                    + "the JVM started%n", hubRate, 100 * hubRate / b0, (drain[0] - startedAt) / 1e9);
            figures.put("mean mail read (parse + validate) s", metric(http, "hub_intake_read_seconds_sum")
                    / metric(http, "hub_intake_read_seconds_count"));
            figures.put("backlog peak heap MB", memory.peakHeapMb());
            figures.put("backlog peak RSS MB", memory.peakRssMb());

            // ---- Steady load: latency from accepted by the mail server to committed on the queue
            List<Double> latencies = steady(smtp, jms, broker, rate, steadySeconds);
            Collections.sort(latencies);
            figures.put("steady mails", latencies.size());
            for (double p : new double[] {0.50, 0.95, 0.99}) {
                figures.put("steady p" + Math.round(p * 100) + " s", percentile(latencies, p));
            }
            figures.put("steady max s", latencies.get(latencies.size() - 1));
            System.out.printf("steady %.1f mails/s for %d s: p50 %.3f s, p95 %.3f s, p99 %.3f s, max %.3f s%n", rate,
                    steadySeconds, percentile(latencies, 0.50), percentile(latencies, 0.95),
                    percentile(latencies, 0.99), latencies.get(latencies.size() - 1));
            figures.put("slowest mail read (normal corpus) s", slowestRead(http));

            // ---- Hostile corpus: the slowest single read
            if (hostile) {
                List<HostileCorpus.Mail> bad = HostileCorpus.load();
                long before = outcomes(broker);
                int delivered = 0;
                for (HostileCorpus.Mail m : bad) {
                    try {
                        intake.deliver(new MimeMessage(Session.getInstance(new Properties()),
                                new ByteArrayInputStream(m.eml().getBytes(StandardCharsets.ISO_8859_1))));
                        delivered++;
                    } catch (Exception e) {
                        // the mail server refuses one of them (as in HubCrashIT)
                    }
                }
                int expected = delivered;
                waitUntil(() -> outcomes(broker) - before >= expected && intake(greenMail) == 0, 600);
                figures.put("hostile mails", delivered);
                figures.put("slowest mail read (with hostile corpus) s", slowestRead(http));
            }
            figures.put("peak heap MB (whole run, -Xmx256m)", memory.peakHeapMb());
            figures.put("peak RSS MB (whole run)", memory.peakRssMb());
            memory.stop();
            hub.stop();
            hub = null;
            if (profile) {
                profile(jfr);
            }
            System.out.println();
            System.out.println("figures:");
            figures.forEach((k, v) -> System.out.printf("  %-44s %s%n", k,
                    v instanceof Double d ? String.format("%.3f", d) : v));
            System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                    + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                    + System.getProperty("os.arch"));
        } finally {
            if (hub != null) {
                hub.kill();
            }
            broker.stop();
            greenMail.stop();
        }
    }

    /**
     * Screening's time over long texts without punctuation (a pattern that scanned back and forth took minutes): the
     * time should grow with the text's length, not its square. Prints figures only.
     */
    @Test
    void screeningALongTextWithoutPunctuation() {
        String sentence = "staff saw an older male near the flat and he spoke to residents ";
        java.time.LocalDate today = java.time.LocalDate.of(2026, 12, 2);
        System.out.printf("%nbenchmark: screening a text without punctuation%n");
        for (int repeats : new int[] {1_500, 3_000, 6_000}) {
            String words = sentence.repeat(repeats);
            org.ypsa.hub.domain.intelligence.Screening.screen(words, today); // warm up
            long start = System.nanoTime();
            org.ypsa.hub.domain.intelligence.Screening.screen(words + "\nshe is with him now", today);
            org.ypsa.hub.domain.intelligence.Screening.screen(words.replace(" and ", "\n"), today);
            System.out.printf("  2 x %4d KB: %6d ms%n", words.length() / 1024, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /**
     * Reading dates and times as people write them (Dates.tidy's typing slips, words, a time said again): the cost of
     * one value, and of a long free-text answer a form put where a date was asked (read whole, then refused). Prints
     * figures only.
     */
    @Test
    void readingDatesAsPeopleWriteThem() {
        java.time.LocalDate sent = java.time.LocalDate.of(2026, 12, 16);
        List<String> values = List.of("8/12/2009", "08-12-09", "8.12.2009", "8 Dec 2009", "8th December 2009",
                "December 8 2009", "2009-12-08", "8 th Sept 09", "8th Sept. 2009.", "Tue 15th 9.15 am",
                "15/12/2026 5.35 pm (twenty five to 6 yesterday evening)", "last night around 10.25pm", "19;20",
                "14.05.", "yesterday teatime - 17:35", "N/K", "TBC");
        String sentence = "she said she left the flat after an argument with mum and went to a friend's and then ";
        System.out.printf("%nbenchmark: reading dates and times%n");
        for (int round = 0; round < 2; round++) { // the first round warms up
            long start = System.nanoTime();
            int reads = 0;
            for (int i = 0; i < 2_000; i++) {
                for (String value : values) {
                    org.ypsa.hub.domain.Dates.parseDateTime(value, sent, org.ypsa.hub.domain.Dates.Yearless.NOT_AFTER);
                    org.ypsa.hub.domain.Dates.parse(value, sent, org.ypsa.hub.domain.Dates.Yearless.NOT_AFTER);
                    reads += 2;
                }
            }
            if (round == 1) {
                System.out.printf("  one value: %.1f us on average (%d reads of %d values)%n",
                        (System.nanoTime() - start) / 1_000.0 / reads, reads, values.size());
            }
        }
        // the time should grow with the answer's length, not its square; the odd ones end in a number
        for (int repeats : new int[] {100, 101, 200, 201, 400, 401}) {
            String answer = sentence.repeat(repeats) + (repeats % 100 == 0 ? "" : "12 of them");
            org.ypsa.hub.domain.Dates.parseDateTime(answer, sent, org.ypsa.hub.domain.Dates.Yearless.NOT_AFTER);
            long start = System.nanoTime();
            org.ypsa.hub.domain.Dates.parseDateTime(answer, sent, org.ypsa.hub.domain.Dates.Yearless.NOT_AFTER);
            System.out.printf("  a %2d KB free-text answer where a date was asked: %6.1f ms%n", answer.length() / 1024,
                    (System.nanoTime() - start) / 1_000_000.0);
        }
    }

    /**
     * Reading one long typed mail (a pasted chronology, a page where a date was asked, a line of many colons): the time
     * should grow with the mail's length, not its square. Every alert waits behind the mail being read. Prints figures
     * only.
     */
    @Test
    void readingALongTypedMail() {
        org.ypsa.hub.domain.intake.Intake intake = new org.ypsa.hub.domain.intake.Intake(
                org.ypsa.hub.support.TestDirectory.shipped(), java.time.ZoneId.of("Europe/London"),
                java.time.LocalTime.of(10, 0), org.ypsa.hub.support.TestDirectory.bankHolidays());
        String sentence = "she said she left the flat after an argument with mum and went to a friend's and then ";
        System.out.printf("%nbenchmark: reading one long typed mail%n");
        for (int size : new int[] {1, 2, 4}) {
            String text = sentence.repeat(50 * size) + "12 of them";
            StringBuilder chronology = new StringBuilder("Intelligence submission\n");
            for (int i = 0; i < 100 * size; i++) {
                chronology.append("Note ").append(i).append(": seen on 0").append(i % 9 + 1).append("/12/2026 at 1")
                        .append(i % 10).append(":00 near the shop\n");
            }
            Map<String, String> bodies = new LinkedHashMap<>();
            bodies.put("incident, a page where the time was asked", "Safeguarding incident report\nYoung person's name: "
                    + "Amy Jones\nDate and time of incident: " + text + "\nCategory: missing\nDescription: " + text);
            bodies.put("referral, pages as its answers", "Referral for supported accommodation\nName: Amy Jones\nDOB: "
                    + text + "\nReason for referral: " + text + "\nDate needed: " + text);
            bodies.put("a chronology of dated lines", chronology.toString());
            bodies.put("one line of many colons", "Risk concern: " + "item: value; time 12:30 on 3/4/2026, ".repeat(100 * size));
            for (Map.Entry<String, String> b : bodies.entrySet()) {
                org.ypsa.hub.domain.intake.InboundMail mail = new org.ypsa.hub.domain.intake.InboundMail("intake@ypsa.test",
                        "<long@ypsa.test>", "worker@council.test", "Form", java.time.Instant.parse("2026-12-16T10:00:00Z"),
                        b.getValue(), List.of(), false);
                long start = System.nanoTime();
                intake.handle(mail);
                System.out.printf("  %-42s %3d KB: %7.1f ms%n", b.getKey(), b.getValue().length() / 1024,
                        (System.nanoTime() - start) / 1_000_000.0);
            }
        }
    }

    /**
     * Reading a text as a provider's risk letter (RiskLetter.asForm, stop 53): it runs on every attached document with
     * few labelled answers and on every mail body that is no worker's prose, so most mails pay it once or twice. The
     * cost of one text: a short letter, a long letter growing in paragraphs, a form typed in a mail (turned away at
     * its labels) and a worker's long prose with no "we cannot". The time should grow with the text's length, not
     * its square. Prints figures only.
     */
    @Test
    void readingATextAsARiskLetter() {
        org.ypsa.hub.domain.documents.RiskLetter letters = new org.ypsa.hub.domain.documents.RiskLetter(
                org.ypsa.hub.domain.forms.FormLibrary.shipped().form("risk-concern").letter());
        String letter = "Dear Brokerage,\n\nThank you for referral BRK/2026/0522. We are not able to offer a placement.\n\n"
                + "Our concern is that she goes missing overnight.\n\nThis is because we have no waking night staff.\n\n"
                + "What would help is a waking night worker.\n\nKind regards,\nJo Evans\n";
        String paragraph = "She has been seen with older males near the station and came back late on three nights.\n\n";
        String form = "Referral reference: BRK/2026/0522\nRisk we are unable to manage: missing overnight\n"
                + "Why: no waking night\nWhat would help: a waking night worker\n";
        String prose = "she said she left the flat after an argument with mum and went to a friend's and then. ";
        System.out.printf("%nbenchmark: reading a text as a risk letter (RiskLetter.asForm)%n");
        for (Map.Entry<String, String> t : Map.of("a short letter", letter, "a form typed in a mail", form).entrySet()) {
            int reads = 2000;
            long start = System.nanoTime();
            for (int i = 0; i < reads; i++) {
                letters.asForm(t.getValue());
            }
            System.out.printf("  %-34s %.1f us on average (%d reads)%n", t.getKey(),
                    (System.nanoTime() - start) / 1000.0 / reads, reads);
        }
        for (int size : new int[] {1, 2, 4}) {
            Map<String, String> texts = new LinkedHashMap<>();
            texts.put("a letter of many paragraphs", letter.replace("Kind regards", paragraph.repeat(100 * size)
                    + "Kind regards"));
            texts.put("a worker's prose, no 'we cannot'", prose.repeat(200 * size));
            for (Map.Entry<String, String> t : texts.entrySet()) {
                long start = System.nanoTime();
                letters.asForm(t.getValue());
                System.out.printf("  %-34s %3d KB: %7.1f ms%n", t.getKey(), t.getValue().length() / 1024,
                        (System.nanoTime() - start) / 1_000_000.0);
            }
        }
    }

    /**
     * Matching one label to a form's field (LabelMatcher.match): every label of every mail goes through it, and since
     * stop 56 a label of three or more words ending in an unknown word is first read with that word whole (cutShort,
     * walking the form's known words), and a label that may be a choice field's choices is split and tried against each
     * choice field. The cost of one label per kind, per form: a known wording, a label cut at its cell's edge, a
     * choice field's choices, a long sentence no field has. Prints figures only.
     */
    @Test
    void matchingALabelToItsField() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("a known wording", "Date of birth");
        labels.put("a label cut at its cell's edge", "Name of the young pers");
        labels.put("a choice field's choices", "Low / med / high / critical");
        labels.put("a long sentence no field has", "Please tell us anything else you think we ought to know about the "
                + "placement and the young person's wishes for the future");
        System.out.printf("%nbenchmark: matching a label to a form's field (LabelMatcher.match)%n");
        org.ypsa.hub.domain.forms.FormLibrary library = org.ypsa.hub.domain.forms.FormLibrary.shipped();
        for (String form : List.of("referral", "safeguarding-incident", "void-return")) {
            org.ypsa.hub.domain.forms.LabelMatcher matcher = new org.ypsa.hub.domain.forms.LabelMatcher(library.form(form));
            for (Map.Entry<String, String> l : labels.entrySet()) {
                int reads = 2000;
                long start = System.nanoTime();
                for (int i = 0; i < reads; i++) {
                    matcher.match(l.getValue());
                }
                System.out.printf("  %-22s %-32s %7.1f us on average (%d reads)%n", form, l.getKey(),
                        (System.nanoTime() - start) / 1000.0 / reads, reads);
            }
        }
    }

    /**
     * Reading a PDF page's drawing for its tables (PdfTables.Rulings): since stop 51 every filled rectangle too large
     * to be a border is kept (a shaded label cell, up to 20,000 a page), and each row drawn without rules between its
     * cells looks through them for its columns. The cost of one page: a details grid of shaded label cells and no
     * column rules, growing in rows, and a page of large filled rectangles (a chart or a shaded background) under a
     * few rules. The time should grow with the page's drawing, not its square. Prints figures only.
     */
    @Test
    void readingAPdfPagesShadedCells() throws Exception {
        System.out.printf("%nbenchmark: reading a PDF page's drawing with its shaded cells (PdfTables.Rulings)%n");
        for (int round = 0; round < 2; round++) { // the first round warms up
            for (int rows : new int[] {40, 400, 2_000}) {
                byte[] pdf = shadedPage(rows, 4, 0);
                long start = System.nanoTime();
                int read = org.ypsa.hub.domain.documents.PdfReader.readWithTables("grid.pdf", pdf).tables().rows().size();
                if (round == 1) {
                    System.out.printf("  a details grid of %5d rows, %5d shaded cells: %7.1f ms (%d rows read)%n", rows,
                            rows * 2, (System.nanoTime() - start) / 1_000_000.0, read);
                }
            }
            for (int fills : new int[] {0, 5_000, 20_000, 40_000}) {
                byte[] pdf = shadedPage(20, 4, fills);
                long start = System.nanoTime();
                org.ypsa.hub.domain.documents.PdfReader.readWithTables("chart.pdf", pdf).tables();
                if (round == 1) {
                    System.out.printf("  20 rows under %5d large filled rectangles:   %7.1f ms%n", fills,
                            (System.nanoTime() - start) / 1_000_000.0);
                }
            }
        }
    }

    /**
     * Reading a PDF table's rows of boxes (stop 54): every drawn row's cells are also read with their lines kept (each
     * line ended short of its cell's edge a new line) and the row is looked at as boxes ({@code AnswerBoxes}). The cost
     * of one page of boxes, three to a row, each a label over its answer, growing in rows, beside the details grid's
     * figures above. Prints figures only.
     */
    @Test
    void readingAPdfTablesRowsOfBoxes() throws Exception {
        System.out.printf("%nbenchmark: reading a PDF table's rows of boxes (PdfTables, AnswerBoxes)%n");
        for (int round = 0; round < 2; round++) { // the first round warms up
            for (int rows : new int[] {40, 400, 2_000}) {
                byte[] pdf = boxesPage(rows);
                long start = System.nanoTime();
                int read = org.ypsa.hub.domain.documents.PdfReader.readWithTables("boxes.pdf", pdf).form().entries().size();
                if (round == 1) {
                    System.out.printf("  %5d rows of three boxes: %7.1f ms (%d pairs read)%n", rows,
                            (System.nanoTime() - start) / 1_000_000.0, read);
                }
            }
        }
    }

    /**
     * Reading a PDF page printed in two columns without borders, "Label ..... answer" on each half ({@code TwoColumns},
     * stop 55: each page's lines outside tables are looked at for the columns' edge), and a page of prose across the
     * page of as many lines, which has none. Figures only.
     */
    @Test
    void readingATwoColumnLeaderPrint() throws Exception {
        System.out.printf("%nbenchmark: reading a two-column leader print (TwoColumns) and a page of prose%n");
        for (int round = 0; round < 2; round++) { // the first round warms up
            for (int rows : new int[] {40, 400, 2_000}) {
                for (boolean columns : new boolean[] {true, false}) {
                    byte[] pdf = twoColumnPage(rows, columns);
                    long start = System.nanoTime();
                    int read = org.ypsa.hub.domain.documents.PdfReader.readWithTables("print.pdf", pdf).form().entries()
                            .size();
                    if (round == 1) {
                        System.out.printf("  %5d lines of %s: %7.1f ms (%d pairs read)%n", rows,
                                columns ? "two columns" : "prose", (System.nanoTime() - start) / 1_000_000.0, read);
                    }
                }
            }
        }
    }

    /** Draws one page's content: its content stream, a plain font and the page's height. */
    private interface PageDrawing {
        void draw(org.apache.pdfbox.pdmodel.PDPageContentStream cs, org.apache.pdfbox.pdmodel.font.PDFont font,
                float height) throws IOException;
    }

    /** One PDF page, Letter-wide and at least Letter-high, drawn by {@code drawing}. */
    private static byte[] pdfPage(float height, PageDrawing drawing) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage(
                    new org.apache.pdfbox.pdmodel.common.PDRectangle(612, Math.max(792, height)));
            doc.addPage(page);
            var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                drawing.draw(cs, font, page.getMediaBox().getHeight());
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void text(org.apache.pdfbox.pdmodel.PDPageContentStream cs, org.apache.pdfbox.pdmodel.font.PDFont font,
            float size, float x, float y, String text) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    /** One PDF page of lines: two "Label ..... answer" cells to a line, or a sentence across the page. */
    private static byte[] twoColumnPage(int rows, boolean columns) throws IOException {
        return pdfPage(20 + rows * 14f, (cs, font, height) -> {
            for (int r = 0; r < rows; r++) {
                String[] runs = columns ? new String[] {"Question " + r + " .......... Answer " + r,
                        "Other question " + r + " .......... Other answer " + r}
                        : new String[] {"Line " + r + " of a sentence that runs on across the page from one margin to the other."};
                for (int c = 0; c < runs.length; c++) {
                    text(cs, font, 9, 50 + c * 260, height - 20 - r * 14, runs[c]);
                }
            }
        });
    }

    /** One PDF page of boxed cells, three to a row, each its label over its answer on the line under it. */
    private static byte[] boxesPage(int rows) throws IOException {
        return pdfPage(20 + rows * 24f, (cs, font, height) -> {
            float width = 510f / 3;
            for (int r = 0; r < rows; r++) {
                float top = height - 10 - r * 24;
                for (int c = 0; c < 3; c++) {
                    cs.addRect(50 + c * width, top - 24, width, 24);
                    String[] lines = {"Question " + r + "." + c + ":", "Answer " + r};
                    for (int k = 0; k < 2; k++) {
                        text(cs, font, 8, 53 + c * width, top - 9 - k * 10, lines[k]);
                    }
                }
                cs.stroke();
            }
        });
    }

    /**
     * One PDF page: rows of cells (label, answer, label, answer) parted by rules across the page only, each label
     * cell shaded, then {@code fills} filled squares of 6 points over the page (none thin enough to be a border).
     */
    private static byte[] shadedPage(int rows, int cells, int fills) throws IOException {
        return pdfPage(20 + rows * 14f, (cs, font, height) -> {
            float width = 510f / cells;
            for (int i = 0; i < fills; i++) {
                cs.setNonStrokingColor(0.9f, 0.9f, 0.9f);
                cs.addRect(50 + (i * 7) % 500, 10 + (i / 70) % 700, 6, 6);
                cs.fill();
            }
            for (int r = 0; r < rows; r++) {
                float top = height - 10 - r * 14;
                for (int c = 0; c < cells; c += 2) {
                    cs.setNonStrokingColor(0.89f, 0.94f, 0.85f);
                    cs.addRect(50 + c * width, top - 14, width, 14);
                    cs.fill();
                }
                cs.setNonStrokingColor(0f, 0f, 0f);
                for (int c = 0; c < cells; c++) {
                    text(cs, font, 8, 53 + c * width, top - 10, c % 2 == 0 ? "Label " + r + "." + c : "Answer " + r);
                }
                cs.moveTo(50, top);
                cs.lineTo(560, top);
            }
            cs.moveTo(50, height - 10 - rows * 14);
            cs.lineTo(560, height - 10 - rows * 14);
            cs.stroke();
        });
    }

    /**
     * The same backlog spread over one mailbox and then over several (issue 16): {@code -Dbench.mailboxes=1,6}
     * ({@code BENCH_MAILBOXES} in bench/mailboxes). Each count gets a fresh mail server, broker and hub; the backlog
     * is dealt round-robin, so every mailbox has its share waiting when the hub starts. Prints figures only.
     */
    @Test
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "bench.mailboxes", matches = ".+")
    void backlogAcrossMailboxes() throws Exception {
        int backlog = Integer.getInteger("bench.backlog", 600);
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.apache.activemq"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("com.icegreen"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        List<String> corpus = corpus(backlog, 0);
        System.out.printf("%nbenchmark: %d mails drained from one or several mailboxes%n", backlog);
        for (String count : System.getProperty("bench.mailboxes").split(",")) {
            int n = Integer.parseInt(count.strip());
            Path dir = Files.createTempDirectory("ypsa-bench-mailboxes");
            int smtp = HubIT.freePort();
            int imap = HubIT.freePort();
            int brokerPort = HubIT.freePort();
            GreenMail greenMail = mailServer(smtp, imap);
            MixedBatch.SENDERS.values().forEach(a -> greenMail.setUser(a, a, MailClient.PASSWORD));
            List<String> args = new ArrayList<>(hubArgs(brokerPort, imap, smtp, dir, HubIT.freePort()));
            List<List<String>> shares = new ArrayList<>();
            List<GreenMailUser> boxes = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String address = n == 1 ? INTAKE : "box" + i + "@ypsa.test";
                boxes.add(greenMail.setUser(address, address, MailClient.PASSWORD));
                shares.add(new ArrayList<>());
                if (n > 1) {
                    args.add("--hub.mail.mailboxes[" + i + "].id=box" + i);
                    args.add("--hub.mail.mailboxes[" + i + "].address=" + address);
                    args.add("--HUB_MAILBOX_BOX" + i + "_PASSWORD=" + MailClient.PASSWORD);
                }
            }
            for (int i = 0; i < corpus.size(); i++) {
                shares.get(i % n).add(corpus.get(i));
            }
            for (int i = 0; i < n; i++) {
                deliver(boxes.get(i), shares.get(i));
            }
            EmbeddedActiveMQ broker = MixedBatch.startBroker(dir.resolve("broker"), brokerPort);
            HubProcess hub = new HubProcess("org.ypsa.hub.HubApplication", args, dir.resolve("hub.log"))
                    .jvm("-Xmx256m", "-XX:+UseG1GC");
            try {
                long startedAt = System.nanoTime();
                hub.start();
                MemorySampler memory = new MemorySampler(hub.pid());
                memory.start();
                long[] drain = drain(broker, backlog, startedAt);
                double rate = (backlog - 1) / ((drain[1] - drain[0]) / 1e9);
                System.out.printf("  %d mailbox%s: %.2f mails/s, first outcome %.1f s after the JVM started, "
                        + "peak heap %.0f MB, peak RSS %.0f MB%n", n, n == 1 ? "" : "es", rate,
                        (drain[0] - startedAt) / 1e9, memory.peakHeapMb(), memory.peakRssMb());
                memory.stop();
            } finally {
                hub.stop();
                broker.stop();
                greenMail.stop();
            }
        }
    }

    private static GreenMail mailServer(int smtp, int imap) {
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        greenMail.start();
        return greenMail;
    }

    /** The hub on this mail server and external broker, its data in {@code dir}, logging warnings only. */
    private static List<String> hubArgs(int brokerPort, int imap, int smtp, Path dir, int http) {
        return List.of("--spring.artemis.mode=native", "--spring.artemis.embedded.enabled=false",
                "--spring.artemis.broker-url=tcp://127.0.0.1:" + brokerPort, "--hub.embedded-mail.enabled=false",
                "--hub.mail.imap.port=" + imap, "--hub.mail.smtp.port=" + smtp,
                "--hub.mail.imap.password=" + MailClient.PASSWORD, "--hub.mail.smtp.password=" + MailClient.PASSWORD,
                "--hub.store.dir=" + dir.resolve("data"), "--server.port=" + http, "--logging.level.root=WARN");
    }

    private List<String> corpus(int n, int offset) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String eml = MixedBatch.mail(offset + i);
            out.add((offset + i) % BIG_EVERY == BIG_EVERY - 1 ? withScan(eml) : eml);
        }
        return out;
    }

    /** Adds a 2 MB attachment (a scan, as supporting evidence) to a mail, as a new MIME part. */
    private String withScan(String eml) {
        try {
            MimeMessage m = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(eml.getBytes(StandardCharsets.ISO_8859_1)));
            jakarta.mail.internet.MimeMultipart mixed = new jakarta.mail.internet.MimeMultipart("mixed");
            jakarta.mail.internet.MimeBodyPart original = new jakarta.mail.internet.MimeBodyPart();
            original.setContent(m.getContent(), m.getContentType());
            mixed.addBodyPart(original);
            byte[] scan = new byte[2 * 1024 * 1024];
            random.nextBytes(scan);
            jakarta.mail.internet.MimeBodyPart part = new jakarta.mail.internet.MimeBodyPart();
            part.setContent(scan, "image/jpeg");
            part.setFileName("scanned-letter.jpg");
            part.setHeader("Content-Transfer-Encoding", "base64");
            mixed.addBodyPart(part);
            String id = m.getMessageID();
            m.setContent(mixed);
            m.saveChanges();
            m.setHeader("Message-ID", id);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            m.writeTo(out);
            return out.toString(StandardCharsets.ISO_8859_1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deliver(GreenMailUser intake, List<String> corpus) throws Exception {
        Session session = Session.getInstance(new Properties());
        for (String eml : corpus) {
            intake.deliver(new MimeMessage(session, new ByteArrayInputStream(eml.getBytes(StandardCharsets.ISO_8859_1))));
        }
    }

    /** B0: fetch each mail, send it as one persistent message, commit, then move it out of the inbox. */
    private static double bare(int imap, ActiveMQConnectionFactory jms, int expected) throws Exception {
        Properties fetch = new Properties();
        fetch.setProperty("mail.imap.fetchsize", String.valueOf(1024 * 1024)); // as the hub fetches
        Store store = Session.getInstance(fetch).getStore("imap");
        store.connect("127.0.0.1", imap, INTAKE, MailClient.PASSWORD);
        Folder done = store.getFolder("B0-Done");
        if (!done.exists()) {
            done.create(Folder.HOLDS_MESSAGES);
        }
        long first = 0;
        int moved = 0;
        try (Connection c = jms.createConnection()) {
            jakarta.jms.Session s = c.createSession(true, jakarta.jms.Session.SESSION_TRANSACTED);
            MessageProducer p = s.createProducer(s.createQueue("bench.b0"));
            p.setDeliveryMode(DeliveryMode.PERSISTENT);
            while (moved < expected) {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_WRITE);
                Message[] batch = inbox.getMessages(1, Math.min(50, inbox.getMessageCount()));
                for (Message m : batch) {
                    ByteArrayOutputStream raw = new ByteArrayOutputStream();
                    m.writeTo(raw);
                    BytesMessage out = s.createBytesMessage();
                    out.writeBytes(raw.toByteArray());
                    p.send(out);
                    s.commit();
                    if (first == 0) {
                        first = System.nanoTime();
                    }
                    inbox.copyMessages(new Message[] {m}, done);
                    m.setFlag(Flags.Flag.DELETED, true);
                    moved++;
                }
                inbox.close(true);
            }
        } finally {
            store.close();
        }
        return (expected - 1) / ((System.nanoTime() - first) / 1e9);
    }

    /** Waits for every mail of the backlog to have its outcome; returns when the first and the last came. */
    private static long[] drain(EmbeddedActiveMQ broker, int expected, long since) throws InterruptedException {
        long first = 0;
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (System.nanoTime() < deadline) {
            long n = outcomes(broker);
            if (n > 0 && first == 0) {
                first = System.nanoTime();
            }
            if (n >= expected) {
                return new long[] {first, System.nanoTime()};
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the backlog did not drain: " + outcomes(broker) + " of " + expected);
    }

    /** Outcomes committed so far, across every outcome queue, counted by the broker itself. */
    private static long outcomes(EmbeddedActiveMQ broker) {
        long n = 0;
        for (String q : MixedBatch.OUTCOME_QUEUES) {
            Queue queue = broker.getActiveMQServer().locateQueue(SimpleString.of(q));
            n += queue == null ? 0 : queue.getMessagesAdded();
        }
        return n;
    }

    private static int intake(GreenMail greenMail) {
        try {
            return greenMail.getManagers().getImapHostManager()
                    .getInbox(greenMail.getManagers().getUserManager().getUser(INTAKE)).getMessageCount();
        } catch (Exception e) {
            return -1;
        }
    }

    /** Sends at a steady rate over SMTP; returns, for each mail, seconds from accepted to committed. */
    private List<Double> steady(int smtp, ActiveMQConnectionFactory jms, EmbeddedActiveMQ broker, double rate,
            int seconds) throws Exception {
        Map<String, Long> accepted = new ConcurrentHashMap<>();
        Map<String, Long> committed = new ConcurrentHashMap<>();
        List<String> corpus = corpus((int) Math.ceil(rate * seconds), 1_000_000);
        try (Connection c = jms.createConnection()) {
            List<jakarta.jms.Session> sessions = new ArrayList<>();
            for (String q : MixedBatch.OUTCOME_QUEUES) {
                jakarta.jms.Session s = c.createSession(false, jakarta.jms.Session.AUTO_ACKNOWLEDGE);
                sessions.add(s);
                MessageConsumer consumer = s.createConsumer(s.createQueue(q));
                consumer.setMessageListener(m -> {
                    try {
                        String ref = m.getStringProperty("hubReference");
                        if (ref != null) {
                            committed.putIfAbsent(ref, System.nanoTime());
                        }
                    } catch (Exception e) {
                        // a message without the property: not ours
                    }
                });
            }
            c.start();
            Session mailSession = Session.getInstance(new Properties());
            Transport t = mailSession.getTransport("smtp");
            t.connect("127.0.0.1", smtp, null, null);
            long period = (long) (1e9 / rate);
            long start = System.nanoTime();
            for (int i = 0; i < corpus.size(); i++) {
                long due = start + i * period;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                String eml = corpus.get(i);
                MimeMessage m = new MimeMessage(mailSession, new ByteArrayInputStream(eml.getBytes(StandardCharsets.ISO_8859_1)));
                t.sendMessage(m, new InternetAddress[] {new InternetAddress(INTAKE)});
                accepted.put(MixedBatch.reference(eml), System.nanoTime()); // the server said 250: accepted
            }
            t.close();
            waitUntil(() -> committed.keySet().containsAll(accepted.keySet()), 300);
            for (jakarta.jms.Session s : sessions) {
                s.close();
            }
        }
        List<Double> out = new ArrayList<>();
        accepted.forEach((ref, at) -> out.add((committed.get(ref) - at) / 1e9));
        return out;
    }

    /** The hub's own figure: hub_intake_read_seconds_max, the slowest read of one mail. */
    private static double slowestRead(int http) throws Exception {
        return metric(http, "hub_intake_read_seconds_max");
    }

    private static double metric(int http, String name) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + http + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("(?m)^" + name + "(\\{[^}]*})? (\\S+)$").matcher(r.body());
        return m.find() ? Double.parseDouble(m.group(2)) : Double.NaN;
    }

    /**
     * Where the hub spent its time: the flight recording's samples (running Java code, and native code such as
     * socket reads), for the whole hub and for the one thread that reads the mailbox (hub-intake-poll), which is
     * a wall-clock view of the intake: each sample is that thread, busy or waiting on the network.
     */
    private static void profile(Path jfr) throws IOException {
        if (!Files.exists(jfr)) {
            System.out.println("profile: no recording");
            return;
        }
        Map<String, Integer> top = new HashMap<>();
        Map<String, Integer> intakeTop = new HashMap<>();
        Map<String, Integer> intakeHub = new HashMap<>();
        Map<String, Integer> intakeLibrary = new HashMap<>();
        int samples = 0;
        int intake = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            String type = e.getEventType().getName();
            boolean cpu = type.equals("jdk.ExecutionSample");
            if (!(cpu || type.equals("jdk.NativeMethodSample")) || e.getStackTrace() == null
                    || e.getStackTrace().getFrames().isEmpty()) {
                continue;
            }
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            String topFrame = frames.get(0).getMethod().getType().getName() + "." + frames.get(0).getMethod().getName();
            if (cpu) {
                samples++;
                top.merge(topFrame, 1, Integer::sum);
            }
            jdk.jfr.consumer.RecordedThread t = e.getThread("sampledThread");
            if (t == null || !t.getJavaName().startsWith("hub-intake-poll")) {
                continue;
            }
            intake++;
            intakeTop.merge((cpu ? "cpu    " : "native ") + topFrame, 1, Integer::sum);
            String step = "(not in hub or camel-mail code)";
            for (RecordedFrame h : frames) {
                String owner = h.getMethod().getType().getName();
                if ((owner.startsWith("org.ypsa.hub") && !owner.contains("PushPollScheduler"))
                        || owner.startsWith("org.apache.camel.component.mail")) {
                    step = owner.substring(owner.lastIndexOf('.') + 1) + "." + h.getMethod().getName();
                    break;
                }
            }
            intakeHub.merge(step, 1, Integer::sum);
            String library = "(JDK only)";
            for (RecordedFrame h : frames) {
                String owner = h.getMethod().getType().getName();
                if (!owner.startsWith("java.") && !owner.startsWith("sun.") && !owner.startsWith("jdk.")) {
                    library = owner + "." + h.getMethod().getName();
                    break;
                }
            }
            intakeLibrary.merge(step + " > " + library, 1, Integer::sum);
        }
        System.out.printf("%nprofile (Java Flight Recorder): %d CPU samples of the whole hub; %d samples of the "
                + "intake thread%n", samples, intake);
        print("whole hub, hottest methods (CPU)", top, samples);
        print("intake thread, innermost hub or camel-mail step (CPU and native waits)", intakeHub, intake);
        print("intake thread, top of stack", intakeTop, intake);
        print("intake thread, step > innermost non-JDK frame", intakeLibrary, intake);
    }

    private static void print(String title, Map<String, Integer> counts, int total) {
        System.out.println("  " + title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                .forEach(e -> System.out.printf("    %5.1f%%  %s%n", 100.0 * e.getValue() / Math.max(1, total),
                        e.getKey()));
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static void waitUntil(java.util.function.BooleanSupplier done, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not done after " + seconds + " s");
            }
            Thread.sleep(50);
        }
    }

    /** Peak heap (jstat: used survivor, eden and old) and peak resident memory (/proc) of the hub's JVM. */
    private static final class MemorySampler {
        private final long pid;
        private final AtomicLong peakHeapKb = new AtomicLong();
        private final AtomicLong peakRssKb = new AtomicLong();
        private Process jstat;
        private Thread reader;

        MemorySampler(long pid) {
            this.pid = pid;
        }

        void start() throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "jstat").toString();
            jstat = new ProcessBuilder(java, "-gc", String.valueOf(pid), "250").redirectErrorStream(true).start();
            reader = new Thread(this::read, "jstat");
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(jstat.getInputStream()))) {
                List<String> header = null;
                for (String line; (line = lines.readLine()) != null;) {
                    List<String> cols = List.of(line.trim().split("\\s+"));
                    if (cols.contains("EU")) {
                        header = cols;
                    } else if (header != null && cols.size() == header.size()) {
                        double used = 0;
                        for (String c : List.of("S0U", "S1U", "EU", "OU")) {
                            used += Double.parseDouble(cols.get(header.indexOf(c)));
                        }
                        long kb = (long) used;
                        peakHeapKb.accumulateAndGet(kb, Math::max);
                    }
                    rss();
                }
            } catch (IOException | RuntimeException e) {
                // the hub stopped
            }
        }

        private void rss() {
            try {
                for (String l : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                    if (l.startsWith("VmHWM:")) {
                        peakRssKb.accumulateAndGet(Long.parseLong(l.replaceAll("\\D", "")), Math::max);
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                // the hub stopped
            }
        }

        double peakHeapMb() {
            return peakHeapKb.get() / 1024.0;
        }

        double peakRssMb() {
            rss();
            return peakRssKb.get() / 1024.0;
        }

        void stop() {
            jstat.destroy();
        }
    }
}
