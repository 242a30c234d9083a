package io.github.civicdata.validation.csvw;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * A URI template (RFC 6570, levels 1 to 4: the operators {@code + # . / ; ? &}, prefixes
 * {@code :n} and explosion {@code *}) as CSVW's {@code aboutUrl}, {@code propertyUrl} and
 * {@code valueUrl} use it, expanded to an IRI: non-ASCII characters written in the template stay as
 * they are, values of variables are percent-encoded as the RFC says. A variable's value is {@code null} (undefined), a {@link String} or a
 * {@link List} of strings (a cell with a separator). An expression that is not closed is copied as
 * it is, as the RFC allows.
 *
 * <p>Immutable and thread-safe.
 */
final class UriTemplate {

    private static final String RESERVED = ":/?#[]@!$&'()*+,;=";

    private final String template;

    private UriTemplate(String template) {
        this.template = template;
    }

    static UriTemplate of(String template) {
        return new UriTemplate(template);
    }

    /**
     * Expands the template.
     *
     * @param variables the value of a variable by name, or null when it is undefined
     * @return the expanded string
     */
    String expand(Function<String, Object> variables) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{') {
                int close = template.indexOf('}', i);
                if (close < 0) {
                    out.append(template, i, template.length());
                    break;
                }
                expression(template.substring(i + 1, close), variables, out);
                i = close + 1;
            } else {
                literal(c, out);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * A character outside expressions: URI characters as they are, non-ASCII characters too (the
     * ucschar of RFC 6570's literals: the result is an IRI, as RDF needs for vocabularies such as
     * the IMI core vocabulary, {@code http://imi.go.jp/ns/core/rdf#名称}), anything else (spaces,
     * quotes, braces) percent-encoded.
     */
    private static void literal(char c, StringBuilder out) {
        if (c >= 0x80 || c == '%' || Urls.unreserved(c) || RESERVED.indexOf(c) >= 0) {
            out.append(c);
        } else if (c < 0x80 && c > 0x20 && c != '"' && c != '<' && c != '>' && c != '\\' && c != '^' && c != '`'
                && c != '|' && c != '{' && c != '}') {
            out.append(c);
        } else {
            appendEncoded(String.valueOf(c), true, out);
        }
    }

    private static void expression(String expr, Function<String, Object> variables, StringBuilder out) {
        if (expr.isEmpty()) {
            return;
        }
        char op = expr.charAt(0);
        String first;
        String sep;
        boolean named;
        String ifEmpty;
        boolean reserved;
        switch (op) {
            case '+' -> {
                first = "";
                sep = ",";
                named = false;
                ifEmpty = "";
                reserved = true;
            }
            case '#' -> {
                first = "#";
                sep = ",";
                named = false;
                ifEmpty = "";
                reserved = true;
            }
            case '.' -> {
                first = ".";
                sep = ".";
                named = false;
                ifEmpty = "";
                reserved = false;
            }
            case '/' -> {
                first = "/";
                sep = "/";
                named = false;
                ifEmpty = "";
                reserved = false;
            }
            case ';' -> {
                first = ";";
                sep = ";";
                named = true;
                ifEmpty = "";
                reserved = false;
            }
            case '?' -> {
                first = "?";
                sep = "&";
                named = true;
                ifEmpty = "=";
                reserved = false;
            }
            case '&' -> {
                first = "&";
                sep = "&";
                named = true;
                ifEmpty = "=";
                reserved = false;
            }
            default -> {
                first = "";
                sep = ",";
                named = false;
                ifEmpty = "";
                reserved = false;
            }
        }
        String list = "+#./;?&".indexOf(op) >= 0 ? expr.substring(1) : expr;
        boolean any = false;
        for (String spec : list.split(",", -1)) {
            boolean explode = spec.endsWith("*");
            String name = explode ? spec.substring(0, spec.length() - 1) : spec;
            int prefix = -1;
            int colon = name.indexOf(':');
            if (colon >= 0) {
                try {
                    prefix = Integer.parseInt(name.substring(colon + 1));
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
                name = name.substring(0, colon);
            }
            Object value = variables.apply(name);
            if (value == null || (value instanceof List<?> l && l.isEmpty())) {
                continue;
            }
            out.append(any ? sep : first);
            any = true;
            if (value instanceof List<?> items) {
                if (!explode) {
                    if (named) {
                        out.append(name).append('=');
                    }
                    boolean firstItem = true;
                    for (Object item : items) {
                        if (!firstItem) {
                            out.append(',');
                        }
                        firstItem = false;
                        appendEncoded(String.valueOf(item), reserved, out);
                    }
                } else {
                    boolean firstItem = true;
                    for (Object item : items) {
                        if (!firstItem) {
                            out.append(sep);
                        }
                        firstItem = false;
                        String v = String.valueOf(item);
                        if (named) {
                            out.append(name);
                            out.append(v.isEmpty() ? ifEmpty : "=");
                        }
                        appendEncoded(v, reserved, out);
                    }
                }
            } else {
                String v = String.valueOf(value);
                if (prefix >= 0 && v.codePointCount(0, v.length()) > prefix) {
                    v = v.substring(0, v.offsetByCodePoints(0, prefix));
                }
                if (named) {
                    out.append(name);
                    if (v.isEmpty()) {
                        out.append(ifEmpty);
                        continue;
                    }
                    out.append('=');
                }
                appendEncoded(v, reserved, out);
            }
        }
    }

    private static void appendEncoded(String v, boolean reserved, StringBuilder out) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Urls.unreserved(c)) {
                out.append(c);
            } else if (reserved && RESERVED.indexOf(c) >= 0) {
                out.append(c);
            } else if (reserved && c == '%' && i + 2 < v.length() && Urls.hex(v.charAt(i + 1)) >= 0
                    && Urls.hex(v.charAt(i + 2)) >= 0) {
                out.append(v, i, i + 3);
                i += 2;
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < v.length() ? i + 2 : i + 1;
                for (byte b : v.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 15, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 15, 16)));
                }
                i = end - 1;
            }
        }
    }

    @Override
    public String toString() {
        return template;
    }
}
