package io.github.civicdata.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command's result goes: a file named by the user (parent directories created) or standard output. */
final class Outputs {
    private Outputs() {
    }

    /** Writes a command's bytes to an output stream. */
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Writes to {@code file}, or to {@code stdout} when {@code file} is null.
     *
     * @param file the output file, or null for standard output
     * @param stdout picocli's standard output
     * @param body what to write
     * @throws UserException if the file cannot be written
     */
    static void write(Path file, PrintWriter stdout, Body body) {
        try {
            if (file == null) {
                OutputStream out = new PrintWriterStream(stdout);
                body.write(out);
                out.flush();
                return;
            }
            writeFile(file, body);
        } catch (IOException | UncheckedIOException e) {
            throw UserException.unreadable("cli.file-unwritable", file == null ? "-" : file, String.valueOf(e.getMessage()));
        }
    }

    /**
     * Writes to a file, creating its parent directories.
     *
     * @param file the output file
     * @param body what to write
     * @throws IOException if the file cannot be written
     */
    static void writeFile(Path file, Body body) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            body.write(out);
        }
    }
}
