package io.github.civicdata.validation;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses one XML part of a workbook with the JDK's own SAX parser, hardened: no document type
 * declaration at all (so no entities, internal or external, and no entity expansion), no external
 * DTD or schema access, secure processing on, error messages in English, and nothing printed (the
 * parser's default error handler would write to standard error).
 *
 * <p>Every parse has a budget: elements nested at most {@link #MAX_DEPTH} deep, and a wall-clock
 * deadline checked every {@value #CHECK_EVERY} SAX events. A part whose prolog holds a
 * {@code <!DOCTYPE} is refused before the parser sees it, so that the finding can say why.
 *
 * <p>Stateless; each parse makes its own parser (a {@code SAXParserFactory} is not thread-safe).
 */
final class XlsxXml {

    /** Deepest element nesting accepted in a part (Excel writes fewer than 20 levels). */
    static final int MAX_DEPTH = 1_000;
    /** SAX events between two looks at the clock. */
    static final int CHECK_EVERY = 1 << 10;
    /** Bytes of a part's beginning searched for a document type declaration. */
    static final int PROLOG_PEEK = 64 * 1024;

    private XlsxXml() {
    }

    /** Why a part could not be parsed (beyond the zip layer's reasons). */
    static final class Stop extends SAXException {
        private static final long serialVersionUID = 1L;

        final XlsxPackage.Reason reason;
        /** More than the reason says, or null. */
        final String detail;

        Stop(XlsxPackage.Reason reason, String detail) {
            super(detail == null ? reason.name() : detail);
            this.reason = reason;
            this.detail = detail;
        }
    }

    /**
     * Parses {@code in} into {@code handler}.
     *
     * @param deadline {@link System#nanoTime()} after which the parse stops ({@link Long#MAX_VALUE}: none)
     * @throws Stop for a DOCTYPE, too deep a nesting or the deadline
     * @throws SAXException for XML that is not well-formed (a {@link SAXParseException} with its place)
     * @throws IOException for a failure of the stream under the parser (bytes that are not in the
     *     part's encoding included)
     */
    static void parse(InputStream in, DefaultHandler handler, long deadline) throws SAXException, IOException {
        BufferedInputStream b = new BufferedInputStream(in, 16 * 1024);
        if (hasDoctype(b)) {
            throw new Stop(XlsxPackage.Reason.DOCTYPE, null);
        }
        XMLReader reader = newReader();
        reader.setContentHandler(new Guard(handler, deadline));
        reader.setErrorHandler(SILENT);
        reader.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        reader.parse(new InputSource(b));
    }

    /** A namespace-aware reader of the JDK's built-in parser with every protection on. */
    static XMLReader newReader() throws SAXException {
        SAXParserFactory f = SAXParserFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        f.setXIncludeAware(false);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            XMLReader r = f.newSAXParser().getXMLReader();
            optional(r, XMLConstants.ACCESS_EXTERNAL_DTD, "");
            optional(r, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            // English messages whatever the default locale: they go into findings as details
            optional(r, "http://apache.org/xml/properties/locale", Locale.ENGLISH);
            return r;
        } catch (ParserConfigurationException e) {
            // the JDK's own parser supports every feature above; anything else is a broken JDK
            throw new IllegalStateException("the JDK's SAX parser cannot be hardened", e);
        }
    }

    private static void optional(XMLReader r, String property, Object value) {
        try {
            r.setProperty(property, value);
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            // not every JDK parser knows every property; the features above are what protects
        }
    }

    /** Fatal errors end the parse (as exceptions); warnings and recoverable errors are ignored, never printed. */
    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // nothing a reader of the report could act on
        }

        @Override
        public void error(SAXParseException e) {
            // validity errors: no DTD or schema is used, so there are none to report
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    /**
     * Whether the prolog (before the first element) holds a document type declaration: the XML
     * declaration, comments, processing instructions and white space are skipped. The part is
     * left where it was.
     */
    static boolean hasDoctype(BufferedInputStream in) throws IOException {
        in.mark(PROLOG_PEEK + 8);
        byte[] head = in.readNBytes(PROLOG_PEEK);
        in.reset();
        String s = new String(head, 0, head.length, charsetOf(head));
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\uFEFF' || c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                i++;
            } else if (s.startsWith("<?", i)) {
                int end = s.indexOf("?>", i + 2);
                if (end < 0) {
                    return false;
                }
                i = end + 2;
            } else if (s.startsWith("<!--", i)) {
                int end = s.indexOf("-->", i + 4);
                if (end < 0) {
                    return false;
                }
                i = end + 3;
            } else {
                return s.regionMatches(true, i, "<!DOCTYPE", 0, 9);
            }
        }
        return false;
    }

    /** UTF-16 when the bytes say so (byte-order mark, or {@code <?} as UTF-16), else ASCII-compatible. */
    private static Charset charsetOf(byte[] b) {
        if (b.length >= 2) {
            int b0 = b[0] & 0xFF;
            int b1 = b[1] & 0xFF;
            if (b0 == 0xFE && b1 == 0xFF || b0 == 0 && b1 == '<') {
                return StandardCharsets.UTF_16BE;
            }
            if (b0 == 0xFF && b1 == 0xFE || b0 == '<' && b1 == 0) {
                return StandardCharsets.UTF_16LE;
            }
        }
        return StandardCharsets.ISO_8859_1;
    }

    /** A place in a part for a finding: "line 2, column 145". */
    static String where(SAXParseException e) {
        return "line " + e.getLineNumber() + ", column " + e.getColumnNumber();
    }

    /**
     * Passes the events on while counting them: nesting beyond {@link #MAX_DEPTH} and a passed
     * deadline end the parse.
     */
    private static final class Guard extends DefaultHandler {
        private final DefaultHandler next;
        private final long deadline;
        private int depth;
        private int events;

        Guard(DefaultHandler next, long deadline) {
            this.next = next;
            this.deadline = deadline;
        }

        private void tick() throws Stop {
            if (++events >= CHECK_EVERY) {
                events = 0;
                if (deadline != Long.MAX_VALUE && System.nanoTime() - deadline > 0) {
                    throw new Stop(XlsxPackage.Reason.TIME_LIMIT, null);
                }
            }
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if (++depth > MAX_DEPTH) {
                throw new Stop(XlsxPackage.Reason.TOO_DEEP, null);
            }
            tick();
            next.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            depth--;
            tick();
            next.endElement(uri, localName, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            tick();
            next.characters(ch, start, length);
        }

        @Override
        public void startDocument() throws SAXException {
            next.startDocument();
        }

        @Override
        public void endDocument() throws SAXException {
            next.endDocument();
        }
    }
}
