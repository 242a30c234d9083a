package io.github.civicdata.validation.csvw;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Severity;
import io.github.civicdata.validation.Validator;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public API on local files: locating metadata, user metadata, limits and hostile metadata. */
class CsvwProcessorTest {

    @TempDir
    Path dir;

    private final CsvwProcessor csvw = CsvwProcessor.builder().build();

    private static List<String> keys(CsvwResult r) {
        List<String> out = new ArrayList<>();
        for (Finding f : r.report().findings()) {
            out.add(f.severity().id() + ":" + f.messageKey());
        }
        return out;
    }

    @Test
    void aCsvWithoutMetadataIsReadWithItsHeader() throws Exception {
        Path csv = Files.writeString(dir.resolve("a.csv"), "名称,人数\n市役所,10\n");
        List<RdfTriple> triples = new ArrayList<>();
        CsvwResult r = csvw.toRdf(CsvwInput.tabular(csv), triples::add);
        assertThat(r.completed()).isTrue();
        assertThat(r.rows()).isEqualTo(1);
        assertThat(triples).extracting(RdfTriple::toNTriples)
                .anyMatch(t -> t.endsWith("a.csv#%E4%BA%BA%E6%95%B0> \"10\" ."));
    }

    @Test
    void fileMetadataWinsOverDirectoryMetadataAndMetadataAboutOtherFilesIsSkippedWithAWarning() throws Exception {
        Path csv = Files.writeString(dir.resolve("a.csv"), "x\n1\n");
        Files.writeString(dir.resolve("a.csv-metadata.json"), "{\"@context\": \"http://www.w3.org/ns/csvw\", "
                + "\"url\": \"other.csv\"}");
        Files.writeString(dir.resolve("csv-metadata.json"), "{\"@context\": \"http://www.w3.org/ns/csvw\", "
                + "\"url\": \"a.csv\", \"tableSchema\": {\"columns\": [{\"titles\": \"x\", \"datatype\": \"integer\"}]}}");
        CsvwResult r = csvw.validate(CsvwInput.tabular(csv));
        assertThat(keys(r)).containsExactly("warning:csvw.metadata.location.not-describing");
        Files.writeString(csv, "x\none\n");
        assertThat(keys(csvw.validate(CsvwInput.tabular(csv)))).contains("error:csvw.datatype.value");
    }

    @Test
    void userMetadataAboutAnotherFileIsNotedOrAppliedOnRequest() throws Exception {
        Path csv = Files.writeString(dir.resolve("city.csv"), "x\nabc\n");
        Files.writeString(dir.resolve("template.csv"), "x\n1\n");
        Path meta = Files.writeString(dir.resolve("template.json"), "{\"@context\": \"http://www.w3.org/ns/csvw\", "
                + "\"url\": \"template.csv\", \"tableSchema\": {\"columns\": [{\"titles\": \"x\", \"datatype\": \"integer\"}]}}");
        CsvwResult spec = csvw.validate(CsvwInput.tabular(csv, meta));
        assertThat(keys(spec)).containsExactly("info:csvw.metadata.location.user");
        CsvwResult applied = csvw.validate(CsvwInput.tabular(csv, meta).applyingToTabular());
        assertThat(keys(applied)).contains("warning:csvw.metadata.location.applied", "error:csvw.datatype.value");
    }

    @Test
    void theDialectEncodingIsUsedAndInvalidBytesAreReported() throws Exception {
        Files.write(dir.resolve("sjis.csv"), "名称\n市役所\n".getBytes(Charset.forName("windows-31j")));
        Path meta = Files.writeString(dir.resolve("sjis.csv-metadata.json"), "{\"@context\": \"http://www.w3.org/ns/csvw\", "
                + "\"url\": \"sjis.csv\", \"dialect\": {\"encoding\": \"shift_jis\"}, "
                + "\"tableSchema\": {\"columns\": [{\"titles\": \"名称\"}]}}");
        assertThat(keys(csvw.validate(CsvwInput.metadata(meta)))).isEmpty();
        Files.writeString(meta, "{\"@context\": \"http://www.w3.org/ns/csvw\", \"url\": \"sjis.csv\"}");
        CsvwResult sjisAsUtf8 = csvw.validate(CsvwInput.metadata(meta));
        assertThat(keys(sjisAsUtf8)).contains("error:csvw.csv.encoding-likely");
        assertThat(sjisAsUtf8.report().findings()).filteredOn(f -> f.messageKey().equals("csvw.csv.encoding-likely"))
                .singleElement().satisfies(f -> assertThat(f.arguments()).contains("shift_jis"));
        // bytes that fit no encoding better: the finding without a guess
        Files.write(dir.resolve("sjis.csv"), new byte[] {'a', '\n', 'b', (byte) 0xFF, 'c', '\n'});
        assertThat(keys(csvw.validate(CsvwInput.metadata(meta)))).contains("error:csvw.csv.encoding")
                .doesNotContain("error:csvw.csv.encoding-likely");
    }

    @Test
    void remoteAndMissingDocumentsAreFindingsNotExceptions() throws Exception {
        Path meta = Files.writeString(dir.resolve("m.json"), "{\"@context\": \"http://www.w3.org/ns/csvw\", "
                + "\"url\": \"missing.csv\", \"tableSchema\": \"https://example.invalid/schema.json\"}");
        CsvwResult r = csvw.validate(CsvwInput.metadata(meta));
        assertThat(keys(r)).contains("error:csvw.remote");
        assertThat(r.completed()).isFalse();
        Files.writeString(meta, "{\"@context\": \"http://www.w3.org/ns/csvw\", \"url\": \"missing.csv\"}");
        assertThat(keys(csvw.validate(CsvwInput.metadata(meta)))).containsExactly("error:csvw.unreadable.not-found");
    }

