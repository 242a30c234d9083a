package io.github.civicdata.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every file the CLI writes, and standard output: one mechanism for every command (issue 9).
 *
 * <p><b>Files are replaced atomically.</b> The content goes to a hidden temporary file in the
 * target's folder ({@code .NAME.RANDOM.part}), is flushed to the device, and only then moved onto
 * the target name ({@link StandardCopyOption#ATOMIC_MOVE}, or {@code REPLACE_EXISTING} where the
 * file system cannot move atomically). Until that move the target keeps its previous content (or
 * does not exist); after it, the target holds the complete new content. If anything fails (a full
 * disk, a write error, an exception while producing the content, running out of memory) the
 * temporary file is deleted and the target is not touched; a shutdown hook deletes temporary
 * files when the JVM is stopped (SIGTERM, Ctrl-C). Only a hard kill (SIGKILL, power loss) can
 * leave a {@code .part} file behind, never a partial file under the target's name. The permissions
 * of a replaced file are kept. A target that is a symbolic link is written through (the link is
 * kept); a target that exists but is not a regular file ({@code /dev/stdout}, {@code /dev/null},
 * a named pipe) cannot be replaced and is written directly. Several outputs of one command are
 * staged first and moved together at the end ({@link Batch}).
 *
 * <p><b>Write errors are exit 3.</b> A failure of the device (ENOSPC, EIO, a closed pipe) is a
 * {@link UserException} "cannot write FILE: reason" with exit code 3, even when the code producing
 * the content wraps the {@link IOException} in its own exception (Jena's {@code RuntimeIOException})
 * or swallows it: the stream given to the producer records the first failure. Standard output is
 * a {@link PrintWriter} that swallows errors; it is checked after writing, and {@link Main} checks
 * it again after every command. Not API.
 */
final class Outputs {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Temporary files being written, deleted by the shutdown hook if the JVM stops first. */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    private static volatile boolean hookInstalled;

    private Outputs() {
    }

    /** Writes a command's bytes to an output stream. */
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Writes to {@code file} (atomically), or to {@code stdout} when {@code file} is null.
     *
     * @param file the output file, or null for standard output
     * @param stdout picocli's standard output
     * @param body what to write
     * @throws UserException (exit 3) if the output cannot be written
     */
    static void write(Path file, PrintWriter stdout, Body body) {
        if (file == null) {
            writeStdout(stdout, body);
        } else {
            writeFile(file, body);
        }
    }

    /**
     * Writes to standard output and checks that it was written.
     *
     * @param stdout picocli's standard output
     * @param body what to write
     * @throws UserException (exit 3) if standard output reports an error
     */
    static void writeStdout(PrintWriter stdout, Body body) {
        OutputStream out = new PrintWriterStream(stdout); // never throws: the PrintWriter keeps the error
        try {
            body.write(out);
            out.flush();
        } catch (IOException e) {
            throw UserException.unreadable("cli.stdout-unwritable");
        }
        checkStdout(stdout);
    }

    /**
     * Fails if standard output has had a write error.
     *
     * @param stdout picocli's standard output
     * @throws UserException (exit 3) if it has
     */
    static void checkStdout(PrintWriter stdout) {
        if (stdout.checkError()) {
            throw UserException.unreadable("cli.stdout-unwritable");
        }
    }

    /**
     * Writes one file atomically, creating its parent folders.
     *
     * @param file the output file
     * @param body what to write
     * @throws UserException (exit 3) if the file cannot be written
     */
    static void writeFile(Path file, Body body) {
        try (Batch b = new Batch()) {
            b.add(file, body);
            b.commit();
        }
    }

    /**
     * Outputs staged in temporary files and moved into place together by {@link #commit()};
     * {@link #close()} deletes whatever was not committed. Not thread-safe.
     *
     * <pre>{@code
     * try (Outputs.Batch b = new Outputs.Batch()) {
     *     b.add(csv, out -> ...);
     *     b.add(report, out -> ...);
     *     b.commit();
     * }
     * }</pre>
     */
    static final class Batch implements AutoCloseable {
        private final List<Path[]> staged = new ArrayList<>(); // {temp, target}

        /**
         * Writes the content to a temporary file beside {@code file} (or directly into a target
         * that is not a regular file).
         *
         * @throws UserException (exit 3) if it cannot be written
         */
        void add(Path file, Body body) {
            Path target;
            try {
                target = resolveTarget(file);
            } catch (IOException | InvalidPathException e) {
                throw unwritable(file, e);
            }
            if (Files.exists(target) && !Files.isRegularFile(target)) {
                if (Files.isDirectory(target)) {
                    throw UserException.unreadable("cli.file-unwritable", file, "is a directory");
                }
                writeDirectly(file, target, body);
                return;
            }
            Path temp = null;
            try {
                Path parent = target.getParent();
                Files.createDirectories(parent);
                temp = createTemp(parent, target.getFileName().toString());
                keepPermissions(target, temp);
                try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    Tracked out = new Tracked(new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16));
                    produce(file, out, body);
                    ch.force(true);
                }
                staged.add(new Path[] {temp, target});
            } catch (IOException | UncheckedIOException e) {
                delete(temp);
                throw unwritable(file, e instanceof UncheckedIOException u ? u.getCause() : e);
            } catch (RuntimeException | Error e) {
                delete(temp);
                throw e;
            }
        }

        /**
         * Moves every staged file onto its target.
         *
         * @throws UserException (exit 3) if a move fails (the files not yet moved are deleted)
         */
        void commit() {
            while (!staged.isEmpty()) {
                Path[] s = staged.get(0);
                try {
                    try {
                        Files.move(s[0], s[1], StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(s[0], s[1], StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw unwritable(s[1], e);
                }
                PENDING.remove(s[0]);
                staged.remove(0);
            }
        }

        /** Deletes the temporary files not committed. */
        @Override
        public void close() {
            for (Path[] s : staged) {
                delete(s[0]);
            }
            staged.clear();
        }
    }

    /** Writes the body, turning a device failure hidden in any exception into "cannot write". */
    private static void produce(Path file, Tracked out, Body body) throws IOException {
        try {
            body.write(out);
            out.flush();
        } catch (IOException | RuntimeException e) {
            if (out.failure != null) {
                throw out.failure;
            }
            throw e;
        }
        if (out.failure != null) { // swallowed by the producer (a PrintWriter, for example)
            throw out.failure;
        }
    }

    private static void writeDirectly(Path file, Path target, Body body) {
        try (OutputStream raw = Files.newOutputStream(target)) {
            produce(file, new Tracked(new BufferedOutputStream(raw, 1 << 16)), body);
        } catch (IOException | UncheckedIOException e) {
            throw unwritable(file, e instanceof UncheckedIOException u ? u.getCause() : e);
        }
    }

    /** The file to replace: the target of a symbolic link (kept as a link), as an absolute path. */
    private static Path resolveTarget(Path file) throws IOException {
        Path abs = file.toAbsolutePath();
        if (Files.isSymbolicLink(abs)) {
            return Files.exists(abs) ? abs.toRealPath() : abs.getParent().resolve(Files.readSymbolicLink(abs)).normalize();
        }
        return abs;
    }

    private static Path createTemp(Path dir, String name) throws IOException {
        installHook();
        String base = "." + (name.length() > 180 ? name.substring(0, 180) : name) + ".";
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve(base + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".part");
            try {
                // CREATE_NEW with default permissions (as the target would get), unlike createTempFile's 0600
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                PENDING.add(temp);
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    private static void keepPermissions(Path target, Path temp) {
        try {
            if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // not a POSIX file system, or not ours to read: the default permissions stay
        }
    }

    private static void delete(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // nothing more can be done; the name is hidden and ends in .part
        }
        PENDING.remove(temp);
    }

    private static synchronized void installHook() {
        if (hookInstalled) {
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Path p : PENDING) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // the JVM is stopping
                }
            }
        }, "civicdata-outputs-cleanup"));
        hookInstalled = true;
    }

    static UserException unwritable(Path file, Exception e) {
        return UserException.unreadable("cli.file-unwritable", file, reason(e));
    }

    /** A short reason for a write failure, without repeating the path. */
    static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileSystemException fse) {
            return fse.getReason() != null ? fse.getReason() : e.getClass().getSimpleName();
        }
        if (e instanceof InvalidPathException ip) {
            return String.valueOf(ip.getReason());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Passes bytes on and remembers the first {@link IOException} of the stream below. */
    static final class Tracked extends FilterOutputStream {
        IOException failure;

        Tracked(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        /** Flushes; the stream below is closed by whoever opened it. */
        @Override
        public void close() throws IOException {
            flush();
        }

        private IOException remember(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
