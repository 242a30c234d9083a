package io.github.civicdata.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void spacesThatWouldNotBeSeenAreShown() {
        assertThat(Values.visible("  ")).isEqualTo("\"␣␣\"");
        assertThat(Values.visible("\u3000")).isEqualTo("\"□\"");
        assertThat(Values.visible(" \t")).isEqualTo("\"␣→\"");
        assertThat(Values.visible("")).isEqualTo("\"\"");
        assertThat(Values.visible("東京 ")).isEqualTo("\"東京␣\"");
        assertThat(Values.visible("　東 京")).isEqualTo("\"□東 京\"");
        assertThat(Values.visible("東 京")).isEqualTo("東 京");
    }
}
