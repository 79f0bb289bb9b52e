package org.strategyworkbench.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.strategyworkbench.reporting.Cell;
import org.strategyworkbench.reporting.ReportRequest;
import org.strategyworkbench.reporting.SheetContributor;
import org.strategyworkbench.reporting.SheetWriter;

/** A sheet writer that keeps the rows in memory, for the benchmark's lower bound. */
final class Recording implements SheetWriter {

    private final List<Object[]> rows = new ArrayList<>();
    private final List<String> names;

    private Recording(List<String> names) {
        this.names = names;
    }

    /** The rows every sheet writes, cell values without presentation. */
    static List<List<Object[]>> rows(List<SheetContributor> sheets, ReportRequest request) {
        List<String> names = sheets.stream().map(SheetContributor::sheetName).toList();
        List<List<Object[]>> all = new ArrayList<>();
        for (SheetContributor sheet : sheets) {
            Recording recording = new Recording(names);
            long start = System.nanoTime();
            sheet.write(recording, request);
            if (Boolean.getBoolean("benchmark.verbose")) {
                System.out.printf("  rows of %-22s %6.0f ms%n", sheet.sheetName(), (System.nanoTime() - start) / 1e6);
            }
            all.add(recording.rows);
        }
        return all;
    }

    @Override
    public void title(String text) {
        rows.add(new Object[] {text});
    }

    @Override
    public void note(String text) {
        rows.add(new Object[] {text});
    }

    @Override
    public void header(String... headings) {
        rows.add(headings.clone());
    }

    @Override
    public void widths(int... characters) {
    }

    @Override
    public void row(Object... values) {
        Object[] plain = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            Object v = values[i] instanceof Cell c ? c.value() : values[i];
            plain[i] = v instanceof Number || v == null ? v : v instanceof Enum<?> e ? e.name() : v.toString();
        }
        rows.add(plain);
    }

    @Override
    public void barChart(String title, int firstRow, int lastRow, int labelColumn, int valueColumn, int anchorColumn) {
    }

    @Override
    public int rowIndex() {
        return rows.size();
    }

    @Override
    public int rows() {
        return rows.size();
    }

    @Override
    public List<String> sheetNames() {
        return names;
    }
}
