package org.ypsa.hub.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import org.ypsa.hub.domain.Dates;

/** Reads the fixtures under src/test/resources/fixtures (made with LibreOffice; see their README). */
public final class Fixtures {
    private Fixtures() {
    }

    public static byte[] bytes(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String mail(String name) {
        return new String(bytes("mail/" + name), StandardCharsets.ISO_8859_1);
    }

    /**
     * A provider's mail that is none of the hub's forms (a worker's sentences) telling of present danger: screened
     * all the same (stop 52).
     */
    public static String noFormOfPresentDanger() {
        return String.join("\r\n", "From: Night Staff <returns@stonewater.provider.test>", "To: YPSA Intake <intake@ypsa.test>",
                "Subject: Kai - tonight", "Date: Sat, 05 Dec 2026 21:52:10 +0000",
                "Message-ID: <no-form-danger@stonewater.provider.test>", "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=\"us-ascii\"", "Content-Transfer-Encoding: 7bit", "",
                "Hello,", "", "I'm emailing because the office phone is down. A man is outside the front door right now "
                        + "with a knife and is shouting for Kai.", "", "Sam", "Night staff, Stonewater", "");
    }

    /**
     * A provider's critical safeguarding incident typed in the body without its date and time: rejected, but its duty
     * contact is alerted all the same (stop 53).
     */
    public static String rejectedCriticalIncident() {
        return String.join("\r\n", "From: Night Staff <returns@stonewater.provider.test>", "To: YPSA Intake <intake@ypsa.test>",
                "Subject: Incident report", "Date: Sat, 05 Dec 2026 21:52:10 +0000",
                "Message-ID: <rejected-critical@stonewater.provider.test>", "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=\"us-ascii\"", "Content-Transfer-Encoding: 7bit", "",
                "Safeguarding Incident Report", "Provider: Stonewater", "Young person's name: Kai Brennan",
                "Category: Violence", "Severity: Critical", "Description: Resident assaulted by a visitor, taken to A&E.",
                "Immediate actions taken: Police called.", "", "Sam", "Night staff, Stonewater", "");
    }

    /** The same mail as a new one: a fresh Message-ID, so it is not a redelivery of an earlier test's mail. */
    public static String fresh(String eml) {
        return eml.replaceFirst("(?im)^Message-ID:.*$", "Message-ID: <" + UUID.randomUUID() + "@test.provider.test>");
    }

    public static String withHeader(String eml, String header) {
        return header + "\r\n" + eml;
    }

    public static String withWeek(String eml, LocalDate week) {
        return eml.replace("${weekCommencing}", week.format(Dates.UK));
    }

    /** The coming Monday, so a return for it is not late. */
    public static LocalDate nextMonday() {
        return LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }
}
