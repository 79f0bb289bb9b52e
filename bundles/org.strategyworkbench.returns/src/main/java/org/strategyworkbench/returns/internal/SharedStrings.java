package org.strategyworkbench.returns.internal;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The workbook's shared strings table, kept within the limits: a giant string is kept as its length only. */
final class SharedStrings {

    private final List<Cell> strings = new ArrayList<>();

    /** The string at an index, or null when there is none. */
    Cell get(int index) {
        return index >= 0 && index < strings.size() ? strings.get(index) : null;
    }

    /** How many strings the table holds. */
    int size() {
        return strings.size();
    }

    static SharedStrings read(XMLStreamReader x, Limits limits, Deadline deadline) throws XMLStreamException, Refused {
        SharedStrings table = new SharedStrings();
        long chars = 0;
        TextBuffer text = null;
        int phonetic = 0;
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (x.getLocalName()) {
                    case "si" -> text = new TextBuffer(limits.cellChars());
                    case "rPh" -> phonetic++;
                    case "t" -> {
                        if (text != null && phonetic == 0) {
                            text.collect(x, deadline);
                        }
                    }
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (x.getLocalName().equals("rPh")) {
                    phonetic--;
                } else if (x.getLocalName().equals("si") && text != null) {
                    if (table.strings.size() >= limits.sharedStrings()) {
                        throw new Refused("it holds more than " + limits.sharedStrings() + " different texts; a return holds far fewer");
                    }
                    chars += Math.min(text.length(), limits.cellChars());
                    if (chars > limits.sharedChars()) {
                        throw new Refused("it holds more than " + limits.sharedChars() + " characters of text; a return holds far fewer");
                    }
                    table.strings.add(text.cell());
                    text = null;
                }
            }
        }
        return table;
    }
}
