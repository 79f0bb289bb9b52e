package org.strategyworkbench.returns.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A returned .xlsx file opened for reading, with every defence up: the file's size and kind are
 * checked before it is opened as a zip; encrypted, legacy and macro workbooks are refused; every
 * part is read through a {@link BoundedStream}; XML is read by {@link Xml}. Only the parts needed
 * are read: the workbook, its relationships, the shared strings and the sheets asked for.
 */
final class XlsxPackage implements AutoCloseable {

    /** A sheet of the workbook. */
    record SheetRef(String name, String state, String part) {
        boolean visible() {
            return state.isEmpty() || state.equals("visible");
        }
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final String MAIN_TYPES = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    private final ZipFile zip;
    private final Limits limits;
    private final Deadline deadline;
    private final AtomicLong inflated = new AtomicLong();
    private final List<SheetRef> sheets = new ArrayList<>();
    private PackageParts parts;
    private String sharedStringsPart = "";
    private boolean date1904;
    private SharedStrings shared;

    private XlsxPackage(ZipFile zip, Limits limits, Deadline deadline) {
        this.zip = zip;
        this.limits = limits;
        this.deadline = deadline;
    }

    /** Opens the file, or refuses it with the reason. */
    static XlsxPackage open(Path file, Limits limits, Deadline deadline) throws Refused, IOException {
        checkKind(file, limits);
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new Refused("it is damaged or incomplete (" + e.getMessage() + "); ask for the file again");
        }
        XlsxPackage p = new XlsxPackage(zip, limits, deadline);
        try {
            p.readStructure(file);
            return p;
        } catch (Refused | IOException | RuntimeException | Error e) {
            zip.close();
            throw e;
        }
    }

