package io.github.civicdata.validation.csvw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Examples of RFC 6570 section 3.2 (variables var, hello, path, list, keys as a list of values). */
class UriTemplateTest {

    private static final Map<String, Object> VARS = Map.of("var", "value", "hello", "Hello World!", "path",
            "/foo/bar", "list", List.of("red", "green", "blue"), "empty", "", "x", "1024", "y", "768");

    private static String x(String t) {
        return UriTemplate.of(t).expand(VARS::get);
    }

    @Test
    void levelsOneToFour() {
        assertThat(x("{var}")).isEqualTo("value");
        assertThat(x("{hello}")).isEqualTo("Hello%20World%21");
        assertThat(x("{+hello}")).isEqualTo("Hello%20World!");
        assertThat(x("{+path}/here")).isEqualTo("/foo/bar/here");
        assertThat(x("X{#var}")).isEqualTo("X#value");
        assertThat(x("map?{x,y}")).isEqualTo("map?1024,768");
        assertThat(x("X{.x,y}")).isEqualTo("X.1024.768");
        assertThat(x("{/var,x}/here")).isEqualTo("/value/1024/here");
        assertThat(x("{;x,y,empty}")).isEqualTo(";x=1024;y=768;empty");
        assertThat(x("{?x,y,empty}")).isEqualTo("?x=1024&y=768&empty=");
        assertThat(x("?fixed=yes{&x}")).isEqualTo("?fixed=yes&x=1024");
        assertThat(x("{var:3}")).isEqualTo("val");
        assertThat(x("{list}")).isEqualTo("red,green,blue");
        assertThat(x("{list*}")).isEqualTo("red,green,blue");
        assertThat(x("{/list*}")).isEqualTo("/red/green/blue");
        assertThat(x("{?list*}")).isEqualTo("?list=red&list=green&list=blue");
        assertThat(x("{undef}x")).isEqualTo("x");
    }

    @Test
    void csvwUses() {
        assertThat(UriTemplate.of("#gid-{GID}").expand(Map.of("GID", "1")::get)).isEqualTo("#gid-1");
        assertThat(UriTemplate.of("http://example.org/tree/{on_street}/{GID}")
                .expand(Map.of("on_street", "ADDISON AV", "GID", "1")::get))
                .isEqualTo("http://example.org/tree/ADDISON%20AV/1");
        assertThat(UriTemplate.of("{#_name}").expand(Map.of("_name", "名称")::get)).isEqualTo("#%E5%90%8D%E7%A7%B0");
        assertThat(UriTemplate.of("http://x/{a").expand(v -> null)).isEqualTo("http://x/{a");
        // an IRI template: Japanese in the template stays (IMI core vocabulary), values are encoded
        assertThat(UriTemplate.of("http://imi.go.jp/ns/core/rdf#名称").expand(v -> null))
                .isEqualTo("http://imi.go.jp/ns/core/rdf#名称");
        assertThat(UriTemplate.of("http://example.org/施設/{n}").expand(Map.of("n", "市 役所")::get))
                .isEqualTo("http://example.org/施設/%E5%B8%82%20%E5%BD%B9%E6%89%80");
        assertThat(UriTemplate.of("http://x/a b").expand(v -> null)).isEqualTo("http://x/a%20b");
    }
}
