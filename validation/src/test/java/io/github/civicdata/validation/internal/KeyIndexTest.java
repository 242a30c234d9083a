package io.github.civicdata.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyIndexTest {

    @Test
    void duplicatesCountsAndFirstRows() {
        KeyIndex k = new KeyIndex(10);
        assertThat(k.add(List.of("F-001"), 1)).isTrue();
        assertThat(k.add(List.of("F-001"), 7)).isFalse();
        assertThat(k.add(List.of("F-001"), 8)).isFalse();
        assertThat(k.count(List.of("F-001"))).isEqualTo(2);
        assertThat(k.firstRow(List.of("F-001"))).isEqualTo(1);
        assertThat(k.count(List.of("F-002"))).isZero();
        assertThat(k.firstRow(List.of("F-002"))).isEqualTo(-1);
    }

    @Test
    void compositeKeysDoNotCollideThroughTheirSeparator() {
        KeyIndex k = new KeyIndex(10);
        k.add(List.of("a\u0000b", "c"), 1);
        assertThat(k.count(List.of("a", "b\u0000c"))).isZero();
        assertThat(k.count(List.of("a\u0000b", "c"))).isEqualTo(1);
    }

    @Test
    void theLimitIsReported() {
        KeyIndex k = new KeyIndex(2);
        k.add(List.of("1"), 1);
        k.add(List.of("2"), 2);
        assertThat(k.full()).isFalse();
        assertThat(k.add(List.of("3"), 3)).isTrue();
        assertThat(k.full()).isTrue();
        assertThat(k.size()).isEqualTo(2);
        assertThatThrownBy(() -> new KeyIndex(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
