package org.strategyworkbench.returns.internal;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Collects an element's text up to a limit; past it, only counts the characters. */
final class TextBuffer {

    private final int limit;
    private final StringBuilder text = new StringBuilder();
    private long length;

    TextBuffer(int limit) {
        this.limit = limit;
    }

    /** Reads the text of the element the reader is at the start of, up to its end. */
    void collect(XMLStreamReader x, Deadline deadline) throws XMLStreamException, Refused {
        int depth = 1;
        while (depth > 0 && x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                append(x);
                deadline.check();
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private void append(XMLStreamReader x) {
        int n = x.getTextLength();
        if (length + n <= limit) {
            text.append(x.getTextCharacters(), x.getTextStart(), n);
        }
        length += n;
    }

    long length() {
        return length;
    }

    /** The text as a cell: kept when within the limit, else its length only. */
    Cell cell() {
        int reported = (int) Math.min(length, Integer.MAX_VALUE);
        return length <= limit ? Cell.text(text.toString()) : new Cell(Cell.Kind.TEXT, "", reported, false);
    }

    /** The text as a cell of another kind. */
    Cell cell(Cell.Kind kind, boolean formula) {
        Cell c = cell();
        return new Cell(kind, c.text(), c.length(), formula);
    }
}
