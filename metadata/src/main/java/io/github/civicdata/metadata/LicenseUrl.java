package io.github.civicdata.metadata;

import java.net.URI;

/**
 * A licence known only by its URL (anything other than a {@link KnownLicense}).
 *
 * <p>The URL must be an absolute {@code http} or {@code https} URL and must not be a URL of a
 * known licence (use the {@link KnownLicense} value instead; {@link License#parse(String)} does
 * this for you), so that every licence has exactly one representation.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * License l = new LicenseUrl(URI.create("https://www.city.example.lg.jp/site/opendata/terms.html"));
 * }</pre>
 *
 * @param url the licence's URL
 */
public record LicenseUrl(URI url) implements License {

    /**
     * Validates the URL.
     *
     * @throws NullPointerException if {@code url} is null
     * @throws IllegalArgumentException if not an http(s) URL, or the URL of a known licence
     */
    public LicenseUrl {
        url = WebUrls.require(url, "url");
        KnownLicense.byUrl(url).ifPresent(k -> {
            throw new IllegalArgumentException("the URL of a known licence: use KnownLicense." + k.name());
        });
    }

    /**
     * @return the URL, as written
     */
    @Override
    public String id() {
        return url.toString();
    }
}
