package org.strategyworkbench.returns.internal;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** The cells of one sheet that hold a value: row number (from 1) → column (from 0) → cell. */
final class Grid {

    private final String sheet;
    private final NavigableMap<Integer, NavigableMap<Integer, Cell>> rows = new TreeMap<>();

    Grid(String sheet) {
        this.sheet = sheet;
    }

    String sheet() {
        return sheet;
    }

    void put(int row, int column, Cell cell) {
        rows.computeIfAbsent(row, r -> new TreeMap<>()).put(column, cell);
    }

    /** Every row with at least one cell, in order. */
    NavigableMap<Integer, NavigableMap<Integer, Cell>> rows() {
        return Collections.unmodifiableNavigableMap(rows);
    }

    /** The cell, or null. */
    Cell cell(int row, int column) {
        Map<Integer, Cell> cells = rows.get(row);
        return cells == null ? null : cells.get(column);
    }

    /** The cell's text, or {@code ""} when empty. */
    String text(int row, int column) {
        Cell c = cell(row, column);
        return c == null ? "" : c.text();
    }
}
