package io.github.civicdata.validation;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The zip package of a workbook, read with the JDK ({@link ZipFile}) instead of POI: parts by
 * name (case-insensitively, as OPC names are), relationships, and every part read under the
 * same guards.
 *
 * <ul>
 *   <li>zip bombs: a part that expands to more than {@value #MAX_INFLATE_RATIO} times its
 *       compressed size (beyond its first {@value #RATIO_GRACE} bytes) or beyond
 *       {@link #MAX_PART_SIZE} bytes is stopped;
 *   <li>corruption: every part's CRC-32 and size are checked against the zip directory at its end;
 *   <li>XML: {@link XlsxXml} (no DOCTYPE, no entities, nesting depth, a deadline per part);
 *   <li>the package itself: at most {@value #MAX_ENTRIES} entries, no two parts with the same name.
 * </ul>
 *
 * <p>The package properties ({@code docProps/core.xml}, {@code app.xml}) are never read. A
 * workbook given as a stream is first copied to a temporary file (deleted by {@link #close()}), so
 * that memory does not grow with it.
 *
 * <p>Not thread-safe; one per workbook.
 */
final class XlsxPackage implements AutoCloseable {

    /** Most bytes a part may expand to (and most bytes of a workbook read from a stream). */
    static final long MAX_PART_SIZE = 4L << 30;
    /** Most a part may expand relative to its compressed size (POI's default minimum inflate ratio is 0.01). */
    static final int MAX_INFLATE_RATIO = 100;
    /** Bytes of a part read before the inflate ratio is checked. */
    static final int RATIO_GRACE = 1 << 20;
    /** Most zip entries in a workbook (Excel writes a few dozen, a few thousand with many sheets and images). */
    static final int MAX_ENTRIES = 100_000;

    static final String OFFICE_DOCUMENT = "/officeDocument";

    /** Why a part could not be used. */
    enum Reason {
        MISSING("is missing"),
        DOCTYPE("holds a document type declaration (<!DOCTYPE>), which is refused for security"),
        NOT_XML("is not well-formed XML"),
        ZIP_BOMB("expands to more than " + MAX_INFLATE_RATIO + " times its compressed size (a zip bomb?)"),
        TOO_LARGE("expands to more than " + (MAX_PART_SIZE >> 30) + " GiB"),
        TOO_DEEP("nests elements deeper than " + XlsxXml.MAX_DEPTH + " levels"),
        TIME_LIMIT("took longer than the time allowed"),
        CORRUPT("is damaged (its bytes do not match the zip directory)"),
        TOO_MANY("holds more than allowed"),
        NO_WORKBOOK("names no workbook part (no officeDocument relationship)"),
        NOT_A_WORKSHEET("is not a worksheet"),
        BROKEN_LINK("names a relationship that is not there"),
        DUPLICATE("is in the zip twice (names that differ only in case are the same part)"),
        ALREADY_READ("is the part of another sheet too");

        final String text;

        Reason(String text) {
            this.text = text;
        }
    }

    /** A part that cannot be used, with why; {@link #detail()} is the English text for findings. */
    static final class PartException extends Exception {
        private static final long serialVersionUID = 1L;

        final String part;
        final Reason reason;
        private final String more;

        PartException(String part, Reason reason, String more) {
            super(part + " " + reason.text + (more == null ? "" : ": " + more));
            this.part = part;
            this.reason = reason;
            this.more = more;
        }

        /** "xl/comments1.xml holds a document type declaration …" (the part name cut at 80 characters). */
        String detail() {
            String p = part.length() > 80 ? part.substring(0, 80) + "…" : part;
            String m = more == null ? "" : ": " + (more.length() > 160 ? more.substring(0, 160) + "…" : more);
            return p + " " + reason.text + m;
        }
    }

    /**
     * One relationship of a part: its id, type, target part (resolved; null when external or not a
     * part name) and the target as written (for messages).
     */
    record Rel(String id, String type, String target, String written) {
        boolean isType(String suffix) {
            return type.endsWith(suffix);
        }

        /** The target part, or what names it when it is unusable (external, above the package root). */
        String name() {
            return target != null ? target : String.valueOf(written);
        }
    }

    private final ZipFile zip;
    private final Path temp;
    private final Map<String, ZipEntry> entries;
    private final long partTimeNanos;

    private XlsxPackage(ZipFile zip, Path temp, Map<String, ZipEntry> entries, long partTimeNanos) {
        this.zip = zip;
        this.temp = temp;
        this.entries = entries;
        this.partTimeNanos = partTimeNanos;
    }

    /**
     * Opens a workbook.
     *
     * @param in the workbook's bytes, used when {@code file} is null (copied to a temporary file)
     * @param file the workbook file, or null
     * @param partTimeNanos wall-clock budget of each part
     * @throws PartException when the zip cannot be opened or breaks the package rules (the part is
     *     the whole file: "")
     * @throws IOException when the temporary file cannot be written
     */
    static XlsxPackage open(InputStream in, Path file, long partTimeNanos) throws PartException, IOException {
        Path temp = null;
        Path zipPath = file;
        if (file == null) {
            temp = Files.createTempFile("civicdata-", ".xlsx");
            try (OutputStream o = Files.newOutputStream(temp)) {
                if (copy(in, o, MAX_PART_SIZE) > MAX_PART_SIZE) {
                    throw new PartException("(the workbook)", Reason.TOO_LARGE, null);
                }
            } catch (PartException | IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            zipPath = temp;
        }
        ZipFile zip = null;
        try {
            zip = new ZipFile(zipPath.toFile(), StandardCharsets.UTF_8);
            Map<String, ZipEntry> entries = new HashMap<>();
            Enumeration<? extends ZipEntry> en = zip.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                if (e.isDirectory()) {
                    continue;
                }
                if (entries.size() >= MAX_ENTRIES) {
                    throw new PartException("(the zip)", Reason.TOO_MANY, MAX_ENTRIES + " entries at most");
                }
                String key = key(e.getName());
                if (entries.put(key, e) != null) {
                    throw new PartException(e.getName(), Reason.DUPLICATE, null);
                }
            }
            XlsxPackage p = new XlsxPackage(zip, temp, entries, partTimeNanos);
            zip = null;
            temp = null;
            return p;
        } catch (IOException e) {
            // ZipException, or EOFException when the zip's directory points beyond its end: the file
            // was read a moment ago (or written from the stream), so this is its content, not the disk
            throw new PartException("(the zip)", Reason.CORRUPT, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (IllegalArgumentException e) {
            // ZipFile's reading of entry names that are not UTF-8
            throw new PartException("(the zip)", Reason.CORRUPT, e.getMessage());
        } finally {
            if (zip != null) {
                zip.close();
            }
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static long copy(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            total += n;
            if (total > max) {
                return total;
            }
            out.write(buf, 0, n);
        }
        return total;
    }

    private static String key(String name) {
        String n = name.startsWith("/") ? name.substring(1) : name;
        return n.toLowerCase(Locale.ROOT);
    }

    boolean exists(String part) {
        return part != null && entries.containsKey(key(part));
    }

    /** A deadline for a part read from now on. */
    long deadline() {
        long now = System.nanoTime();
        return partTimeNanos >= Long.MAX_VALUE - now ? Long.MAX_VALUE : now + partTimeNanos;
    }

    /**
     * Parses a part under every guard.
     *
     * @throws PartException when the part is missing, broken, refused or too slow to read
     */
    void parse(String part, DefaultHandler handler) throws PartException {
        parse(part, handler, deadline());
    }

    /**
     * Parses the target of a relationship of {@code source}.
     *
     * @throws PartException when the target is not a part of the package, or cannot be read
     */
    void parse(Rel r, String source, DefaultHandler handler) throws PartException {
        if (r.target() == null || !exists(r.target())) {
            throw new PartException(r.name(), Reason.MISSING, "named by " + relsPartOf(source));
        }
        parse(r.target(), handler);
    }

    /** As {@link #parse(String, DefaultHandler)} with a given deadline ({@link System#nanoTime()}). */
    void parse(String part, DefaultHandler handler, long deadline) throws PartException {
        ZipEntry e = part == null ? null : entries.get(key(part));
        if (e == null) {
            throw new PartException(String.valueOf(part), Reason.MISSING, null);
        }
        try (InputStream in = new Guarded(zip.getInputStream(e), e)) {
            XlsxXml.parse(in, handler, deadline);
        } catch (Guarded.Refused r) {
            throw new PartException(part, r.reason, r.getMessage());
        } catch (XlsxXml.Stop s) {
            throw new PartException(part, s.reason, s.detail);
        } catch (SAXParseException x) {
            throw new PartException(part, Reason.NOT_XML, XlsxXml.where(x) + ": " + x.getMessage());
        } catch (SAXException x) {
            throw unwrap(part, x);
        } catch (CharacterCodingException | java.io.CharConversionException x) {
            throw new PartException(part, Reason.NOT_XML, "bytes that are not in the part's encoding: "
                    + x.getMessage());
        } catch (ZipException | EOFException x) {
            throw new PartException(part, Reason.CORRUPT, x.getMessage());
        } catch (IOException x) {
            throw new PartException(part, Reason.CORRUPT, x.getClass().getSimpleName() + ": " + x.getMessage());
        } catch (UncheckedIOException x) {
            throw new PartException(part, Reason.CORRUPT, x.getMessage());
        } catch (RuntimeException x) {
            if (!XlsxValidation.thrownByReader(x)) {
                throw x; // a bug of ours in a handler: Validator makes it validation.internal-error
            }
            // the XML parser or the zip reader failed on broken content
            throw new PartException(part, Reason.NOT_XML, x.getClass().getSimpleName() + " in the XML parser");
        }
    }

    /** A SAX exception wrapping one of ours (a handler may wrap what the guard threw) or another failure. */
    private static PartException unwrap(String part, SAXException x) {
        Exception inner = x.getException();
        if (inner instanceof Guarded.Refused r) {
            return new PartException(part, r.reason, r.getMessage());
        }
        if (inner instanceof IOException io) {
            return new PartException(part, Reason.CORRUPT, io.getMessage());
        }
        return new PartException(part, Reason.NOT_XML, x.getMessage());
    }

    /**
     * The relationships of a part (or of the package, for {@code ""}), by id in document order;
     * an empty map when the part has no relationships part.
     *
     * @throws PartException when the relationships part is there but cannot be read
     */
    Map<String, Rel> relationships(String source) throws PartException {
        String rels = relsPartOf(source);
        if (!exists(rels)) {
            return Map.of();
        }
        Map<String, Rel> out = new java.util.LinkedHashMap<>();
        String base = source.contains("/") ? source.substring(0, source.lastIndexOf('/') + 1) : "";
        parse(rels, new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes a) {
                if (!"Relationship".equals(localName) || out.size() >= MAX_ENTRIES) {
                    return;
                }
                String id = a.getValue("Id");
                String type = a.getValue("Type");
                String target = a.getValue("Target");
                if (id == null || type == null) {
                    return;
                }
                boolean external = "External".equals(a.getValue("TargetMode"));
                out.putIfAbsent(id, new Rel(id, type, external || target == null ? null : resolve(base, target),
                        XlsxSheet.cut(target)));
            }
        });
        return out;
    }

    /** "xl/_rels/workbook.xml.rels" for "xl/workbook.xml"; "_rels/.rels" for the package (""). */
    static String relsPartOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    /**
     * A relationship target resolved against the source part's folder: percent-decoded, "." and
     * ".." segments removed; null when it climbs above the package root or is not a part name.
     */
    static String resolve(String base, String target) {
        String t = target;
        int hash = t.indexOf('#');
        if (hash >= 0) {
            t = t.substring(0, hash);
        }
        if (t.isEmpty() || t.contains("://") || t.startsWith("//")) {
            return null;
        }
        try {
            t = URLDecoder.decode(t.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        String path = t.startsWith("/") ? t.substring(1) : base + t;
        Deque<String> segments = new ArrayDeque<>();
        for (String s : path.split("/", -1)) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                if (segments.isEmpty()) {
                    return null;
                }
                segments.removeLast();
            } else {
                segments.addLast(s);
            }
        }
        return segments.isEmpty() ? null : String.join("/", segments);
    }

    @Override
    public void close() throws IOException {
        try {
            zip.close();
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // the report is complete: a temporary copy left behind must not lose it
                    temp.toFile().deleteOnExit();
                }
            }
        }
    }

    /**
     * The bytes of one part, checked as they are inflated: the inflate ratio, the size limit, and at
     * the end the CRC-32 and size the zip directory gives.
     */
    static final class Guarded extends FilterInputStream {
        /** A part stopped by a guard; an {@link IOException} so that it passes through the XML parser. */
        static final class Refused extends IOException {
            private static final long serialVersionUID = 1L;

            final Reason reason;

            Refused(Reason reason, String detail) {
                super(detail);
                this.reason = reason;
            }
        }

        private final long compressed;
        private final long expectedSize;
        private final long expectedCrc;
        private final CRC32 crc = new CRC32();
        private long count;
        private boolean checked;

        Guarded(InputStream in, ZipEntry e) {
            super(in);
            this.compressed = Math.max(1, e.getCompressedSize());
            this.expectedSize = e.getSize();
            this.expectedCrc = e.getCrc();
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n < 0) {
                atEnd();
                return n;
            }
            crc.update(b, off, n);
            count += n;
            if (count > MAX_PART_SIZE) {
                throw new Refused(Reason.TOO_LARGE, count + " bytes read");
            }
            if (count > RATIO_GRACE && count / compressed > MAX_INFLATE_RATIO) {
                throw new Refused(Reason.ZIP_BOMB, count + " bytes from " + compressed + " compressed");
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = 0;
            byte[] buf = new byte[8192];
            while (skipped < n) {
                int r = read(buf, 0, (int) Math.min(buf.length, n - skipped));
                if (r < 0) {
                    break;
                }
                skipped += r;
            }
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void atEnd() throws IOException {
            if (checked) {
                return;
            }
            checked = true;
            if (expectedSize >= 0 && count != expectedSize) {
                throw new Refused(Reason.CORRUPT, count + " bytes where the zip directory says " + expectedSize);
            }
            if (expectedCrc >= 0 && crc.getValue() != expectedCrc) {
                throw new Refused(Reason.CORRUPT, "CRC-32 mismatch");
            }
        }
    }
}
