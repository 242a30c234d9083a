package io.github.civicdata.validation.csvw;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlsTest {

    private static final String BASE = "http://a/b/c/d;p?q";

    @Test
    void resolutionExamplesOfRfc3986() {
        String[][] cases = {{"g:h", "g:h"}, {"g", "http://a/b/c/g"}, {"./g", "http://a/b/c/g"}, {"g/", "http://a/b/c/g/"},
            {"/g", "http://a/g"}, {"//g", "http://g"}, {"?y", "http://a/b/c/d;p?y"}, {"g?y", "http://a/b/c/g?y"},
            {"#s", "http://a/b/c/d;p?q#s"}, {"g#s", "http://a/b/c/g#s"}, {";x", "http://a/b/c/;x"},
            {"", "http://a/b/c/d;p?q"}, {".", "http://a/b/c/"}, {"..", "http://a/b/"}, {"../g", "http://a/b/g"},
            {"../..", "http://a/"}, {"../../../g", "http://a/g"}, {"/./g", "http://a/g"}, {"g.", "http://a/b/c/g."},
            {"./../g", "http://a/b/g"}, {"g/../h", "http://a/b/c/h"}};
        for (String[] c : cases) {
            assertThat(Urls.resolve(BASE, c[0])).as(c[0]).isEqualTo(c[1]);
        }
        assertThat(Urls.resolve("file:///data/aed.csv", "aed.csv-metadata.json"))
                .isEqualTo("file:///data/aed.csv-metadata.json");
    }

    @Test
    void normalisationForComparingUrls() {
        assertThat(Urls.normalize("HTTP://Example.ORG:80/a/./b/../c%7e%2f"))
                .isEqualTo("http://example.org/a/c~%2F");
        assertThat(Urls.normalize("https://example.org:443")).isEqualTo("https://example.org/");
        assertThat(Urls.normalize("http://example.org:8080/x")).isEqualTo("http://example.org:8080/x");
    }

    @Test
    void percentEncodingOfNames() {
        assertThat(Urls.encode("On Street", "_.")).isEqualTo("On%20Street");
        assertThat(Urls.encode("名称", "_.")).isEqualTo("%E5%90%8D%E7%A7%B0");
        assertThat(Urls.decode("%E5%90%8D%E7%A7%B0%20x")).isEqualTo("名称 x");
        assertThat(Urls.decode("100%")).isEqualTo("100%");
    }
}
