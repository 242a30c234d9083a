package io.github.civicdata.core.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Damage done to a valid file by the reader robustness properties: the kinds of hostile input a
 * reader must turn into findings. Each kind is applied with a seed, so a failing case can be
 * reproduced from the seed jqwik reports.
 */
public enum Mutations {
    /** A few bytes replaced by random bytes (mostly printable ASCII, so that the file often stays UTF-8). */
    FLIP_BYTES,
    /** The file cut at a random point. */
    TRUNCATE,
    /** Brackets of the format inserted many times at a random point (unbalanced or balanced). */
    DEEP_NESTING,
    /** A byte sequence that is not UTF-8 inserted at a random point (lone continuation, overlong, surrogate, cut). */
    INVALID_UTF8,
    /** A very long or very large number, or a long run of digits, inserted at a random point. */
    HUGE_NUMBER,
    /** A token of the format (quote, bracket, keyword, entity, DOCTYPE fragment) inserted at a random point. */
    TOKEN,
    /** A random slice of the file copied to another point (duplicates members, statements, elements). */
    SPLICE,
    /** Bytes removed from a random point. */
    DELETE;

    private static final byte[][] BAD_UTF8 = {
        {(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xC3}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF0, (byte) 0x9F}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xE3, (byte) 0x81}};
    private static final List<String> NUMBERS = List.of("1e400", "-1e400", "1e-400", "1E+2147483648",
            "1e99999999999", "0.000000000000000000000000000000000000000001", "123456789012345678901234567890",
            "9".repeat(1001), "1." + "0".repeat(1200), "\"" + "1".repeat(1500) + "\"^^<http://www.w3.org/2001/XMLSchema#integer>",
            "NaN", "Infinity", "-0", "1e", "--1", "0x1F");
    private static final List<String> TOKENS = List.of("\"", "'", "\"\"\"", "{", "}", "[", "]", "(", ")", "<", ">",
            "<<", ">>", ",", ";", ".", ":", "\\", "\\u0000", "\u0000", "null", "true", "@prefix x: <y> .", "_:b",
            "^^", "@context", "\"@context\": \"http://example.org/ctx\"", "\"@id\": 1", "\"@type\": []", "&lt;", "&x;",
            "<!DOCTYPE r [<!ENTITY x \"a\">", "<!DOCTYPE r [", "]>", "<![CDATA[", "-->", "<!--", "<?x", "?>",
            "<!ENTITY e SYSTEM \"file:///etc/passwd\">", "&e;", "rdf:parseType=\"Literal\"", "xml:lang=\"\"",
            "\r", "\n", "\t", "\uFEFF", "𠮷", "ｱ", "\u202E");

    /**
     * Applies this mutation.
     *
     * @param content the valid file
     * @param seed the seed of the random choices
     * @param open the format's nesting opener, e.g. {@code "[ "} for Turtle
     * @param close the matching closer, e.g. {@code " ]"}
     * @param slots characters after which a value may start ({@code ":[,"} for JSON): deep nesting
     *     is inserted after the next of them, so that it reaches the parser instead of a syntax error
     * @return the damaged file
     */
    public byte[] apply(byte[] content, long seed, String open, String close, String slots) {
        Random rnd = new Random(seed);
        int n = content.length;
        int at = n == 0 ? 0 : rnd.nextInt(n + 1);
        switch (this) {
            case FLIP_BYTES -> {
                byte[] c = content.clone();
                for (int k = 0; k < 1 + rnd.nextInt(4) && n > 0; k++) {
                    c[rnd.nextInt(n)] = (byte) (rnd.nextInt(4) == 0 ? rnd.nextInt(256) : 0x20 + rnd.nextInt(0x5F));
                }
                return c;
            }
            case TRUNCATE -> {
                return Arrays.copyOf(content, at);
            }
            case DEEP_NESTING -> {
                int depth = rnd.nextBoolean() ? 40 + rnd.nextInt(40) : 100 + rnd.nextInt(5000);
                String ins = open.repeat(depth) + (rnd.nextBoolean() ? close.repeat(depth) : "");
                int slot = at;
                while (slot < n && slots.indexOf(content[slot]) < 0) {
                    slot++;
                }
                return insert(content, Math.min(n, slot + 1), ins.getBytes(StandardCharsets.UTF_8));
            }
            case INVALID_UTF8 -> {
                return insert(content, at, BAD_UTF8[rnd.nextInt(BAD_UTF8.length)]);
            }
            case HUGE_NUMBER -> {
                String num = rnd.nextInt(4) == 0 ? "1".repeat(1000 + rnd.nextInt(30_000))
                        : NUMBERS.get(rnd.nextInt(NUMBERS.size()));
                return insert(content, at, num.getBytes(StandardCharsets.UTF_8));
            }
            case TOKEN -> {
                return insert(content, at, TOKENS.get(rnd.nextInt(TOKENS.size())).getBytes(StandardCharsets.UTF_8));
            }
            case SPLICE -> {
                if (n == 0) {
                    return content;
                }
                int from = rnd.nextInt(n);
                int len = Math.min(n - from, 1 + rnd.nextInt(Math.min(n, 400)));
                return insert(content, at, Arrays.copyOfRange(content, from, from + len));
            }
            case DELETE -> {
                int len = Math.min(n - at, 1 + rnd.nextInt(40));
                byte[] c = new byte[n - len];
                System.arraycopy(content, 0, c, 0, at);
                System.arraycopy(content, at + len, c, at, n - at - len);
                return c;
            }
            default -> throw new AssertionError(this);
        }
    }

    private static byte[] insert(byte[] content, int at, byte[] ins) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + ins.length);
        out.write(content, 0, at);
        out.write(ins, 0, ins.length);
        out.write(content, at, content.length - at);
        return out.toByteArray();
    }
}
