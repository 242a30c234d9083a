package io.github.civicdata.benchmarks.vocab;

import io.github.civicdata.vocab.code.CodeLists;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * What the code lists cost a cold JVM, as every {@code validate} pays it: the wall and thread CPU
 * milliseconds of the first {@link CodeLists#standard()} (the current lists) and of the first
 * question that needs the change history ({@code record("221317")}, a ward abolished on
 * 2024-01-01). One measurement per JVM, so run it several times; a JIT-compiled figure would say
 * nothing about start-up.
 *
 * <p>Run: {@code mvn -B -q -o -Pbench package -DskipTests && for i in 1 2 3 4 5; do java -cp
 * cli/target/civicdata.jar:benchmarks/target/benchmarks.jar
 * io.github.civicdata.benchmarks.vocab.CodeListsColdStart; done} (the CLI jar first, so that its
 * classes are the ones measured; put another build's jar first to compare with it).
 */
public final class CodeListsColdStart {

    private CodeListsColdStart() {
    }

    /**
     * Prints one line of figures.
     *
     * @param args none
     */
    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        CodeLists codes = CodeLists.standard();
        long t1 = System.nanoTime();
        long c1 = threads.getCurrentThreadCpuTime();
        boolean former = codes.record("221317").orElseThrow().validUntil().isPresent();
        long t2 = System.nanoTime();
        long c2 = threads.getCurrentThreadCpuTime();
        System.out.printf("CodeLists.standard(): %.1f ms wall, %.1f ms cpu; first history question: %.1f ms wall,"
                + " %.1f ms cpu (%d municipalities, 221317 former: %b)%n", (t1 - t0) / 1e6, (c1 - c0) / 1e6,
                (t2 - t1) / 1e6, (c2 - c1) / 1e6, codes.municipalities().size(), former);
    }
}
