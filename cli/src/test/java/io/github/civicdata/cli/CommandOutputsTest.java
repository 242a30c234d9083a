package io.github.civicdata.cli;

import static io.github.civicdata.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.civicdata.cli.CliRun.Result;
import io.github.civicdata.metadata.MetadataJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of command that writes a file goes through {@link Outputs} (issue 9, items 15–17):
 * a previous file is replaced whole and no temporary file is left; a file on a full device
 * ({@code /dev/full}) and a standard output that fails are exit 3 with "cannot write", never an
 * internal error or exit 0/1. The c4 reproducers are named after their case.
 */
class CommandOutputsTest {

    @TempDir
    Path dir;

    Path csv;
    Path record;
    Path catalog;
    Path anonConfig;

    static final Path DEV_FULL = Path.of("/dev/full");

    @BeforeEach
    void data() throws IOException {
        csv = Files.writeString(dir.resolve("data.csv"), "名称,住所,電話番号\n市役所,高松市番町1-8-15,087-839-2011\n",
                StandardCharsets.UTF_8);
        catalog = Files.createDirectories(dir.resolve("catalog"));
        record = Files.writeString(catalog.resolve("toilet.json"), MetadataJson.write(MetadataCommandsTest.toilet()),
                StandardCharsets.UTF_8);
        for (String f : List.of("people.csv", "age.csv", "sex.csv", "config.json")) {
            Files.copy(AnonymizeCommandTest.resource(f), dir.resolve(f));
        }
        anonConfig = dir.resolve("config.json");
    }

    /** Each command kind with {@code OUT} where its output file goes. */
    List<List<String>> commands() {
        List<List<String>> c = new ArrayList<>();
        c.add(List.of("validate", "--format", "json", "-o", "OUT", csv.toString()));
        c.add(List.of("risk", dir.resolve("people.csv").toString(), "-q", "年齢,性別", "--format", "json", "-o", "OUT"));
        c.add(List.of("metadata", "validate", record.toString(), "--format", "sarif", "-o", "OUT"));
        c.add(List.of("metadata", "convert", record.toString(), "--to", "turtle", "-o", "OUT"));
        c.add(List.of("metadata", "convert", record.toString(), "--to", "jsonld", "-o", "OUT"));
        c.add(List.of("metadata", "convert", record.toString(), "--to", "json", "-o", "OUT"));
        c.add(List.of("catalog", "export", catalog.toString(), "--format", "rdfxml", "-o", "OUT"));
        c.add(List.of("catalog", "export", catalog.toString(), "--format", "csv", "-o", "OUT"));
        c.add(List.of("template", "public-toilet", "--format", "csvw", "-o", "OUT"));
        c.add(List.of("anonymize", dir.resolve("people.csv").toString(), "--config", anonConfig.toString(),
                "--output", "OUT", "--lang", "en"));
        c.add(List.of("anonymize", dir.resolve("people.csv").toString(), "--config", anonConfig.toString(),
                "--output", dir.resolve("anon.csv").toString(), "--report", "OUT", "--lang", "en"));
        return c;
    }

    static String[] with(List<String> cmd, Path out) {
        return cmd.stream().map(a -> a.equals("OUT") ? out.toString() : a).toArray(String[]::new);
    }

