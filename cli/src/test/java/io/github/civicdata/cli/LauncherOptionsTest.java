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
        Path home = dir.resolve("jdk");
        Files.createDirectories(home.resolve("bin"));
        Path java = home.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path jar = dir.resolve("civicdata.jar");
        Files.writeString(jar, "not a jar: the stand-in java does not read it", StandardCharsets.UTF_8);
        Path file = dir.resolve(input);
        Files.writeString(file, "a,b\n1,2\n".repeat(1000), StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder("bash", LAUNCHER.toString(), "validate", file.toString())
                .redirectErrorStream(true);
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
        assertThat(args).as("the launcher ends with the jar and the command line").endsWith(
                "-jar", jar.toString(), "validate", file.toString());
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
}
