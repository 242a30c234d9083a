package io.github.civicdata.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Location;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.Severity;
import io.github.civicdata.core.report.ReportFormat;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReportOptionsTest {

    @CommandLine.Command(name = "t")
    static final class Holder {
        @CommandLine.Mixin
        ReportOptions report = new ReportOptions();
    }

    static ReportOptions parse(String... args) {
        Holder h = new Holder();
        CommandLine cl = new CommandLine(h);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.parseArgs(args);
        return h.report;
    }

    static Report warningReport() {
        return Report.builder()
                .add(Finding.builder("x.y", Severity.WARNING).location(Location.of("a.csv")).build())
                .build();
    }

    @Test
    void failOnDecidesExitCode() {
        assertThat(parse().exitCode(warningReport())).isEqualTo(ExitCode.OK);
        assertThat(parse("--fail-on", "warning").exitCode(warningReport())).isEqualTo(ExitCode.FINDINGS);
        assertThat(parse("--fail-on", "never").exitCode(warningReport())).isEqualTo(ExitCode.OK);
    }

    @Test
    void formatLangAndMaxFindings() {
        ReportOptions o = parse("--format", "sarif", "--lang", "ja", "--max-findings", "0");
        assertThat(o.format).isEqualTo(ReportFormat.SARIF);
        assertThat(o.locale()).isEqualTo(Locale.JAPANESE);
        Report r = o.newBuilder()
                .add(Finding.builder("x.y", Severity.ERROR).location(Location.of("a.csv")).build()).build();
        assertThat(r.findings()).isEmpty();
        assertThat(r.truncated()).isTrue();
        assertThatThrownBy(() -> parse("--max-findings", "-1").newBuilder()).isInstanceOf(UserException.class);
    }

    @Test
    void writesToOutputFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("sub/report.json");
        ReportOptions o = parse("--format", "json", "--output", out.toString(), "--fail-on", "warning");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        assertThat(o.emit(warningReport(), stdout)).isEqualTo(ExitCode.FINDINGS);
        assertThat(stdout.size()).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("\"conforms\" : false");
    }
}
