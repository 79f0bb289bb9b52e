package org.strategyworkbench.reporting.internal;

import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Draws charts. Streaming sheets cannot be read back, so a chart is given its values from the
 * rows the writer remembers, with references to the cells so that Excel updates it on edits.
 */
final class Charts {

    private final SXSSFWorkbook workbook;

    Charts(SXSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    void bar(SXSSFSheet sheet, String title, Map<Integer, Object[]> rows, int first, int last, int labelColumn,
            int valueColumn, int anchorColumn) {
        int n = last - first + 1;
        String[] labels = new String[n];
        Double[] values = new Double[n];
        for (int i = 0; i < n; i++) {
            Object[] row = rows.get(first + i);
            if (row == null) {
                throw new IllegalArgumentException("chart \"" + title + "\": row " + (first + i) + " is not a summary row");
            }
            labels[i] = PoiSheetWriter.text(unwrap(row[labelColumn]));
            values[i] = unwrap(row[valueColumn]) instanceof Number v ? v.doubleValue() : 0.0;
        }
        XSSFSheet backing = workbook.getXSSFWorkbook().getSheet(sheet.getSheetName());
        XSSFDrawing drawing = backing.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, anchorColumn, first, anchorColumn + 8, first + 16);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis counts = chart.createValueAxis(AxisPosition.LEFT);
        counts.setCrosses(AxisCrosses.AUTO_ZERO);
        counts.setCrossBetween(AxisCrossBetween.BETWEEN);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, counts);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        String name = "'" + sheet.getSheetName().replace("'", "''") + "'!";
        XDDFChartData.Series series = data.addSeries(
                XDDFDataSourcesFactory.fromArray(labels, name + range(first, last, labelColumn)),
                XDDFDataSourcesFactory.fromArray(values, name + range(first, last, valueColumn)));
        series.setTitle(title, null);
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(new byte[] {(byte) 0x3B, (byte) 0x6E, (byte) 0xA5})));
        chart.plot(data);
    }

    private static Object unwrap(Object value) {
        return value instanceof org.strategyworkbench.reporting.Cell c ? c.value() : value;
    }

    private static String range(int first, int last, int column) {
        return new CellRangeAddress(first, last, column, column).formatAsString(null, true);
    }
}
