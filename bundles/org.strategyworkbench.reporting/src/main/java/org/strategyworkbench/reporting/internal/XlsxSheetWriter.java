package org.strategyworkbench.reporting.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.strategyworkbench.reporting.Cell;
import org.strategyworkbench.reporting.SheetWriter;
import org.strategyworkbench.reporting.Tone;

/**
 * Streams one worksheet's XML. Rows before the header are held back until the header comes (or
 * until there are too many to be a preamble), because the frozen pane and the column widths must
 * precede the rows in the file.
 */
final class XlsxSheetWriter implements SheetWriter {

    private static final int MAX_PREAMBLE = 50;
    private static final int MAX_TEXT = 32_767;
    private static final int DEFAULT_WIDTH = 12;
    private static final double LINE_POINTS = 12.75;
    private static final int MAX_LINES = 8;
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);

    private final Writer out;
    private final XlsxSheet sheet;
    private final List<String> sheetNames;
    private final Map<Integer, Integer> widths = new HashMap<>();
    private final Map<Integer, Object[]> remembered = new HashMap<>();
    private final List<String> held = new ArrayList<>();
    private final StringBuilder line = new StringBuilder(512);
    private char[] chars = new char[1024];
    private boolean started;
    private int columns = -1;
    private int next;
    private int written;

    XlsxSheetWriter(Writer out, XlsxSheet sheet, List<String> sheetNames) {
        this.out = out;
        this.sheet = sheet;
        this.sheetNames = List.copyOf(sheetNames);
    }

    @Override
    public void title(String text) {
        emit(next++, 24, "<c r=\"A" + next + "\" s=\"" + Palette.TITLE + "\" t=\"inlineStr\"><is><t>" + Xml.escape(text)
                + "</t></is></c>");
    }

    @Override
    public void note(String text) {
        emit(next++, 0, "<c r=\"A" + next + "\" s=\"" + Palette.NOTE + "\" t=\"inlineStr\"><is><t>" + Xml.escape(text)
                + "</t></is></c>");
    }

    @Override
    public void header(String... headings) {
        if (columns >= 0) {
            throw new IllegalStateException("the sheet " + sheet.name() + " already has a header");
        }
        columns = headings.length;
        sheet.headerRow(next);
        StringBuilder cells = new StringBuilder();
        for (int i = 0; i < headings.length; i++) {
            widths.putIfAbsent(i, Math.max(DEFAULT_WIDTH, headings[i].length() + 3));
            cells.append("<c r=\"").append(Xml.ref(next, i)).append("\" s=\"").append(Palette.HEADER)
                    .append("\" t=\"inlineStr\"><is><t>").append(Xml.escape(headings[i])).append("</t></is></c>");
        }
        emit(next++, Math.max(18, lines(headings) * LINE_POINTS + 4), cells.toString());
        start();
        written = 0;
    }

    @Override
    public void widths(int... characters) {
        for (int i = 0; i < characters.length; i++) {
            widths.put(i, Math.min(255, Math.max(2, characters[i])));
        }
    }

    @Override
    public void row(Object... values) {
        int index = next++;
        line.setLength(0);
        int lines = 1;
        boolean gap = false;
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                gap = true;
                continue;
            }
            lines = Math.max(lines, cell(index, i, values[i], gap));
            gap = false;
        }
        emit(index, lines > 1 ? Math.min(lines, MAX_LINES) * LINE_POINTS + 3 : 0, line);
        if (index < MAX_PREAMBLE * 10) {
            remembered.put(index, values.clone());
        }
        written++;
    }

    /**
     * Appends one cell; returns the lines its text needs. A cell right after another needs no
     * reference (readers count the position); one after a gap names its column.
     */
    private int cell(int row, int column, Object value, boolean afterGap) {
        Cell styled = value instanceof Cell c ? c : null;
        Object v = styled == null ? value : styled.value();
        Tone tone = styled == null ? Tone.PLAIN : styled.tone();
        boolean bold = styled != null && styled.bold();
        line.append("<c");
        if (afterGap || column == 0) {
            line.append(" r=\"").append(Xml.column(column)).append(row + 1).append('"');
        }
        if (styled != null && !styled.link().isEmpty()) {
            String text = v == null ? styled.link() : text(v);
            sheet.link(Xml.ref(row, column), styled.link(), text);
            return inline(Palette.style(Palette.Kind.LINK, tone, bold), text, column);
        }
        if (v instanceof Number n) {
            line.append(" s=\"").append(Palette.style(Palette.Kind.NUMBER, tone, bold)).append("\"><v>").append(number(n))
                    .append("</v></c>");
            return 1;
        }
        if (v instanceof LocalDate d) {
            line.append(" s=\"").append(Palette.style(Palette.Kind.DATE, tone, bold)).append("\"><v>")
                    .append(ChronoUnit.DAYS.between(EPOCH, d)).append("</v></c>");
            return 1;
        }
        if (v == null) {
            line.append(" s=\"").append(Palette.style(Palette.Kind.TEXT, tone, bold)).append("\"/>");
            return 1;
        }
        // always an inline string, never a formula: "=1+1" typed by a user stays text
        int style = tone == Tone.PLAIN && !bold ? Palette.PLAIN_TEXT : Palette.style(Palette.Kind.TEXT, tone, bold);
        return inline(style, text(v), column);
    }

    private int inline(int style, String text, int column) {
        if (style != Palette.PLAIN_TEXT) {
            line.append(" s=\"").append(style).append('"');
        }
        line.append(" t=\"inlineStr\"><is><t");
        if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)))) {
            line.append(" xml:space=\"preserve\"");
        }
        line.append('>');
        Xml.escape(text, line);
        line.append("</t></is></c>");
        int width = widths.getOrDefault(column, DEFAULT_WIDTH);
        return text.length() <= width ? 1 : (int) Math.ceil(text.length() / (Math.max(1, width) * 1.15));
    }

    private static String number(Number n) {
        double d = n.doubleValue();
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    static String text(Object value) {
        String s = value instanceof Boolean b ? (b ? "yes" : "no")
                : value instanceof Enum<?> e ? e.name().replace('_', ' ').toLowerCase(Locale.ROOT) : value.toString();
        return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT - 1) + "…" : s;
    }

    /**
     * How many lines the tallest wrapped text of a row needs: a spreadsheet does not grow a row
     * for wrapped text by itself when the file gives no height.
     */
    private int lines(Object[] values) {
        int lines = 1;
        for (int i = 0; i < values.length; i++) {
            Object v = values[i] instanceof Cell c ? c.value() : values[i];
            if (v instanceof String || v instanceof Enum<?>) {
                int width = widths.getOrDefault(i, DEFAULT_WIDTH);
                lines = Math.max(lines, (int) Math.ceil(text(v).length() / (Math.max(1, width) * 1.15)));
            }
        }
        return Math.min(lines, MAX_LINES);
    }

    private void emit(int row, double height, CharSequence cells) {
        String open = "<row r=\"" + (row + 1) + "\"" + (height > 0 ? " ht=\"" + height + "\" customHeight=\"1\"" : "") + ">";
        if (started) {
            // straight to the file: no copy of the row
            write(open);
            write(cells);
            write("</row>");
        } else {
            held.add(open + cells + "</row>");
            if (held.size() > MAX_PREAMBLE) {
                start();
            }
        }
    }

    /** Writes everything that precedes the rows, then the rows held back so far. */
    private void start() {
        if (started) {
            return;
        }
        started = true;
        write(sheet.opening(widths));
        held.forEach(this::write);
        held.clear();
    }

    private void write(CharSequence xml) {
        try {
            if (xml instanceof StringBuilder b) {
                // Writer.append would copy the builder into a new String first
                if (chars.length < b.length()) {
                    chars = new char[Math.max(b.length(), chars.length * 2)];
                }
                b.getChars(0, b.length(), chars, 0);
                out.write(chars, 0, b.length());
                return;
            }
            out.append(xml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void barChart(String title, int firstRow, int lastRow, int labelColumn, int valueColumn, int anchorColumn) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int r = firstRow; r <= lastRow; r++) {
            Object[] row = remembered.get(r);
            if (row == null) {
                throw new IllegalArgumentException("chart \"" + title + "\": row " + r + " is not a summary row");
            }
            labels.add(text(unwrap(row[labelColumn])));
            values.add(unwrap(row[valueColumn]) instanceof Number n ? n.doubleValue() : 0.0);
        }
        sheet.chart(new XlsxSheet.Chart(title, firstRow, lastRow, labelColumn, valueColumn, anchorColumn, labels, values));
    }

    private static Object unwrap(Object value) {
        return value instanceof Cell c ? c.value() : value;
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

    /** Closes the sheet's XML: filters, links, print setup. */
    void finish() {
        start();
        write(sheet.closing(columns, next));
    }
}
