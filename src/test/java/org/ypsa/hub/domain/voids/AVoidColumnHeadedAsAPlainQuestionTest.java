package org.ypsa.hub.domain.voids;

import java.util.List;

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
 * The yardstick of stop 56 (voids56) for a void return headed in plain English, as a provider's own sheet asks its
 * staff: "Beds nobody is in", "How many altogether?", "Our code for the house". Written from how providers talk about
 * their beds before any failing mail was read; each heading, put in place of the standard one in a small spreadsheet,
 * must give that column's value ({@link VoidColumnsAskedInManyWordingsTest#readUnder}).
 */
class AVoidColumnHeadedAsAPlainQuestionTest {
    private static Yardstick.Row row(String wording, VoidField field) {
        return Yardstick.row(wording, field);
    }

    static final List<Yardstick.Row> TABLE = List.of(
            row("Which provider are you?", PROVIDER), row("Sent in by (organisation)", PROVIDER),
            row("Your organisation", PROVIDER), row("Company sending this", PROVIDER),
            row("Which week is this for?", WEEK_COMMENCING), row("Week (Monday's date)", WEEK_COMMENCING),
            row("Return for the week of", WEEK_COMMENCING), row("Monday the return is for", WEEK_COMMENCING),
            row("Our code for the house", PROPERTY_REFERENCE), row("Which property?", PROPERTY_REFERENCE),
            row("Flat / unit code", PROPERTY_REFERENCE), row("Home's reference number", PROPERTY_REFERENCE),
            row("House", PROPERTY_REFERENCE), row("Property (our ref)", PROPERTY_REFERENCE),
            row("Which town is it in?", LOCALITY), row("Council area it's in", LOCALITY),
            row("Part of the county", LOCALITY), row("Area it sits in", LOCALITY),
            row("Who is it for?", SERVICE_TYPE), row("Kind of accommodation", SERVICE_TYPE),
            row("What sort of support?", SERVICE_TYPE), row("Type of home", SERVICE_TYPE),
            row("How many beds in total", TOTAL_UNITS), row("Beds altogether", TOTAL_UNITS),
            row("How many units does it have?", TOTAL_UNITS), row("All beds", TOTAL_UNITS),
            row("Number of bedrooms", TOTAL_UNITS), row("Size (beds)", TOTAL_UNITS),
            row("Beds taken", OCCUPIED), row("Beds with a young person in", OCCUPIED),
            row("How many are lived in?", OCCUPIED), row("Beds in use now", OCCUPIED),
            row("Residents in now", OCCUPIED), row("Young people living there", OCCUPIED),
            row("Beds nobody is in", VACANT), row("How many are empty?", VACANT), row("Beds not taken", VACANT),
            row("Free now", VACANT), row("Unoccupied", VACANT), row("Rooms without anyone in", VACANT),
            row("Beds going spare", VACANT), row("Empty right now", VACANT), row("Rooms with no one in them", VACANT),
            row("Units with nobody living in", VACANT), row("Rooms with someone in them", OCCUPIED),
            row("Beds with nobody in", VACANT), row("Beds with somebody living in", OCCUPIED),
            row("When can someone move in?", AVAILABLE_FROM), row("Ready for a new young person from", AVAILABLE_FROM),
            row("First day a bed is free", AVAILABLE_FROM), row("Free from (date)", AVAILABLE_FROM),
            row("Would you take someone tonight?", EMERGENCY_BED), row("Same night placement OK?", EMERGENCY_BED),
            row("Emergency OK (Y/N)", EMERGENCY_BED), row("Could take an emergency", EMERGENCY_BED),
            row("Anything we should know", NOTES), row("Other details", NOTES), row("Extra info about the house", NOTES));

    /** The wordings the hub does not read yet: each must at least not give another column's value. */
    static final List<String> NOT_YET = List.of("When can someone move in?");

    @Test
    void aVoidColumnHeadedAsAPlainQuestionGivesThatColumn() {
        var read = Yardstick.read("plain void headings read", TABLE,
                VoidColumnsAskedInManyWordingsTest::columnReadUnder);
        assertThat(read.missesBut(NOT_YET)).isEmpty();
    }

    @Test
    void aPlannedMoveOnBesideTheDateABedIsAvailableIsNoSuchDate() throws Exception {
        String csv = "Provider,Brightways\nWeek commencing,07/12/2026\n\n"
                + "Property ref,Date vacant bed available,Locality,Service type,Filled beds,Planned move-on,Total units,Vacant\n"
                + "ABC-01,14/12/2026,Cherwell,18+ Shared,3,none planned,4,1\n";
        assertThat(VoidCsv.read(csv).rows().get(0).get(AVAILABLE_FROM)).isEqualTo("14/12/2026");
    }
}
