package org.strategyworkbench.reporting.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an .xlsx file in one pass: each sheet's XML goes straight into the zip, compressed once,
 * so memory stays bounded and the time stays close to that of deflating the sheets. Every part is
 * dated the report's "as of" day, so equal input gives equal bytes.
 */
final class XlsxWorkbook implements AutoCloseable {

    /** Deflate level: 4 compresses nearly as well as the default 6 in much less time. */
    static final int LEVEL = 4;
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

    private final ZipOutputStream zip;
    private final Writer text;
    private final long time;
    private final List<XlsxSheet> sheets = new ArrayList<>();
    private int charts;

    XlsxWorkbook(OutputStream out, LocalDate asOf) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.zip.setLevel(LEVEL);
        this.zip.setMethod(ZipOutputStream.DEFLATED);
        this.text = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        this.time = asOf.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /** Starts the next sheet; write it through the returned writer, then call {@link #endSheet}. */
    XlsxSheetWriter sheet(XlsxSheet sheet, List<String> names) throws IOException {
        sheets.add(sheet);
        begin("xl/worksheets/sheet" + sheet.number() + ".xml");
        return new XlsxSheetWriter(text, sheet, names);
    }

    void endSheet(XlsxSheetWriter writer, XlsxSheet sheet) throws IOException {
        writer.finish();
        text.flush();
        zip.closeEntry();
        if (!sheet.charts().isEmpty()) {
            writeCharts(sheet);
        }
    }

    private void writeCharts(XlsxSheet sheet) throws IOException {
        int drawing = sheet.number();
        part("xl/worksheets/_rels/sheet" + sheet.number() + ".xml.rels", relationships(
                rel("rId1", REL + "/drawing", "../drawings/drawing" + drawing + ".xml")));
        StringBuilder anchors = new StringBuilder();
        StringBuilder rels = new StringBuilder();
        int i = 0;
        for (XlsxSheet.Chart chart : sheet.charts()) {
            int id = ++charts;
            i++;
            anchors.append(XlsxCharts.anchor(chart, "rId" + i, i));
            rels.append(rel("rId" + i, REL + "/chart", "../charts/chart" + id + ".xml"));
            part("xl/charts/chart" + id + ".xml", XlsxCharts.chart(chart, sheet.reference()));
        }
        part("xl/drawings/drawing" + drawing + ".xml", XlsxCharts.drawing(anchors.toString()));
        part("xl/drawings/_rels/drawing" + drawing + ".xml.rels", relationships(rels.toString()));
    }

    /** Writes the workbook's own parts and closes the file. */
    void finish(String title, String subject, String keywords) throws IOException {
        part("xl/styles.xml", Palette.stylesXml());
        part("xl/workbook.xml", workbookXml());
        StringBuilder wbRels = new StringBuilder();
        for (XlsxSheet s : sheets) {
            wbRels.append(rel("rId" + s.number(), REL + "/worksheet", "worksheets/sheet" + s.number() + ".xml"));
        }
        wbRels.append(rel("rId" + (sheets.size() + 1), REL + "/styles", "styles.xml"));
        part("xl/_rels/workbook.xml.rels", relationships(wbRels.toString()));
        part("_rels/.rels", relationships(rel("rId1", REL + "/officeDocument", "xl/workbook.xml")
                + rel("rId2", PKG_REL + "/metadata/core-properties", "docProps/core.xml")
                + rel("rId3", REL + "/extended-properties", "docProps/app.xml")));
        part("docProps/core.xml", XlsxParts.core(title, subject, keywords, time));
        part("docProps/app.xml", XlsxParts.app());
        part("[Content_Types].xml", XlsxParts.contentTypes(sheets.size(), sheets.stream()
                .filter(s -> !s.charts().isEmpty()).map(XlsxSheet::number).toList(), charts));
        zip.finish();
    }

    private String workbookXml() {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\"")
                .append(MAIN).append("\" xmlns:r=\"").append(REL).append("\"><bookViews><workbookView activeTab=\"0\"/>")
                .append("</bookViews><sheets>");
        for (XlsxSheet s : sheets) {
            x.append("<sheet name=\"").append(Xml.escape(s.name())).append("\" sheetId=\"").append(s.number())
                    .append("\" r:id=\"rId").append(s.number()).append("\"/>");
        }
        x.append("</sheets><definedNames>");
        for (XlsxSheet s : sheets) {
            if (!s.filterRange().isEmpty()) {
                x.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").append(s.number() - 1)
                        .append("\" hidden=\"1\">").append(Xml.escape(s.reference() + s.filterRange())).append("</definedName>");
                x.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"").append(s.number() - 1).append("\">")
                        .append(Xml.escape(s.reference() + "$" + (s.headerRow() + 1) + ":$" + (s.headerRow() + 1)))
                        .append("</definedName>");
            }
        }
        return x.append("</definedNames></workbook>").toString();
    }

    private static String relationships(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"" + PKG_REL + "\">"
                + body + "</Relationships>";
    }

    private static String rel(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>";
    }

    private void begin(String name) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(time);
        zip.putNextEntry(entry);
    }

    private void part(String name, String content) throws IOException {
        begin(name);
        text.write(content);
        text.flush();
        zip.closeEntry();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

}
