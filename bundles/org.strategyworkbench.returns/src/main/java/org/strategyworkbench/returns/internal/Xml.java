package org.strategyworkbench.returns.internal;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * XML of returned files, read with the JDK's own StAX parser, never one found on the class path.
 * No document type declaration is accepted, so no entity is ever expanded or fetched; and
 * output of ours is escaped here.
 */
final class Xml {

    private static final XMLInputFactory FACTORY = factory();

    private Xml() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external resources are never read: " + systemId);
        });
        return f;
    }

    /**
     * A reader over a part; a DTD in it refuses the file. The bytes are decoded here, strictly
     * (UTF-8, or UTF-16 after its byte order mark): the parser's own decoder would print encoding
     * faults to the standard error stream; ours reports them as a damaged part.
     */
    static XMLStreamReader open(InputStream in, String part) throws XMLStreamException {
        java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(in, 8192);
        java.nio.charset.Charset charset = java.nio.charset.StandardCharsets.UTF_8;
        try {
            buffered.mark(2);
            int a = buffered.read();
            int b = buffered.read();
            buffered.reset();
            if (a == 0xFE && b == 0xFF || a == 0xFF && b == 0xFE) {
                charset = java.nio.charset.StandardCharsets.UTF_16;
            }
        } catch (java.io.IOException e) {
            throw new XMLStreamException(e.getMessage(), e);
        }
        java.io.Reader reader = new java.io.InputStreamReader(buffered, charset.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT));
        return new Guarded(FACTORY.createXMLStreamReader(reader), part);
    }

    /** Refuses document type declarations, which spreadsheet programs never write. */
    private static final class Guarded extends javax.xml.stream.util.StreamReaderDelegate {
        private final String part;

        Guarded(XMLStreamReader reader, String part) {
            super(reader);
            this.part = part;
        }

        @Override
        public int next() throws XMLStreamException {
            int event = super.next();
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE
                    || event == XMLStreamConstants.ENTITY_DECLARATION) {
                throw new XMLStreamException("its part " + part
                        + " holds a document type declaration or an entity, which spreadsheet programs never write"
                        + " (an XML entity attack, or not a return)");
            }
            return event;
        }
    }

    /** Text for an XML element or attribute; characters XML cannot carry are left out. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c != 0xFFFE && c != 0xFFFF) {
                            out.append(c);
                        }
                    }
                }
            }
        }
        return out.toString();
    }
}
