package io.github.civicdata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.internal.BundleCheck;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpAndVersion() {
        Result h = run("--help");
        assertThat(h.code()).isEqualTo(ExitCode.OK);
        assertThat(h.out()).contains("Usage: civicdata");
        Result v = run("--version");
        assertThat(v.code()).isEqualTo(ExitCode.OK);
        assertThat(v.out()).startsWith("civicdata ");
    }

    @Test
    void unknownOptionIsUsageError() {
        Result r = run("--no-such-option");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--no-such-option");
    }

    @Test
    void noCommandIsUsageErrorInBothLanguages() {
        Result r = run();
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("コマンドがありません").contains("Missing command");
    }

    @Test
    void cliBundleIsComplete() throws Exception {
        assertThat(BundleCheck.problems(CliMessages.BASE_NAME, getClass().getClassLoader())).isEmpty();
    }
}
