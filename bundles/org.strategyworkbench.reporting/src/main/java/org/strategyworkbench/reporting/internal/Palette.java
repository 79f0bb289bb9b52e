package org.strategyworkbench.reporting.internal;

import org.strategyworkbench.reporting.Tone;

/**
 * The workbook's fixed set of cell styles and the {@code styles.xml} that defines them. Every
 * combination of kind, tone and weight has a known index, so sheets can be streamed before the
 * styles part is written.
 */
final class Palette {

    /** What a cell holds, which decides its number format. */
    enum Kind {
        TEXT, DATE, NUMBER, LINK
    }

    static final int HEADER = 1;
    static final int TITLE = 2;
    static final int NOTE = 3;
    private static final int FIRST = 4;
    private static final String[] FILLS = {null, "FFC6EFCE", "FFFFEB9C", "FFFFC7CE", "FFDDEBF7", "FFE7E6E6"};

    private Palette() {
    }

    /** The style of plain text, the most common cell: index 0, so that such cells need no style attribute. */
    static final int PLAIN_TEXT = 0;

    /** The style index of a cell of this kind, tone and weight. */
    static int style(Kind kind, Tone tone, boolean bold) {
        return FIRST + (kind.ordinal() * Tone.values().length + tone.ordinal()) * 2 + (bold ? 1 : 0);
    }

    /** The content of {@code xl/styles.xml}. */
    static String stylesXml() {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
                .append("<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/>")
                .append("<numFmt numFmtId=\"165\" formatCode=\"#,##0.##\"/></numFmts>")
                .append("<fonts count=\"5\">")
                .append("<font><sz val=\"10\"/><name val=\"Arial\"/></font>")
                .append("<font><b/><sz val=\"10\"/><name val=\"Arial\"/></font>")
                .append("<font><b/><sz val=\"10\"/><color rgb=\"FFFFFFFF\"/><name val=\"Arial\"/></font>")
                .append("<font><b/><sz val=\"16\"/><name val=\"Arial\"/></font>")
                .append("<font><u/><sz val=\"10\"/><color rgb=\"FF0563C1\"/><name val=\"Arial\"/></font></fonts>")
                .append("<fills count=\"").append(FILLS.length + 2).append("\">")
                .append("<fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>")
                .append("<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF404040\"/></patternFill></fill>");
        for (int i = 1; i < FILLS.length; i++) {
            x.append("<fill><patternFill patternType=\"solid\"><fgColor rgb=\"").append(FILLS[i]).append("\"/></patternFill></fill>");
        }
        x.append("</fills><borders count=\"2\"><border/><border><right style=\"hair\"><color rgb=\"FFBFBFBF\"/></right>")
                .append("<bottom style=\"hair\"><color rgb=\"FFBFBFBF\"/></bottom></border></borders>")
                // the Normal style itself wraps and aligns to the top: cells without a style
                // attribute (plain text) take it from here in every spreadsheet tool
                .append("<cellStyleXfs count=\"1\"><xf applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>")
                .append("</cellStyleXfs>");
        int count = FIRST + Kind.values().length * Tone.values().length * 2;
        x.append("<cellXfs count=\"").append(count).append("\">").append(xf(Kind.TEXT, Tone.PLAIN, false))
                .append("<xf fontId=\"2\" fillId=\"2\" applyFont=\"1\" applyFill=\"1\" applyAlignment=\"1\">")
                .append("<alignment vertical=\"center\" wrapText=\"1\"/></xf>")
                .append("<xf fontId=\"3\" applyFont=\"1\"/>")
                .append("<xf fontId=\"0\" applyAlignment=\"1\"><alignment vertical=\"top\"/></xf>");
        for (Kind kind : Kind.values()) {
            for (Tone tone : Tone.values()) {
                for (int bold = 0; bold < 2; bold++) {
                    x.append(xf(kind, tone, bold == 1));
                }
            }
        }
        return x.append("</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>")
                .append("</styleSheet>").toString();
    }

    private static String xf(Kind kind, Tone tone, boolean bold) {
        int numFmt = kind == Kind.DATE ? 164 : kind == Kind.NUMBER ? 165 : 0;
        int font = kind == Kind.LINK ? 4 : bold ? 1 : 0;
        int fill = tone == Tone.PLAIN ? 0 : tone.ordinal() + 2;
        int border = tone == Tone.PLAIN ? 0 : 1;
        return "<xf numFmtId=\"" + numFmt + "\" fontId=\"" + font + "\" fillId=\"" + fill + "\" borderId=\"" + border
                + "\" applyNumberFormat=\"1\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\">"
                + "<alignment vertical=\"top\"" + (kind == Kind.TEXT ? " wrapText=\"1\"" : "") + "/></xf>";
    }
}
