package io.github.civicdata.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.metadata.testing.RecordArbitraries;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MetadataJsonProperties {

    private static final RecordReader READER = MetadataJson.reader().checks(RecordChecks.standard()).build();

    @Provide
    Arbitrary<DatasetRecord> records() {
        return RecordArbitraries.records();
    }

    @Property
    void jsonRoundTripIsLossless(@ForAll("records") DatasetRecord record) {
        String json = MetadataJson.write(record);
        RecordReadResult r = READER.read(json.getBytes(StandardCharsets.UTF_8), "generated.json");
        assertThat(r.findings()).noneMatch(f -> f.ruleId().equals(MetadataRules.SCHEMA)
                || f.ruleId().equals(MetadataRules.INVALID_VALUE) || f.ruleId().equals(MetadataRules.JSON_SYNTAX));
        assertThat(r.record()).contains(record);
        assertThat(MetadataJson.write(r.record().orElseThrow())).isEqualTo(json);
    }

    @Property
    void readerNeverThrowsOnArbitraryBytes(@ForAll byte[] bytes) {
        RecordReadResult r = READER.read(bytes, "random.json");
        assertThat(r.source()).isEqualTo("random.json");
        if (r.records().isEmpty()) {
            assertThat(r.findings()).isNotEmpty();
        }
    }

    @Provide
    Arbitrary<String> mutatedJson() {
        return RecordArbitraries.records().map(MetadataJson::write).flatMap(json ->
                Arbitraries.integers().between(0, json.length() - 1).flatMap(pos ->
                        Arbitraries.of("", "\"", "{", "]", ",", "null", "1", "\\", "\u0000", "true")
                                .map(ins -> json.substring(0, pos) + ins + json.substring(Math.min(json.length(), pos + 1)))));
    }

    @Property
    void readerNeverThrowsOnMutatedRecords(@ForAll("mutatedJson") String json) {
        RecordReadResult r = READER.read(json.getBytes(StandardCharsets.UTF_8), "mutated.json");
        if (r.records().isEmpty()) {
            assertThat(r.findings()).isNotEmpty();
        }
        for (Finding f : r.findings()) {
            assertThat(io.github.civicdata.core.Messages.get().contains(f.messageKey())).as(f.messageKey()).isTrue();
        }
    }
}
