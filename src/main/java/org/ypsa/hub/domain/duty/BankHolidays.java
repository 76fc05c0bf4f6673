package org.ypsa.hub.domain.duty;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** England and Wales bank holidays, from gov.uk's bank-holidays.json as shipped in config/ (refreshable by an admin). */
public final class BankHolidays {
    private final Set<LocalDate> dates;

    public BankHolidays(Set<LocalDate> dates) {
        this.dates = Set.copyOf(dates);
    }

    public static BankHolidays fromGovUkJson(InputStream json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        Set<LocalDate> dates = new TreeSet<>();
        for (JsonNode e : root.path("england-and-wales").path("events")) {
            dates.add(LocalDate.parse(e.path("date").asText()));
        }
        if (dates.isEmpty()) {
            throw new IOException("no england-and-wales events in the bank holidays file");
        }
        return new BankHolidays(dates);
    }

    public boolean isBankHoliday(LocalDate d) {
        return dates.contains(d);
    }
}
