package org.strategyworkbench.returns.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Fills in a template as a delegation's spreadsheet program would: opens it, sets cells, saves the whole file anew. */
final class Delegation implements AutoCloseable {

    private final XSSFWorkbook workbook;
    private final Path file;

    private Delegation(Path file) throws Exception {
        this.file = file;
        try (InputStream in = Files.newInputStream(file)) {
            this.workbook = new XSSFWorkbook(in);
        }
    }

    static Delegation open(Path file) throws Exception {
        return new Delegation(file);
    }

    XSSFSheet actions() {
        return workbook.getSheet("Actions");
    }

    /** The row of an action id, from 1 as the spreadsheet shows it. */
    int rowOf(String id) {
        for (Row r : actions()) {
            Cell c = r.getCell(0);
            if (c != null && id.equals(c.toString())) {
                return r.getRowNum() + 1;
            }
        }
        throw new AssertionError("no row for " + id);
    }

    /** The first row without an id or a title. */
    int firstEmptyRow() {
        for (int i = 1; i < 10_000; i++) {
            Row r = actions().getRow(i);
            if (r == null || (blank(r.getCell(0)) && blank(r.getCell(4)))) {
                return i + 1;
            }
        }
        throw new AssertionError("no empty row");
    }

    private static boolean blank(Cell c) {
        return c == null || c.toString().isBlank();
    }

    Delegation set(int row, int column, Object value) {
        Row r = actions().getRow(row - 1) == null ? actions().createRow(row - 1) : actions().getRow(row - 1);
        Cell c = r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
        if (value == null) {
            c.setBlank();
        } else if (value instanceof Number n) {
            c.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate d) {
            c.setCellValue(d);
        } else if (value instanceof Formula f) {
            c.setCellFormula(f.text());
        } else {
            c.setCellValue(value.toString());
        }
        return this;
    }

    /** A new action on a row: commitment, type, status, title. */
    Delegation add(int row, String commitment, String type, String status, String title) {
        return set(row, 1, commitment).set(row, 2, type).set(row, 3, status).set(row, 4, title);
    }

    void saveAs(Path target) throws Exception {
        try (OutputStream out = Files.newOutputStream(target)) {
            workbook.write(out);
        }
    }

    @Override
    public void close() throws Exception {
        workbook.close();
    }

    /** A formula typed into a cell. */
    record Formula(String text) {
    }
}
