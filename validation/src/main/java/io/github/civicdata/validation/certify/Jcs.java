package io.github.civicdata.validation.certify;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The JSON Canonicalization Scheme (RFC 8785) for the JSON that certificates hold: members sorted
 * by the UTF-16 code units of their names, no white space, strings escaped as ECMAScript's
 * {@code JSON.stringify} does, numbers as ECMAScript writes them. Certificates hold integers only;
 * a fraction, an integer beyond ±2<sup>53</sup> or a string with a lone surrogate is refused
 * (RFC 8785 §3.2.2.3 would need ECMAScript's shortest double form, and I-JSON forbids the rest).
 *
 * <p>Stateless and thread-safe.
 */
final class Jcs {

    /** The largest integer that every JSON implementation reads exactly (2^53). */
    static final long MAX_SAFE = 1L << 53;

    private Jcs() {
    }

    /** A value that JCS cannot write as civicdata uses it. */
    static final class NotCanonicalizable extends Exception {
        private static final long serialVersionUID = 1L;
        private final String pointer;

        NotCanonicalizable(String pointer, String what) {
            super(what + " at " + (pointer.isEmpty() ? "/" : pointer));
            this.pointer = pointer;
        }

        String pointer() {
            return pointer;
        }
    }

    /**
     * The canonical UTF-8 bytes of a JSON value.
     *
     * @throws NotCanonicalizable for a fraction, an unsafe integer or a lone surrogate
     */
    static byte[] canonicalize(JsonNode node) throws NotCanonicalizable {
        StringBuilder sb = new StringBuilder(4096);
        write(node, sb, "");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(JsonNode n, StringBuilder sb, String pointer) throws NotCanonicalizable {
        switch (n.getNodeType()) {
            case OBJECT -> {
                List<String> names = new ArrayList<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                    names.add(it.next().getKey());
                }
                names.sort(null); // String.compareTo compares UTF-16 code units, as RFC 8785 §3.2.3 asks
                sb.append('{');
                for (int i = 0; i < names.size(); i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    String name = names.get(i);
                    string(name, sb, pointer);
                    sb.append(':');
                    write(n.get(name), sb, pointer + "/" + name.replace("~", "~0").replace("/", "~1"));
                }
                sb.append('}');
            }
            case ARRAY -> {
                sb.append('[');
                for (int i = 0; i < n.size(); i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    write(n.get(i), sb, pointer + "/" + i);
                }
                sb.append(']');
            }
            case STRING -> string(n.textValue(), sb, pointer);
            case NUMBER -> {
                if (!n.canConvertToExactIntegral() || !n.canConvertToLong()) {
                    throw new NotCanonicalizable(pointer, "a number that is not an integer");
                }
                long v = n.longValue();
                if (v > MAX_SAFE || v < -MAX_SAFE) {
                    throw new NotCanonicalizable(pointer, "an integer beyond 2^53");
                }
                sb.append(v);
            }
            case BOOLEAN -> sb.append(n.booleanValue());
            case NULL -> sb.append("null");
            default -> throw new NotCanonicalizable(pointer, "a value that is not JSON");
        }
    }

    private static void string(String s, StringBuilder sb, String pointer) throws NotCanonicalizable {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        throw new NotCanonicalizable(pointer, "a lone surrogate");
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
