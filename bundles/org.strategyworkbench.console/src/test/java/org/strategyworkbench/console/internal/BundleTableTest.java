package org.strategyworkbench.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

class BundleTableTest {

    private static String print(List<BundleRow> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BundleTable.print(rows, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listsEachBundleOnAnAlignedLineAndCountsTheRunningOnes() {
        String text = print(List.of(
                new BundleRow(0, "org.apache.felix.framework", "7.0.5", "ACTIVE", true, Optional.empty()),
                new BundleRow(7, "com.example.broken", "1.0.0", "INSTALLED", false,
                        Optional.of("missing requirement osgi.wiring.package; (osgi.wiring.package=x)"))));
        String[] lines = text.split("\\R");
        assertEquals(5, lines.length, text);
        assertEquals(lines[1].indexOf("7.0.5"), lines[2].indexOf("1.0.0"), "version column aligned");
        assertTrue(lines[3].contains("missing requirement osgi.wiring.package"), text);
        assertEquals("1 of 2 bundles running", lines[4]);
    }

    @Test
    void namesStatesInWords() {
        assertEquals("INSTALLED", BundleRow.stateName(Bundle.INSTALLED));
        assertEquals("ACTIVE", BundleRow.stateName(Bundle.ACTIVE));
        assertEquals("STARTING", BundleRow.stateName(Bundle.STARTING));
    }
}
