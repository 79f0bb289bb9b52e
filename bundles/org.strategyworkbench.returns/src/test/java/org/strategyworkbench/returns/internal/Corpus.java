package org.strategyworkbench.returns.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Hostile and broken files, made from a genuine template, each with the words its refusal must contain. */
final class Corpus {

    /** One file of the corpus and what its refusal says. */
    record Entry(String name, Path file, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final Path folder;
    private final byte[] template;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private Corpus(Path folder, byte[] template) {
        this.folder = folder;
        this.template = template;
    }

    static Map<String, Entry> make(Path folder, Path templateFile) throws Exception {
        Corpus c = new Corpus(folder, Files.readAllBytes(templateFile));
        c.all(templateFile);
        return c.entries;
    }

    private void all(Path templateFile) throws Exception {
        add("empty.xlsx", new byte[0], "it is empty");
        add("text.xlsx", "Dear secretariat, please find our return attached.".getBytes(StandardCharsets.UTF_8),
                "not an .xlsx workbook");
        add("pdf.xlsx", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1), "not an .xlsx workbook");
        add("random.xlsx", random(1 << 20), "not an .xlsx workbook");
        add("random-zip-header.xlsx", concat(new byte[] {'P', 'K', 3, 4}, random(4096)), "damaged or incomplete");
        add("too-big.xlsx", concat(new byte[] {'P', 'K', 3, 4}, new byte[21 << 20]), "a return is at most 20 MB");
        add("truncated-half.xlsx", java.util.Arrays.copyOf(template, template.length / 2), "damaged or incomplete");
        add("truncated-end.xlsx", java.util.Arrays.copyOf(template, template.length - 30), "damaged or incomplete");
        add("encrypted.xlsx", encrypted(templateFile), "password-protected (encrypted)");
        add("legacy.xls.xlsx", legacyXls(), "old-style .xls");
        add("macros.xlsx", with(Map.of("xl/vbaProject.bin", random(2048))), "holds macros");
        add("macro-enabled.xlsx", edit("[Content_Types].xml", x -> x.replace("sheet.main+xml", "sheet.macroEnabled.main+xml")),
                "macro-enabled workbook");
        add("word.xlsx", word(), "not an Excel workbook");
        add("zip-bomb.xlsx", bomb(), "zip bomb");
        add("billion-laughs.xlsx", edit("xl/sharedStrings.xml", x -> x.replace("<sst ", LAUGHS + "<sst ").replace(
                "<t xml:space=\"preserve\">Action id</t>", "<t>&lol9;</t>")), "document type declaration");
        add("external-entity.xlsx", edit("xl/workbook.xml", x -> x.replace("<workbook ",
                "<!DOCTYPE workbook [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><workbook ").replace("<workbookPr/>",
                "<workbookPr codeName=\"&xxe;\"/>")), "document type declaration");
        add("malformed-xml.xlsx", edit("xl/worksheets/sheet2.xml", x -> x.substring(0, x.length() / 2)), "is damaged");
        add("no-record.xlsx", edit("xl/workbook.xml", x -> x.replace("name=\"swb-record\"", "name=\"notes\"")),
                "not a return template made by Strategy Workbench");
        add("many-parts.xlsx", manyParts(3_000), "lists 3");
        add("huge-sheet-rows.xlsx", edit("xl/worksheets/sheet2.xml", x -> x.replace("</sheetData>", rows(12_000, 2) + "</sheetData>")),
                "a return has at most 10000 rows");
        add("huge-sheet-cells.xlsx", edit("xl/worksheets/sheet2.xml", x -> x.replace("</sheetData>", rows(9_000, 60) + "</sheetData>")),
                "cells; a return has far fewer");
        add("giant-cell-shared.xlsx", edit("xl/sharedStrings.xml", x -> x.replace("<t xml:space=\"preserve\">Planned<",
                "<t xml:space=\"preserve\">" + letters(10 << 20) + "<")), "column Status: holds 10485760 characters");
        add("giant-cell-inline.xlsx", edit("xl/worksheets/sheet2.xml", x -> x.replace("</sheetData>",
                "<row r=\"9000\"><c r=\"E9000\" t=\"inlineStr\"><is><t>" + letters(10 << 20) + "</t></is></c></row></sheetData>")),
                "holds 10485760 characters");
        add("giant-attribute.xlsx", edit("xl/worksheets/sheet2.xml", x -> x.replace("<sheetData>",
                "<sheetData><row r=\"1\" spans=\"" + "9".repeat(20 << 20) + "\"/>")), "unpacks to more than");
        secondCopies();
        add("shared-string-out-of-range.xlsx", edit("xl/worksheets/sheet2.xml", x -> x.replace("</sheetData>",
                "<row r=\"140\"><c r=\"B140\" t=\"inlineStr\"><is><t>CSS-01</t></is></c><c r=\"E140\" t=\"s\"><v>99999</v></c>"
                        + "</row></sheetData>")), "its sheet Actions is damaged: cell E140 refers to shared string 99999");
    }

