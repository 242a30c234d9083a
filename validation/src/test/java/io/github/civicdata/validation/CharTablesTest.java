package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The precomputed character tables ({@code chartables.bin}) are exactly what {@link CharClass} and
 * {@link Cells} compute with this JDK's Shift_JIS and CP932 encoders. Regenerate deliberately with
 * {@code -Dgolden.update=true} (then review the diff).
 */
class CharTablesTest {

    private static final Path SOURCE = Path.of("src/main/resources/io/github/civicdata/validation", CharTables.RESOURCE);

    @Test
    void precomputedTablesAreWhatTheClassesCompute() throws Exception {
        byte[] charClass = CharClass.compute();
        int[] asInts = new int[charClass.length];
        for (int i = 0; i < charClass.length; i++) {
            asInts[i] = charClass[i];
        }
        if (Boolean.getBoolean("golden.update")) {
            // Cells.compute() reads CharClass's table: write CharClass's first, then both
            Files.write(SOURCE, CharTables.encode(asInts, Cells.compute()));
        }
        int[][] stored = CharTables.read().orElseThrow(() -> new AssertionError(
                CharTables.RESOURCE + " is missing or damaged; run with -Dgolden.update=true"));
        assertThat(Arrays.equals(stored[0], asInts)).as("CharClass table as computed").isTrue();
        assertThat(Arrays.equals(stored[1], Cells.compute())).as("Cells table as computed").isTrue();
        assertThat(Files.readAllBytes(SOURCE)).isEqualTo(CharTables.encode(stored[0], stored[1]));
        // the table says something: the classes L1-08 reports are present, and ASCII letters are plain
        assertThat(CharClass.of('ｱ')).isEqualTo(CharClass.HALFWIDTH_KANA);
        assertThat(CharClass.of('①')).isEqualTo(CharClass.EXT_SYMBOL);
        assertThat(CharClass.of('髙')).isEqualTo(CharClass.EXT_KANJI);
        assertThat(CharClass.of('a')).isEqualTo(CharClass.OK);
    }

    @Test
    void encodingRoundTripsAndRunsLongerThanAShortAreSplit() {
        int[] t = new int[0x10000];
        t[0x8000] = 7;
        byte[] b = CharTables.encode(t);
        // 0x8000 zeros, one 7, 0x7FFF zeros: three runs of 6 bytes
        assertThat(b).hasSize(18);
    }
}
