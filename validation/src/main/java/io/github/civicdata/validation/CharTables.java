package io.github.civicdata.validation;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;

/**
 * The per-character tables of {@link CharClass} and {@link Cells}, precomputed: computing
 * {@link CharClass}'s table asks two JDK charset encoders about each of the 65,536 BMP characters,
 * which cost about 50 ms CPU of every cold start (a third of a {@code --version}). The tables are
 * stored run-length encoded in {@code chartables.bin} (a few kilobytes) and read in well under a
 * millisecond; {@code CharTablesTest} recomputes both and fails if the file differs (regenerate
 * with {@code -Dgolden.update=true}). When the file is missing or damaged the tables are computed
 * as before, with the same result, only slower.
 *
 * <p>Format: for each table in turn (CharClass, then Cells), runs of equal values, each an
 * {@code int} value and an unsigned {@code short} run length minus one, until 65,536 characters
 * are covered.
 */
final class CharTables {

    /** The resource, beside this class. */
    static final String RESOURCE = "chartables.bin";

    private static final int SIZE = 0x10000;

    private CharTables() {
    }

    private static final class Holder {
        static final Optional<int[][]> TABLES = load();
    }

    /** Both tables from the resource (read once; not to be changed), or empty if it is missing or damaged. */
    static Optional<int[][]> read() {
        return Holder.TABLES;
    }

    private static Optional<int[][]> load() {
        try (InputStream in = CharTables.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            ByteBuffer b = ByteBuffer.wrap(in.readAllBytes());
            int[][] out = {table(b), table(b)};
            return b.hasRemaining() ? Optional.empty() : Optional.of(out);
        } catch (IOException | RuntimeException e) { // a damaged file: BufferUnderflowException, a run too long
            return Optional.empty();
        }
    }

    private static int[] table(ByteBuffer b) {
        int[] t = new int[SIZE];
        int at = 0;
        while (at < SIZE) {
            int value = b.getInt();
            int run = (b.getShort() & 0xFFFF) + 1;
            if (at + run > SIZE) {
                throw new IllegalStateException("run past the end");
            }
            Arrays.fill(t, at, at + run, value);
            at += run;
        }
        return t;
    }

    /** The resource's bytes for these tables (for the test that writes and checks the file). */
    static byte[] encode(int[]... tables) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (DataOutputStream d = new DataOutputStream(b)) {
            for (int[] t : tables) {
                int i = 0;
                while (i < t.length) {
                    int j = i;
                    while (j + 1 < t.length && t[j + 1] == t[i] && j + 1 - i < 0xFFFF) {
                        j++;
                    }
                    d.writeInt(t[i]);
                    d.writeShort(j - i);
                    i = j + 1;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e); // a byte array does not fail
        }
        return b.toByteArray();
    }
}
