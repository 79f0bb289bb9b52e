package org.strategyworkbench.reporting;

/**
 * A value with presentation, for {@link SheetWriter#row}: a tone, bold text, or a link to
 * another sheet of the workbook. Plain values need no {@code Cell}. Immutable.
 *
 * @param value the value, as for {@link SheetWriter#row}
 * @param tone the cell's colour
 * @param bold whether the text is bold
 * @param link the name of a sheet of the same workbook to link to, or {@code ""}
 * @since 1.0
 */
public record Cell(Object value, Tone tone, boolean bold, String link) {

    /**
     * Creates a cell.
     *
     * @param value the value, as for {@link SheetWriter#row}; for a link, null shows the link's
     *        sheet name
     * @param tone the cell's colour; null is taken as {@link Tone#PLAIN}
     * @param bold whether the text is bold
     * @param link the name of a sheet of the same workbook to link to; null is taken as
     *        {@code ""} (no link)
     */
    public Cell {
        tone = tone == null ? Tone.PLAIN : tone;
        link = link == null ? "" : link;
    }

    /**
     * A value with a tone.
     *
     * @param value the value, as for {@link SheetWriter#row}
     * @param tone the colour, chosen by meaning; null is taken as {@link Tone#PLAIN}
     * @return a cell in normal type, without a link
     */
    public static Cell of(Object value, Tone tone) {
        return new Cell(value, tone, false, "");
    }

    /**
     * A value in bold.
     *
     * @param value the value, as for {@link SheetWriter#row}
     * @return a plain cell in bold type, without a link
     */
    public static Cell bold(Object value) {
        return new Cell(value, Tone.PLAIN, true, "");
    }

    /**
     * A link to a sheet, showing the sheet's name.
     *
     * @param sheetName the sheet's name as {@link SheetWriter#sheetNames()} gives it
     * @return a plain cell that shows the name and links to the sheet
     */
    public static Cell linkTo(String sheetName) {
        return new Cell(sheetName, Tone.PLAIN, false, sheetName);
    }
}
