package org.ypsa.hub.domain.voids;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.support.Yardstick;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ypsa.hub.domain.voids.VoidField.AVAILABLE_FROM;
import static org.ypsa.hub.domain.voids.VoidField.EMERGENCY_BED;
import static org.ypsa.hub.domain.voids.VoidField.LOCALITY;
import static org.ypsa.hub.domain.voids.VoidField.NOTES;
import static org.ypsa.hub.domain.voids.VoidField.OCCUPIED;
import static org.ypsa.hub.domain.voids.VoidField.PROPERTY_REFERENCE;
import static org.ypsa.hub.domain.voids.VoidField.PROVIDER;
import static org.ypsa.hub.domain.voids.VoidField.SERVICE_TYPE;
import static org.ypsa.hub.domain.voids.VoidField.TOTAL_UNITS;
import static org.ypsa.hub.domain.voids.VoidField.VACANT;
import static org.ypsa.hub.domain.voids.VoidField.WEEK_COMMENCING;

/**
 * The yardstick of stop 49 (misc49) for a void return's headings: the ways providers in England and Wales head each
 * column of their weekly return and its provider and week lines (abbreviations, capitals, hints in brackets, Welsh /
 * English), written from knowledge of the work before any failing mail was read - none copied from config/forms or the
 * variation corpus. Each heading, put in place of the standard one in a small spreadsheet, must give that column's
 * value.
 */
class VoidColumnsAskedInManyWordingsTest {
    private static final List<VoidField> COLUMNS = List.of(PROPERTY_REFERENCE, LOCALITY, SERVICE_TYPE, TOTAL_UNITS,
            OCCUPIED, VACANT, AVAILABLE_FROM, EMERGENCY_BED, NOTES);
    private static final List<String> STANDARD = List.of("Property ref", "Locality", "Service type", "Total units",
            "Occupied", "Vacant", "Available from", "Emergency bed", "Notes");
    private static final Map<VoidField, String> VALUES = Map.ofEntries(Map.entry(PROVIDER, "Brightways"),
            Map.entry(WEEK_COMMENCING, "07/12/2026"), Map.entry(PROPERTY_REFERENCE, "ABC-01"),
            Map.entry(LOCALITY, "Cherwell"), Map.entry(SERVICE_TYPE, "18+ shared"), Map.entry(TOTAL_UNITS, "4"),
            Map.entry(OCCUPIED, "3"), Map.entry(VACANT, "1"), Map.entry(AVAILABLE_FROM, "14/12/2026"),
            Map.entry(EMERGENCY_BED, "Y"), Map.entry(NOTES, "Boiler repaired"));

    private static Yardstick.Row row(String wording, VoidField field) {
        return Yardstick.row(wording, field);
    }

