package io.github.civicdata.cli;

import static io.github.civicdata.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.cli.CliRun.Result;
import io.github.civicdata.core.internal.BundleCheck;
import org.junit.jupiter.api.Test;

class MainTest {

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
