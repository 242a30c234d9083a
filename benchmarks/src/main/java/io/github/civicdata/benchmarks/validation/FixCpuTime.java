package io.github.civicdata.benchmarks.validation;

import com.sun.management.OperatingSystemMXBean;
import io.github.civicdata.validation.FixOutputs;
import io.github.civicdata.validation.Fixer;
import io.github.civicdata.validation.Validator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The fixer's throughput relative to the validator's by the process's CPU time, for a machine
 * whose other load makes wall times (and JMH scores) unreliable: on the {@link ConformingCsv}
 * benchmark file, each round validates, fixes with the template, validates and fixes without it,
 * in one JVM, and prints wall and CPU seconds of each and the ratio validate / fix by CPU time.
 * The first round includes warm-up. It also prints the CPU time of the calling thread alone (the
 * checking thread, where the validator's checks and the fixer's row work run while the input is read
 * on a second thread and the fixed table written on a third): on an idle 2-core machine the wall time
 * of the fix is about the larger of that and half the process's CPU time, so {@code est} (validate's
 * estimate over fix's, each the largest of the calling thread's CPU time, the other threads' CPU
 * time and half the process's) is what a quiet machine should show, measured on a loaded one.
 *
 * <p>Run: {@code mvn -B -q -Pbench package -DskipTests -pl benchmarks -am && java -Xmx1g -cp
 * benchmarks/target/benchmarks.jar io.github.civicdata.benchmarks.validation.FixCpuTime [rounds] [rows]}
 */
public final class FixCpuTime {

    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private FixCpuTime() {
    }

    private interface Op {
        void run();
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Wall, process CPU and calling-thread CPU seconds of one operation. */
    private static double[] time(Op op) {
        long c0 = OS.getProcessCpuTime();
        long m0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        op.run();
        return new double[] {(System.nanoTime() - t0) / 1e9, (OS.getProcessCpuTime() - c0) / 1e9,
            (THREADS.getCurrentThreadCpuTime() - m0) / 1e9};
    }

    /** The wall time an idle 2-core machine should show: the calling thread, the others, or half of all. */
    private static double quiet(double[] t) {
        return Math.max(Math.max(t[2], t[1] - t[2]), t[1] / 2);
    }

    /**
     * Runs the rounds.
     *
     * @param args rounds (default 4) and rows (default 1,000,000)
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        long rows = args.length > 1 ? Long.parseLong(args[1]) : ValidationBenchmark.ROWS;
        Path file = Files.createTempFile("civicdata-fix-cpu-", ".csv");
        Path out = Files.createTempFile("civicdata-fix-cpu-out-", ".csv");
        try {
            long bytes = ConformingCsv.write(file, rows);
            System.out.printf("%s: %,d rows, %,d bytes; %d cores%n", file, rows, bytes,
                    Runtime.getRuntime().availableProcessors());
            Fixer fixTemplate = Fixer.builder().template(ConformingCsv.template()).build();
            Validator validateTemplate = Validator.builder().template(ConformingCsv.template()).build();
            Fixer fixRules = Fixer.builder().build();
            Validator validateRules = Validator.builder().build();
            for (int i = 1; i <= rounds; i++) {
                double[] vt = time(() -> validateTemplate.validate(file));
                double[] ft = time(() -> fixTemplate.fix(file, FixOutputs.builder().table(out).build()));
                double[] vr = time(() -> validateRules.validate(file));
                double[] fr = time(() -> fixRules.fix(file, FixOutputs.builder().table(out).build()));
                System.out.printf("round %d, load %.1f: template: validate %.1f s (cpu %.1f s, calling thread %.1f s),"
                        + " fix %.1f s (cpu %.1f s, calling thread %.1f s), cpu ratio %.2f, est %.2f | rules only:"
                        + " validate %.1f s (cpu %.1f s, calling thread %.1f s), fix %.1f s (cpu %.1f s, calling thread"
                        + " %.1f s), cpu ratio %.2f, est %.2f%n", i, OS.getSystemLoadAverage(), vt[0], vt[1], vt[2],
                        ft[0], ft[1], ft[2], vt[1] / ft[1], quiet(vt) / quiet(ft), vr[0], vr[1], vr[2], fr[0], fr[1],
                        fr[2], vr[1] / fr[1], quiet(vr) / quiet(fr));
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(out);
            Files.deleteIfExists(file.resolveSibling(file.getFileName().toString().replace(".csv", ".schema.json")));
        }
    }
}
