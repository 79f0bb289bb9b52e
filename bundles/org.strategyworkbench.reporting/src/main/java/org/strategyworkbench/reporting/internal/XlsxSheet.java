package org.strategyworkbench.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the workbook needs to know about one sheet: its name, frozen header, links, charts, print setup. */
final class XlsxSheet {

    /** A bar chart drawn from rows of the sheet. */
    record Chart(String title, int firstRow, int lastRow, int labelColumn, int valueColumn, int anchorColumn,
            List<String> labels, List<Double> values) {
    }

    private final String name;
    private final int number;
    private final String pageHeader;
    private final String pageFooter;
    private final List<String> links = new ArrayList<>();
    private final List<Chart> charts = new ArrayList<>();
    private int headerRow = -1;
    private String filterRange = "";

    XlsxSheet(String name, int number, String title, String banner, String asOf) {
        this.name = checkName(name);
        this.number = number;
        this.pageHeader = "&L" + escapeHeader(title + " — " + name) + "&C" + (banner.isEmpty() ? "" : "&B" + escapeHeader(banner))
                + "&R" + escapeHeader("As of " + asOf);
        this.pageFooter = "&L" + escapeHeader(banner) + "&RPage &P of &N";
    }

    static String checkName(String name) {
        if (name == null || name.isEmpty() || name.length() > 31 || name.matches(".*[\\[\\]:*?/\\\\].*")) {
            throw new IllegalArgumentException("\"" + name + "\" cannot name a sheet: 1 to 31 characters, none of [ ] : * ? / \\");
        }
        return name;
    }

    private static String escapeHeader(String text) {
        return text.replace("&", "&&");
    }

    String name() {
        return name;
    }

    int number() {
        return number;
    }

    /** The sheet's name as a formula reference: {@code 'Summary'!}. */
    String reference() {
        return "'" + name.replace("'", "''") + "'!";
    }

    void headerRow(int row) {
        headerRow = row;
    }

    int headerRow() {
        return headerRow;
    }

    String filterRange() {
        return filterRange;
    }

    void link(String ref, String sheetName, String display) {
        links.add("<hyperlink ref=\"" + ref + "\" location=\"" + Xml.escape("'" + sheetName.replace("'", "''") + "'!A1")
                + "\" display=\"" + Xml.escape(display) + "\"/>");
    }

    void chart(Chart chart) {
        charts.add(chart);
    }

    List<Chart> charts() {
        return charts;
    }

    /** About how many characters of column width fit across a landscape A4 page at a readable size. */
    private static final int PAGE_CHARACTERS = 240;
    private int pagesWide = 1;

    /** The XML before the rows: print fit, frozen header, column widths. */
    String opening(Map<Integer, Integer> widths) {
        int total = widths.values().stream().mapToInt(Integer::intValue).sum();
        pagesWide = Math.max(1, (int) Math.ceil(total / (double) PAGE_CHARACTERS));
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" ")
                .append("xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
                .append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><sheetViews><sheetView workbookViewId=\"0\"")
                .append(number == 1 ? " tabSelected=\"1\"" : "").append('>');
        if (headerRow >= 0) {
            int top = headerRow + 1;
            x.append("<pane ySplit=\"").append(top).append("\" topLeftCell=\"A").append(top + 1)
                    .append("\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/>");
        }
        x.append("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"12.75\"/>");
        if (!widths.isEmpty()) {
            x.append("<cols>");
            new TreeMap<>(widths).forEach((column, width) -> x.append("<col min=\"").append(column + 1).append("\" max=\"")
                    .append(column + 1).append("\" width=\"").append(width + 0.7).append("\" customWidth=\"1\"/>"));
            x.append("</cols>");
        }
        return x.append("<sheetData>").toString();
    }

    /** The XML after the rows. */
    String closing(int columns, int rows) {
        StringBuilder x = new StringBuilder("</sheetData>");
        if (headerRow >= 0 && columns > 0) {
            filterRange = "$A$" + (headerRow + 1) + ":$" + Xml.column(columns - 1) + "$" + Math.max(rows, headerRow + 2);
            x.append("<autoFilter ref=\"").append(filterRange.replace("$", "")).append("\"/>");
        }
        if (!links.isEmpty()) {
            x.append("<hyperlinks>");
            links.forEach(x::append);
            x.append("</hyperlinks>");
        }
        x.append("<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
                .append("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"").append(pagesWide)
                .append("\" fitToHeight=\"0\"/>")
                .append("<headerFooter><oddHeader>").append(Xml.escape(pageHeader)).append("</oddHeader><oddFooter>")
                .append(Xml.escape(pageFooter)).append("</oddFooter></headerFooter>");
        if (!charts.isEmpty()) {
            x.append("<drawing r:id=\"rId1\"/>");
        }
        return x.append("</worksheet>").toString();
    }
}
