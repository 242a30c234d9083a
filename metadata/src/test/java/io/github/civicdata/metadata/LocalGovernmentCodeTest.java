package io.github.civicdata.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LocalGovernmentCodeTest {

    @Test
    void workedExamplesOfTheOfficialFormula() {
        assertThat(LocalGovernmentCode.parse("01100").value()).isEqualTo("011002"); // 札幌市
        assertThat(LocalGovernmentCode.parse("13101").value()).isEqualTo("131016"); // 千代田区
        assertThat(LocalGovernmentCode.parse("09201").value()).isEqualTo("092011"); // 宇都宮市: remainder 0 gives 1
        assertThat(LocalGovernmentCode.checkDigit("01000")).isEqualTo(6); // 北海道 010006
    }

    @Test
    void everyRealCodeHasAValidCheckDigit() throws Exception {
        int n = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("lgcodes.csv"), StandardCharsets.UTF_8))) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                String code = line.substring(0, line.indexOf(','));
                assertThat(new LocalGovernmentCode(code).hasValidCheckDigit()).as(line).isTrue();
                n++;
            }
        }
        assertThat(n).isEqualTo(1916 + 47);
    }

    @Test
    void wrongDigitIsRepresentableButDetected() {
        LocalGovernmentCode typo = new LocalGovernmentCode("131010");
        assertThat(typo.hasValidCheckDigit()).isFalse();
        assertThat(typo.withCorrectCheckDigit().value()).isEqualTo("131016");
        assertThat(typo.prefectureCode()).isEqualTo("13");
        assertThat(new LocalGovernmentCode("130001").isPrefecture()).isTrue();
    }

    @Test
    void rejectsMalformedCodes() {
        for (String bad : List.of("", "1310", "1310161", "13101a", "１３１０１６", " 131016")) {
            assertThatThrownBy(() -> new LocalGovernmentCode(bad)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> LocalGovernmentCode.parse("abc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void parsingFiveDigitsAlwaysGivesAValidCode(@ForAll @IntRange(min = 0, max = 99999) int five) {
        LocalGovernmentCode c = LocalGovernmentCode.parse(String.format("%05d", five));
        assertThat(c.hasValidCheckDigit()).isTrue();
        assertThat(c.withCorrectCheckDigit()).isEqualTo(c);
    }

    @Property
    void exactlyOneSixthDigitIsValid(@ForAll @IntRange(min = 0, max = 99999) int five) {
        String f = String.format("%05d", five);
        long valid = java.util.stream.IntStream.range(0, 10)
                .filter(d -> new LocalGovernmentCode(f + d).hasValidCheckDigit()).count();
        assertThat(valid).isEqualTo(1);
    }
}
