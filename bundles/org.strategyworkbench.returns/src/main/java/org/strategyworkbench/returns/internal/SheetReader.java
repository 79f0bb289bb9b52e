package org.strategyworkbench.returns.internal;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a worksheet's cells as a stream of XML events into a {@link Grid}, keeping only cells with
 * a value within the limits' columns, and refusing a sheet with values past the last row allowed
 * or with more cells than any return has.
 */
final class SheetReader {

    private final String name;
    private final SharedStrings shared;
    private final Limits limits;
    private final Deadline deadline;
    private final Grid grid;
    private int row;
    private int column;
    private long cells;

    SheetReader(String name, SharedStrings shared, Limits limits, Deadline deadline) {
        this.name = name;
        this.shared = shared;
        this.limits = limits;
        this.deadline = deadline;
        this.grid = new Grid(name);
    }

    Grid read(XMLStreamReader x) throws XMLStreamException, Refused {
        while (x.hasNext()) {
            if (x.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (x.getLocalName().equals("row")) {
                row = number(x.getAttributeValue(null, "r"), row + 1);
                column = -1;
            } else if (x.getLocalName().equals("c")) {
                cell(x);
            }
        }
        return grid;
    }

    private void cell(XMLStreamReader x) throws XMLStreamException, Refused {
        if (++cells > limits.cells()) {
            throw new Refused("its sheet " + name + " has more than " + limits.cells() + " cells; a return has far fewer");
        }
        if ((cells & 0xfff) == 0) {
            deadline.check();
        }
        String ref = x.getAttributeValue(null, "r");
        column = ref == null ? column + 1 : columnOf(ref, column + 1);
        String type = x.getAttributeValue(null, "t");
        TextBuffer value = new TextBuffer(limits.cellChars());
        TextBuffer inline = null;
        boolean formula = false;
        int depth = 1;
        while (depth > 0 && x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String element = x.getLocalName();
                if (element.equals("f")) {
                    formula = true;
                    new TextBuffer(0).collect(x, deadline);
                } else if (element.equals("v")) {
                    value.collect(x, deadline);
                } else if (element.equals("t")) {
                    inline = inline == null ? new TextBuffer(limits.cellChars()) : inline;
                    inline.collect(x, deadline);
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        // an inline string is its <is> text (a program may leave a stale <v> beside it)
        Cell cell = value(type, "inlineStr".equals(type) && inline != null ? inline : value, formula);
        if (cell == null || cell.isBlank() && !formula) {
            return;
        }
        if (row > limits.rows()) {
            throw new Refused("its sheet " + name + " has values in row " + row + "; a return has at most "
                    + limits.rows() + " rows");
        }
        if (column < limits.columns()) {
            grid.put(row, column, cell);
        }
    }

    private Cell value(String type, TextBuffer value, boolean formula) throws Refused {
        String t = type == null ? "n" : type;
        return switch (t) {
            case "s" -> shared(value.cell().text().strip(), formula);
            case "inlineStr", "str" -> value.cell(Cell.Kind.TEXT, formula);
            case "b" -> value.cell(Cell.Kind.BOOLEAN, formula);
            case "e" -> value.cell(Cell.Kind.ERROR, formula);
            case "d" -> value.cell(Cell.Kind.DATE, formula);
            default -> value.cell(Cell.Kind.NUMBER, formula);
        };
    }

    /** The shared string a cell refers to; a reference to none is damage, not an empty cell. */
    private Cell shared(String index, boolean formula) throws Refused {
        if (index.isEmpty()) {
            return null;
        }
        Cell s = shared.get(number(index, -1));
        if (s == null) {
            throw new Refused("its sheet " + name + " is damaged: cell " + SheetXml.ref(column, row) + " refers to shared string "
                    + CellParser.shorten(index) + ", but the file's shared strings hold only " + shared.size()
                    + " (index out of range); ask the delegation to send the file again");
        }
        return new Cell(Cell.Kind.TEXT, s.text(), s.length(), formula);
    }

    private static int number(String text, int fallback) {
        if (text == null || text.isEmpty() || text.length() > 9) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(text);
            return n > 0 || fallback < 0 ? n : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The column index (from 0) of a reference such as "AB12". */
    static int columnOf(String ref, int fallback) {
        int c = 0;
        int i = 0;
        while (i < ref.length() && i < 4 && Character.isLetter(ref.charAt(i))) {
            c = c * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        return i == 0 || c > 16_384 ? fallback : c - 1;
    }
}
