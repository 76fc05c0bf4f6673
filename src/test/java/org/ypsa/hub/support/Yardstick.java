package org.ypsa.hub.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.ypsa.hub.domain.documents.FieldCatalog;

/**
 * A yardstick of wordings (stop 49's own tables): each row a way people ask for a field, and the field it asks. The
 * test says how the hub reads a row - the name of the field it places the wording on, or null for none; the yardstick
 * reads every row, prints how many were placed on their field and what it misses, and hands back the misses.
 */
public final class Yardstick {
    private Yardstick() {
    }

    /** A wording and the field it asks, by the name the test's reading gives the field. */
    public record Row(String wording, String field) {
    }

    /** A row whose field is a form's field enum. */
    public static Row row(String wording, Enum<?> field) {
        return new Row(wording, field.name());
    }

    /** Rows written "wording|FIELD" (a CsvSource's shape): one a string, or one a line of a text block. */
    public static List<Row> rows(String... lines) {
        List<Row> rows = new ArrayList<>();
        for (String text : lines) {
            for (String line : text.split("\n")) {
                int bar = line.lastIndexOf('|');
                if (!line.isBlank() && bar < 0) {
                    throw new IllegalArgumentException("a row without its field: " + line);
                }
                if (!line.isBlank()) {
                    rows.add(new Row(line.substring(0, bar).strip(), line.substring(bar + 1).strip()));
                }
            }
        }
        return rows;
    }

    /** Rows written as pairs: a wording, then its field. */
    public static List<Row> pairs(String... wordingThenField) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < wordingThenField.length; i += 2) {
            rows.add(new Row(wordingThenField[i], wordingThenField[i + 1]));
        }
        return rows;
    }

    /** A row not placed on its field, and what the hub made of it (null: nothing). */
    public record Miss(Row row, String read) {
        /** Whether the hub read the wording as no field at all (a label left unplaced is asked, not misread). */
        public boolean readAsNothing() {
            return read == null || read.isBlank() || read.equals("-");
        }

        @Override
        public String toString() {
            return row.wording() + " -> " + (readAsNothing() ? "nothing" : read) + " (asks " + row.field() + ")";
        }
    }

    /** What the hub made of a table: how many rows it placed and the misses. */
    public record Tally(int rows, List<Miss> misses) {
        public int placed() {
            return rows - misses.size();
        }

        /** The misses that matter when these wordings are not read yet: all but such a wording read as nothing. */
        public List<Miss> missesBut(Collection<String> notYet) {
            return misses.stream().filter(m -> !(notYet.contains(m.row().wording()) && m.readAsNothing())).toList();
        }
    }

    /** The reading of a form's labels alone: the name of the field a wording is placed on, "-" for none. */
    public static Function<Row, String> placedOn(FieldCatalog<?> form) {
        return r -> form.match(r.wording()).map(Enum::name).orElse("-");
    }

    /** Reads each row as the test reads it, prints "name: placed/rows" and the misses, and tallies them. */
    public static Tally read(String name, List<Row> rows, Function<Row, String> reading) {
        List<Miss> misses = new ArrayList<>();
        for (Row r : rows) {
            String read = reading.apply(r);
            if (!r.field().equals(read)) {
                misses.add(new Miss(r, read));
            }
        }
        System.out.println(name + ": " + (rows.size() - misses.size()) + "/" + rows.size()
                + (misses.isEmpty() ? "" : "; missed: " + misses));
        return new Tally(rows.size(), misses);
    }

    /** A whole form of a yardstick: its case's name, the values the hub read and the values it should have. */
    public record Form<K>(String name, Map<K, String> read, Map<K, String> expected) {
        /** Whether every value it should have was read as it is. */
        public boolean readAll() {
            return expected.entrySet().stream().allMatch(e -> e.getValue().equals(read.get(e.getKey())));
        }
    }

    /** Prints "name: passed of forms" and each form not read whole (NOT_YET, with what was read); returns how many passed. */
    public static <K> int forms(String name, List<Form<K>> forms) {
        List<Form<K>> notYet = forms.stream().filter(f -> !f.readAll()).toList();
        System.out.println(name + ": " + (forms.size() - notYet.size()) + " of " + forms.size());
        notYet.forEach(f -> System.out.println("  NOT_YET " + f.name() + ": read " + f.read()));
        return forms.size() - notYet.size();
    }
}
