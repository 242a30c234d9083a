package io.github.civicdata.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Messages;
import io.github.civicdata.core.Severity;
import io.github.civicdata.metadata.Catalog;
import io.github.civicdata.metadata.DatasetRecord;
import io.github.civicdata.metadata.MetadataJson;
import io.github.civicdata.metadata.MetadataRules;
import io.github.civicdata.metadata.RecordReadResult;
import io.github.civicdata.core.testing.StderrCapture;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9 reproducers of the DCAT reader, by case name, and the classes of input they stand for. */
class DcatReliabilityTest {

    private static final DcatReader READER = DcatReader.builder().build();
    private static final String PREFIXES = "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n"
            + "@prefix dct: <http://purl.org/dc/terms/> .\n@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n";

    static byte[] resource(String name) throws IOException {
        try (InputStream in = DcatReliabilityTest.class.getResourceAsStream("/reliability/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    /** Reads and checks what every hostile input must give: no record, findings, nothing printed. */
    private static RecordReadResult refused(DcatReader reader, byte[] content, String name) {
        StderrCapture.Captured<RecordReadResult> c = StderrCapture.run(() -> reader.read(content, name));
        assertThat(c.printed()).as("printed while reading " + name).isEmpty();
        RecordReadResult r = c.value();
        assertThat(r.records()).isEmpty();
        assertThat(r.findings()).anyMatch(f -> f.severity() == Severity.ERROR);
        assertThat(r.findings()).extracting(Finding::ruleId).doesNotContain(MetadataRules.INTERNAL_ERROR);
        return r;
    }

    private static RecordReadResult refused(byte[] content, String name) {
        return refused(READER, content, name);
    }

    private static Finding only(RecordReadResult r) {
        assertThat(r.findings()).hasSize(1);
        return r.findings().get(0);
    }

    private static String english(Finding f) {
        return Messages.get().format(Locale.ENGLISH, f.messageKey(), f.arguments());
    }

    @Test
    void c2_stackoverflow_turtle_bnode_2000() throws IOException {
        Finding f = only(refused(resource("c2-stackoverflow-turtle-bnode-2000.ttl"), "c2.ttl"));
        assertThat(f.messageKey()).isEqualTo("metadata.rdf-syntax.too-deep");
        assertThat(f.arguments()).containsExactly(2000, 64);
        assertThat(f.location().line()).hasValue(3);
        assertThat(english(f)).contains("2,000", "64", "--max-nesting-depth", "maxNestingDepth");
    }

    @Test
    void c2_stackoverflow_jsonld_array_4000() throws IOException {
        Finding f = only(refused(resource("c2-stackoverflow-jsonld-array-4000.jsonld"), "c2.jsonld"));
        assertThat(f.messageKey()).isEqualTo("metadata.rdf-syntax.too-deep");
        assertThat(f.arguments()).containsExactly(4001, 64);
        assertThat(f.location().line()).hasValue(1);
    }

    @Test
    void c2_stacktrace_truncated_doctype() throws IOException {
        Finding f = only(refused(resource("c2-stacktrace-truncated-doctype.rdf"), "c2.rdf"));
        assertThat(f.messageKey()).isEqualTo("metadata.rdf-syntax.doctype-unterminated");
        assertThat(f.location().line()).hasValue(2);
    }

    @Test
    void c2_turtle_invalid_utf8_accepted() throws IOException {
        Finding f = only(refused(resource("c2-turtle-invalid-utf8-accepted.ttl"), "c2.ttl"));
        assertThat(f.messageKey()).isEqualTo("metadata.rdf-syntax.invalid-bytes");
        assertThat(f.location().byteOffset()).hasValue(1052);
        assertThat(f.location().line()).hasValue(21);
        assertThat(english(f)).contains("UTF-8", "1,052", "line 21");
    }

    @Test
    void c2_jsonld_invalid_utf8_accepted() throws IOException {
        Finding f = only(refused(resource("c2-jsonld-invalid-utf8-accepted.jsonld"), "c2.jsonld"));
        assertThat(f.messageKey()).isEqualTo("metadata.rdf-syntax.invalid-bytes");
        assertThat(f.location().byteOffset()).hasValue(1160);
        assertThat(f.location().line()).hasValue(38);
    }

    /** c2-catalog-one-bad-file-stops-everything.sh: the example catalogue plus each bad file still loads. */
    @Test
    void c2_catalog_one_bad_file_stops_everything(@TempDir Path dir) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "examples", "data", "catalog"))) {
            for (Path p : files.toList()) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
        }
        List<String> good = load(dir).records().stream().map(DatasetRecord::identifier).toList();
        assertThat(good).hasSizeGreaterThan(8);
        for (String bad : List.of("c2-stackoverflow-turtle-bnode-2000.ttl", "c2-internal-error-number-1e400.json",
                "c2-stackoverflow-jsonld-array-4000.jsonld", "c2-stacktrace-truncated-doctype.rdf",
                "c2-turtle-invalid-utf8-accepted.ttl")) {
            Path copy = dir.resolve("zz-" + bad);
            Files.write(copy, resource(bad));
            StderrCapture.Captured<Catalog> c = StderrCapture.run(() -> {
                try {
                    return load(dir);
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            });
            assertThat(c.printed()).as(bad).isEmpty();
            assertThat(c.value().records()).extracting(DatasetRecord::identifier).as(bad).containsExactlyElementsOf(good);
            assertThat(c.value().report().findings()).as(bad)
                    .anyMatch(f -> f.location().source().equals(copy.toString()) && f.severity() == Severity.ERROR)
                    .noneMatch(f -> f.ruleId().equals(MetadataRules.INTERNAL_ERROR));
            Files.delete(copy);
        }
    }

