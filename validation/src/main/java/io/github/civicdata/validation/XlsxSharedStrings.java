package io.github.civicdata.validation;

import java.util.Arrays;
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
 * <p>Held in memory in one character array (no string per item); each item keeps at most
 * {@code maxChars} characters and remembers its real length, so an over-long item is reported by
 * {@code limit.field-length} like a long CSV field. Phonetic readings ({@code <rPh>}) are left out;
 * {@code _xHHHH_} escapes are decoded.
 *
 * <p>Not thread-safe; filled by parsing, then read.
 */
final class XlsxSharedStrings extends DefaultHandler {

    /** Most characters kept in all (the array's limit). */
    static final int MAX_TOTAL_CHARS = Integer.MAX_VALUE - 16;

    private final int maxChars;
    private final Footprint footprint;
    private char[] chars = new char[1024];
    private int length;
    private int[] starts = new int[257];
    private int count;
    /** Real lengths of the items kept in part. */
    private final Map<Integer, Integer> cut = new HashMap<>();

    // the item being read
    private final StringBuilder item = new StringBuilder();
    private long itemLength;
    private boolean inItem;
    private boolean inText;
    private int phonetic;

    XlsxSharedStrings(int maxChars, Footprint footprint) {
        this.maxChars = maxChars;
        this.footprint = footprint;
    }

    /** Items read. */
    int size() {
        return count;
    }

    /** Item {@code i}, which must be below {@link #size()}. */
    String get(int i) {
        return new String(chars, starts[i], starts[i + 1] - starts[i]);
    }

    /** The real length of item {@code i} (longer than {@link #get(int)} when it was cut). */
    int realLength(int i) {
        Integer n = cut.get(i);
        return n != null ? n : starts[i + 1] - starts[i];
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
        if (length + s.length() > chars.length) {
            chars = Arrays.copyOf(chars, (int) Math.min(MAX_TOTAL_CHARS,
                    Math.max((long) length + s.length(), chars.length * 2L)));
        }
        s.getChars(0, s.length(), chars, length);
        length += s.length();
        if (count + 2 > starts.length) {
            starts = Arrays.copyOf(starts, (int) Math.min(Integer.MAX_VALUE - 8, starts.length * 2L));
        }
        count++;
        starts[count] = length;
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
