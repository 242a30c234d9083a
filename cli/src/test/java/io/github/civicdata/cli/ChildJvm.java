package io.github.civicdata.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a main class of the test class path in a child JVM, for what cannot happen inside the test
 * JVM: a small heap, a signal, standard output on a device. Output goes to files in a folder.
 */
final class ChildJvm {
    private ChildJvm() {
    }

    /** What a child printed and returned. */
    record Result(int code, String out, String err) {
    }

    /** A run of the command line and the classes its JVM loaded, in order ({@link #withClassLog}). */
    record Loading(Result result, List<String> classes) {
    }

    private static final Pattern LOADED = Pattern.compile("\\[class,load\\s*\\] (\\S+) source:");

    static ProcessBuilder builder(Path workDir, List<String> jvmArgs, Class<?> main, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main.getName());
        cmd.addAll(args);
        return new ProcessBuilder(cmd).directory(workDir.toFile());
    }

    /** Runs to the end (at most {@code timeoutSeconds}) with standard output and error in files. */
    static Result run(Path workDir, List<String> jvmArgs, Class<?> main, List<String> args, File stdout,
            long timeoutSeconds) throws IOException, InterruptedException {
        Path err = Files.createTempFile(workDir, "child", ".err");
        Path out = stdout == null ? Files.createTempFile(workDir, "child", ".out") : null;
        ProcessBuilder pb = builder(workDir, jvmArgs, main, args)
                .redirectError(err.toFile())
                .redirectOutput(stdout == null ? out.toFile() : stdout);
        Process p = pb.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("child JVM did not finish in " + timeoutSeconds + " s");
        }
        return new Result(p.exitValue(), out == null ? "" : Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /**
     * Runs {@link Main} with these arguments in a child JVM that logs every class it loads (no
     * class-data sharing, so the JDK's classes are listed too), to {@code log} in {@code workDir}.
     */
    static Loading withClassLog(Path workDir, String log, List<String> args) throws IOException, InterruptedException {
        Path file = workDir.resolve(log);
        Files.deleteIfExists(file);
        Result r = run(workDir, List.of("-Xshare:off", "-Xlog:class+load=info:file=" + file), Main.class, args, null,
                300);
        List<String> classes = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher m = LOADED.matcher(line);
            if (m.find()) {
                classes.add(m.group(1));
            }
        }
        return new Loading(r, classes);
    }
}