    List<String> leftovers(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part")).toList();
        }
    }

    @Test
    void everyCommandReplacesAPreviousOutputWhole() throws IOException {
        for (List<String> cmd : commands()) {
            Path out = dir.resolve("out/result.out");
            Files.createDirectories(out.getParent());
            Files.writeString(out, "STALE REPORT FROM AN EARLIER RUN\n".repeat(10_000));
            Result r = run(with(cmd, out));
            assertThat(r.code()).as("%s: %s", cmd, r.err()).isIn(ExitCode.OK, ExitCode.FINDINGS);
            assertThat(Files.readString(out, StandardCharsets.UTF_8)).as(cmd.toString()).doesNotContain("STALE").isNotEmpty();
            assertThat(leftovers(dir)).as(cmd.toString()).isEmpty();
        }
    }

    @Test
    void everyCommandWritingToAFullDeviceIsCannotWriteExit3() {
        assumeTrue(Files.isWritable(DEV_FULL), "/dev/full is not available here");
        for (List<String> cmd : commands()) {
            Result r = run(with(cmd, DEV_FULL));
            assertThat(r.code()).as("%s: %s", cmd, r.err()).isEqualTo(ExitCode.ERROR);
            assertThat(r.err()).as(cmd.toString()).contains("cannot write /dev/full: No space left on device")
                    .contains("/dev/full に書き込めません").doesNotContain("Internal error").doesNotContain("Exception");
        }
    }

    /** Issue 9, c4-rdf-output-disk-full-internal-error: Turtle to /dev/full said "Internal error: RuntimeIOException". */
    @Test
    void c4RdfOutputDiskFullInternalError() {
        assumeTrue(Files.isWritable(DEV_FULL), "/dev/full is not available here");
        for (String[] args : List.of(
                new String[] {"metadata", "convert", record.toString(), "--to", "turtle", "-o", "/dev/full"},
                new String[] {"catalog", "export", catalog.toString(), "--format", "turtle", "-o", "/dev/full"},
                new String[] {"catalog", "export", catalog.toString(), "--format", "jsonld", "-o", "/dev/full"})) {
            Result r = run(args);
            assertThat(r.code()).isEqualTo(ExitCode.ERROR);
            assertThat(r.err()).contains("cannot write /dev/full: No space left on device")
                    .doesNotContain("Internal error").doesNotContain("RuntimeIOException");
        }
    }

    /** Runs with a standard output whose device fails. */
    static Result runWithFailingStdout(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, OutputsTest.failingStdout(), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, "", err.toString(StandardCharsets.UTF_8));
    }

    /** Issue 9, c4-stdout-full-disk-exit0: nothing written to standard output, exit 0 or 1. */
    @Test
    void c4StdoutFullDiskExit0() {
        List<String[]> runs = List.of(
                new String[] {"metadata", "convert", record.toString(), "--to", "turtle"},
                new String[] {"catalog", "export", catalog.toString(), "--format", "turtle"},
                new String[] {"validate", "--format", "json", csv.toString()},
                new String[] {"validate", csv.toString()},
                new String[] {"risk", dir.resolve("people.csv").toString(), "-q", "年齢,性別"},
                new String[] {"templates"},
                new String[] {"template", "public-toilet"},
                new String[] {"code", "132993"},
                new String[] {"rules"},
                new String[] {"catalog", "search", catalog.toString(), "-k", "トイレ"},
                new String[] {"anonymize", dir.resolve("people.csv").toString(), "--config", anonConfig.toString(),
                    "--output", dir.resolve("stdout-case.csv").toString()},
                new String[] {"--help"});
        for (String[] args : runs) {
            Result r = runWithFailingStdout(args);
            assertThat(r.code()).as("%s: %s", List.of(args), r.err()).isEqualTo(ExitCode.ERROR);
            assertThat(r.err()).as(List.of(args).toString()).contains("cannot write standard output")
                    .contains("標準出力に書き込めません").doesNotContain("Internal error");
            assertThat(r.err().split("cannot write standard output", -1)).as("said once").hasSize(2);
        }
    }

    /** The reproducer as a user runs it: standard output redirected to /dev/full. */
    @Test
    void c4StdoutFullDiskExit0InAChildJvm() throws Exception {
        assumeTrue(Files.isWritable(DEV_FULL), "/dev/full is not available here");
        ChildJvm.Result r = ChildJvm.run(dir, List.of("-Xmx256m"), Main.class,
                List.of("validate", "--format", "json", csv.toString()), DEV_FULL.toFile(), 120);
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.ERROR);
        assertThat(r.err()).contains("cannot write standard output").doesNotContain("Exception");
    }
}