    private static Catalog load(Path dir) throws IOException {
        return Catalog.builder().reader(MetadataJson.reader().build()).reader(DcatReader.builder().build()).load(dir);
    }

    @Test
    void nestingUpToTheLimitIsReadInEveryFormatOneMoreIsRefused() {
        DcatReader limit5 = DcatReader.builder().maxNestingDepth(5).build();
        for (int depth : new int[] {5, 6}) {
            String ttl = PREFIXES + "<https://example.org/d> a dcat:Dataset ; dct:description " + "[ dct:description ".repeat(depth - 1)
                    + "[ ]" + " ]".repeat(depth - 1) + " .";
            String jsonld = "{\"@id\": \"https://example.org/d\", \"https://example.org/p\": " + "{\"https://example.org/p\": ".repeat(depth - 2) + "[1]" + "}".repeat(depth - 2) + "}";
            String xml = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:p=\"https://example.org/p#\">"
                    + "<rdf:Description rdf:about=\"https://example.org/d\">" + "<p:p><rdf:Description>".repeat((depth - 2) / 2)
                    + ((depth - 2) % 2 == 1 ? "<p:p>x</p:p>" : "") + "</rdf:Description></p:p>".repeat((depth - 2) / 2)
                    + "</rdf:Description></rdf:RDF>";
            for (String[] doc : new String[][] {{ttl, "d.ttl"}, {jsonld, "d.jsonld"}, {xml, "d.rdf"}}) {
                RecordReadResult r = limit5.read(doc[0].getBytes(StandardCharsets.UTF_8), doc[1]);
                if (depth == 5) {
                    assertThat(r.findings()).as(doc[1]).noneMatch(f -> f.ruleId().equals(MetadataRules.RDF_SYNTAX));
                } else {
                    assertThat(r.findings()).as(doc[1]).extracting(Finding::messageKey)
                            .containsExactly("metadata.rdf-syntax.too-deep");
                    assertThat(r.findings().get(0).arguments()).as(doc[1]).containsExactly(6, 5);
                }
            }
        }
    }

