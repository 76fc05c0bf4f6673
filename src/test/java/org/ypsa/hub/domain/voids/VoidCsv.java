package org.ypsa.hub.domain.voids;

import org.ypsa.hub.domain.grid.CsvReader;

/** Void returns for tests: a CSV file's text read as the reader reads a spreadsheet. */
final class VoidCsv {
    private VoidCsv() {
    }

    static VoidReturnReader.Draft read(String csv) throws Exception {
        return VoidReturnReader.fromGrid(CsvReader.read("a.csv", csv.getBytes())).orElseThrow();
    }
}
