package io.github.civicdata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM options the launcher {@code bin/civicdata} chooses by input (docs/startup.md): C1 and the
 * serial collector for small inputs, C2 with the serial collector for a large CSV, the JVM's own
 * collector for a large workbook, and a collector set in {@code CIVICDATA_JAVA_OPTS} in place of
 * the serial one (the JVM refuses two). The launcher runs a stand-in {@code java} (through
 * {@code JAVA_HOME}) that prints the arguments it was given.
 */
class LauncherOptionsTest {

    private static final Path LAUNCHER = Path.of("../bin/civicdata").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private List<String> options(Map<String, String> env, String input) throws IOException, InterruptedException {
        return options(env, input, List.of());
    }

    private List<String> options(Map<String, String> env, String input, List<String> more)
            throws IOException, InterruptedException {
        Path home = dir.resolve("jdk");
        Files.createDirectories(home.resolve("bin"));
        Path java = home.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path jar = dir.resolve("civicdata.jar");
        Files.writeString(jar, "not a jar: the stand-in java does not read it", StandardCharsets.UTF_8);
        Path file = dir.resolve(input);
        Files.writeString(file, "a,b\n1,2\n".repeat(1000), StandardCharsets.UTF_8);
        List<String> command = new java.util.ArrayList<>(List.of("bash", LAUNCHER.toString(), "validate"));
        command.addAll(more);
        command.add(file.toString());
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", home.toString());
        pb.environment().put("CIVICDATA_JAR", jar.toString());
        pb.environment().put("CIVICDATA_CDS", "off");
        pb.environment().remove("CIVICDATA_JAVA_OPTS");
        pb.environment().remove("CIVICDATA_TIERED");
        pb.environment().remove("CIVICDATA_LARGE_MB");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        List<String> args = out.lines().toList();
        List<String> tail = new java.util.ArrayList<>(List.of("-jar", jar.toString(), "validate"));
        tail.addAll(more);
        tail.add(file.toString());
        assertThat(args).as("the launcher ends with the jar and the command line").endsWith(tail.toArray(String[]::new));
        return args;
    }

    @Test
    void aSmallInputRunsOnC1WithTheSerialCollector() throws Exception {
        assertThat(options(Map.of(), "small.csv"))
                .contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    }

    @Test
    void aLargeCsvKeepsC2AndGetsTheSerialCollector() throws Exception {
        List<String> args = options(Map.of("CIVICDATA_LARGE_MB", "0"), "large.csv");
        assertThat(args).contains("-XX:+UseSerialGC").doesNotContain("-XX:TieredStopAtLevel=1");
    }

    @Test
    void aLargeWorkbookKeepsTheJvmsCollector() throws Exception {
        List<String> args = options(Map.of("CIVICDATA_LARGE_MB", "0"), "large.xlsx");
        assertThat(args).doesNotContain("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    }

    @Test
    void aCollectorInTheJavaOptionsReplacesTheSerialOne() throws Exception {
        List<String> small = options(Map.of("CIVICDATA_JAVA_OPTS", "-XX:+UseParallelGC"), "small.csv");
        assertThat(small).contains("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC").doesNotContain("-XX:+UseSerialGC");
        List<String> large = options(Map.of("CIVICDATA_JAVA_OPTS", "-XX:+UseParallelGC", "CIVICDATA_LARGE_MB", "0"),
                "large.csv");
        assertThat(large).contains("-XX:+UseParallelGC").doesNotContain("-XX:+UseSerialGC");
    }

    /**
     * The class-data archive is keyed on the command and on whether the run has a Table Schema or a
     * template: a rules-only run and a --schema run each write and map their own archive.
     */
    @Test
    void aSchemaOrTemplateRunHasAnArchiveOfItsOwn() throws Exception {
        Map<String, String> cds = Map.of("CIVICDATA_CDS", "on", "CIVICDATA_CACHE_DIR", dir.resolve("cache").toString());
        assertThat(archive(options(cds, "a.csv"))).endsWith("-validate.jsa");
        assertThat(archive(options(cds, "b.csv", List.of("--schema", "s.json")))).endsWith("-validate-schema.jsa");
        assertThat(archive(options(cds, "c.csv", List.of("--schema=s.json")))).endsWith("-validate-schema.jsa");
        assertThat(archive(options(cds, "d.csv", List.of("--template", "aed")))).endsWith("-validate-template.jsa");
        assertThat(archive(options(cds, "e.csv", List.of("--fail-on", "never")))).endsWith("-validate.jsa");
    }

    /** The archive a run writes (JDK 17/18: at exit, to a temporary name moved into place). */
    private static String archive(List<String> args) {
        String prefix = "-XX:ArchiveClassesAtExit=";
        return args.stream().filter(a -> a.startsWith(prefix)).findFirst()
                .map(a -> a.substring(prefix.length()).replaceAll("\\.[0-9]+\\.tmp$", ""))
                .orElseThrow(() -> new AssertionError("no archive written: " + args));
    }
}
