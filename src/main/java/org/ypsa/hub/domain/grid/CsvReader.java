package org.ypsa.hub.domain.grid;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads CSV as Excel and LibreOffice export it (comma, semicolon or tab; UTF-8 with or without BOM, or Windows-1252). */
public final class CsvReader {
    private CsvReader() {
    }

    public static Grid read(String name, byte[] bytes) throws UnreadableDocument {
        String text = decode(bytes);
        char delimiter = guessDelimiter(text);
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        List<Grid.Row> rows = new ArrayList<>();
        try {
            int n = 0;
            for (CSVRecord rec : format.parse(new StringReader(text))) {
                if (++n > SpreadsheetReader.MAX_ROWS) {
                    break;
                }
                List<String> cells = new ArrayList<>(rec.toList());
                Grid.Row row = new Grid.Row((int) rec.getRecordNumber(), cells);
                if (!row.isBlank()) {
                    rows.add(row);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocument("the CSV file " + name + " could not be read (a quote may be unbalanced)", e);
        }
        return new Grid(name, "Line", rows);
    }

    static String decode(byte[] bytes) {
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            offset = 3;
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buf).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, offset, bytes.length - offset, Charset.forName("windows-1252"));
        }
    }

    private static char guessDelimiter(String text) {
        String first = text.lines().filter(l -> !l.isBlank()).limit(10).reduce("", (a, b) -> a + "\n" + b);
        long commas = first.chars().filter(c -> c == ',').count();
        long semis = first.chars().filter(c -> c == ';').count();
        long tabs = first.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs > semis) {
            return '\t';
        }
        return semis > commas ? ';' : ',';
    }
}
