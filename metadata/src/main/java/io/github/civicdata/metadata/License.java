package io.github.civicdata.metadata;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The licence of a dataset ({@code dct:license}): one of the {@link KnownLicense known licences}
 * used by Japanese public bodies, or the URL of any other licence ({@link LicenseUrl}).
 *
 * <p>In JSON a licence is written as the known licence's {@link #id() id} (e.g. {@code
 * CC-BY-4.0}) or as the URL. {@link #parse(String)} reads both and recognises the usual URLs of
 * the known licences (e.g. {@code https://creativecommons.org/licenses/by/4.0/legalcode.ja}), so
 * a known licence always has one representation.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * <pre>{@code
 * License pdl = License.parse("PDL-1.0");                       // KnownLicense.PDL_1_0
 * License cc = License.parse("https://creativecommons.org/licenses/by/4.0/deed.ja"); // CC_BY_4_0
 * License other = License.parse("https://www.city.example.lg.jp/terms.html"); // LicenseUrl
 * }</pre>
 */
public sealed interface License permits KnownLicense, LicenseUrl {

    /**
     * The value written in JSON: the known licence's id or the URL.
     *
     * @return the id
     */
    String id();

    /**
     * @return the licence's URL (the canonical one for a known licence)
     */
    URI url();

    /**
     * @return the known licence, or empty for a licence known by URL only
     */
    default Optional<KnownLicense> known() {
        return this instanceof KnownLicense k ? Optional.of(k) : Optional.empty();
    }

    /**
     * Reads a known licence id (ignoring case) or a licence URL.
     *
     * @param text an id such as {@code CC-BY-4.0} or an {@code http(s)} URL
     * @return the licence
     * @throws IllegalArgumentException if {@code text} is neither a known id nor a web URL
     */
    static License parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.strip();
        Optional<KnownLicense> byId = KnownLicense.byId(t);
        if (byId.isPresent()) {
            return byId.get();
        }
        URI url = WebUrls.parse(t, "license");
        Optional<KnownLicense> byUrl = KnownLicense.byUrl(url);
        if (byUrl.isPresent()) {
            return byUrl.get();
        }
        return new LicenseUrl(url);
    }
}
