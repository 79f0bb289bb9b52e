package org.strategyworkbench.returns.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Builds one worksheet's XML, row by row, in the order the schema requires. */
final class SheetXml {

    /** Cell styles, as indexes into styles.xml's cellXfs; see {@link TemplateWriter#STYLES}. */
    static final int PLAIN = 0;
    static final int HEADER = 1;
    static final int LOCKED = 2;
    static final int INPUT_TEXT = 3;
    static final int INPUT_DATE = 4;
    static final int INPUT_AMOUNT = 5;
    static final int TITLE = 6;
    static final int NOTE = 7;

    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);

    private final java.util.Map<String, Integer> strings;
    private final StringBuilder head = new StringBuilder();
    private final StringBuilder data = new StringBuilder();
    private final StringBuilder tail = new StringBuilder();
    private StringBuilder row;
    private int rowNumber;

    /**
     * @param strings the workbook's shared strings table, text → index, added to as cells are written
     */
    SheetXml(java.util.Map<String, Integer> strings, boolean selected, boolean frozenHeader, int... widths) {
        this.strings = strings;
        head.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"")
                .append(" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
                .append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>")
                .append("<sheetViews><sheetView workbookViewId=\"0\"").append(selected ? " tabSelected=\"1\"" : "").append('>');
        if (frozenHeader) {
            head.append("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
                    .append("<selection pane=\"bottomLeft\" activeCell=\"B2\" sqref=\"B2\"/>");
        }
        head.append("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
        head.append(widths.length > 0 ? "<cols>" : "");
        for (int i = 0; i < widths.length; i++) {
            head.append("<col min=\"").append(i + 1).append("\" max=\"").append(i + 1).append("\" width=\"")
                    .append(widths[i] + 1).append("\" customWidth=\"1\"/>");
        }
        head.append(widths.length > 0 ? "</cols>" : "");
    }

    /** Starts the next row. */
    SheetXml row() {
        end();
        rowNumber++;
        row = new StringBuilder("<row r=\"").append(rowNumber).append("\">");
        return this;
    }

    int rowNumber() {
        return rowNumber;
    }

    SheetXml text(int column, String value, int style) {
        int index = strings.computeIfAbsent(value, v -> strings.size());
        row.append("<c r=\"").append(ref(column, rowNumber)).append("\" s=\"").append(style).append("\" t=\"s\"><v>")
                .append(index).append("</v></c>");
        return this;
    }

    SheetXml number(int column, String value, int style) {
        row.append("<c r=\"").append(ref(column, rowNumber)).append("\" s=\"").append(style).append("\"><v>")
                .append(value).append("</v></c>");
        return this;
    }

    SheetXml date(int column, LocalDate value, int style) {
        return value == null ? empty(column, style) : number(column, Long.toString(serial(value)), style);
    }

    SheetXml empty(int column, int style) {
        row.append("<c r=\"").append(ref(column, rowNumber)).append("\" s=\"").append(style).append("\"/>");
        return this;
    }

    private void end() {
        if (row != null) {
            data.append(row).append("</row>");
            row = null;
        }
    }

    /** Locks the sheet: only unlocked cells take input; columns and rows may still be resized. */
    SheetXml protect() {
        tail.append("<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\" formatColumns=\"0\" formatRows=\"0\"/>");
        return this;
    }

    /** Adds the data validations, already as XML elements. */
    SheetXml validations(String... elements) {
        tail.append("<dataValidations count=\"").append(elements.length).append("\">");
        for (String e : elements) {
            tail.append(e);
        }
        tail.append("</dataValidations>");
        return this;
    }

    String xml() {
        end();
        return head + "<sheetData>" + data + "</sheetData>" + tail
                + "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
                + "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/></worksheet>";
    }

    /** The shared strings part for the table. */
    static String sharedStrings(java.util.Map<String, Integer> strings) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"")
                .append(strings.size()).append("\" uniqueCount=\"").append(strings.size()).append("\">");
        strings.keySet().forEach(t -> x.append("<si><t xml:space=\"preserve\">").append(Xml.escape(t)).append("</t></si>"));
        return x.append("</sst>").toString();
    }

    static long serial(LocalDate date) {
        return ChronoUnit.DAYS.between(EPOCH, date);
    }

    static String ref(int column, int row) {
        return letters(column) + row;
    }

    static String letters(int column) {
        StringBuilder s = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }

    /** A data validation element. */
    static String validation(String type, String operator, String sqref, String title, String prompt, String error,
            String formula1, String formula2) {
        return "<dataValidation type=\"" + type + "\"" + (operator.isEmpty() ? "" : " operator=\"" + operator + "\"")
                + " allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\" errorStyle=\"stop\""
                + " errorTitle=\"" + Xml.escape(title) + "\" error=\"" + Xml.escape(error) + "\""
                + " promptTitle=\"" + Xml.escape(title) + "\" prompt=\"" + Xml.escape(prompt) + "\" sqref=\"" + sqref + "\">"
                + "<formula1>" + Xml.escape(formula1) + "</formula1>"
                + (formula2.isEmpty() ? "" : "<formula2>" + Xml.escape(formula2) + "</formula2>") + "</dataValidation>";
    }
}