    /** The last line of defence: a limit set so high that the parser's recursion exhausts a small stack. */
    @Test
    void aStackOverflowInTheParserIsAFinding() throws Exception {
        DcatReader careless = DcatReader.builder().maxNestingDepth(1_000_000).build();
        byte[] deep = (PREFIXES + "<https://example.org/s> <https://example.org/p> " + "[ <https://example.org/p> ".repeat(20_000) + "1" + " ]".repeat(20_000) + " .")
                .getBytes(StandardCharsets.UTF_8);
        AtomicReference<RecordReadResult> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> result.set(careless.read(deep, "deep.ttl")), "small-stack", 256 * 1024);
        t.start();
        t.join();
        assertThat(result.get()).isNotNull();
        assertThat(result.get().findings()).extracting(Finding::messageKey).containsExactly("metadata.rdf-syntax.stack");
    }

    @Test
    void longNumericDateAndDurationLiteralsAreRefusedInEveryFormat() {
        String digits = "1".repeat(5000);
        List<String[]> docs = List.of(
                new String[] {PREFIXES + "<https://example.org/s> <https://example.org/p> " + digits + " .", "xsd:integer", "a.ttl"},
                new String[] {PREFIXES + "<https://example.org/s> <https://example.org/p> \"" + digits + "\"^^xsd:decimal .", "xsd:decimal", "b.ttl"},
                new String[] {PREFIXES + "<https://example.org/s> <https://example.org/p> \"" + digits + "-01-01\"^^xsd:date .", "xsd:date", "c.ttl"},
                new String[] {"{\"@id\": \"https://example.org/s\", \"https://example.org/p\": {\"@value\": \"" + digits
                        + "\", \"@type\": \"http://www.w3.org/2001/XMLSchema#integer\"}}", "xsd:integer", "d.jsonld"},
                new String[] {"<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:p=\"https://example.org/p#\">"
                        + "<rdf:Description rdf:about=\"https://example.org/s\"><p:p rdf:datatype=\"http://www.w3.org/2001/XMLSchema#gYear\">"
                        + digits + "</p:p></rdf:Description></rdf:RDF>", "xsd:gYear", "e.rdf"});
        for (String[] d : docs) {
            Finding f = only(refused(d[0].getBytes(StandardCharsets.UTF_8), d[2]));
            assertThat(f.messageKey()).as(d[2]).isEqualTo("metadata.rdf-syntax.literal-too-long");
            assertThat(f.arguments()).as(d[2]).containsExactly(d[1], d[1].equals("xsd:date") ? 5006 : 5000, 1000);
            assertThat(f.location().line()).as(d[2]).isPresent();
        }
        Finding n = only(refused(("{\"@id\": \"https://example.org/s\", \"https://example.org/p\": " + digits + "}").getBytes(StandardCharsets.UTF_8),
                "f.jsonld"));
        assertThat(n.messageKey()).isEqualTo("metadata.rdf-syntax.number-too-long");
        String longText = PREFIXES + "<https://example.org/s> <https://example.org/p> \"" + digits + "\" .";
        assertThat(READER.read(longText.getBytes(StandardCharsets.UTF_8), "g.ttl").findings())
                .noneMatch(f -> f.ruleId().equals(MetadataRules.RDF_SYNTAX));
    }

    @Test
    void jsonLdDuplicateMembersAreRefusedWithBothLines() {
        String doc = "{\n  \"@id\": \"urn:a\",\n  \"http://purl.org/dc/terms/title\": \"x\",\n  \"@id\": \"urn:b\"\n}";
        Finding f = only(refused(doc.getBytes(StandardCharsets.UTF_8), "dup.jsonld"));
        assertThat(f.messageKey()).isEqualTo("metadata.rdf-syntax.duplicate");
        assertThat(f.arguments()).containsExactly("@id", 2L, 4L);
        assertThat(f.location().pointer()).contains("/@id");
    }

    @Test
    void jsonLdProcessorWarningsAreFindingsNotPrinted() {
        String doc = "{\"@id\": \"https://example.org/a\", \"@tyhe\": \"https://example.org/t\", \"https://example.org/p\": \"x\"}";
        StderrCapture.Captured<RecordReadResult> c = StderrCapture.run(
                () -> READER.read(doc.getBytes(StandardCharsets.UTF_8), "w.jsonld"));
        assertThat(c.printed()).isEmpty();
        assertThat(c.value().findings()).anyMatch(f -> f.ruleId().equals(MetadataRules.RDF_SYNTAX)
                && f.severity() == Severity.WARNING && english(f).contains("@tyhe"));
    }

    /** Found by DcatReaderProperties: Jena logged "named graph data ignored" on stderr; now a warning finding. */
    @Test
    void namedGraphStatementsAreAWarningNotALogLine() {
        String doc = "{\"@id\": \"https://example.org/g\", \"@graph\": [{\"@id\": \"https://example.org/a\","
                + " \"https://example.org/p\": \"x\"}]}";
        StderrCapture.Captured<RecordReadResult> c = StderrCapture.run(
                () -> READER.read(doc.getBytes(StandardCharsets.UTF_8), "g.jsonld"));
        assertThat(c.printed()).isEmpty();
        assertThat(c.value().findings()).anySatisfy(f -> {
            assertThat(f.messageKey()).isEqualTo("metadata.rdf-syntax.named-graph");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.arguments()).containsExactly(1L);
        });
    }

    /**
     * Found by the long DcatReaderProperties run: Turtle ending in "^^" made Jena 5.6 throw
     * IllegalFormatCodePointException (formatting its own error message), and a number in a JSON-LD
     * {@code @context} made Jena log "Unexpected problem while extracting prefixes" on stderr.
     */
    @Test
    void parserBugsOnBrokenInputAreSyntaxFindingsAndPrintNothing() {
        Finding f = only(refused((PREFIXES + "<https://example.org/s> <https://example.org/p> \"1\"^^")
                .getBytes(StandardCharsets.UTF_8), "cut.ttl"));
        assertThat(f.ruleId()).isEqualTo(MetadataRules.RDF_SYNTAX);
        String jsonld = "{\"@context\": {\"dct\": 1111, \"x\": [2222]}, \"@id\": \"https://example.org/d\","
                + " \"http://purl.org/dc/terms/title\": \"t\"}";
        StderrCapture.Captured<RecordReadResult> c = StderrCapture.run(
                () -> READER.read(jsonld.getBytes(StandardCharsets.UTF_8), "ctx.jsonld"));
        assertThat(c.printed()).isEmpty();
        assertThat(c.value().findings()).anyMatch(x -> x.ruleId().equals(MetadataRules.RDF_SYNTAX))
                .noneMatch(x -> x.ruleId().equals(MetadataRules.INTERNAL_ERROR));
    }

    /** Every prefix of an RDF/XML file with a DOCTYPE: the JDK parser must never get to print. */
    @Test
    void everyTruncationOfAnXmlFileWithADoctypeGivesAFindingAndPrintsNothing() {
        byte[] xml = ("<?xml version=\"1.0\"?>\n<!-- a ]> comment -->\n<!DOCTYPE rdf:RDF [\n"
                + "  <!ENTITY dct \"http://purl.org/dc/terms/\">\n  <!-- ]> -->\n  <?pi ]> ?>\n"
                + "  <!ENTITY % pe \"<!ENTITY x 'y'>\">\n  %pe;\n  <!ATTLIST a b CDATA \"]>\">\n]>\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:dct=\"&dct;\">"
                + "<rdf:Description rdf:about=\"urn:x\"><dct:title>&x;</dct:title></rdf:Description></rdf:RDF>\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(READER.read(xml, "full.rdf").findings()).noneMatch(f -> f.ruleId().equals(MetadataRules.RDF_SYNTAX));
        List<Integer> printed = new ArrayList<>();
        for (int n = 0; n < xml.length; n++) {
            byte[] prefix = Arrays.copyOf(xml, n);
            StderrCapture.Captured<RecordReadResult> c = StderrCapture.run(() -> READER.read(prefix, "cut.rdf"));
            if (!c.printed().isEmpty()) {
                printed.add(n);
            }
            assertThat(c.value().findings()).as("cut at " + n).isNotEmpty()
                    .noneMatch(f -> f.ruleId().equals(MetadataRules.INTERNAL_ERROR));
        }
        assertThat(printed).as("prefix lengths that printed").isEmpty();
    }

    @Test
    void xmlIsCheckedInTheEncodingItDeclares() {
        String doc = "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:dct=\"http://purl.org/dc/terms/\">"
                + "<rdf:Description rdf:about=\"urn:x\"><dct:title>青葉台市</dct:title></rdf:Description></rdf:RDF>";
        byte[] sjis = doc.getBytes(Charset.forName("Shift_JIS"));
        assertThat(READER.read(sjis, "sjis.rdf").findings()).noneMatch(f -> f.ruleId().equals(MetadataRules.RDF_SYNTAX));
        byte[] broken = sjis.clone();
        int at = doc.indexOf("青") + 2; // the second byte of 青's bytes is 0x90 0xC2 ... replaced by an unmappable lead
        broken[at] = (byte) 0x85;
        broken[at + 1] = (byte) 0x40;
        Finding f = only(refused(broken, "broken.rdf"));
        assertThat(f.messageKey()).startsWith("metadata.rdf-syntax.");
        assertThat(english(f)).contains("Shift_JIS");
        assertThat(f.location().line()).hasValue(2);
    }

    /** Found by DcatReaderProperties: Jena 5.6 throws IllegalFormatConversionException for this tag. */
    @Test
    void aLanguageTagWithATabIsASyntaxFindingNotAnInternalError() {
        String xml = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:dct=\"http://purl.org/dc/terms/\">"
                + "<rdf:Description rdf:about=\"https://example.org/x\"><dct:title xml:lang=\"ja\t\">x</dct:title>"
                + "</rdf:Description></rdf:RDF>";
        Finding f = only(refused(xml.getBytes(StandardCharsets.UTF_8), "tab.rdf"));
        assertThat(f.ruleId()).isEqualTo(MetadataRules.RDF_SYNTAX);
        String ttl = PREFIXES + "<https://example.org/x> dct:title \"x\"@ja- .";
        assertThat(READER.read(ttl.getBytes(StandardCharsets.UTF_8), "tab.ttl").findings())
                .noneMatch(x -> x.ruleId().equals(MetadataRules.INTERNAL_ERROR));
    }

    @Test
    void deepXmlIsRefusedWithItsRealDepth() {
        String xml = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">" + "<a>".repeat(3000)
                + "</a>".repeat(3000) + "</rdf:RDF>";
        Finding f = only(refused(xml.getBytes(StandardCharsets.UTF_8), "deep.rdf"));
        assertThat(f.messageKey()).isEqualTo("metadata.rdf-syntax.too-deep");
        assertThat(f.arguments()).containsExactly(3001, 64);
    }
}
