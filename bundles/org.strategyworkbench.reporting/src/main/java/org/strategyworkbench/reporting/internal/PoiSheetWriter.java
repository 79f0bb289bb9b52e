package org.strategyworkbench.reporting.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.strategyworkbench.reporting.Cell;
import org.strategyworkbench.reporting.SheetWriter;
import org.strategyworkbench.reporting.Tone;

/** Writes one streamed sheet in the house style. */
final class PoiSheetWriter implements SheetWriter {

    private static final int DEFAULT_WIDTH = 14;
    private static final float LINE_POINTS = 12.75f;
    private static final int MAX_LINES = 8;
    private static final int MAX_TEXT = 32_767;
    /** Rows kept for charts: charts are drawn from short summary tables. */
    private static final int REMEMBERED_ROWS = 500;

    private final SXSSFSheet sheet;
    private final Styles styles;
    private final List<String> sheetNames;
    private final Charts charts;
    private final Map<Integer, Object[]> remembered = new HashMap<>();
    /** Column widths in characters, to estimate how tall a row of wrapped text must be. */
    private final Map<Integer, Integer> widthOf = new HashMap<>();
    private int columns = -1;
    private int headerRow = -1;
    private int next;
    private int written;

    PoiSheetWriter(SXSSFSheet sheet, Styles styles, List<String> sheetNames, Charts charts) {
        this.sheet = sheet;
        this.styles = styles;
        this.sheetNames = List.copyOf(sheetNames);
        this.charts = charts;
    }

    @Override
    public void header(String... headings) {
        if (columns >= 0) {
            throw new IllegalStateException("the sheet " + sheet.getSheetName() + " already has a header");
        }
        columns = headings.length;
        int index = next++;
        Row row = sheet.createRow(index);
        for (int i = 0; i < headings.length; i++) {
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(i);
            cell.setCellValue(headings[i]);
            cell.setCellStyle(styles.header);
            if (!widthOf.containsKey(i)) {
                setWidth(i, Math.max(DEFAULT_WIDTH, headings[i].length() + 3));
            }
        }
        row.setHeightInPoints(Math.max(18, lines(headings) * LINE_POINTS + 4));
        sheet.createFreezePane(0, index + 1);
        sheet.setRepeatingRows(new CellRangeAddress(index, index, -1, -1));
        headerRow = index;
        written = 0;
    }

    @Override
    public void widths(int... characters) {
        for (int i = 0; i < characters.length; i++) {
            setWidth(i, characters[i]);
        }
    }

    private void setWidth(int column, int characters) {
        int width = Math.min(255, Math.max(2, characters));
        widthOf.put(column, width);
        sheet.setColumnWidth(column, width * 256);
    }

    @Override
    public void title(String text) {
        Row row = sheet.createRow(next++);
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(styles.title);
        row.setHeightInPoints(24);
    }

    /**
     * How many lines the tallest wrapped text of a row needs, so that the row is made tall enough:
     * a streamed sheet cannot be measured by the spreadsheet library.
     */
    private int lines(Object[] values) {
        int lines = 1;
        for (int i = 0; i < values.length; i++) {
            Object v = values[i] instanceof Cell c ? c.value() : values[i];
            if (v instanceof String || v instanceof Enum<?>) {
                int width = widthOf.getOrDefault(i, sheet.getDefaultColumnWidth());
                lines = Math.max(lines, (int) Math.ceil(text(v).length() / (Math.max(1, width) * 1.15)));
            }
        }
        return Math.min(lines, MAX_LINES);
    }

    @Override
    public void row(Object... values) {
        int index = next++;
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            write(row.createCell(i), values[i]);
        }
        int lines = lines(values);
        if (lines > 1) {
            row.setHeightInPoints(lines * LINE_POINTS + 3);
        }
        if (index < REMEMBERED_ROWS) {
            remembered.put(index, values.clone());
        }
        written++;
    }

    private void write(org.apache.poi.ss.usermodel.Cell cell, Object value) {
        Cell styled = value instanceof Cell c ? c : new Cell(value, Tone.PLAIN, false, "");
        Object v = styled.value();
        Styles.Kind kind = !styled.link().isEmpty() ? Styles.Kind.LINK
                : v instanceof Number ? Styles.Kind.NUMBER : v instanceof LocalDate ? Styles.Kind.DATE : Styles.Kind.TEXT;
        if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (v instanceof LocalDate d) {
            cell.setCellValue(d);
        } else if (v != null) {
            // setCellValue(String) always makes a text cell: "=1+1" stays text, never a formula
            cell.setCellValue(text(v));
        }
        cell.setCellStyle(styles.style(kind, styled.tone(), styled.bold()));
        if (!styled.link().isEmpty()) {
            Hyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            link.setAddress("'" + styled.link().replace("'", "''") + "'!A1");
            cell.setHyperlink(link);
        }
    }

    static String text(Object value) {
        String s = value instanceof Boolean b ? (b ? "yes" : "no")
                : value instanceof Enum<?> e ? e.name().replace('_', ' ').toLowerCase(Locale.ROOT) : value.toString();
        return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT - 1) + "…" : s;
    }

    @Override
    public void barChart(String title, int firstRow, int lastRow, int labelColumn, int valueColumn, int anchorColumn) {
        charts.bar(sheet, title, remembered, firstRow, lastRow, labelColumn, valueColumn, anchorColumn);
    }

    @Override
    public int rowIndex() {
        return next;
    }

    @Override
    public int rows() {
        return written;
    }

    @Override
    public List<String> sheetNames() {
        return sheetNames;
    }

    /** Puts filters on the header once every row is written. */
    void finish() {
        if (columns > 0) {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(next - 1, headerRow + 1), 0, columns - 1));
        }
    }
}
