package org.strategyworkbench.integration.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Fills in a return template the way a delegation does in its spreadsheet program: values typed
 * into cells of the Actions sheet, saved as a new file. Works on the sheet XML directly, so the
 * test bundle needs no spreadsheet library.
 */
final class ReturnFiller {

    private static final String ACTIONS = "xl/worksheets/sheet2.xml";
    private static final String RECORD = "xl/worksheets/sheet5.xml";
    private final Map<String, String> parts;
    private final List<String> strings = new ArrayList<>();

    private ReturnFiller(Map<String, String> parts) {
        this.parts = parts;
        Matcher m = Pattern.compile("<si><t[^>]*>(.*?)</t></si>", Pattern.DOTALL).matcher(parts.get("xl/sharedStrings.xml"));
        while (m.find()) {
            strings.add(unescape(m.group(1)));
        }
    }

    static ReturnFiller open(Path template) throws IOException {
        return new ReturnFiller(Xlsx.parts(Files.readAllBytes(template)));
    }

    /** The row an action id is on. */
    int rowOf(String id) {
        Matcher m = Pattern.compile("<c r=\"A(\\d+)\"[^>]*t=\"s\"[^>]*><v>(\\d+)</v></c>").matcher(parts.get(ACTIONS));
        while (m.find()) {
            if (strings.get(Integer.parseInt(m.group(2))).equals(id)) {
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("no row for " + id);
    }

    /** The first row for a new action: the one after the last id. */
    int firstNewRow() {
        Matcher m = Pattern.compile("<c r=\"A(\\d+)\"[^>]*t=\"s\"").matcher(parts.get(ACTIONS));
        int last = 1;
        while (m.find()) {
            last = Math.max(last, Integer.parseInt(m.group(1)));
        }
        return last + 1;
    }

    /** Types a value into a cell of the Actions sheet (column letter, row number). */
    ReturnFiller set(String column, int row, Object value) {
        parts.put(ACTIONS, set(parts.get(ACTIONS), column + row, value));
        return this;
    }

    /** A new action: commitment, type, status and title. */
    ReturnFiller add(int row, String commitment, String type, String status, String title) {
        return set("B", row, commitment).set("C", row, type).set("D", row, status).set("E", row, title);
    }

    /** Changes a value of the hidden record sheet, as someone editing the file outside its editable cells would. */
    ReturnFiller setRecord(String column, int row, String value) {
        parts.put(RECORD, set(parts.get(RECORD), column + row, value));
        return this;
    }

    private static String set(String sheet, String ref, Object value) {
        Matcher m = Pattern.compile("<c r=\"" + ref + "\"( s=\"\\d+\")?[^>]*?(/>|>.*?</c>)").matcher(sheet);
        if (!m.find()) {
            throw new AssertionError("no cell " + ref);
        }
        String head = "<c r=\"" + ref + "\"" + (m.group(1) == null ? "" : m.group(1));
        String cell;
        if (value instanceof Number n) {
            cell = head + "><v>" + n + "</v></c>";
        } else if (value instanceof Formula f) {
            cell = head + "><f>" + f.text() + "</f><v>2</v></c>";
        } else {
            cell = head + " t=\"inlineStr\"><is><t>" + escape(String.valueOf(value)) + "</t></is></c>";
        }
        return sheet.substring(0, m.start()) + cell + sheet.substring(m.end());
    }

    void saveAs(Path file) throws IOException {
        Files.write(file, zip(parts));
    }

    /**
     * Saves the return with a second copy of its actions sheet, taken from another fill, under the
     * same entry name: what no spreadsheet program writes (the construct of CVE-2025-31672). The
     * copy is zipped under a stand-in name of the same length, which is then overwritten.
     */
    void saveWithSecondActionsSheet(Path file, ReturnFiller other) throws IOException {
        String stand = ACTIONS.replace(".xml", "~xml");
        Map<String, String> all = new LinkedHashMap<>(parts);
        all.put(stand, other.parts.get(ACTIONS));
        byte[] zip = zip(all);
        byte[] from = stand.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + from.length <= zip.length; i++) {
            if (Arrays.equals(zip, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(ACTIONS.getBytes(StandardCharsets.UTF_8), 0, zip, i, from.length);
            }
        }
        Files.write(file, zip);
    }

    private static byte[] zip(Map<String, String> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    /** A formula typed into a cell. */
    record Formula(String text) {
    }
}
