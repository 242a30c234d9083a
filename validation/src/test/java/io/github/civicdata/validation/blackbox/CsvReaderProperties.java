package io.github.civicdata.validation.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Report;
import io.github.civicdata.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * The CSV reader on mutants of the project's example files ({@code examples/data}: the AED files in
 * UTF-8 and Shift_JIS, the anonymisation inputs): bytes flipped, cut, inserted, deleted, duplicated,
 * and the delimiters, quotes, line ends, byte-order marks, NULs and invalid byte sequences that
 * break readers, one to six at a time. Whatever comes out: no exception escapes, no
 * {@code validation.internal-error}, nothing is printed, the report covers the file.
 *
 * <p>Tries: 1,000 by default, 10,000 with {@code -Plong-properties} ({@link ReaderTries}).
 */
class CsvReaderProperties {

    /** The example files, each cut to its first {@value #SEED_BYTES} bytes. */
    static final int SEED_BYTES = 8 * 1024;
    static final Path EXAMPLES = Path.of("..", "examples", "data");

    private static final Map<String, byte[]> SEEDS = loadSeeds();
    private static final Validator PLAIN = Validator.builder().build();
    private static final Validator TIGHT = Validator.builder().maxFieldLength(16).maxLineLength(64).maxColumns(8)
            .maxFindings(50).maxUniqueValues(4).template("aed").build();

    /** Byte sequences that readers trip on. */
    private static final byte[][] HOSTILE = {
        bytes("\""), bytes("\"\""), bytes(","), bytes("\t"), bytes("\r"), bytes("\n"), bytes("\r\n"),
        {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF, (byte) 0xFE}, {0}, {(byte) 0x80}, {(byte) 0xC3},
        {(byte) 0xE3, (byte) 0x81}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, {(byte) 0x81}, {(byte) 0x82, 0x20},
        {(byte) 0xA4}, bytes("=cmd|' /C calc'!A0"), bytes("①㈱ﾃｽﾄ"), bytes("𠮷"), bytes("\u3000"),
        bytes("<html>"), bytes("PK\u0003\u0004"), bytes("1e400"), bytes("-0"), bytes("令和元年13月32日")
    };

    enum Mutation {
        FLIP, CUT, INSERT_RANDOM, INSERT_HOSTILE, DELETE_RANGE, DUPLICATE_RANGE, SPLICE_SEED
    }

    static Map<String, byte[]> loadSeeds() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(EXAMPLES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                byte[] b = Files.readAllBytes(f);
                m.put(EXAMPLES.relativize(f).toString().replace('\\', '/'), Arrays.copyOf(b, Math.min(b.length,
                        SEED_BYTES)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (m.size() < 5) {
            throw new IllegalStateException("the example CSV files are missing under " + EXAMPLES.toAbsolutePath());
        }
        return m;
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Property
    @AddLifecycleHook(ReaderTries.class)
    void mutatedExampleFilesGiveAReport(@ForAll("seeds") String seed, @ForAll("mutations") List<Mutation> mutations,
            @ForAll long randomSeed, @ForAll("names") String name) {
        Random rnd = new Random(randomSeed);
        byte[] b = SEEDS.get(seed);
        for (Mutation m : mutations) {
            b = mutate(b, m, rnd);
            Statistics.label("mutation").collect(m);
        }
        byte[] input = b;
        for (Validator v : List.of(PLAIN, TIGHT)) {
            Printed.Result<Report> r = Printed.by(() -> v.validate(new ByteArrayInputStream(input), name));
            check(r, name);
            Statistics.label("outcome").collect(r.value().conforms() ? "conforms" : "findings");
        }
    }

    static void check(Printed.Result<Report> r, String name) {
        assertThat(r.printed()).isEmpty();
        Report report = r.value();
        assertThat(report.findings()).extracting(Finding::ruleId).doesNotContain(Validator.INTERNAL_ERROR);
        assertThat(report.sources()).hasSize(1);
        assertThat(report.total()).isGreaterThanOrEqualTo(report.findings().size());
        for (Finding f : report.findings()) {
            assertThat(f.location().source()).isEqualTo(name);
        }
    }

    static byte[] mutate(byte[] b, Mutation m, Random rnd) {
        int n = b.length;
        int at = n == 0 ? 0 : rnd.nextInt(n + 1);
        return switch (m) {
            case FLIP -> {
                byte[] c = b.clone();
                for (int k = 0; k < 1 + rnd.nextInt(8) && c.length > 0; k++) {
                    c[rnd.nextInt(c.length)] = (byte) rnd.nextInt(256);
                }
                yield c;
            }
            case CUT -> Arrays.copyOf(b, at);
            case INSERT_RANDOM -> {
                byte[] ins = new byte[1 + rnd.nextInt(16)];
                rnd.nextBytes(ins);
                yield insert(b, at, ins);
            }
            case INSERT_HOSTILE -> insert(b, at, HOSTILE[rnd.nextInt(HOSTILE.length)]);
            case DELETE_RANGE -> {
                int len = Math.min(n - Math.min(at, n), 1 + rnd.nextInt(64));
                byte[] c = new byte[n - len];
                System.arraycopy(b, 0, c, 0, Math.min(at, n));
                System.arraycopy(b, Math.min(at, n) + len, c, Math.min(at, n), n - Math.min(at, n) - len);
                yield c;
            }
            case DUPLICATE_RANGE -> {
                int from = n == 0 ? 0 : rnd.nextInt(n);
                int len = Math.min(n - from, 1 + rnd.nextInt(256));
                yield insert(b, at, Arrays.copyOfRange(b, from, from + len));
            }
            case SPLICE_SEED -> {
                List<byte[]> all = new ArrayList<>(SEEDS.values());
                byte[] other = all.get(rnd.nextInt(all.size()));
                int from = rnd.nextInt(other.length + 1);
                yield insert(Arrays.copyOf(b, at), at, Arrays.copyOfRange(other, from, other.length));
            }
        };
    }

    static byte[] insert(byte[] b, int at, byte[] what) {
        byte[] c = new byte[b.length + what.length];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(what, 0, c, at, what.length);
        System.arraycopy(b, at, c, at + what.length, b.length - at);
        return c;
    }

    @Provide
    Arbitrary<String> seeds() {
        return Arbitraries.of(new ArrayList<>(SEEDS.keySet()));
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Arbitraries.of(Mutation.class).list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("data.csv", "data.tsv", "データ.CSV", "data.txt");
    }
}