    /** A second copy of the actions sheet (another amount), hidden from one kind of reader or the other. */
    private void secondCopies() throws IOException {
        String sheet = "xl/worksheets/sheet2.xml";
        String stand = "xl/worksheets/sheetX.xml";
        byte[] copy = new String(part(sheet), StandardCharsets.UTF_8).replace(">1500000<", ">2500000<").getBytes(StandardCharsets.UTF_8);
        byte[] withCopy = with(Map.of(stand, copy));
        add("duplicate-part.xlsx", ZipSurgery.rename(withCopy, stand, sheet, true, true), "holds the part " + sheet + " twice;");
        add("duplicate-part-case.xlsx", with(Map.of("XL/Worksheets/Sheet2.xml", copy)), "twice (also as XL/Worksheets/Sheet2.xml)");
        add("duplicate-part-slash.xlsx", with(Map.of("/" + sheet, copy)), "twice (also as /" + sheet + ")");
        add("duplicate-part-backslash.xlsx", with(Map.of(sheet.replace('/', '\\'), copy)), "twice (also as xl\\worksheets");
        add("local-name-differs.xlsx", ZipSurgery.rename(with(Map.of()), sheet, "xl/worksheets/sheet9.xml", true, false),
                "stored under another name");
        add("hidden-local-copy.xlsx", ZipSurgery.hideFromDirectory(ZipSurgery.rename(withCopy, stand, sheet, true, false), stand),
                "bytes that belong to no part");
        add("prefixed-copy.xlsx", concat(ZipSurgery.localEntry(sheet, copy), template), "bytes before its first part");
    }

    private byte[] part(String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(template))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no part " + name);
    }

    private static final String LAUGHS = "<!DOCTYPE sst [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
            + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
            + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
            + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
            + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
            + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
            + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>";

    private void add(String name, byte[] bytes, String expected) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        entries.put(name, new Entry(name, file, expected));
    }

    private static final Random NUMBERS = new Random(11);

    /** Text that does not compress much, so that it reaches the cell checks rather than the zip bomb check. */
    private static String letters(int count) {
        Random r = new Random(3);
        char[] c = new char[count];
        for (int i = 0; i < count; i++) {
            c[i] = (char) ('a' + r.nextInt(26));
        }
        return new String(c);
    }

    private static byte[] random(int size) {
        byte[] b = new byte[size];
        new Random(7).nextBytes(b);
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** The template with one part changed. */
    byte[] edit(String part, UnaryOperator<String> change) throws IOException {
        return rezip((name, data) -> name.equals(part)
                ? change.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8) : data, Map.of());
    }

    private byte[] with(Map<String, byte[]> extra) throws IOException {
        return rezip((name, data) -> data, extra);
    }

    private byte[] rezip(java.util.function.BiFunction<String, byte[], byte[]> change, Map<String, byte[]> extra) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(template));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(change.apply(e.getName(), in.readAllBytes()));
            }
            for (var e : extra.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
            }
        }
        return out.toByteArray();
    }

    /** The actions sheet padded with 200 MB of spaces: about 200 KB packed. */
    private byte[] bomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(template));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                byte[] data = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet2.xml")) {
                    String x = new String(data, StandardCharsets.UTF_8);
                    int at = x.indexOf("<sheetData>") + "<sheetData>".length();
                    zip.write(x.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 200; i++) {
                        zip.write(spaces);
                    }
                    zip.write(x.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(data);
                }
            }
        }
        return out.toByteArray();
    }

    private static String rows(int count, int columns) {
        StringBuilder x = new StringBuilder();
        for (int r = 1000; r < 1000 + count; r++) {
            x.append("<row r=\"").append(r).append("\">");
            for (int c = 0; c < columns; c++) {
                x.append("<c><v>").append(NUMBERS.nextInt(1_000_000)).append("</v></c>");
            }
            x.append("</row>");
        }
        return x.toString();
    }

    private byte[] manyParts(int count) throws IOException {
        Map<String, byte[]> extra = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            extra.put("xl/media/part" + i + ".xml", new byte[0]);
        }
        return with(extra);
    }

    private static byte[] encrypted(Path templateFile) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("national secret");
            Path copy = Files.createTempFile("template", ".xlsx");
            Files.copy(templateFile, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try (OPCPackage opc = OPCPackage.open(copy.toFile(), PackageAccess.READ_WRITE);
                    OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            Files.deleteIfExists(copy);
            return out.toByteArray();
        }
    }

    private static byte[] legacyXls() throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("Actions").createRow(0).createCell(0).setCellValue("Action id");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] word() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("Our return is in the body of this letter.");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] read(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