    private static void checkKind(Path file, Limits limits) throws Refused, IOException {
        if (!Files.isRegularFile(file)) {
            throw new Refused("it is not a file");
        }
        long size = Files.size(file);
        if (size > limits.fileBytes()) {
            throw new Refused("it is " + (size >> 20) + " MB; a return is at most " + (limits.fileBytes() >> 20) + " MB");
        }
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n == 8 && java.util.Arrays.equals(head, OLE2)) {
            throw new Refused("it is password-protected (encrypted) or an old-style .xls workbook; "
                    + "ask for it as an ordinary .xlsx workbook without a password");
        }
        if (n < 4 || !java.util.Arrays.equals(java.util.Arrays.copyOf(head, 4), ZIP)) {
            throw new Refused(n == 0 ? "it is empty" : "it is not an .xlsx workbook (not a zip package)");
        }
    }

    private void readStructure(Path file) throws Refused, IOException {
        if (zip.size() > limits.entries()) {
            throw new Refused("its package lists " + zip.size() + " parts; a workbook has a few dozen");
        }
        parts = PackageParts.check(file, zip);
        for (var e = zip.entries(); e.hasMoreElements();) {
            String name = e.nextElement().getName().toLowerCase(Locale.ROOT);
            if (name.endsWith("vbaproject.bin") || name.contains("activex") || name.endsWith(".bin") && name.startsWith("xl/")) {
                throw new Refused("it holds macros or embedded programs (" + name + "); save it as an ordinary .xlsx workbook");
            }
        }
        String workbook = mainPart();
        checkMainType(workbook);
        String folder = workbook.contains("/") ? workbook.substring(0, workbook.lastIndexOf('/') + 1) : "";
        Map<String, String[]> rels = relationships(folder + "_rels/" + workbook.substring(folder.length()) + ".rels", folder);
        readWorkbook(workbook, rels);
        rels.values().stream().filter(r -> r[0].endsWith("/sharedStrings")).findFirst()
                .ifPresent(r -> sharedStringsPart = r[1]);
    }

    private String mainPart() throws Refused, IOException {
        Map<String, String[]> root = relationships("_rels/.rels", "");
        return root.values().stream().filter(r -> r[0].endsWith("/officeDocument")).map(r -> r[1]).findFirst()
                .orElseThrow(() -> new Refused("it is not a workbook (the package names no main document)"));
    }

    private void checkMainType(String workbook) throws Refused, IOException {
        String type = "";
        try (ClosingReader x = xml("[Content_Types].xml")) {
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("Override")
                        && ("/" + workbook).equals(x.getAttributeValue(null, "PartName"))) {
                    type = String.valueOf(x.getAttributeValue(null, "ContentType"));
                }
            }
        } catch (XMLStreamException e) {
            throw damaged("[Content_Types].xml", e);
        }
        if (type.toLowerCase(Locale.ROOT).contains("macroenabled")) {
            throw new Refused("it is a macro-enabled workbook; save it as an ordinary .xlsx workbook");
        }
        if (!type.startsWith(MAIN_TYPES)) {
            throw new Refused("it is not an Excel workbook (its main part is " + (type.isEmpty() ? "missing" : type) + ")");
        }
    }

    /** Relationship id → {type, resolved part name}; empty when the part does not exist. */
    private Map<String, String[]> relationships(String part, String base) throws Refused, IOException {
        Map<String, String[]> rels = new HashMap<>();
        if (parts.get(part) == null) {
            return rels;
        }
        try (ClosingReader x = xml(part)) {
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("Relationship")) {
                    String target = String.valueOf(x.getAttributeValue(null, "Target"));
                    String mode = x.getAttributeValue(null, "TargetMode");
                    if (!"External".equalsIgnoreCase(mode) && rels.size() < limits.entries()) {
                        rels.put(x.getAttributeValue(null, "Id"), new String[] {
                            String.valueOf(x.getAttributeValue(null, "Type")), resolve(base, target)});
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw damaged(part, e);
        }
        return rels;
    }

    /** The part a relationship's target names, from the folder of the part it belongs to. */
    static String resolve(String base, String target) {
        String path = target.startsWith("/") ? target.substring(1) : base + target;
        List<String> parts = new ArrayList<>();
        for (String s : path.split("/")) {
            if (s.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!s.isEmpty() && !s.equals(".")) {
                parts.add(s);
            }
        }
        return String.join("/", parts);
    }

    private void readWorkbook(String part, Map<String, String[]> rels) throws Refused, IOException {
        try (ClosingReader x = xml(part)) {
            while (x.hasNext()) {
                if (x.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (x.getLocalName().equals("workbookPr")) {
                    String v = x.getAttributeValue(null, "date1904");
                    date1904 = "1".equals(v) || "true".equals(v);
                } else if (x.getLocalName().equals("sheet") && sheets.size() < 256) {
                    String id = relId(x);
                    String[] rel = id == null ? null : rels.get(id);
                    String state = x.getAttributeValue(null, "state");
                    sheets.add(new SheetRef(String.valueOf(x.getAttributeValue(null, "name")),
                            state == null ? "" : state, rel == null ? "" : rel[1]));
                }
            }
        } catch (XMLStreamException e) {
            throw damaged(part, e);
        }
        if (sheets.isEmpty()) {
            throw new Refused("it is not a workbook (it lists no sheet)");
        }
    }

    private static String relId(XMLStreamReader x) {
        for (int i = 0; i < x.getAttributeCount(); i++) {
            if (x.getAttributeLocalName(i).equals("id")) {
                return x.getAttributeValue(i);
            }
        }
        return null;
    }

    List<SheetRef> sheets() {
        return List.copyOf(sheets);
    }

    boolean date1904() {
        return date1904;
    }

    /** Reads a sheet's values, or refuses the file when the sheet breaks a limit. */
    Grid sheet(SheetRef sheet) throws Refused, IOException {
        if (sheet.part().isEmpty() || parts.get(sheet.part()) == null) {
            throw new Refused("its sheet " + sheet.name() + " is missing from the package (damaged)");
        }
        if (shared == null) {
            shared = sharedStringsPart.isEmpty() || parts.get(sharedStringsPart) == null ? new SharedStrings()
                    : readShared();
        }
        try (ClosingReader x = xml(sheet.part())) {
            return new SheetReader(sheet.name(), shared, limits, deadline).read(x);
        } catch (XMLStreamException e) {
            throw damaged(sheet.part(), e);
        }
    }

    private SharedStrings readShared() throws Refused, IOException {
        try (ClosingReader x = xml(sharedStringsPart)) {
            return SharedStrings.read(x, limits, deadline);
        } catch (XMLStreamException e) {
            throw damaged(sharedStringsPart, e);
        }
    }

    private ClosingReader xml(String part) throws Refused, IOException {
        ZipEntry entry = parts.get(part);
        if (entry == null) {
            throw new Refused("it is not an .xlsx workbook (the part " + part + " is missing)");
        }
        InputStream in = new BoundedStream(zip.getInputStream(entry), part, entry.getCompressedSize(), limits, inflated,
                deadline);
        try {
            return new ClosingReader(Xml.open(in, part), in);
        } catch (XMLStreamException e) {
            in.close();
            throw damaged(part, e);
        }
    }

    /** The refusal behind a parse failure: a limit that was hit, or damaged XML. */
    private static Refused damaged(String part, XMLStreamException e) {
        try {
            BoundedStream.rethrowRefusal(e);
        } catch (Refused r) {
            return r;
        }
        for (Throwable c = e; c != null; c = c.getCause() != null ? c.getCause() : c instanceof XMLStreamException x ? x.getNestedException() : null) {
            if (c instanceof java.nio.charset.CharacterCodingException) {
                return new Refused("its part " + part + " is damaged: it is not valid UTF-8 text");
            }
            if (c == c.getCause() || c instanceof XMLStreamException x && x.getNestedException() == c) {
                break;
            }
        }
        String why = String.valueOf(e.getMessage());
        if (why.contains("document type declaration") || why.toUpperCase(Locale.ROOT).contains("DOCTYPE")
                || why.contains("was referenced, but not declared")) {
            return new Refused("its part " + part + " holds a document type declaration or an entity, which spreadsheet"
                    + " programs never write (an XML entity attack, or not a return)");
        }
        return new Refused("its part " + part + " is damaged: " + firstLine(why));
    }

    private static String firstLine(String text) {
        String line = text.lines().map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("ParseError"))
                .map(s -> s.startsWith("Message: ") ? s.substring("Message: ".length()) : s).findFirst().orElse(text);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Closes the part's stream with its reader. */
    private static final class ClosingReader extends javax.xml.stream.util.StreamReaderDelegate implements AutoCloseable {
        private final InputStream in;

        ClosingReader(XMLStreamReader reader, InputStream in) {
            super(reader);
            this.in = in;
        }

        @Override
        public void close() throws XMLStreamException {
            try {
                super.close();
            } finally {
                try {
                    in.close();
                } catch (IOException e) {
                    // the package is closed with its zip file
                }
            }
        }
    }
}
