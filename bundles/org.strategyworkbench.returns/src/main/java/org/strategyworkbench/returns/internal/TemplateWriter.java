package org.strategyworkbench.returns.internal;

import static org.strategyworkbench.returns.internal.SheetXml.HEADER;
import static org.strategyworkbench.returns.internal.SheetXml.INPUT_AMOUNT;
import static org.strategyworkbench.returns.internal.SheetXml.INPUT_DATE;
import static org.strategyworkbench.returns.internal.SheetXml.INPUT_TEXT;
import static org.strategyworkbench.returns.internal.SheetXml.LOCKED;
import static org.strategyworkbench.returns.internal.SheetXml.NOTE;
import static org.strategyworkbench.returns.internal.SheetXml.TITLE;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.strategyworkbench.actions.Action;
import org.strategyworkbench.actions.ActionStatus;
import org.strategyworkbench.actions.ActionType;
import org.strategyworkbench.commitments.Commitment;

/**
 * Writes a return template as an .xlsx package: Instructions, Actions (ids locked, the rest
 * editable, drop-down lists, empty rows for new actions), Commitments (the reference the list
 * draws on), a hidden Lists sheet and the very hidden signed record. Every sheet is protected
 * without a password: protection guides the delegation; the signature is what detects edits.
 */
final class TemplateWriter {

    static final String INSTRUCTIONS = "Instructions";
    static final String ACTIONS = "Actions";
    static final String COMMITMENTS = "Commitments";
    static final String LISTS = "Lists";

    private static final String[] SHEETS = {INSTRUCTIONS, ACTIONS, COMMITMENTS, LISTS, TemplateRecord.SHEET};
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final long FIRST_DATE = SheetXml.serial(LocalDate.of(1990, 1, 1));
    private static final long LAST_DATE = SheetXml.serial(LocalDate.of(2100, 12, 31));

    private TemplateWriter() {
    }

