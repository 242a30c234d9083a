package io.github.civicdata.rdf;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Byte-level scans that run before a parser sees an RDF file, without recursion and without
 * allocation: the nesting depth of Turtle and of XML, the charset an XML file is in, and whether an
 * XML document type declaration ends before the file does (the JDK's XML parser prints a stack
 * trace on standard error when a file ends inside a DOCTYPE's internal subset).
 *
 * <p>The scans err on the side of counting too deep: a file they misjudge is one the parser would
 * refuse anyway. Stateless; thread-safe.
 */
final class RdfPrescan {

    private static final Pattern XML_ENCODING = Pattern.compile(
            "^<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._:-]*)[\"']");

    private RdfPrescan() {
    }

    /**
     * The deepest nesting in the file, and the offset where it first passed a limit.
     *
     * @param max the deepest nesting
     * @param breach the offset of the bracket that passed the limit, or -1
     */
    record Depth(int max, long breach) {
    }

    /**
     * Nesting of Turtle (also TriG and N-Triples): blank node property lists {@code [ ]},
     * collections {@code ( )}, quoted triples {@code << >>} and braces, outside IRIs, strings and
     * comments.
     *
     * @param c the bytes
     * @param limit the limit whose breach is reported
     * @return the depth
     */
    static Depth turtle(byte[] c, int limit) {
        int depth = 0;
        int max = 0;
        long breach = -1;
        int i = 0;
        int n = c.length;
        while (i < n) {
            byte b = c[i];
            switch (b) {
                case '#' -> {
                    while (i < n && c[i] != '\n' && c[i] != '\r') {
                        i++;
                    }
                    continue;
                }
                case '"', '\'' -> {
                    i = skipString(c, i);
                    continue;
                }
                case '\\' -> {
                    i += 2;
                    continue;
                }
                case '<' -> {
                    if (i + 1 < n && c[i + 1] == '<') {
                        depth++;
                        i += 2;
                    } else {
                        i = skipIri(c, i + 1);
                        continue;
                    }
                }
                case '>' -> {
                    if (i + 1 < n && c[i + 1] == '>') {
                        depth = Math.max(0, depth - 1);
                        i += 2;
                    } else {
                        i++;
                    }
                    continue;
                }
                case '[', '(', '{' -> {
                    depth++;
                    i++;
                }
                case ']', ')', '}' -> {
                    depth = Math.max(0, depth - 1);
                    i++;
                    continue;
                }
                default -> {
                    i++;
                    continue;
                }
            }
            if (depth > max) {
                max = depth;
            }
            if (depth > limit && breach < 0) {
                breach = i - 1;
            }
        }
        return new Depth(max, breach);
    }

    /** Skips a string starting at {@code i} (a quote); returns the index after it. */
    private static int skipString(byte[] c, int i) {
        byte q = c[i];
        int n = c.length;
        boolean isLong = i + 2 < n && c[i + 1] == q && c[i + 2] == q;
        i += isLong ? 3 : 1;
        while (i < n) {
            byte b = c[i];
            if (b == '\\') {
                i += 2;
            } else if (b == q) {
                if (!isLong) {
                    return i + 1;
                }
                if (i + 2 < n && c[i + 1] == q && c[i + 2] == q) {
                    return i + 3;
                }
                i++;
            } else if (!isLong && (b == '\n' || b == '\r')) {
                return i; // a short string cannot span lines: the parser will refuse it here
            } else {
                i++;
            }
        }
        return n;
    }

    /**
     * Skips an IRI whose {@code <} is just before {@code i}; returns the index of the character that
     * ends it. An IRI cannot hold spaces, quotes, braces and the like: at one, the IRI is taken to
     * have ended (the parser will refuse it), so that brackets after it are still counted.
     */
    private static int skipIri(byte[] c, int i) {
        int n = c.length;
        while (i < n) {
            byte b = c[i];
            switch (b) {
                case '>' -> {
                    return i + 1;
                }
                case ' ', '\t', '\n', '\r', '<', '"', '{', '}', '|', '^', '`', '[', ']', '(', ')' -> {
                    return i;
                }
                case '\\' -> i += 2;
                default -> i++;
            }
        }
        return n;
    }

    /**
     * Element nesting of an XML file, counted on the bytes (start tags that are not empty-element
     * tags, outside comments, CDATA sections, processing instructions, the DOCTYPE and attribute
     * values). Used to report how deep a file is once the parser has found it too deep.
     *
     * @param c the bytes (in an ASCII-compatible charset; UTF-16 gives a rough count)
     * @return the deepest nesting
     */
    static int xmlMaxDepth(byte[] c) {
        int depth = 0;
        int max = 0;
        int n = c.length;
        int i = 0;
        while (i < n) {
            if (c[i] != '<') {
                i++;
                continue;
            }
            if (startsWith(c, i, "<!--")) {
                i = indexOf(c, i + 4, "-->") + 3;
            } else if (startsWith(c, i, "<![CDATA[")) {
                i = indexOf(c, i + 9, "]]>") + 3;
            } else if (startsWith(c, i, "<?")) {
                i = indexOf(c, i + 2, "?>") + 2;
            } else if (startsWith(c, i, "<!")) {
                i = skipDeclaration(c, i + 2);
            } else if (i + 1 < n && c[i + 1] == '/') {
                depth = Math.max(0, depth - 1);
                i = indexOf(c, i + 2, ">") + 1;
            } else {
                int j = i + 1;
                byte quote = 0;
                while (j < n && (quote != 0 || c[j] != '>')) {
                    if (quote == 0 && (c[j] == '"' || c[j] == '\'')) {
                        quote = c[j];
                    } else if (quote != 0 && c[j] == quote) {
                        quote = 0;
                    }
                    j++;
                }
                if (j >= n || c[j - 1] != '/') {
                    depth++;
                    max = Math.max(max, depth);
                }
                i = j + 1;
            }
        }
        return max;
    }

    /** Skips a {@code <!...>} declaration (a DOCTYPE with its internal subset, too). */
    private static int skipDeclaration(byte[] c, int i) {
        int n = c.length;
        int brackets = 0;
        byte quote = 0;
        while (i < n) {
            byte b = c[i++];
            if (quote != 0) {
                if (b == quote) {
                    quote = 0;
                }
            } else if (b == '"' || b == '\'') {
                quote = b;
            } else if (b == '[') {
                brackets++;
            } else if (b == ']') {
                brackets--;
            } else if (b == '>' && brackets <= 0) {
                return i;
            }
        }
        return n;
    }

    /**
     * Where a file ends inside the internal subset of its document type declaration ({@code
     * <!DOCTYPE x [ ...} with no closing {@code ]>}), the case in which the JDK's XML parser prints
     * a stack trace. Follows the XML prolog (declaration, comments, processing instructions); any
     * other malformation is left to the parser, which reports it without printing.
     *
     * @param text the decoded file
     * @return the offset (in characters) of the DOCTYPE, or empty when it is closed or absent
     */
    static OptionalLong unterminatedDoctype(String text) {
        int n = text.length();
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        while (true) {
            while (i < n && isXmlSpace(text.charAt(i))) {
                i++;
            }
            if (text.startsWith("<?", i)) {
                int end = text.indexOf("?>", i + 2);
                if (end < 0) {
                    return OptionalLong.empty();
                }
                i = end + 2;
            } else if (text.startsWith("<!--", i)) {
                int end = text.indexOf("-->", i + 4);
                if (end < 0) {
                    return OptionalLong.empty();
                }
                i = end + 3;
            } else if (text.startsWith("<!DOCTYPE", i)) {
                break;
            } else {
                return OptionalLong.empty();
            }
        }
        int doctype = i;
        i += "<!DOCTYPE".length();
        char quote = 0;
        while (i < n) {
            char ch = text.charAt(i);
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                }
            } else if (ch == '"' || ch == '\'') {
                quote = ch;
            } else if (ch == '>') {
                return OptionalLong.empty();
            } else if (ch == '[') {
                return subsetEnds(text, i + 1) ? OptionalLong.empty() : OptionalLong.of(doctype);
            }
            i++;
        }
        return OptionalLong.empty();
    }

    /** Whether an internal subset starting at {@code i} is closed with {@code ]} and {@code >}. */
    private static boolean subsetEnds(String t, int i) {
        int n = t.length();
        while (i < n) {
            char ch = t.charAt(i);
            if (isXmlSpace(ch)) {
                i++;
            } else if (ch == ']') {
                i++;
                while (i < n && isXmlSpace(t.charAt(i))) {
                    i++;
                }
                return i < n; // anything after "]" (">" or an error) is not the end of the file
            } else if (t.startsWith("<!--", i)) {
                int end = t.indexOf("-->", i + 4);
                if (end < 0) {
                    return false;
                }
                i = end + 3;
            } else if (t.startsWith("<?", i)) {
                int end = t.indexOf("?>", i + 2);
                if (end < 0) {
                    return false;
                }
                i = end + 2;
            } else if (ch == '<') {
                // a markup declaration, to its '>' outside quoted literals (a cut "<!-" or "<" too)
                i++;
                char quote = 0;
                while (i < n && (quote != 0 || t.charAt(i) != '>')) {
                    char x = t.charAt(i);
                    if (quote == 0 && (x == '"' || x == '\'')) {
                        quote = x;
                    } else if (quote != 0 && x == quote) {
                        quote = 0;
                    }
                    i++;
                }
                if (i >= n) {
                    return false;
                }
                i++;
            } else if (ch == '%') {
                int semi = t.indexOf(';', i);
                if (semi < 0) {
                    return false;
                }
                i = semi + 1;
            } else {
                return true; // not a declaration: the parser stops here with an error, before the end
            }
        }
        return false;
    }

    private static boolean isXmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /**
     * The charset of an XML file: by its byte order mark, else by the encoding its XML declaration
     * names, else UTF-8 (XML 1.0, appendix F).
     *
     * @param c the bytes
     * @return the charset, or empty when the declaration names one Java does not know (the parser
     *     reports it)
     */
    static Optional<Charset> xmlCharset(byte[] c) {
        if (startsWith(c, 0, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF)) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (startsWith(c, 0, (byte) 0xFE, (byte) 0xFF) || startsWith(c, 0, (byte) 0xFF, (byte) 0xFE)) {
            return Optional.of(StandardCharsets.UTF_16);
        }
        if (startsWith(c, 0, (byte) 0, (byte) '<', (byte) 0, (byte) '?')) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (startsWith(c, 0, (byte) '<', (byte) 0, (byte) '?', (byte) 0)) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        String head = new String(c, 0, Math.min(c.length, 256), StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(head);
        if (!m.find()) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        try {
            return Optional.of(Charset.forName(m.group(1)));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] c, int at, byte... prefix) {
        if (at + prefix.length > c.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (c[at + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] c, int at, String ascii) {
        if (at + ascii.length() > c.length) {
            return false;
        }
        for (int k = 0; k < ascii.length(); k++) {
            if (c[at + k] != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The index of {@code ascii} at or after {@code from}, or the length of {@code c} when it is not there. */
    private static int indexOf(byte[] c, int from, String ascii) {
        for (int i = from; i + ascii.length() <= c.length; i++) {
            if (startsWith(c, i, ascii)) {
                return i;
            }
        }
        return c.length;
    }
}
