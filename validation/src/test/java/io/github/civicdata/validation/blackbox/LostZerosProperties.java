package io.github.civicdata.validation.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Report;
import io.github.civicdata.validation.Validator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Lost leading zeros (L3-06) as properties over generated tables: in a zero-padded code column
 * and in a phone column, exactly the values that lost their zeros are reported, each with the
 * original value as the suggestion (putting the zeros back restores it, never another value);
 * a column where nothing was lost gets no finding; and validating the file with every suggestion
 * applied gives no L3-06 finding.
 */
class LostZerosProperties {

    private static final Validator V = Validator.builder().detectTemplate(false).maxFindingsPerColumn(0).build();

    @Property(tries = 200)
    void exactlyTheStrippedValuesAreReportedWithTheirOriginal(@ForAll long seed,
            @ForAll @IntRange(min = 2, max = 6) int width, @ForAll @IntRange(min = 8, max = 60) int rows) {
        Random r = new Random(seed);
        List<String> codes = new ArrayList<>();
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String code;
            do {
                code = String.format("%0" + width + "d", r.nextInt((int) Math.pow(10, width)));
            } while (code.chars().allMatch(c -> c == '0'));
            codes.add(i == 0 ? "0" + code.substring(1).replace('0', '1') : code); // one zero-led code up front
            phones.add("0" + (1 + r.nextInt(9)) + String.format("%08d", r.nextInt(100_000_000)));
        }
        // strip the zeros of at most one value in ten, never the first row's
        Map<Integer, String> strippedCodes = new HashMap<>();
        Map<Integer, String> strippedPhones = new HashMap<>();
        for (int i = 1; i < rows; i++) {
            if (r.nextInt(10) == 0 && codes.get(i).startsWith("0") && strippedCodes.size() * 10 < rows / 2) {
                strippedCodes.put(i, codes.get(i));
                codes.set(i, codes.get(i).replaceFirst("^0+", ""));
            }
            if (r.nextInt(10) == 0) {
                strippedPhones.put(i, phones.get(i));
                phones.set(i, phones.get(i).substring(1));
            }
        }
        Statistics.label("stripped codes").collect(strippedCodes.size());
        Report report = validate(codes, phones);
        Map<Long, String> reportedCodes = new HashMap<>();
        Map<Long, String> reportedPhones = new HashMap<>();
        for (Finding f : report.findings()) {
            assertThat(f.ruleId()).as(f.toString()).isEqualTo("L3-06");
            assertThat(f.suggestion()).as(f.toString()).isPresent();
            long row = f.location().row().orElseThrow();
            if (f.location().header().orElseThrow().equals("署コード")) {
                reportedCodes.put(row, f.suggestion().orElseThrow());
            } else {
                reportedPhones.put(row, f.suggestion().orElseThrow());
            }
        }
        Map<Long, String> expectedCodes = new HashMap<>();
        strippedCodes.forEach((i, v) -> expectedCodes.put(i + 1L, v));
        Map<Long, String> expectedPhones = new HashMap<>();
        strippedPhones.forEach((i, v) -> expectedPhones.put(i + 1L, v));
        assertThat(reportedCodes).isEqualTo(expectedCodes);
        assertThat(reportedPhones).isEqualTo(expectedPhones);
        // the suggestions applied, the file is clean
        strippedCodes.forEach(codes::set);
        strippedPhones.forEach(phones::set);
        assertThat(validate(codes, phones).findings()).isEmpty();
    }

    private static Report validate(List<String> codes, List<String> phones) {
        StringBuilder sb = new StringBuilder("名称,署コード,電話番号\r\n");
        for (int i = 0; i < codes.size(); i++) {
            sb.append("施設").append(i + 1).append(',').append(codes.get(i)).append(',').append(phones.get(i)).append("\r\n");
        }
        return V.validate(new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8)), "t.csv");
    }
}