    static void write(TemplateContent content, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(6);
        put(zip, "[Content_Types].xml", contentTypes());
        put(zip, "_rels/.rels", HEAD + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + REL + "/extended-properties\" Target=\"docProps/app.xml\"/></Relationships>");
        put(zip, "docProps/core.xml", core(content));
        put(zip, "docProps/app.xml", HEAD + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<Application>Strategy Workbench</Application></Properties>");
        put(zip, "xl/workbook.xml", workbook(content));
        put(zip, "xl/_rels/workbook.xml.rels", workbookRels());
        put(zip, "xl/styles.xml", STYLES);
        Map<String, Integer> strings = new LinkedHashMap<>();
        put(zip, "xl/worksheets/sheet1.xml", instructions(content, strings));
        put(zip, "xl/worksheets/sheet2.xml", actions(content, strings));
        put(zip, "xl/worksheets/sheet3.xml", commitments(content, strings));
        put(zip, "xl/worksheets/sheet4.xml", lists(strings));
        put(zip, "xl/worksheets/sheet5.xml", record(content, strings));
        put(zip, "xl/sharedStrings.xml", SheetXml.sharedStrings(strings));
        zip.finish();
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(315_532_800_000L); // 1980-01-01: the same content gives the same bytes
        zip.putNextEntry(entry);
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String contentTypes() {
        StringBuilder x = new StringBuilder(HEAD).append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                .append(override("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"))
                .append(override("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"))
                .append(override("/xl/sharedStrings.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"))
                .append(override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"))
                .append(override("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"));
        for (int i = 1; i <= SHEETS.length; i++) {
            x.append(override("/xl/worksheets/sheet" + i + ".xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"));
        }
        return x.append("</Types>").toString();
    }

    private static String override(String part, String type) {
        return "<Override PartName=\"" + part + "\" ContentType=\"" + type + "\"/>";
    }

    private static String core(TemplateContent c) {
        return HEAD + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dc:title>" + Xml.escape(c.ally().name() + " return, " + c.round()) + "</dc:title>"
                + "<dc:creator>Strategy Workbench</dc:creator></cp:coreProperties>";
    }

    private static String workbook(TemplateContent c) {
        StringBuilder x = new StringBuilder(HEAD).append("<workbook xmlns=\"").append(MAIN).append("\" xmlns:r=\"").append(REL).append("\">")
                .append("<workbookPr/><workbookProtection lockStructure=\"1\"/>")
                .append("<bookViews><workbookView activeTab=\"1\"/></bookViews><sheets>");
        for (int i = 0; i < SHEETS.length; i++) {
            String state = SHEETS[i].equals(LISTS) ? " state=\"hidden\"" : SHEETS[i].equals(TemplateRecord.SHEET) ? " state=\"veryHidden\"" : "";
            x.append("<sheet name=\"").append(SHEETS[i]).append("\" sheetId=\"").append(i + 1).append('"').append(state)
                    .append(" r:id=\"rId").append(i + 1).append("\"/>");
        }
        int commitments = Math.max(2, c.commitments().size() + 1);
        return x.append("</sheets><definedNames>")
                .append(name("CommitmentIds", COMMITMENTS + "!$A$2:$A$" + commitments))
                .append(name("ActionTypes", LISTS + "!$A$2:$A$" + (ActionType.values().length + 1)))
                .append(name("ActionStatuses", LISTS + "!$B$2:$B$" + (ActionStatus.values().length + 1)))
                .append(name("_xlnm.Print_Titles", ACTIONS + "!$1:$1").replace("<definedName ", "<definedName localSheetId=\"1\" "))
                .append("</definedNames></workbook>").toString();
    }

    private static String name(String name, String range) {
        return "<definedName name=\"" + name + "\">" + range + "</definedName>";
    }

    private static String workbookRels() {
        StringBuilder x = new StringBuilder(HEAD).append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 1; i <= SHEETS.length; i++) {
            x.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(REL)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        return x.append("<Relationship Id=\"rId").append(SHEETS.length + 1).append("\" Type=\"").append(REL)
                .append("/styles\" Target=\"styles.xml\"/>")
                .append("<Relationship Id=\"rId").append(SHEETS.length + 2).append("\" Type=\"").append(REL)
                .append("/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>").toString();
    }

    private static String instructions(TemplateContent c, Map<String, Integer> strings) {
        SheetXml s = new SheetXml(strings, false, false, 130);
        s.row().text(0, c.ally().name() + " (" + c.ally().code() + "): return for " + c.round(), TITLE);
        lines(s, "Made on " + c.made() + " from the workspace as it stood at revision " + c.revision()
                + ". It lists every action on record for " + c.ally().name() + ", by commitment.");
        s.row();
        for (String paragraph : INSTRUCTION_LINES) {
            lines(s, paragraph);
        }
        s.row();
        lines(s, "Types: " + String.join(", ", words(ActionType.values())));
        lines(s, "Statuses: " + String.join(", ", words(ActionStatus.values())));
        return s.protect().xml();
    }

    /** A paragraph as rows of whole words that fit the column: wrapped cells would need row heights. */
    private static void lines(SheetXml s, String paragraph) {
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > LINE) {
                s.row().text(0, line.toString(), NOTE);
                line.setLength(0);
                line.append("    ");
            }
            line.append(line.length() == 0 || line.toString().isBlank() ? "" : " ").append(word);
        }
        s.row().text(0, line.toString(), NOTE);
    }

    private static final int LINE = 120;

    private static final List<String> INSTRUCTION_LINES = List.of(
            "How to fill in this return",
            "1. On the sheet Actions, correct any action on record: its commitment, type, status, title, dates, amount,"
                    + " currency and evidence. The Action id column is locked: it ties each row to the record.",
            "2. Add new actions in the empty rows below the last action. Leave the Action id empty: the secretariat"
                    + " assigns it when the return is imported.",
            "3. Pick the commitment, the type and the status from the drop-down lists. The sheet Commitments lists every"
                    + " commitment with its title.",
            "4. Write dates as dates (2026-03-31), amounts as numbers with the ISO currency code (EUR, USD, NOK, …)."
                    + " An action marked done needs evidence: a link or a reference.",
            "5. To withdraw an action, set its status to Cancelled; do not delete its row.",
            "6. Do not rename, add or remove sheets, and do not save the file with a password or as a macro workbook:"
                    + " such a return cannot be imported.",
            "Send the file back to the secretariat as it is (.xlsx). Nothing changes on record until the secretariat"
                    + " imports it; every imported value keeps a note of this file, your nation and the round.");

    private static List<String> words(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Field::words).toList();
    }

