package io.github.civicdata.validation.csvw;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * URL resolution (RFC 3986 section 5.2), syntax- and scheme-based normalisation for comparing URLs
 * (RFC 3986 section 6.2, as the tabular data model asks), and percent-encoding of column names.
 * Works on strings: {@link java.net.URI} refuses many URLs that CSVW metadata holds (spaces,
 * braces of URI templates) and resolves an empty reference differently from RFC 3986.
 *
 * <p>Stateless and thread-safe.
 */
final class Urls {

    private static final Pattern PARTS = Pattern.compile("^(([^:/?#]+):)?(//([^/?#]*))?([^?#]*)(\\?([^#]*))?(#(.*))?$",
            Pattern.DOTALL);
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);

    private Urls() {
    }

    /** The five components of a URL; a null component is absent (not the same as empty). */
    record Parts(String scheme, String authority, String path, String query, String fragment) {

        static Parts of(String url) {
            Matcher m = PARTS.matcher(url);
            if (!m.matches()) { // cannot happen: every string matches
                throw new IllegalStateException(url);
            }
            return new Parts(m.group(2), m.group(4), m.group(5), m.group(7), m.group(9));
        }

        String compose() {
            StringBuilder sb = new StringBuilder();
            if (scheme != null) {
                sb.append(scheme).append(':');
            }
            if (authority != null) {
                sb.append("//").append(authority);
            }
            sb.append(path);
            if (query != null) {
                sb.append('?').append(query);
            }
            if (fragment != null) {
                sb.append('#').append(fragment);
            }
            return sb.toString();
        }
    }

    /** Whether {@code s} starts with a scheme ({@code http:}, {@code file:}, {@code urn:} …). */
    static boolean isAbsolute(String s) {
        return SCHEME.matcher(s).matches();
    }

    /**
     * Resolves {@code ref} against {@code base} as RFC 3986 section 5.2.2 says (strict: a
     * reference with a scheme is taken as it is).
     */
    static String resolve(String base, String ref) {
        if (base == null || base.isEmpty()) {
            return ref;
        }
        Parts r = Parts.of(ref);
        Parts b = Parts.of(base);
        String scheme;
        String authority;
        String path;
        String query;
        if (r.scheme() != null) {
            scheme = r.scheme();
            authority = r.authority();
            path = removeDots(r.path());
            query = r.query();
        } else {
            scheme = b.scheme();
            if (r.authority() != null) {
                authority = r.authority();
                path = removeDots(r.path());
                query = r.query();
            } else {
                authority = b.authority();
                if (r.path().isEmpty()) {
                    path = b.path();
                    query = r.query() != null ? r.query() : b.query();
                } else {
                    if (r.path().startsWith("/")) {
                        path = removeDots(r.path());
                    } else {
                        path = removeDots(merge(b, r.path()));
                    }
                    query = r.query();
                }
            }
        }
        return new Parts(scheme, authority, path, query, r.fragment()).compose();
    }

    private static String merge(Parts base, String relPath) {
        if (base.authority() != null && base.path().isEmpty()) {
            return "/" + relPath;
        }
        int slash = base.path().lastIndexOf('/');
        return slash < 0 ? relPath : base.path().substring(0, slash + 1) + relPath;
    }

    /** RFC 3986 section 5.2.4. */
    static String removeDots(String path) {
        if (path.indexOf('.') < 0) {
            return path;
        }
        StringBuilder in = new StringBuilder(path);
        StringBuilder out = new StringBuilder();
        while (in.length() > 0) {
            String s = in.toString();
            if (s.startsWith("../")) {
                in.delete(0, 3);
            } else if (s.startsWith("./")) {
                in.delete(0, 2);
            } else if (s.startsWith("/./")) {
                in.delete(0, 2);
            } else if (s.equals("/.")) {
                in.replace(0, 2, "/");
            } else if (s.startsWith("/../")) {
                in.delete(0, 3);
                removeLastSegment(out);
            } else if (s.equals("/..")) {
                in.replace(0, 3, "/");
                removeLastSegment(out);
            } else if (s.equals(".") || s.equals("..")) {
                in.setLength(0);
            } else {
                int start = s.startsWith("/") ? 1 : 0;
                int next = s.indexOf('/', start);
                int end = next < 0 ? s.length() : next;
                out.append(s, 0, end);
                in.delete(0, end);
            }
        }
        return out.toString();
    }

    private static void removeLastSegment(StringBuilder out) {
        int slash = out.lastIndexOf("/");
        out.setLength(slash < 0 ? 0 : slash);
    }

    /** {@code url} without its fragment. */
    static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    /**
     * The form in which two URLs are compared: scheme and host in lower case, the default port of
     * http and https left out, an empty http(s) path as {@code /}, percent-encodings in upper case
     * and unreserved characters decoded, dot segments removed.
     */
    static String normalize(String url) {
        Parts p = Parts.of(url);
        String scheme = p.scheme() == null ? null : p.scheme().toLowerCase(Locale.ROOT);
        String authority = p.authority();
        String path = normalizePercent(removeDots(p.path()));
        if (authority != null) {
            int at = authority.lastIndexOf('@');
            String user = at < 0 ? "" : authority.substring(0, at + 1);
            String host = (at < 0 ? authority : authority.substring(at + 1)).toLowerCase(Locale.ROOT);
            if (("http".equals(scheme) && host.endsWith(":80")) || ("https".equals(scheme) && host.endsWith(":443"))) {
                host = host.substring(0, host.lastIndexOf(':'));
            }
            if (host.endsWith(":")) {
                host = host.substring(0, host.length() - 1);
            }
            authority = user + host;
            if (path.isEmpty() && ("http".equals(scheme) || "https".equals(scheme))) {
                path = "/";
            }
        }
        String query = p.query() == null ? null : normalizePercent(p.query());
        String fragment = p.fragment() == null ? null : normalizePercent(p.fragment());
        return new Parts(scheme, authority, path, query, fragment).compose();
    }

    private static String normalizePercent(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                int v = hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2));
                if (unreserved(v)) {
                    sb.append((char) v);
                } else {
                    sb.append('%').append(Character.toUpperCase(s.charAt(i + 1)))
                            .append(Character.toUpperCase(s.charAt(i + 2)));
                }
                i += 2;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static boolean unreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /**
     * Percent-encodes every character of {@code s} (as UTF-8) except ASCII letters, digits and the
     * characters in {@code keep}.
     */
    static String encode(String s, String keep) {
        StringBuilder sb = new StringBuilder(s.length());
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (byte x : bytes) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c < 0x80
                    && keep.indexOf(c) >= 0)) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.toString();
    }

    /** Decodes percent-encoded UTF-8 octets; malformed escapes are kept as they are. */
    static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                out.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    b = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                out.write(b, 0, b.length);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
