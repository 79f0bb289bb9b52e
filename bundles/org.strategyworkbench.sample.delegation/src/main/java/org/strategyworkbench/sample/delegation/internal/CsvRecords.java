package org.strategyworkbench.sample.delegation.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text (RFC 4180: comma-separated, fields optionally in double quotes, {@code ""} for a
 * quote inside one, line breaks inside quotes kept) into records of fields.
 */
final class CsvRecords {

    private CsvRecords() {
    }

    /**
     * Reads every record; blank lines are skipped.
     *
     * @throws IllegalArgumentException when a quoted field is not closed, naming the record
     */
    static List<List<String>> read(Reader text) throws IOException {
        Reader in = text.markSupported() ? text : new BufferedReader(text);
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c;
        while ((c = in.read()) != -1) {
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            in.reset();
                        }
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                }
                any = endRecord(records, record, field, any);
                record = new ArrayList<>();
            } else {
                field.append((char) c);
                any = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("row " + (records.size() + 1) + ": a quoted field is not closed");
        }
        endRecord(records, record, field, any);
        return records;
    }

    private static boolean endRecord(List<List<String>> records, List<String> record, StringBuilder field, boolean any) {
        if (any) {
            record.add(field.toString());
            records.add(record);
        }
        field.setLength(0);
        return false;
    }
}
