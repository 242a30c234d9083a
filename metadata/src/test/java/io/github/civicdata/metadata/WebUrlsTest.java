package io.github.civicdata.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class WebUrlsTest {

    @Test
    void removesDotSegmentsAsRfc3986() {
        // RFC 3986 §5.2.4 and the results of §5.4.1 resolved against http://a/b/c/d;p?q
        assertThat(WebUrls.removeDotSegments("/a/b/c/./../../g")).isEqualTo("/a/g");
        assertThat(WebUrls.removeDotSegments("/b/c/../../../g")).isEqualTo("/g");
        assertThat(WebUrls.removeDotSegments("/b/c/./g/.")).isEqualTo("/b/c/g/");
        assertThat(WebUrls.removeDotSegments("/b/c/g/..")).isEqualTo("/b/c/");
        assertThat(WebUrls.removeDotSegments("/..")).isEqualTo("/");
        assertThat(WebUrls.removeDotSegments("/b/c/g..")).isEqualTo("/b/c/g..");
        assertThat(WebUrls.removeDotSegments("/b/c/.g")).isEqualTo("/b/c/.g");
        assertThat(WebUrls.removeDotSegments("/plain/path.csv")).isEqualTo("/plain/path.csv");
    }

    @Test
    void aLeadingParentSegmentIsRemovedSoEverySerialisationAgrees() {
        // java.net.URI.normalize() keeps "/../ea1"; RDF/XML parsers resolve it to "/ea1"
        URI u = WebUrls.require(URI.create("https://www.city.example.lg.jp/../ea1?x=1#f"), "downloadUrl");
        assertThat(u.toString()).isEqualTo("https://www.city.example.lg.jp/ea1?x=1#f");
        Distribution d = Distribution.builder("CSV")
                .downloadUrl(URI.create("https://www.city.example.lg.jp/./data/../%E3%83%88.csv")).build();
        assertThat(d.downloadUrl()).contains(URI.create("https://www.city.example.lg.jp/%E3%83%88.csv"));
    }

    @Test
    void refusesUrlsThatAreNotWebUrls() {
        assertThatThrownBy(() -> WebUrls.require(URI.create("ftp://example.jp/a"), "downloadUrl"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("downloadUrl");
        assertThatThrownBy(() -> WebUrls.require(URI.create("/relative"), "accessUrl"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
