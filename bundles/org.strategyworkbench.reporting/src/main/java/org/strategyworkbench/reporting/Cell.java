package org.strategyworkbench.reporting;

/**
 * A value with presentation, for {@link SheetWriter#row}: a tone, bold text, or a link to
 * another sheet of the workbook. Plain values need no {@code Cell}.
 *
 * @param value the value, as for {@link SheetWriter#row}
 * @param tone the cell's colour
 * @param bold whether the text is bold
 * @param link the name of a sheet of the same workbook to link to, or {@code ""}
 * @since 1.0
 */
public record Cell(Object value, Tone tone, boolean bold, String link) {

    public Cell {
        tone = tone == null ? Tone.PLAIN : tone;
        link = link == null ? "" : link;
    }

    /** A value with a tone. */
    public static Cell of(Object value, Tone tone) {
        return new Cell(value, tone, false, "");
    }

    /** A value in bold. */
    public static Cell bold(Object value) {
        return new Cell(value, Tone.PLAIN, true, "");
    }

    /** A link to a sheet, showing the sheet's name. */
    public static Cell linkTo(String sheetName) {
        return new Cell(sheetName, Tone.PLAIN, false, sheetName);
    }
}
