package io.github.civicdata.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The atomic output mechanism and its write-error handling (issue 9, items 15–17). */
class OutputsTest {

    @TempDir
    Path dir;

    static final Path DEV_FULL = Path.of("/dev/full");

    List<String> leftovers() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part")).toList();
        }
    }

    static Outputs.Body text(String s) {
        return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void replacesTheFileWithTheCompleteContentAndLeavesNoTemporaryFile() throws IOException {
        Path f = dir.resolve("sub/report.json");
        Outputs.writeFile(f, text("first"));
        assertThat(f).hasContent("first");
        Outputs.writeFile(f, text("second"));
        assertThat(f).hasContent("second");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aFailureWhileProducingLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path f = Files.writeString(dir.resolve("out.csv"), "OLD");
        byte[] half = "a,b\n".repeat(50_000).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Outputs.writeFile(f, out -> {
            out.write(half);
            out.flush();
            throw new IllegalStateException("producer failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(f).hasContent("OLD");
        assertThat(leftovers()).isEmpty();

        assertThatThrownBy(() -> Outputs.writeFile(f, out -> {
            out.write(half);
            throw new OutOfMemoryError("Java heap space (simulated)");
        })).isInstanceOf(OutOfMemoryError.class);
        assertThat(f).hasContent("OLD");
        assertThat(leftovers()).isEmpty();

        // an IOException of the producer itself (as a full disk under the temporary file gives)
        assertThatThrownBy(() -> Outputs.writeFile(f, out -> {
            out.write(half);
            throw new IOException("No space left on device");
        })).isInstanceOfSatisfying(UserException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(ExitCode.ERROR);
            assertThat(e.text().en()).isEqualTo("cannot write " + f + ": No space left on device");
        });
        assertThat(f).hasContent("OLD");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aBatchMovesNothingUnlessEveryFileWasWritten() throws IOException {
        Path a = Files.writeString(dir.resolve("a.csv"), "OLD-A");
        Path b = Files.writeString(dir.resolve("b.json"), "OLD-B");
        assertThatThrownBy(() -> {
            try (Outputs.Batch batch = new Outputs.Batch()) {
                batch.add(a, text("NEW-A"));
                batch.add(b, out -> {
                    throw new IOException("disk full");
                });
                batch.commit();
            }
        }).isInstanceOf(UserException.class);
        assertThat(a).hasContent("OLD-A");
        assertThat(b).hasContent("OLD-B");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aDeviceFailureIsCannotWriteEvenWhenTheProducerWrapsOrSwallowsIt() {
        assumeTrue(Files.isWritable(DEV_FULL), "/dev/full is not available here");
        byte[] big = new byte[1 << 20];
        Outputs.Body plain = out -> out.write(big);
        Outputs.Body wrapping = out -> { // as Jena's RuntimeIOException does
            try {
                out.write(big);
                out.flush();
            } catch (IOException e) {
                throw new IllegalStateException("wrapped", e);
            }
        };
        Outputs.Body swallowing = out -> { // as a PrintWriter does
            PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.print("x".repeat(1 << 20));
            w.flush();
        };
        for (Outputs.Body body : List.of(plain, wrapping, swallowing)) {
            assertThatThrownBy(() -> Outputs.writeFile(DEV_FULL, body)).isInstanceOfSatisfying(UserException.class, e -> {
                assertThat(e.exitCode()).isEqualTo(ExitCode.ERROR);
                assertThat(e.text().en()).startsWith("cannot write /dev/full: ").contains("No space left on device");
                assertThat(e.text().ja()).startsWith("/dev/full に書き込めません");
            });
        }
    }

    @Test
    void aDirectoryOrAnUnusableParentIsCannotWrite() throws IOException {
        Path d = Files.createDirectories(dir.resolve("d"));
        assertThatThrownBy(() -> Outputs.writeFile(d, text("x"))).isInstanceOfSatisfying(UserException.class,
                e -> assertThat(e.text().en()).isEqualTo("cannot write " + d + ": is a directory"));
        Path file = Files.writeString(dir.resolve("plain"), "x");
        assertThatThrownBy(() -> Outputs.writeFile(file.resolve("below.csv"), text("x")))
                .isInstanceOfSatisfying(UserException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.ERROR);
                    assertThat(e.text().en()).startsWith("cannot write " + file.resolve("below.csv") + ": ");
                });
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndKept() throws IOException {
        Path real = Files.writeString(dir.resolve("real.csv"), "OLD");
        Path link;
        try {
            link = Files.createSymbolicLink(dir.resolve("link.csv"), real.getFileName());
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here");
            return;
        }
        Outputs.writeFile(link, text("NEW"));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("NEW");
    }

    @Test
    void theReplacedFileKeepsItsPermissions() throws IOException {
        Path f = Files.writeString(dir.resolve("shared.csv"), "OLD");
        Set<PosixFilePermission> perms;
        try {
            perms = PosixFilePermissions.fromString("rw-r-----");
            Files.setPosixFilePermissions(f, perms);
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "not a POSIX file system");
            return;
        }
        Outputs.writeFile(f, text("NEW"));
        assertThat(Files.getPosixFilePermissions(f)).isEqualTo(perms);
    }

    /** An output stream whose device fails, as a full disk or a closed pipe does. */
    static final class FailingStream extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException("No space left on device");
        }
    }

    static PrintStream failingStdout() {
        return new PrintStream(new FailingStream(), true, StandardCharsets.UTF_8);
    }

    @Test
    void standardOutputWithAWriteErrorIsCannotWrite() {
        PrintWriter stdout = new PrintWriter(failingStdout(), true, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Outputs.write(null, stdout, text("report"))).isInstanceOfSatisfying(UserException.class,
                e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.ERROR);
                    assertThat(e.text().en()).startsWith("cannot write standard output");
                });
        PrintWriter fine = new PrintWriter(new PrintStream(OutputStream.nullOutputStream()), true);
        Outputs.write(null, fine, text("report"));
    }

    @Test
    void uncheckedIoFromTheProducerIsCannotWrite() throws IOException {
        Path f = Files.writeString(dir.resolve("u.csv"), "OLD");
        assertThatThrownBy(() -> Outputs.writeFile(f, out -> {
            throw new UncheckedIOException(new IOException("Input/output error"));
        })).isInstanceOfSatisfying(UserException.class,
                e -> assertThat(e.text().en()).isEqualTo("cannot write " + f + ": Input/output error"));
        assertThat(f).hasContent("OLD");
    }
}