    static final List<Yardstick.Row> TABLE = List.of(
            row("Provider name", PROVIDER), row("Organisation", PROVIDER), row("Name of provider", PROVIDER),
            row("Support provider", PROVIDER), row("Housing provider", PROVIDER), row("Landlord", PROVIDER),
            row("Agency", PROVIDER), row("Darparwr / Provider", PROVIDER), row("Organisation name", PROVIDER),
            row("Accommodation provider", PROVIDER), row("PROVIDER", PROVIDER), row("Provider (organisation)", PROVIDER),
            row("W/C", WEEK_COMMENCING), row("Week beginning", WEEK_COMMENCING), row("Week starting", WEEK_COMMENCING),
            row("WC date", WEEK_COMMENCING), row("Return for week commencing", WEEK_COMMENCING),
            row("Week of", WEEK_COMMENCING), row("Week start date", WEEK_COMMENCING),
            row("Wythnos yn dechrau / Week commencing", WEEK_COMMENCING), row("For the week beginning", WEEK_COMMENCING),
            row("Return week", WEEK_COMMENCING), row("Week commencing (Monday)", WEEK_COMMENCING),
            row("WEEK COMMENCING", WEEK_COMMENCING),
            row("Property reference", PROPERTY_REFERENCE), row("Property code", PROPERTY_REFERENCE),
            row("Scheme", PROPERTY_REFERENCE), row("Scheme ref", PROPERTY_REFERENCE), row("Unit ref", PROPERTY_REFERENCE),
            row("Property ID", PROPERTY_REFERENCE), row("Site", PROPERTY_REFERENCE), row("Property name", PROPERTY_REFERENCE),
            row("Cyfeirnod eiddo / Property ref", PROPERTY_REFERENCE), row("Ref no.", PROPERTY_REFERENCE),
            row("Scheme code", PROPERTY_REFERENCE), row("PROPERTY", PROPERTY_REFERENCE),
            row("Area", LOCALITY), row("District", LOCALITY), row("Location", LOCALITY), row("Local authority", LOCALITY),
            row("Borough", LOCALITY), row("Town", LOCALITY), row("Ardal / Area", LOCALITY),
            row("District council area", LOCALITY), row("Locality (district)", LOCALITY),
            row("Geographical area", LOCALITY), row("Which district?", LOCALITY), row("LOCALITY", LOCALITY),
            row("Type of service", SERVICE_TYPE), row("Client group", SERVICE_TYPE), row("Service", SERVICE_TYPE),
            row("Provision type", SERVICE_TYPE), row("Support level", SERVICE_TYPE), row("Level of support", SERVICE_TYPE),
            row("Math o wasanaeth / Service type", SERVICE_TYPE), row("Accommodation type", SERVICE_TYPE),
            row("Scheme type", SERVICE_TYPE), row("Type of provision", SERVICE_TYPE), row("Service category", SERVICE_TYPE),
            row("SERVICE TYPE", SERVICE_TYPE),
            row("Total", TOTAL_UNITS), row("Total beds", TOTAL_UNITS), row("Capacity", TOTAL_UNITS),
            row("No. of units", TOTAL_UNITS), row("Number of units", TOTAL_UNITS), row("Bed spaces", TOTAL_UNITS),
            row("Cyfanswm / Total", TOTAL_UNITS), row("Units in total", TOTAL_UNITS), row("Total no. of beds", TOTAL_UNITS),
            row("Beds in scheme", TOTAL_UNITS), row("Total units, let or empty", TOTAL_UNITS), row("TOTAL UNITS", TOTAL_UNITS),
            row("Occupied units", OCCUPIED), row("No. occupied", OCCUPIED), row("Beds occupied", OCCUPIED),
            row("Filled", OCCUPIED), row("Let", OCCUPIED), row("Units let", OCCUPIED), row("In use", OCCUPIED),
            row("Occupied beds", OCCUPIED), row("Currently occupied", OCCUPIED), row("No. of residents", OCCUPIED),
            row("Llawn / Occupied", OCCUPIED), row("OCC", OCCUPIED),
            row("Vacancies", VACANT), row("Voids", VACANT), row("Empty", VACANT), row("Free", VACANT),
            row("No. vacant", VACANT), row("Vacant units", VACANT), row("Available units", VACANT), row("Beds free", VACANT),
            row("Gwag / Vacant", VACANT), row("Number of voids", VACANT), row("Spare beds", VACANT),
            row("Empty rooms", VACANT), row("Vacant now", VACANT),
            row("Date available", AVAILABLE_FROM), row("Available date", AVAILABLE_FROM), row("Ready from", AVAILABLE_FROM),
            row("Date ready", AVAILABLE_FROM), row("Earliest start", AVAILABLE_FROM),
            row("Earliest move-in date", AVAILABLE_FROM), row("Available on", AVAILABLE_FROM),
            row("Ar gael o / Available from", AVAILABLE_FROM), row("Vacant from", AVAILABLE_FROM),
            row("Move in from", AVAILABLE_FROM), row("Can take from", AVAILABLE_FROM), row("Date void available", AVAILABLE_FROM),
            row("Emergency bed (Y/N)", EMERGENCY_BED), row("Emergency beds", EMERGENCY_BED), row("Crash bed", EMERGENCY_BED),
            row("Crash pad", EMERGENCY_BED), row("Emergency bed available?", EMERGENCY_BED),
            row("Same-day bed", EMERGENCY_BED), row("Emergency placement", EMERGENCY_BED),
            row("Gwely brys / Emergency bed", EMERGENCY_BED), row("Emergency bed available", EMERGENCY_BED),
            row("Emergency space", EMERGENCY_BED), row("Emergency / crash bed", EMERGENCY_BED),
            row("Can take an emergency?", EMERGENCY_BED),
            row("Comments", NOTES), row("Remarks", NOTES), row("Additional information", NOTES),
            row("Nodiadau / Notes", NOTES), row("Other information", NOTES), row("Comments / notes", NOTES),
            row("Any other comments", NOTES), row("Notes (e.g. repairs)", NOTES), row("Other notes", NOTES),
            row("Additional comments", NOTES), row("Note", NOTES), row("NOTES", NOTES));

    /** The wordings the hub does not read yet (stop 49): each must at least not give another column's value. */
    static final List<String> NOT_YET = List.of();

    private static String quoted(List<String> cells) {
        return "\"" + String.join("\",\"", cells) + "\"";
    }

    /** What the reader gives for the field when its heading is worded so; null when it reads nothing there. */
    static String readUnder(Yardstick.Row r) {
        VoidField field = VoidField.valueOf(r.field());
        List<String> headers = new ArrayList<>(STANDARD);
        String provider = "Provider";
        String week = "Week commencing";
        if (field == PROVIDER) {
            provider = r.wording();
        } else if (field == WEEK_COMMENCING) {
            week = r.wording();
        } else {
            headers.set(COLUMNS.indexOf(field), r.wording());
        }
        List<String> first = COLUMNS.stream().map(VALUES::get).toList();
        String csv = quoted(List.of(provider, "Brightways")) + "\n" + quoted(List.of(week, "07/12/2026")) + "\n\n"
                + quoted(headers) + "\n" + quoted(first) + "\n"
                + quoted(List.of("ABC-02", "Oxford", "16-17 supported", "2", "2", "0", "", "N", "")) + "\n";
        try {
            VoidReturnReader.Draft d = VoidCsv.read(csv);
            return field.isHeading() ? d.heading().get(field) : d.rows().get(0).get(field);
        } catch (Exception | AssertionError e) {
            return null;
        }
    }

    /** The column whose value is read under the heading, or any other value read there as it was read. */
    static String columnReadUnder(Yardstick.Row r) {
        String value = readUnder(r);
        return VALUES.get(VoidField.valueOf(r.field())).equals(value) ? r.field() : value;
    }

    @Test
    void everyWayOfHeadingAVoidColumnGivesThatColumn() {
        // the column's value read under the heading names its column; any other value read is shown as it was read
        var read = Yardstick.read("void wordings read", TABLE, VoidColumnsAskedInManyWordingsTest::columnReadUnder);
        assertThat(read.missesBut(NOT_YET)).isEmpty();
    }
}