    private static String actions(TemplateContent c, Map<String, Integer> strings) {
        int[] widths = new int[Field.values().length + 1];
        widths[0] = 12;
        for (Field f : Field.values()) {
            widths[f.column()] = f.width();
        }
        SheetXml s = new SheetXml(strings, true, true, widths);
        s.row();
        List<String> headings = TemplateRecord.headings();
        for (int i = 0; i < headings.size(); i++) {
            s.text(i, headings.get(i), HEADER);
        }
        for (Action a : c.actions()) {
            s.row().text(0, a.id(), LOCKED);
            s.text(Field.COMMITMENT.column(), a.commitment(), INPUT_TEXT)
                    .text(Field.TYPE.column(), a.type() == null ? "" : Field.words(a.type()), INPUT_TEXT)
                    .text(Field.STATUS.column(), a.status() == null ? "" : Field.words(a.status()), INPUT_TEXT)
                    .text(Field.TITLE.column(), a.title(), INPUT_TEXT)
                    .date(Field.START.column(), a.start(), INPUT_DATE)
                    .date(Field.END.column(), a.end(), INPUT_DATE);
            if (a.amount() == null) {
                s.empty(Field.AMOUNT.column(), INPUT_AMOUNT);
            } else {
                s.number(Field.AMOUNT.column(), Field.amount(a.amount()), INPUT_AMOUNT);
            }
            s.text(Field.CURRENCY.column(), a.currency(), INPUT_TEXT).text(Field.EVIDENCE.column(), a.evidence(), INPUT_TEXT);
        }
        for (int i = 0; i < c.newRows(); i++) {
            s.row().empty(0, LOCKED);
            for (Field f : Field.values()) {
                s.empty(f.column(), f == Field.START || f == Field.END ? INPUT_DATE : f == Field.AMOUNT ? INPUT_AMOUNT : INPUT_TEXT);
            }
        }
        return s.protect().validations(validations(c.lastRow())).xml();
    }

    private static String[] validations(int last) {
        String rows = "2:" + last;
        return new String[] {
            SheetXml.validation("list", "", range(Field.COMMITMENT, rows), "Commitment",
                    "Pick the commitment from the list (see the sheet Commitments).",
                    "Pick a commitment from the list.", "CommitmentIds", ""),
            SheetXml.validation("list", "", range(Field.TYPE, rows), "Type", "Pick the kind of action from the list.",
                    "Pick a type from the list.", "ActionTypes", ""),
            SheetXml.validation("list", "", range(Field.STATUS, rows), "Status", "Pick how far the action has come.",
                    "Pick a status from the list.", "ActionStatuses", ""),
            SheetXml.validation("date", "between", range(Field.START, rows) + " " + range(Field.END, rows), "Date",
                    "A date such as 2026-03-31.", "Type a date between 1990 and 2100, such as 2026-03-31.",
                    Long.toString(FIRST_DATE), Long.toString(LAST_DATE)),
            SheetXml.validation("decimal", "greaterThanOrEqual", range(Field.AMOUNT, rows), "Amount",
                    "The money involved, as a number; give the currency too.", "Type an amount of zero or more.", "0", ""),
            SheetXml.validation("textLength", "equal", range(Field.CURRENCY, rows), "Currency",
                    "The ISO 4217 code of the amount, such as EUR.", "Type a three-letter code such as EUR.", "3", ""),
            SheetXml.validation("textLength", "lessThanOrEqual", range(Field.TITLE, rows), "Title",
                    "What was done, in a line.", "A title has at most " + CellParser.MAX_TITLE + " characters.",
                    Integer.toString(CellParser.MAX_TITLE), "")
        };
    }