    @Test
    void hostileMetadataEndsInFindings() throws Exception {
        Path meta = dir.resolve("m.json");
        Files.writeString(meta, "{\"@context\": \"http://www.w3.org/ns/csvw\", \"url\": \"a.csv\", \"url\": \"b.csv\"}");
        assertThat(keys(csvw.validate(CsvwInput.metadata(meta)))).containsExactly("error:csvw.metadata.syntax");
        Files.writeString(meta, "{\"dc:x\": " + "[".repeat(500) + "]".repeat(500) + "}");
        assertThat(keys(csvw.validate(CsvwInput.metadata(meta)))).containsExactly("error:csvw.metadata.syntax");
        Files.writeString(meta, "[1, 2]");
        assertThat(keys(csvw.validate(CsvwInput.metadata(meta)))).containsExactly("error:csvw.metadata.syntax.not-object");
    }

    @Test
    void aLengthBeyondWhatCanBeCheckedIsIgnoredWithAWarningThatSaysSo() throws Exception {
        Files.writeString(dir.resolve("a.csv"), "name\nx\n");
        Path meta = Files.writeString(dir.resolve("m.json"), "{\"@context\": \"http://www.w3.org/ns/csvw\", "
                + "\"url\": \"a.csv\", \"tableSchema\": {\"columns\": [{\"titles\": \"name\", "
                + "\"datatype\": {\"base\": \"string\", \"maxLength\": 99999999999999999999, \"minLength\": -1}}]}}");
        CsvwResult r = csvw.validate(CsvwInput.metadata(meta));
        assertThat(keys(r)).containsExactlyInAnyOrder("warning:csvw.metadata.property.too-large",
                "warning:csvw.metadata.property.non-negative");
        assertThat(r.report().findings()).filteredOn(f -> f.messageKey().endsWith("too-large")).singleElement()
                .satisfies(f -> assertThat(f.location().pointer()).hasValue("/tableSchema/columns/0/datatype/maxLength"));
    }

    @Test
    void aCatastrophicPatternIsStoppedOnEachCell() throws Exception {
        Files.writeString(dir.resolve("p.csv"), "x\n" + "a".repeat(30) + "!\n");
        Path meta = Files.writeString(dir.resolve("p.json"), "{\"@context\": \"http://www.w3.org/ns/csvw\", "
                + "\"url\": \"p.csv\", \"tableSchema\": {\"columns\": [{\"titles\": \"x\", "
                + "\"datatype\": {\"base\": \"string\", \"format\": \"(.*a){12}$\"}}]}}");
        long start = System.nanoTime();
        assertThat(keys(csvw.validate(CsvwInput.metadata(meta)))).containsExactly("error:csvw.datatype.pattern-budget");
        assertThat((System.nanoTime() - start) / 1_000_000_000.0).isLessThan(20);
    }

    @Test
    void foreignKeysAcrossTablesWithACompanionFile() throws Exception {
        Files.writeString(dir.resolve("facilities.csv"), "施設_ID,名称\nF1,市民会館\nF2,図書館\n");
        Files.writeString(dir.resolve("opening.csv"), "施設_ID,曜日\nF1,月\nF3,火\n");
        Path meta = Files.writeString(dir.resolve("group.json"), """
                {"@context": "http://www.w3.org/ns/csvw",
                 "tables": [
                   {"url": "facilities.csv", "tableSchema": {"columns": [{"name": "id", "titles": "施設_ID"},
                     {"name": "name", "titles": "名称"}], "primaryKey": "id"}},
                   {"url": "opening.csv", "tableSchema": {"columns": [{"name": "facility", "titles": "施設_ID"},
                     {"name": "day", "titles": "曜日"}], "primaryKey": ["facility", "day"],
                     "foreignKeys": [{"columnReference": "facility",
                       "reference": {"resource": "facilities.csv", "columnReference": "id"}}]}}]}
                """);
        CsvwResult r = csvw.validate(CsvwInput.metadata(meta));
        assertThat(keys(r)).containsExactly("error:csvw.foreign-key.missing");
        Finding f = r.report().findings().get(0);
        assertThat(f.location().source()).endsWith("opening.csv");
        assertThat(f.location().row()).hasValue(2);
        assertThat(f.value()).contains("F3");
        assertThat(r.tables()).isEqualTo(2);
    }

    @Test
    void theJsonConversionStreamsRows() throws Exception {
        Path csv = Files.writeString(dir.resolve("a.csv"), "x\n1\n2\n");
        StringWriter w = new StringWriter();
        CsvwResult r = CsvwProcessor.builder().minimal(true).build().toJson(CsvwInput.tabular(csv), w);
        assertThat(r.completed()).isTrue();
        assertThat(w.toString().replaceAll("\\s", "")).isEqualTo("[{\"x\":\"1\"},{\"x\":\"2\"}]");
    }

    @Test
    void anInternalErrorWouldBeAFindingNotAnException() {
        CsvwResolver broken = new CsvwResolver() {
            @Override
            public boolean fetches(String url) {
                return true;
            }

            @Override
            public java.util.Optional<CsvwResource> resolve(String url) {
                throw new IllegalStateException("bug");
            }
        };
        CsvwResult r = CsvwProcessor.builder().resolver(broken).build()
                .validate(new CsvwInput(java.util.Optional.of("http://example.org/a.csv"), java.util.Optional.empty(),
                        false));
        assertThat(r.report().countsByRule()).containsKey(Validator.INTERNAL_ERROR);
        assertThat(r.report().count(Severity.ERROR)).isEqualTo(1);
    }
}
