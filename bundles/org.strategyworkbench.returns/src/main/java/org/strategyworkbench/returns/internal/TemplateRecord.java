package org.strategyworkbench.returns.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The hidden, signed record a template carries: which template, workspace, ally, round and
 * revision it was made from, its column headings, and the values of every action as issued. It
 * is a very hidden sheet of key-and-values rows ending with the signature, an HMAC-SHA256 over
 * every other row with the workspace's key; a changed value, a changed heading, or a template of
 * another workspace no longer matches it.
 *
 * @param template the template's own id
 * @param workspace the id of the workspace it was made from
 * @param ally the ally
 * @param round the round
 * @param revision the workspace revision
 * @param made when it was made, ISO instant
 * @param issued every action as issued: id → canonical values in {@link Field} order
 */
record TemplateRecord(String template, String workspace, String ally, String round, long revision, String made,
        Map<String, List<String>> issued) {

    static final String SHEET = "swb-record";
    static final String FORMAT = "1";
    private static final int HEADINGS = Field.values().length + 1;

    TemplateRecord {
        issued = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(issued));
    }

    /** The headings of the actions sheet, the locked id column first. */
    static List<String> headings() {
        List<String> h = new ArrayList<>(List.of(Field.ID_HEADING));
        for (Field f : Field.values()) {
            h.add(f.heading());
        }
        return h;
    }

    /** The rows of the record sheet, the signature last. */
    List<List<String>> rows(WorkspaceKey key) {
        List<List<String>> rows = body();
        rows.add(List.of("signature", key.sign(canonical(rows))));
        return rows;
    }

    private List<List<String>> body() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("format", FORMAT));
        rows.add(List.of("template", template));
        rows.add(List.of("workspace", workspace));
        rows.add(List.of("ally", ally));
        rows.add(List.of("round", round));
        rows.add(List.of("revision", Long.toString(revision)));
        rows.add(List.of("made", made));
        List<String> headings = new ArrayList<>(List.of("headings"));
        headings.addAll(headings());
        rows.add(headings);
        issued.forEach((id, values) -> {
            List<String> row = new ArrayList<>(List.of("action", id));
            row.addAll(values);
            rows.add(row);
        });
        return rows;
    }

    private static String canonical(List<List<String>> rows) {
        return rows.stream().map(r -> String.join("\u001f", r)).collect(Collectors.joining("\u001e"));
    }

    /** What reading a record sheet found. */
    record Read(Optional<TemplateRecord> record, List<String> headings, String problem) {
    }

    /**
     * Reads the record from its sheet and checks its signature.
     *
     * @return the record, or empty with the reason it cannot be trusted
     */
    static Read read(Grid sheet, WorkspaceKey key) {
        List<List<String>> rows = new ArrayList<>();
        String signature = "";
        for (var entry : sheet.rows().entrySet()) {
            String k = sheet.text(entry.getKey(), 0);
            if (k.equals("signature")) {
                signature = sheet.text(entry.getKey(), 1);
                continue;
            }
            int width = switch (k) {
                case "headings" -> HEADINGS + 1;
                case "action" -> Field.values().length + 2;
                default -> 2;
            };
            List<String> row = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                row.add(sheet.text(entry.getKey(), c));
            }
            rows.add(row);
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, List<String>> issued = new LinkedHashMap<>();
        List<String> headings = List.of();
        for (List<String> row : rows) {
            if (row.get(0).equals("action")) {
                issued.put(row.get(1), List.copyOf(row.subList(2, row.size())));
            } else if (row.get(0).equals("headings")) {
                headings = List.copyOf(row.subList(1, row.size()));
            } else {
                values.putIfAbsent(row.get(0), row.get(1));
            }
        }
        if (!FORMAT.equals(values.get("format"))) {
            return new Read(Optional.empty(), headings, "its hidden record is missing or of an unknown format;"
                    + " it is not a return template made by Strategy Workbench");
        }
        if (!key.workspaceId().equals(values.get("workspace"))) {
            return new Read(Optional.empty(), headings, "it was made from another workspace (" + values.get("workspace")
                    + "), not from this one");
        }
        if (!MessageDigest.isEqual(key.sign(canonical(rows)).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII))) {
            return new Read(Optional.empty(), headings, "its hidden record was altered after the template was made"
                    + " (the signature does not match); ask the delegation to fill in a fresh template");
        }
        long revision;
        try {
            revision = Long.parseLong(values.getOrDefault("revision", "-1"));
        } catch (NumberFormatException e) {
            revision = -1;
        }
        return new Read(Optional.of(new TemplateRecord(values.get("template"), values.get("workspace"), values.get("ally"),
                values.get("round"), revision, values.getOrDefault("made", ""), issued)), headings, "");
    }
}
