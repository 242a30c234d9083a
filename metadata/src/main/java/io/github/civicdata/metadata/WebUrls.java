package io.github.civicdata.metadata;

import io.github.civicdata.metadata.internal.Texts;
import io.github.civicdata.metadata.internal.ValueException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * Checks and parses the web URLs of metadata records (absolute, http or https, with a host), and
 * normalises them (RFC 3986 dot segments removed) so that every serialisation keeps them as they are.
 */
final class WebUrls {

    private WebUrls() {
    }

    static URI require(URI url, String name) {
        Objects.requireNonNull(url, name);
        String scheme = url.getScheme();
        if (!url.isAbsolute() || scheme == null
                || !(scheme.toLowerCase(Locale.ROOT).equals("http") || scheme.toLowerCase(Locale.ROOT).equals("https"))
                || url.getRawAuthority() == null || url.getRawAuthority().isEmpty()) {
            throw ValueException.of("metadata.value.url", name, url.toString());
        }
        Texts.requireCarriable(url.toString(), name);
        return normalize(url);
    }

    /** The URL with its path's dot segments removed as RFC 3986 §5.2.4 does (java.net.URI keeps a leading "/.."). */
    private static URI normalize(URI url) {
        String path = url.getRawPath();
        if (path == null || path.isEmpty()) {
            return url;
        }
        String clean = removeDotSegments(path);
        if (clean.equals(path)) {
            return url;
        }
        StringBuilder sb = new StringBuilder().append(url.getScheme()).append("://").append(url.getRawAuthority())
                .append(clean);
        if (url.getRawQuery() != null) {
            sb.append('?').append(url.getRawQuery());
        }
        if (url.getRawFragment() != null) {
            sb.append('#').append(url.getRawFragment());
        }
        return URI.create(sb.toString());
    }

    /** RFC 3986 §5.2.4 remove_dot_segments on an absolute path. */
    static String removeDotSegments(String path) {
        String in = path;
        StringBuilder out = new StringBuilder();
        while (!in.isEmpty()) {
            if (in.startsWith("../")) {
                in = in.substring(3);
            } else if (in.startsWith("./")) {
                in = in.substring(2);
            } else if (in.startsWith("/./")) {
                in = in.substring(2);
            } else if (in.equals("/.")) {
                in = "/";
            } else if (in.startsWith("/../")) {
                in = in.substring(3);
                dropLastSegment(out);
            } else if (in.equals("/..")) {
                in = "/";
                dropLastSegment(out);
            } else if (in.equals(".") || in.equals("..")) {
                in = "";
            } else {
                int start = in.startsWith("/") ? 1 : 0;
                int next = in.indexOf('/', start);
                if (next < 0) {
                    next = in.length();
                }
                out.append(in, 0, next);
                in = in.substring(next);
            }
        }
        return out.toString();
    }

    private static void dropLastSegment(StringBuilder out) {
        int slash = out.lastIndexOf("/");
        out.setLength(Math.max(slash, 0));
    }

    static URI parse(String text, String name) {
        Objects.requireNonNull(text, name);
        try {
            return require(new URI(text), name);
        } catch (URISyntaxException e) {
            ValueException v = ValueException.of("metadata.value.url", name, text);
            v.initCause(e);
            throw v;
        }
    }

    static boolean isWebUrl(String text) {
        try {
            parse(text, "url");
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
