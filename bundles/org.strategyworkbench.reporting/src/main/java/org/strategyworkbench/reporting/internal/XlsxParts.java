package org.strategyworkbench.reporting.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The small fixed parts of a workbook: content types and document properties. */
final class XlsxParts {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private XlsxParts() {
    }

    static String contentTypes(int sheets, List<Integer> sheetsWithDrawings, int charts) {
        StringBuilder x = new StringBuilder(HEAD)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                .append(override("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"))
                .append(override("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"))
                .append(override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"))
                .append(override("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"));
        for (int i = 1; i <= sheets; i++) {
            x.append(override("/xl/worksheets/sheet" + i + ".xml",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"));
        }
        for (int d : sheetsWithDrawings) {
            x.append(override("/xl/drawings/drawing" + d + ".xml", "application/vnd.openxmlformats-officedocument.drawing+xml"));
        }
        for (int c = 1; c <= charts; c++) {
            x.append(override("/xl/charts/chart" + c + ".xml",
                    "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"));
        }
        return x.append("</Types>").toString();
    }

    private static String override(String part, String type) {
        return "<Override PartName=\"" + part + "\" ContentType=\"" + type + "\"/>";
    }

    static String core(String title, String subject, String keywords, long time) {
        String when = Instant.ofEpochMilli(time).truncatedTo(ChronoUnit.SECONDS).toString();
        return HEAD + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dc:title>" + Xml.escape(title) + "</dc:title><dc:subject>" + Xml.escape(subject) + "</dc:subject>"
                + "<dc:creator>Strategy Workbench</dc:creator><cp:keywords>" + Xml.escape(keywords) + "</cp:keywords>"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + when + "</dcterms:created>"
                + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + when + "</dcterms:modified></cp:coreProperties>";
    }

    static String app() {
        return HEAD + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<Application>Strategy Workbench</Application></Properties>";
    }
}
