package io.github.civicdata.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.metadata.testing.RecordArbitraries;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Records → 06 → records loses nothing the 06 layout holds: every mapped field reads back equal,
 * and writing what was read gives the same file (so the unmapped columns' extras survive too).
 */
class OpenDataListProperties {

    @Provide
    Arbitrary<DatasetRecord> records() {
        return RecordArbitraries.records();
    }

    @Property(tries = 300)
    void roundTripKeepsWhatTheLayoutHolds(@ForAll("records") DatasetRecord generated) {
        DatasetRecord r = generated.withoutInventory();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Finding> lost = OpenDataList.write(List.of(r), out);
        Statistics.label("fields not written").collect(lost.size() > 3 ? "4+" : String.valueOf(lost.size()));
        String csv = out.toString(StandardCharsets.UTF_8);
        RecordReadResult back = OpenDataList.reader().build().read(out.toByteArray(), "06.csv");
        assertThat(back.findings()).as(csv).isEmpty();
        assertThat(back.records()).as(csv).hasSize(1);
        DatasetRecord b = back.records().get(0);
        assertThat(b.identifier()).isEqualTo(r.identifier());
        assertThat(b.title().ja()).isEqualTo(r.title().ja());
        assertThat(b.description().map(BilingualText::ja)).isEqualTo(r.description().map(BilingualText::ja));
        assertThat(b.publisher()).isEqualTo(r.publisher());
        assertThat(b.keywords()).isEqualTo(r.keywords().stream().filter(k -> !k.contains(";")).toList());
        assertThat(b.themes()).isEqualTo(r.themes());
        assertThat(b.license()).isEqualTo(r.license());
        assertThat(b.issued()).isEqualTo(r.issued());
        assertThat(b.modified()).isEqualTo(r.modified());
        assertThat(b.accrualPeriodicity()).isEqualTo(r.accrualPeriodicity());
        assertThat(b.spatial()).isEqualTo(r.spatial());
        assertThat(b.temporal()).isEqualTo(r.temporal());
        assertThat(b.conformsTo()).isEqualTo(r.conformsTo());
        assertThat(b.landingPage()).isEqualTo(r.landingPage());
        assertThat(b.contactPoint()).isEqualTo(r.contactPoint());
        assertThat(b.distributions()).hasSameSizeAs(r.distributions());
        for (int i = 0; i < r.distributions().size(); i++) {
            Distribution x = r.distributions().get(i);
            Distribution y = b.distributions().get(i);
            assertThat(y).isEqualTo(new Distribution(x.title(), x.description(), x.format(), java.util.Optional.empty(),
                    x.downloadUrl(), x.accessUrl(), x.byteSize(), java.util.Optional.empty(), java.util.Optional.empty(),
                    java.util.Optional.empty()));
        }
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        OpenDataList.write(back.records(), again);
        assertThat(again.toString(StandardCharsets.UTF_8)).isEqualTo(csv);
    }
}
