package io.github.civicdata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * The one out-of-memory handler, through a seam: test commands that throw an
 * {@link OutOfMemoryError} (directly, wrapped as a worker's failure) run through the same
 * {@link Main#execute} as every command. Deterministic; the real thing runs in
 * {@code ChildProcessReliabilityTest}.
 */
class OutOfMemoryTest {

    @TempDir
    Path dir;

    @Command(name = "anonymize")
    static final class Heavy implements Callable<Integer> {
        @Parameters
        Path input;

        boolean wrapped;

        @Override
        public Integer call() {
            if (wrapped) {
                throw new IllegalStateException("worker failed", new OutOfMemoryError("Java heap space"));
            }
            throw new OutOfMemoryError("Java heap space");
        }
    }

    record Run(int code, String out, String err) {
    }

    static Run run(Object command, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cl = Main.commandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        cl.getCommandSpec().removeSubcommand("anonymize"); // replaced by the test command of the same name
        cl.addSubcommand(command);
        resettle(cl);
        int code = Main.execute(cl, args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anyCommandOutOfMemoryIsExit3WithSizesAndWhatToChange() throws Exception {
        Path in = Files.write(dir.resolve("in.csv"), new byte[3 << 20]);
        Run r = run(new Heavy(), "anonymize", in.toString());
        assertThat(r.code()).isEqualTo(ExitCode.ERROR);
        long heapMb = Runtime.getRuntime().maxMemory() >> 20;
        assertThat(r.err()).contains("Out of memory: 'civicdata anonymize' needed more than the " + heapMb + " MB")
                .contains("3.0 MB of input in 1 file(s)").contains("java -Xmx").contains("hierarchy levels")
                .contains("メモリ不足").contains("準識別子").doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
    }

    @Test
    void anOutOfMemoryErrorWrappedByALibraryOrAWorkerGetsTheSameMessage() {
        Heavy h = new Heavy();
        h.wrapped = true;
        Run r = run(h, "anonymize", dir.resolve("missing.csv").toString());
        assertThat(r.code()).isEqualTo(ExitCode.ERROR);
        assertThat(r.err()).contains("Out of memory").contains("0.0 MB of input in 0 file(s)")
                .doesNotContain("Internal error");
    }

    @Test
    void otherErrorsAreInternalErrorsWithoutATrace() {
        @Command(name = "anonymize")
        final class Deep implements Callable<Integer> {
            @Override
            public Integer call() {
                throw new StackOverflowError();
            }
        }
        Run r = run(new Deep(), "anonymize");
        assertThat(r.code()).isEqualTo(ExitCode.ERROR);
        assertThat(r.err()).contains("Internal error: java.lang.StackOverflowError").doesNotContain("\tat ");
    }

    /** Validation's own message (naming --max-unique-values) is more specific and is kept. */
    @Test
    void validationsSpecificMessageIsNotReplaced() {
        UserException e = null;
        try {
            ValidateCommand.validateWithinMemory(() -> {
                throw new OutOfMemoryError("Java heap space");
            }, 1000);
        } catch (UserException u) {
            e = u;
        }
        assertThat(e).isNotNull();
        String en = e.text().en();
        @Command(name = "validate")
        final class Validate implements Callable<Integer> {
            @Override
            public Integer call() {
                ValidateCommand.validateWithinMemory(() -> {
                    throw new OutOfMemoryError("Java heap space");
                }, 1000);
                return ExitCode.OK;
            }
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cl = Main.commandLine(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        cl.getCommandSpec().removeSubcommand("validate");
        cl.addSubcommand(new Validate());
        resettle(cl);
        int code = Main.execute(cl, new String[] {"validate"});
        assertThat(code).isEqualTo(ExitCode.ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(en).contains("--max-unique-values")
                .doesNotContain("Out of memory: 'civicdata");
    }

    /**
     * Validation's own error (a {@code ValidationOutOfMemoryError}, simulated as in validation's
     * tests by a progress listener that throws) is printed with its text: the input, the rows,
     * columns and bytes read and what to change, not the generic message.
     */
    @Test
    void validationOutOfMemoryErrorIsPrintedWithItsOwnText() {
        byte[] csv = "名称,人数\n施設,1\n".getBytes(StandardCharsets.UTF_8);
        io.github.civicdata.validation.Validator v = io.github.civicdata.validation.Validator.builder()
                .progress((s, done, total) -> {
                    throw new OutOfMemoryError("Java heap space");
                }).build();
        UserException e = null;
        try {
            ValidateCommand.validateWithinMemory(() -> v.validate(new java.io.ByteArrayInputStream(csv), "big.csv"), 1000);
        } catch (UserException u) {
            e = u;
        }
        assertThat(e).isNotNull();
        assertThat(e.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(e.text().en()).contains("Out of memory while validating big.csv").contains("2 row(s)").contains("-Xmx")
                .doesNotContain("Out of memory: 'civicdata");
        assertThat(e.text().ja()).contains("メモリが不足");
    }

    /** Settings apply to the subcommands present when they are set: set them again for the test command. */
    private static void resettle(CommandLine cl) {
        cl.setOut(cl.getOut());
        cl.setErr(cl.getErr());
        cl.setExecutionExceptionHandler(cl.getExecutionExceptionHandler());
    }
}
