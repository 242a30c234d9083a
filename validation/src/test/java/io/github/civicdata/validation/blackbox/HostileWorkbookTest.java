package io.github.civicdata.validation.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Report;
import io.github.civicdata.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The workbooks of issue 9 (copied into {@code hostile/issue9/}, see the README there), each a
 * regression test named after its case: values no longer vanish, parts that cannot be read are
 * findings, nothing hangs, no internal error, nothing printed.
 */
class HostileWorkbookTest {

    private static final Validator VALIDATOR = Validator.builder().build();

    static Path issue9(String name) {
        try {
            return Path.of(HostileWorkbookTest.class.getResource("/hostile/issue9/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> all() throws IOException {
        try (Stream<Path> s = Files.list(issue9("c1-xlsx-baseline.xlsx").getParent())) {
            return s.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
    }

    /** Validates while watching stdout and stderr: nothing may be printed, no internal error. */
    private static Report validate(String name) {
        Printed.Result<Report> r = Printed.by(() -> VALIDATOR.validate(issue9(name)));
        assertThat(r.printed()).as(name).isEmpty();
        assertThat(r.value().findings()).as(name).extracting(Finding::ruleId).doesNotContain(Validator.INTERNAL_ERROR);
        return r.value();
    }

    private static List<String> keysAndLines(Report r) {
        return r.findings().stream().map(f -> f.messageKey() + "@" + f.location().sheet().orElse("") + ":"
                + (f.location().line().isPresent() ? f.location().line().getAsLong() : 0)).toList();
    }

    private static Finding only(Report r, String key) {
        List<Finding> f = r.findings().stream().filter(x -> x.messageKey().equals(key)).toList();
        assertThat(f).as(key).hasSize(1);
        return f.get(0);
    }

    // ------------------------------------------------------------------ item 1: shared strings

    @Test
    void c1SstCount2DefectsPass() {
        // <sst count="2"> with four strings: cells 2 and 3 (ﾃｽﾄ施設, ①②) were read as ""
        Report r = validate("c1-sst-count-2-defects-pass.xlsx");
        assertThat(keysAndLines(r)).containsExactly("L1-08.halfwidth-kana@Sheet1:2", "L1-08@Sheet1:3");
        assertThat(r.conforms()).isFalse();
        assertThat(r.sources().get(0).rows()).hasValue(2);
    }

    @Test
    void c1SstWithoutCountDefectsHidden() {
        Report with = validate("c1-sst-with-count.xlsx");
        Report without = validate("c1-sst-without-count-defects-hidden.xlsx");
        assertThat(keysAndLines(without)).isEqualTo(keysAndLines(with))
                .containsExactly("L1-08.halfwidth-kana@Sheet1:2", "L1-08@Sheet1:3");
    }

    // ------------------------------------------------------------------ item 5: comments and drawing

    private static void commentsRefused(String name) {
        Report r = validate(name);
        Finding f = only(r, "xlsx.unreadable.comments");
        assertThat(f.arguments()).containsExactly(
                "xl/comments1.xml holds a document type declaration (<!DOCTYPE>), which is refused for security");
        assertThat(f.location().sheet()).hasValue("表1");
        // the picture of the same sheet and its cells are still checked; nothing is fetched
        assertThat(r.findings()).extracting(Finding::messageKey).contains("L1-10", "L1-12", "L1-08.halfwidth-kana");
        assertThat(ReportJson.of(r)).doesNotContain("root:");
        assertThat(r.sources().get(0).rows()).hasValue(46);
    }

    private static void drawingRefused(String name) {
        Report r = validate(name);
        Finding f = only(r, "xlsx.unreadable.drawing");
        assertThat(f.arguments()).containsExactly("xl/drawings/drawing1.xml holds a document type declaration "
                + "(<!DOCTYPE>), which is refused for security");
        assertThat(r.findings()).extracting(Finding::messageKey).contains("L1-10.comments", "L1-12")
                .doesNotContain("L1-10");
        assertThat(ReportJson.of(r)).doesNotContain("root:");
    }

    @Test
    void c1L110MissedCommentsDoctypeOnly() {
        commentsRefused("c1-L1-10-missed-comments-doctype-only.xlsx");
    }

    @Test
    void c1L110MissedCommentsPartWithDoctype() {
        commentsRefused("c1-L1-10-missed-comments-part-with-doctype.xlsx");
    }

    @Test
    void c1L110MissedDrawingDoctypeOnly() {
        drawingRefused("c1-L1-10-missed-drawing-doctype-only.xlsx");
    }

    @Test
    void c1L110MissedDrawingPartWithDoctype() {
        drawingRefused("c1-L1-10-missed-drawing-part-with-doctype.xlsx");
    }

    // ------------------------------------------------------------------ item 7: docProps/core.xml

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void c1HangXlsxCorepropsNested40() {
        // POI's package-properties check took minutes; the package properties are no longer read
        Report r = validate("c1-hang-xlsx-coreprops-nested40.xlsx");
        assertThat(r.findings()).extracting(Finding::ruleId).doesNotContain("xlsx.unreadable");
        assertThat(r.sources().get(0).rows()).hasValue(30);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void c1StackoverflowXlsxCorepropsNested8000() {
        Report deep = validate("c1-stackoverflow-xlsx-coreprops-nested8000.xlsx");
        Report shallow = validate("c1-hang-xlsx-coreprops-nested40.xlsx");
        assertThat(keysAndLines(deep)).isEqualTo(keysAndLines(shallow));
    }

    // ------------------------------------------------------------------ item 8: row numbers

    @Test
    void c1InternalErrorRowR0() {
        Report r = validate("c1-internal-error-row-r0.xlsx");
        Finding f = only(r, "xlsx.malformed.row-number");
        assertThat(f.ruleId()).isEqualTo("xlsx.malformed");
        assertThat(f.arguments()).containsExactly(1L, "0", 1L);
        assertThat(f.location().line()).hasValue(1);
        assertThat(r.conforms()).isFalse();
        assertThat(r.sources().get(0).rows()).hasValue(2);
    }

    @Test
    void c1InternalErrorRowNegative() {
        // r="-3", then rows 1 to 3: read as rows 1 to 4, all four counted
        Report r = validate("c1-internal-error-row-negative.xlsx");
        assertThat(only(r, "xlsx.malformed.row-number").arguments()).containsExactly(4L, "-3", 1L);
        assertThat(r.conforms()).isFalse();
    }

    @Test
    void c1InternalErrorLocationPositive() {
        // also: the sheet's relationships are in a misspelt folder, so its drawing links dangle
        Report r = validate("c1-internal-error-location-positive.xlsx");
        assertThat(only(r, "xlsx.malformed.row-number").arguments()).containsExactly(1L, "0", 1L);
        assertThat(r.findings()).filteredOn(f -> f.messageKey().equals("xlsx.unreadable.drawing"))
                .extracting(f -> f.arguments().get(0).toString())
                .containsExactly("xl/worksheets/sheet1.xml names a relationship that is not there: rId1 (<drawing>)",
                        "xl/worksheets/sheet1.xml names a relationship that is not there: rId3 (<legacyDrawing>)");
        assertThat(r.findings()).extracting(Finding::messageKey).contains("L1-12", "L1-13.rows", "L2-06");
    }

    // ------------------------------------------------------------------ item 12: stack traces

    @Test
    void c1StacktraceContenttypesTruncated() {
        // was labelled "document type declaration or XML entities"; it is a truncated part list
        Report r = validate("c1-stacktrace-contenttypes-truncated.xlsx");
        assertThat(r.findings()).extracting(Finding::messageKey).containsExactly("xlsx.unreadable.content-types");
        assertThat(r.findings().get(0).arguments().get(0).toString())
                .startsWith("[Content_Types].xml is not well-formed XML: line 2, column 145: ");
        assertThat(r.sources().get(0).rows()).hasValue(2);
    }

    @Test
    void c1StacktraceRelsDoctype() {
        Report r = validate("c1-stacktrace-rels-doctype.xlsx");
        assertThat(r.findings()).extracting(Finding::messageKey).containsExactly("xlsx.unreadable.entities");
        assertThat(r.findings().get(0).arguments()).containsExactly(
                "_rels/.rels holds a document type declaration (<!DOCTYPE>), which is refused for security");
    }

    @Test
    void xxeSharedstrings() {
        Report r = validate("xxe-sharedstrings.xlsx");
        assertThat(r.findings()).extracting(Finding::messageKey).containsExactly("xlsx.unreadable.entities");
        assertThat(r.findings().get(0).arguments().get(0).toString()).startsWith("xl/sharedStrings.xml holds");
        assertThat(ReportJson.of(r)).doesNotContain("root:");
    }

    @Test
    void c1XlsxBaseline() {
        assertThat(validate("c1-xlsx-baseline.xlsx").findings()).isEmpty();
    }

    // ------------------------------------------------------------------ every case, also as a stream

    @Test
    void everyCaseGivesTheSameReportFromAStream() throws IOException {
        for (Path f : all()) {
            String name = f.getFileName().toString();
            Report fromFile = VALIDATOR.validate(f);
            byte[] bytes = Files.readAllBytes(f);
            Printed.Result<Report> fromStream = Printed.by(() -> VALIDATOR.validate(new ByteArrayInputStream(bytes),
                    f.toString()));
            assertThat(fromStream.printed()).as(name).isEmpty();
            assertThat(ReportJson.of(fromStream.value())).as(name).isEqualTo(ReportJson.of(fromFile));
        }
    }
}
