package org.strategyworkbench.reporting.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.strategyworkbench.reporting.Tone;

/**
 * The workbook's cell styles, made on first use and shared by every sheet (Excel limits how many
 * styles a workbook may have).
 */
final class Styles {

    /** What a cell holds, which decides its number format. */
    enum Kind {
        TEXT, DATE, NUMBER, LINK
    }

    private static final Map<Tone, IndexedColors> FILLS = new EnumMap<>(Map.of(
            Tone.GOOD, IndexedColors.LIGHT_GREEN, Tone.WARNING, IndexedColors.LIGHT_YELLOW,
            Tone.BAD, IndexedColors.ROSE, Tone.INFO, IndexedColors.PALE_BLUE, Tone.MUTED, IndexedColors.GREY_25_PERCENT));

    private final Workbook workbook;
    private final Map<String, CellStyle> styles = new HashMap<>();
    private final Font bold;
    private final Font link;
    final CellStyle header;
    final CellStyle title;

    Styles(Workbook workbook) {
        this.workbook = workbook;
        bold = workbook.createFont();
        bold.setBold(true);
        link = workbook.createFont();
        link.setUnderline(Font.U_SINGLE);
        link.setColor(IndexedColors.BLUE.getIndex());
        Font white = workbook.createFont();
        white.setBold(true);
        white.setColor(IndexedColors.WHITE.getIndex());
        header = workbook.createCellStyle();
        header.setFont(white);
        header.setFillForegroundColor(IndexedColors.GREY_80_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        title = workbook.createCellStyle();
        title.setFont(big);
    }

    CellStyle style(Kind kind, Tone tone, boolean strong) {
        return styles.computeIfAbsent(kind + "|" + tone + "|" + strong, k -> create(kind, tone, strong));
    }

    private CellStyle create(Kind kind, Tone tone, boolean strong) {
        CellStyle s = workbook.createCellStyle();
        s.setVerticalAlignment(VerticalAlignment.TOP);
        switch (kind) {
            case DATE -> s.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            case NUMBER -> s.setDataFormat(workbook.createDataFormat().getFormat("#,##0.##"));
            case TEXT -> s.setWrapText(true);
            case LINK -> s.setFont(link);
        }
        if (strong && kind != Kind.LINK) {
            s.setFont(bold);
        }
        IndexedColors fill = FILLS.get(tone);
        if (fill != null) {
            s.setFillForegroundColor(fill.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setBorderBottom(BorderStyle.HAIR);
            s.setBorderRight(BorderStyle.HAIR);
        }
        return s;
    }
}
