package io.github.civicdata.maven;

import io.github.civicdata.core.Report;
import io.github.civicdata.core.Severity;
import io.github.civicdata.core.report.ReportFormat;
import io.github.civicdata.core.report.ReportWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes reports and other outputs of the goals: each to a temporary file in the same directory,
 * moved into place when complete, so that a failed write never leaves a partial file where a
 * report is expected.
 */
final class ReportFiles {

    /** Writes the bytes of one output. */
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private ReportFiles() {
    }

    /**
     * Writes {@code report} once per format as {@code <dir>/<baseName>.<extension>}.
     *
     * @return the files written
     * @throws IOException if one cannot be written (the files before it are complete)
     */
    static List<Path> write(Report report, Path dir, String baseName, List<ReportFormat> formats, Locale locale,
            Optional<Severity> failOn) throws IOException {
        List<Path> written = new ArrayList<>();
        for (ReportFormat f : formats) {
            Path file = dir.resolve(baseName + "." + f.extension());
            ReportWriter w = ReportWriter.builder(f).locale(locale).failOn(failOn).build();
            atomic(file, out -> w.write(report, out));
            written.add(file);
        }
        return written;
    }

    /**
     * Writes a file atomically: to a temporary file beside it, then moved into place.
     *
     * @throws IOException if it cannot be written (the temporary file is removed)
     */
    static void atomic(Path file, Body body) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                body.write(out);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
