package org.strategyworkbench.reporting.internal;

import java.util.Locale;

/** DrawingML for bar charts: the drawing anchor and the chart part, with cached values and cell references. */
final class XlsxCharts {

    private static final String C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

    private XlsxCharts() {
    }

    static String drawing(String anchors) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<xdr:wsDr xmlns:xdr=\"" + XDR + "\" xmlns:a=\"" + A
                + "\">" + anchors + "</xdr:wsDr>";
    }

    static String anchor(XlsxSheet.Chart chart, String relId, int id) {
        return "<xdr:twoCellAnchor>" + corner("from", chart.anchorColumn(), chart.firstRow())
                + corner("to", chart.anchorColumn() + 8, chart.firstRow() + 16)
                + "<xdr:graphicFrame macro=\"\"><xdr:nvGraphicFramePr><xdr:cNvPr id=\"" + (id + 1) + "\" name=\"Chart " + id
                + "\"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/>"
                + "</xdr:xfrm><a:graphic><a:graphicData uri=\"" + C + "\"><c:chart xmlns:c=\"" + C + "\" xmlns:r=\"" + R
                + "\" r:id=\"" + relId + "\"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>";
    }

    private static String corner(String name, int column, int row) {
        return "<xdr:" + name + "><xdr:col>" + column + "</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>" + row
                + "</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:" + name + ">";
    }

    static String chart(XlsxSheet.Chart chart, String sheetRef) {
        String title = Xml.escape(chart.title());
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<c:chartSpace xmlns:c=\"")
                .append(C).append("\" xmlns:a=\"").append(A).append("\" xmlns:r=\"").append(R).append("\"><c:chart>")
                .append("<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>").append(title)
                .append("</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title><c:autoTitleDeleted val=\"0\"/>")
                .append("<c:plotArea><c:layout/><c:barChart><c:barDir val=\"bar\"/><c:grouping val=\"clustered\"/>")
                .append("<c:varyColors val=\"0\"/><c:ser><c:idx val=\"0\"/><c:order val=\"0\"/><c:tx><c:v>").append(title)
                .append("</c:v></c:tx><c:spPr><a:solidFill><a:srgbClr val=\"3B6EA5\"/></a:solidFill></c:spPr><c:cat><c:strRef><c:f>")
                .append(Xml.escape(sheetRef + range(chart.labelColumn(), chart))).append("</c:f><c:strCache><c:ptCount val=\"")
                .append(chart.labels().size()).append("\"/>");
        for (int i = 0; i < chart.labels().size(); i++) {
            x.append("<c:pt idx=\"").append(i).append("\"><c:v>").append(Xml.escape(chart.labels().get(i))).append("</c:v></c:pt>");
        }
        x.append("</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>").append(Xml.escape(sheetRef + range(chart.valueColumn(), chart)))
                .append("</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"").append(chart.values().size()).append("\"/>");
        for (int i = 0; i < chart.values().size(); i++) {
            x.append("<c:pt idx=\"").append(i).append("\"><c:v>").append(String.format(Locale.ROOT, "%s", chart.values().get(i)))
                    .append("</c:v></c:pt>");
        }
        return x.append("</c:numCache></c:numRef></c:val></c:ser><c:gapWidth val=\"80\"/><c:axId val=\"1\"/><c:axId val=\"2\"/>")
                // categories top-down, in the order of the table
                .append("</c:barChart><c:catAx><c:axId val=\"1\"/><c:scaling><c:orientation val=\"maxMin\"/></c:scaling>")
                .append("<c:delete val=\"0\"/><c:axPos val=\"l\"/><c:numFmt formatCode=\"General\" sourceLinked=\"0\"/>")
                .append("<c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"2\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/>")
                .append("<c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/></c:catAx><c:valAx><c:axId val=\"2\"/><c:scaling>")
                .append("<c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"b\"/><c:majorGridlines/>")
                .append("<c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"1\"/>")
                .append("<c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/></c:valAx></c:plotArea>")
                .append("<c:plotVisOnly val=\"1\"/></c:chart></c:chartSpace>").toString();
    }

    private static String range(int column, XlsxSheet.Chart chart) {
        String col = Xml.column(column);
        return "$" + col + "$" + (chart.firstRow() + 1) + ":$" + col + "$" + (chart.lastRow() + 1);
    }
}
