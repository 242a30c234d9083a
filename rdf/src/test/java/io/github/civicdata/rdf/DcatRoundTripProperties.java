package io.github.civicdata.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Severity;
import io.github.civicdata.metadata.BilingualText;
import io.github.civicdata.metadata.DatasetRecord;
import io.github.civicdata.metadata.Distribution;
import io.github.civicdata.metadata.LocalGovernmentCode;
import io.github.civicdata.metadata.Publisher;
import io.github.civicdata.metadata.testing.RecordArbitraries;
import io.github.civicdata.metadata.RecordReadResult;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Records ↔ DCAT is lossless both ways, in every format, and what is written conforms to the shapes. */
class DcatRoundTripProperties {

    private static final DcatReader READER = DcatReader.builder().build();

    @Provide
    Arbitrary<DatasetRecord> records() {
        return RecordArbitraries.records();
    }

    @Property
    void turtleRoundTrip(@ForAll("records") DatasetRecord record) {
        roundTrip(record, DcatFormat.TURTLE);
    }

    @Property
    void jsonLdRoundTrip(@ForAll("records") DatasetRecord record) {
        roundTrip(record, DcatFormat.JSON_LD);
    }

    @Property
    void rdfXmlRoundTrip(@ForAll("records") DatasetRecord record) {
        roundTrip(record, DcatFormat.RDF_XML);
    }

    /** A download URL with dot segments: RDF/XML parsers resolve them, so records keep URLs without them. */
    @Example
    void dotSegmentsInUrlsSurviveEveryFormat() {
        DatasetRecord record = DatasetRecord.builder("a", BilingualText.of("あ"),
                        Publisher.of(LocalGovernmentCode.parse("010006")))
                .distribution(Distribution.builder("CSV")
                        .downloadUrl(URI.create("https://www.city.example.lg.jp/../ea1"))
                        .accessUrl(URI.create("https://www.city.example.lg.jp/a/./b/../c")).build())
                .build();
        assertThat(record.distributions().get(0).downloadUrl())
                .contains(URI.create("https://www.city.example.lg.jp/ea1"));
        for (DcatFormat f : DcatFormat.values()) {
            roundTrip(record, f);
        }
    }

    private static void roundTrip(DatasetRecord record, DcatFormat format) {
        DcatWriter writer = DcatWriter.builder().format(format).build();
        String text = writer.write(record);
        RecordReadResult r = READER.read(text.getBytes(StandardCharsets.UTF_8), "generated." + format.extension(),
                format);
        assertThat(r.findings()).as(text).extracting(Finding::severity).doesNotContain(Severity.ERROR, Severity.WARNING);
        assertThat(r.findings()).as(text).isEmpty();
        assertThat(r.record()).as(text).contains(record);
    }
}
