package io.github.civicdata.validation;

import java.io.Closeable;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared-strings table of a workbook ({@code xl/sharedStrings.xml}): every {@code <si>} item
 * that is actually there, in order. The {@code count} and {@code uniqueCount} attributes are
 * ignored: they are optional and may be wrong, so a cell's index is checked against the items
 * read, never against them.
 *
 * <p>Held as characters in one {@link SpillBuffer} and the items' ends in another (no string per
 * item): in the heap up to {@link #HEAP_CHAR_BYTES} and {@link #HEAP_END_BYTES}, beyond that in
 * temporary files mapped for reading, so that a workbook with millions of unique strings is read
 * in a small heap (a 256 MB heap reads a table of 5,000,000 strings). Each item keeps at most
 * {@code maxChars} characters and remembers its real length, so an over-long item is reported by
 * {@code limit.field-length} like a long CSV field. Phonetic readings ({@code <rPh>}) are left out;
 * {@code _xHHHH_} escapes are decoded.
 *
 * <p>Not thread-safe; filled by parsing, {@link #finish() finished}, read, then closed (which
 * deletes the temporary files).
 */
final class XlsxSharedStrings extends DefaultHandler implements Closeable {

    /** Bytes of characters held in the heap before they go to a temporary file (16 M characters). */
    static final long HEAP_CHAR_BYTES = 32L << 20;
    /** Bytes of item ends held in the heap before they go to a temporary file (4 M items). */
    static final long HEAP_END_BYTES = 16L << 20;

    /** Most characters kept in all (the array's limit). */
    static final int MAX_TOTAL_CHARS = Integer.MAX_VALUE - 16;

    private final int maxChars;
    private final Footprint footprint;
    private final SpillBuffer chars;
    /** The end of each item in {@link #chars}, in characters; item {@code i} starts where {@code i - 1} ends. */
    private final SpillBuffer ends;
    private int length;
    private int count;
    /** Why the temporary file could not be written, or null. */
    private IOException failure;
    /** Real lengths of the items kept in part. */
    private final Map<Integer, Integer> cut = new HashMap<>();

    // the item being read
    private final StringBuilder item = new StringBuilder();
    private long itemLength;
    private boolean inItem;
    private boolean inText;
    private int phonetic;

    XlsxSharedStrings(int maxChars, Footprint footprint) {
        this(maxChars, footprint, HEAP_CHAR_BYTES, HEAP_END_BYTES);
    }

    /** With other heap budgets (tests). */
    XlsxSharedStrings(int maxChars, Footprint footprint, long heapCharBytes, long heapEndBytes) {
        this.maxChars = maxChars;
        this.footprint = footprint;
        this.chars = new SpillBuffer(heapCharBytes, "shared-strings");
        this.ends = new SpillBuffer(heapEndBytes, "shared-string-ends");
    }

    /**
     * Ends the reading of the table: from here on items are only read.
     *
     * @throws IOException when a temporary file could not be written while reading, or mapped now
     */
    void finish() throws IOException {
        if (failure != null) {
            throw failure;
        }
        chars.finish();
        ends.finish();
    }

    /** Why the table could not be held (a temporary file failed), or null. */
    IOException failure() {
        return failure;
    }

    /** Whether the table went to temporary files. */
    boolean spilled() {
        return chars.spilled() || ends.spilled();
    }

    @Override
    public void close() throws IOException {
        try (SpillBuffer c = chars; SpillBuffer e = ends) {
            // both closed, the temporary files deleted
        }
    }

    /** Items read. */
    int size() {
        return count;
    }

    /** Item {@code i}, which must be below {@link #size()}. */
    String get(int i) {
        int from = start(i);
        int to = ends.getInt(4L * i);
        char[] c = new char[to - from];
        for (int k = 0; k < c.length; k++) {
            c[k] = chars.getChar(2L * (from + k));
        }
        return new String(c);
    }

    /** The real length of item {@code i} (longer than {@link #get(int)} when it was cut). */
    int realLength(int i) {
        Integer n = cut.get(i);
        return n != null ? n : ends.getInt(4L * i) - start(i);
    }

    private int start(int i) {
        return i == 0 ? 0 : ends.getInt(4L * (i - 1));
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes a) {
        switch (localName) {
            case "si" -> {
                inItem = true;
                item.setLength(0);
                itemLength = 0;
                phonetic = 0;
            }
            case "rPh" -> phonetic++;
            case "t" -> inText = inItem && phonetic == 0;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int len) {
        if (!inText) {
            return;
        }
        itemLength += len;
        // a little more than kept, so that an escape cut at the end still decodes
        int room = maxChars + 8 - item.length();
        if (room > 0) {
            item.append(ch, start, Math.min(room, len));
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "t" -> inText = false;
            case "rPh" -> phonetic--;
            case "si" -> {
                inItem = false;
                add();
            }
            default -> {
            }
        }
    }

    private void add() throws SAXException {
        String s = decode(item);
        long real = itemLength - item.length() + s.length();
        if (s.length() > maxChars) {
            s = s.substring(0, maxChars);
        }
        if ((long) length + s.length() > MAX_TOTAL_CHARS || count == Integer.MAX_VALUE - 2) {
            throw new XlsxXml.Stop(XlsxPackage.Reason.TOO_MANY, "more than " + MAX_TOTAL_CHARS + " characters");
        }
        try {
            for (int k = 0; k < s.length(); k++) {
                chars.putChar(s.charAt(k));
            }
            length += s.length();
            ends.putInt(length);
        } catch (IOException e) {
            failure = e;
            throw new XlsxXml.Stop(XlsxPackage.Reason.TOO_MANY, "cannot write a temporary file: " + e.getMessage());
        }
        count++;
        if (real > s.length()) {
            cut.put(count - 1, (int) Math.min(Integer.MAX_VALUE, real));
        }
        footprint.sharedStrings(count, length);
    }

    /** Decodes the {@code _xHHHH_} escapes of OOXML strings ({@code _x000D_} is CR, {@code _x005F_} an underscore). */
    static String decode(CharSequence s) {
        int n = s.length();
        int at = indexOfEscape(s, 0);
        if (at < 0) {
            return s.toString();
        }
        StringBuilder b = new StringBuilder(n);
        int from = 0;
        while (at >= 0) {
            b.append(s, from, at);
            b.append((char) Integer.parseInt(s.subSequence(at + 2, at + 6).toString(), 16));
            from = at + 7;
            at = indexOfEscape(s, from);
        }
        b.append(s, from, n);
        return b.toString();
    }

    private static int indexOfEscape(CharSequence s, int from) {
        for (int i = from; i + 6 < s.length(); i++) {
            if (s.charAt(i) == '_' && s.charAt(i + 1) == 'x' && s.charAt(i + 6) == '_'
                    && hex(s.charAt(i + 2)) && hex(s.charAt(i + 3)) && hex(s.charAt(i + 4)) && hex(s.charAt(i + 5))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