    private static String range(Field f, String rows) {
        String col = SheetXml.letters(f.column());
        String[] r = rows.split(":");
        return col + r[0] + ":" + col + r[1];
    }

    private static String commitments(TemplateContent c, Map<String, Integer> strings) {
        SheetXml s = new SheetXml(strings, false, true, 12, 70, 14, 14, 12);
        s.row().text(0, "Id", HEADER).text(1, "Title", HEADER).text(2, "Kind", HEADER).text(3, "Stage", HEADER).text(4, "Due", HEADER);
        for (Commitment m : c.commitments()) {
            s.row().text(0, m.id(), LOCKED).text(1, m.title(), LOCKED).text(2, String.valueOf(m.kind()), LOCKED)
                    .text(3, m.stage() == null ? "" : Field.words(m.stage()), LOCKED).date(4, m.dueDate(), LOCKED);
        }
        return s.protect().xml();
    }

    private static String lists(Map<String, Integer> strings) {
        SheetXml s = new SheetXml(strings, false, false, 20, 20);
        s.row().text(0, "Types", HEADER).text(1, "Statuses", HEADER);
        int n = Math.max(ActionType.values().length, ActionStatus.values().length);
        for (int i = 0; i < n; i++) {
            s.row();
            if (i < ActionType.values().length) {
                s.text(0, Field.words(ActionType.values()[i]), LOCKED);
            }
            if (i < ActionStatus.values().length) {
                s.text(1, Field.words(ActionStatus.values()[i]), LOCKED);
            }
        }
        return s.protect().xml();
    }

    private static String record(TemplateContent c, Map<String, Integer> strings) {
        SheetXml s = new SheetXml(strings, false, false);
        for (List<String> row : c.record()) {
            s.row();
            for (int i = 0; i < row.size(); i++) {
                s.text(i, row.get(i), SheetXml.PLAIN);
            }
        }
        return s.protect().xml();
    }

    /** Styles: see the constants of {@link SheetXml}, which index the cellXfs below in order. */
    static final String STYLES = HEAD + "<styleSheet xmlns=\"" + MAIN + "\">"
            + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/><numFmt numFmtId=\"165\" formatCode=\"#,##0.##\"/></numFmts>"
            + "<fonts count=\"4\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"14\"/><color rgb=\"FF1F3864\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"11\"/><color rgb=\"FFFFFFFF\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
            + "<fills count=\"4\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF1F4E79\"/><bgColor indexed=\"64\"/></patternFill></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFE7E6E6\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
            + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
            + "<border><left style=\"thin\"><color rgb=\"FFBFBFBF\"/></left><right style=\"thin\"><color rgb=\"FFBFBFBF\"/></right>"
            + "<top style=\"thin\"><color rgb=\"FFBFBFBF\"/></top><bottom style=\"thin\"><color rgb=\"FFBFBFBF\"/></bottom><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"8\">"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"3\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"center\"/></xf>"
            + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"3\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\"/></xf>"
            + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\" applyAlignment=\"1\" applyProtection=\"1\"><alignment vertical=\"top\"/><protection locked=\"0\"/></xf>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\" applyAlignment=\"1\" applyProtection=\"1\"><alignment vertical=\"top\"/><protection locked=\"0\"/></xf>"
            + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\" applyAlignment=\"1\" applyProtection=\"1\"><alignment vertical=\"top\"/><protection locked=\"0\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";
}
