package io.github.civicdata.core.metadata;

import io.github.civicdata.core.metadata.internal.Texts;
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
            throw new IllegalArgumentException(name + " must be an absolute http or https URL: " + url);
        }
        Texts.requireCarriable(url.toString(), name);
        return url.normalize();
    }

    static URI parse(String text, String name) {
        Objects.requireNonNull(text, name);
        try {
            return require(new URI(text), name);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(name + " is not a URL: " + e.getMessage(), e);
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
