package io.github.civicdata.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 (speed): a large CSV input's fixed table is written on a thread of its own
 * ({@link FixWriterThread}). The bytes are those written on the calling thread (one thread), and a
 * failure of the output ends the fix exactly as before: the same exception type and message around
 * the same cause, whether it happens on the first rows, in the middle or when the output is closed.
 * ({@code FixPipelineEquivalenceTest} compares every output of the golden inputs as well.)
 */
class FixWriterThreadTest {

    @TempDir
    Path dir;

    private Path input() throws IOException {
        Path f = dir.resolve("input.csv");
        if (!Files.exists(f)) {
            Files.write(f, PipelineEquivalenceTest.generated(new Random(7), 20_000, StandardCharsets.UTF_8));
        }
        return f;
    }

    private static Fixer.Builder pipelined() {
        return Fixer.builder().threads(2).pipelineThreshold(0);
    }

    @Test
    void theWriterThreadWritesTheBytesOneThreadWrites() throws IOException {
        Path in = input();
        Recording one = new Recording(Long.MAX_VALUE, false);
        Recording two = new Recording(Long.MAX_VALUE, false);
        Fixer.builder().threads(1).build().fix(in, FixOutputs.builder().table(one).build());
        pipelined().build().fix(in, FixOutputs.builder().table(two).build());
        assertThat(two.bytes.size()).isGreaterThan(FixWriterThread.BATCHES * FixWriterThread.BATCH_CHARS);
        assertThat(two.bytes.toByteArray()).isEqualTo(one.bytes.toByteArray());
        // the test is about the writer thread: it must have written all but the last buffer (written when
        // the output is closed, on the calling thread)
        String caller = Thread.currentThread().getName();
        assertThat(one.writers.keySet()).containsExactly(caller);
        long elsewhere = two.bytes.size() - two.writers.getOrDefault(caller, 0L);
        assertThat(two.writers.keySet()).anyMatch(n -> n.startsWith("civicdata-write "));
        assertThat(elsewhere).isGreaterThanOrEqualTo(two.bytes.size() - (1 << 16));
    }

    /**
     * After the plan, the rows are tallied on the writer thread; the tally decides at the end whether
     * the plan held. A column without a name, blank but in the last row, and a unit that appears only in
     * the last rows needs the second pass, on both ways of running, with the same outputs.
     */
    @Test
    void aPlanContradictedFurtherDownIsFoundFromTheRowsTalliedOnTheWriterThread() throws IOException {
        Path in = dir.resolve("late.csv");
        StringBuilder sb = new StringBuilder("名称,金額,\n");
        for (int i = 1; i <= 5_000; i++) {
            // the last rows only: the rows queued last must be tallied before the plan is checked
            sb.append("施設").append(i).append(',').append(i <= 4_995 ? Integer.toString(i) : i + "円").append(',')
                    .append(i < 5_000 ? "" : "メモ").append('\n');
        }
        Files.writeString(in, sb, StandardCharsets.UTF_8);
        Recording one = new Recording(Long.MAX_VALUE, false);
        Recording two = new Recording(Long.MAX_VALUE, false);
        FixResult r1 = Fixer.builder().threads(1).build().fix(in, FixOutputs.builder().table(one).build());
        FixResult r2 = pipelined().build().fix(in, FixOutputs.builder().table(two).build());
        assertThat(r1.passes()).isEqualTo(2);
        assertThat(r2.passes()).isEqualTo(2);
        assertThat(r2.changes()).isEqualTo(r1.changes());
        assertThat(two.bytes.toByteArray()).isEqualTo(one.bytes.toByteArray());
        assertThat(two.writers.keySet()).anyMatch(n -> n.startsWith("civicdata-write "));
    }

    @Test
    void aWriteFailureEndsTheFixAsOnOneThread() throws IOException {
        Path in = input();
        for (long after : new long[] {0, 100_000, 1_000_000}) {
            Throwable one = catchThrowable(() -> Fixer.builder().threads(1).build().fix(in,
                    FixOutputs.builder().table(new Recording(after, false)).build()));
            Throwable two = catchThrowable(() -> pipelined().build().fix(in,
                    FixOutputs.builder().table(new Recording(after, false)).build()));
            assertThat(one).as("after %d bytes", after).isInstanceOf(UncheckedIOException.class);
            assertThat(two).as("after %d bytes", after).isInstanceOf(UncheckedIOException.class)
                    .hasMessage(one.getMessage());
            assertThat(two.getCause()).isInstanceOf(IOException.class).hasMessage(one.getCause().getMessage());
        }
    }

    @Test
    void aFailureWhenTheOutputIsClosedEndsTheFixAsOnOneThread() throws IOException {
        Path in = input();
        Throwable one = catchThrowable(() -> Fixer.builder().threads(1).build().fix(in,
                FixOutputs.builder().table(new Recording(Long.MAX_VALUE, true)).build()));
        Throwable two = catchThrowable(() -> pipelined().build().fix(in,
                FixOutputs.builder().table(new Recording(Long.MAX_VALUE, true)).build()));
        assertThat(one).isInstanceOf(UncheckedIOException.class);
        assertThat(two).isInstanceOf(UncheckedIOException.class).hasMessage(one.getMessage());
    }

    @Test
    void aRuntimeFailureOfTheOutputIsThrownAsItIs() throws IOException {
        Path in = input();
        IllegalStateException boom = new IllegalStateException("boom");
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) {
                throw boom;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                throw boom;
            }
        };
        Throwable two = catchThrowable(() -> pipelined().build().fix(in,
                FixOutputs.builder().table(() -> failing).build()));
        assertThat(two).isSameAs(boom);
    }

    /** A target that records its bytes and the threads writing them, failing after {@code limit} bytes or on close. */
    private static final class Recording implements FixOutputs.Target {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final Map<String, Long> writers = new ConcurrentHashMap<>();
        private final long limit;
        private final boolean failOnClose;

        Recording(long limit, boolean failOnClose) {
            this.limit = limit;
            this.failOnClose = failOnClose;
        }

        @Override
        public OutputStream open() {
            bytes.reset();
            return new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    writers.merge(Thread.currentThread().getName(), (long) len, Long::sum);
                    if (bytes.size() + (long) len > limit) {
                        throw new IOException("No space left on device");
                    }
                    bytes.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    if (failOnClose) {
                        throw new IOException("close failed");
                    }
                }
            };
        }
    }
}
