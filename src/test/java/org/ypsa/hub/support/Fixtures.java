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
