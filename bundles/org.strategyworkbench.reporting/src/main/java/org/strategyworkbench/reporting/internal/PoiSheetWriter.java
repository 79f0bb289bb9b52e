package org.strategyworkbench.reporting.internal;

import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.strategyworkbench.reporting.SheetWriter;

/** Writes one streamed sheet in the house style. */
final class PoiSheetWriter implements SheetWriter {

    private static final int DEFAULT_WIDTH = 14;
    private static final int MAX_TEXT = 32_767;

    private final SXSSFSheet sheet;
    private final Styles styles;
    private int columns;
    private int rows;

    PoiSheetWriter(SXSSFSheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    @Override
    public void header(String... headings) {
        if (columns > 0 || rows > 0) {
            throw new IllegalStateException("the header of " + sheet.getSheetName() + " was already written");
        }
        columns = headings.length;
        Row row = sheet.createRow(0);
        for (int i = 0; i < headings.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headings[i]);
            cell.setCellStyle(styles.header);
            if (sheet.getColumnWidth(i) == sheet.getDefaultColumnWidth() * 256) {
                sheet.setColumnWidth(i, Math.max(DEFAULT_WIDTH, headings[i].length() + 3) * 256);
            }
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void widths(int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, Math.max(4, characters[i])) * 256);
        }
    }

    @Override
    public void row(Object... values) {
        Row row = sheet.createRow(++rows);
        for (int i = 0; i < values.length; i++) {
            write(row.createCell(i), values[i]);
        }
    }

    private void write(Cell cell, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
            cell.setCellStyle(styles.number);
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(styles.date);
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b ? "yes" : "no");
            cell.setCellStyle(styles.text);
        } else {
            // setCellValue(String) always makes a string cell: "=1+1" stays text, never a formula
            cell.setCellValue(text(value));
            cell.setCellStyle(styles.text);
        }
    }

    static String text(Object value) {
        String s = value instanceof Enum<?> e ? e.name().replace('_', ' ').toLowerCase(Locale.ROOT) : value.toString();
        return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT - 1) + "…" : s;
    }

    @Override
    public int rows() {
        return rows;
    }

    /** Puts filters on the header once every row is written. */
    void finish() {
        if (columns > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows, 1), 0, columns - 1));
        }
    }
}
