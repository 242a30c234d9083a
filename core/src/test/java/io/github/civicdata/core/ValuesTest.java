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

    @Test
    void aLongFileLocationKeepsItsFileNameAndWhatFollows() {
        String dir = "/home/runner/work/city-open-data/city-open-data/published/2024/facilities/aed/";
        String arg = dir + "施設一覧.csv, /attributes/市区町村/hierarchy";
        String shown = Values.shortenArgument(arg);
        assertThat(shown).startsWith("…").endsWith("施設一覧.csv, /attributes/市区町村/hierarchy");
        assertThat(shown.codePointCount(0, shown.length())).isEqualTo(Values.MAX_VALUE_LENGTH + 1);
        assertThat(Values.shortenArgument("C:\\Users\\" + "a".repeat(100) + "\\x.csv")).endsWith("\\x.csv");
        // any other long value keeps its start, as before
        String cell = "備考 " + "あ".repeat(100) + " / 終わり";
        assertThat(Values.shortenArgument(cell)).isEqualTo(Values.truncate(cell)).startsWith("備考");
        assertThat(Values.shortenArgument("/short.csv")).isEqualTo("/short.csv");
    }

    @Test
    void messagesShowTheEndOfALongFileLocation() {
        String path = "/very/long/ci/workspace/" + "folder/".repeat(15) + "secret.txt";
        String text = Messages.get().format(java.util.Locale.ENGLISH,
                "no.such.key", path);
        assertThat(text).contains("secret.txt");
    }
}
