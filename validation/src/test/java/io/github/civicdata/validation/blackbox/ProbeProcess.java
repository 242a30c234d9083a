package io.github.civicdata.validation.blackbox;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link SilentProbe} in a JVM of its own, as a user of the library would: the main classes
 * and the dependencies on the class path, not the test classes (so none of the test resources,
 * such as a logging configuration, are there), and the probe class copied to a folder of its own.
 */
final class ProbeProcess {

    /** Exit status and what the process printed. */
    record Result(int status, String out, String err) {
    }

    private ProbeProcess() {
    }

    static Result run(Path work, List<String> jvmOptions, List<String> args) throws IOException, InterruptedException {
        Path probeDir = work.resolve("probe-classes");
        String classFile = SilentProbe.class.getName().replace('.', '/') + ".class";
        Path target = probeDir.resolve(classFile);
        Files.createDirectories(target.getParent());
        try (InputStream in = SilentProbe.class.getResourceAsStream("/" + classFile)) {
            Files.copy(in, target);
        }
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> entries = new ArrayList<>();
        entries.add(probeDir.toString());
        for (String e : cp.split(File.pathSeparator)) {
            if (!e.isEmpty() && !e.replace('\\', '/').endsWith("test-classes")
                    && !e.replace('\\', '/').endsWith("test-classes/")) {
                entries.add(e);
            }
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(String.join(File.pathSeparator, entries));
        cmd.add(SilentProbe.class.getName());
        cmd.addAll(args);
        Path out = work.resolve("probe.out");
        Path err = work.resolve("probe.err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("the probe did not end within 300 s");
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
