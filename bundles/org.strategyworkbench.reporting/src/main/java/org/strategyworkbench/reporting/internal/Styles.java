package org.strategyworkbench.reporting.internal;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The workbook's cell styles, created once per workbook (Excel limits their number). */
final class Styles {

    final CellStyle header;
    final CellStyle text;
    final CellStyle date;
    final CellStyle number;

    Styles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        bold.setColor(IndexedColors.WHITE.getIndex());
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_80_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        text.setWrapText(true);
        date = workbook.createCellStyle();
        date.setVerticalAlignment(VerticalAlignment.TOP);
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        number = workbook.createCellStyle();
        number.setVerticalAlignment(VerticalAlignment.TOP);
        number.setDataFormat(workbook.createDataFormat().getFormat("#,##0.##"));
    }
}
