package io.github.civicdata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * The anonymisation configuration reader against hostile configurations (issue 9): the example
 * configuration and the CSV files it names ({@code src/test/resources/config-seeds/}, copied from
 * {@code examples/data/anonymize}) are mutated — JSON members deleted, retyped, replaced by odd
 * values (NUL, huge and non-finite numbers, paths), nested, duplicated; bytes flipped, lines
 * duplicated or dropped, BOMs added; hierarchy and towns rows swapped, duplicated, made cyclic,
 * re-encoded — and the whole {@code anonymize} command runs on them.
 *
 * <p>Asserted for every try: no exception escapes {@link Main#run}, the exit code is 0, 2 or 3,
 * never an internal error; standard error is empty on success and otherwise exactly one bilingual
 * message (a Japanese line, then an English line) with no stack trace, exception name or library
 * noise. Tries: {@link ReaderTries} (1,000; 10,000 with {@code -Plong-properties}). Statistics
 * show how many mutations left the seed unchanged (skipped) and how the runs ended.
 */
class AnonymizeConfigProperties {

    private static final ObjectMapper JSON = new ObjectMapper();

    /*
     * One command line for every try, executed as Main.run executes it (Main.execute): building
     * picocli's model of every command takes longer than most tries. Options are reset by picocli
     * on every parse.
     */
    private static final ByteArrayOutputStream OUT = new ByteArrayOutputStream();
    private static final ByteArrayOutputStream ERR = new ByteArrayOutputStream();
    private static final picocli.CommandLine CLI = Main.commandLine(new PrintStream(OUT, true, StandardCharsets.UTF_8),
            new PrintStream(ERR, true, StandardCharsets.UTF_8));
    private static final Path SEEDS = seeds();
    private static final List<String> CSV_FILES = List.of("hierarchy_sex.csv", "hierarchy_household.csv", "towns.csv",
            "municipalities.csv");

    /** Values a mutation puts in place of a JSON value; {@code @@RAW:x} is written as the raw JSON {@code x}. */
    private static final List<String> VALUES = List.of("", "\u0000", "hier\u0000.csv", "..", ".", "/", "/dev/null",
            "does-not-exist.csv", "towns.csv", "municipalities.csv", "hierarchy_sex.csv", "residents-200.csv",
            "standard", "intervals", "masking", "dates", "ordered", "areas", "quasi-identifying", "sensitive",
            "identifying", "insensitive", "k-anonymity", "t-closeness", "hierarchical", "distinct-l-diversity",
            "entropy-l-diversity", "recursive-cl-diversity", "loss", "discernibility", "年齢", "性別", "要介護度",
            "tab", "\\t", ";", "japanese", "uuuu-MM-dd", "Gy年M月d日", "'", "{}", "x".repeat(300),
            "@@RAW:0", "@@RAW:-1", "@@RAW:1", "@@RAW:2", "@@RAW:5", "@@RAW:2.5", "@@RAW:1e400", "@@RAW:-1e400",
            "@@RAW:10000000000", "@@RAW:99999999999999999999999", "@@RAW:1e-400", "@@RAW:true", "@@RAW:false",
            "@@RAW:null", "@@RAW:[]", "@@RAW:{}", "@@RAW:[5, 10]", "@@RAW:[0]", "@@RAW:[\"x\"]",
            "@@RAW:{\"builder\": \"intervals\", \"widths\": [10]}", "@@RAW:{\"builder\": \"masking\", \"maskRight\": [1]}",
            "@@RAW:{\"role\": \"sensitive\"}");

    /**
     * Where the tries write: memory-backed {@code /dev/shm} where there is one (each successful
     * try forces its output to the device, which costs a disk flush elsewhere), else the temp folder.
     */
    private static final Path SCRATCH = scratch();

    private static Path scratch() {
        Path shm = Path.of("/dev/shm");
        return Files.isDirectory(shm) && Files.isWritable(shm) ? shm : Path.of(System.getProperty("java.io.tmpdir"));
    }

    private static Path seeds() {
        try {
            return Path.of(AnonymizeConfigProperties.class.getResource("/config-seeds/config.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A mutation: what it targets and three selectors, interpreted against the seed at hand. */
    record Mutation(int target, int kind, int a, int b, int c) {
        @Override
        public String toString() {
            return "M[" + target + "," + kind + "," + a + "," + b + "," + c + "]";
        }
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Integer> n = Arbitraries.integers().between(0, 1_000_000);
        Arbitrary<Mutation> m = net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 11), n, n, n).as(Mutation::new);
        return m.list().ofMinSize(1).ofMaxSize(4);
    }

    @Property
    @AddLifecycleHook(ReaderTries.class)
    void anyMutatedConfigurationEndsInAResultOrOneBilingualMessage(@ForAll("mutations") List<Mutation> ms)
            throws IOException {
        Path dir = Files.createTempDirectory(SCRATCH, "anon-config-prop");
        try {
            copySeeds(dir);
            List<String> kinds = new ArrayList<>();
            for (Mutation m : ms) {
                kinds.add(apply(m, dir));
            }
            boolean changed = !Arrays.equals(Files.readAllBytes(dir.resolve("config.json")),
                    Files.readAllBytes(SEEDS.resolve("config.json"))) || csvChanged(dir);
            Statistics.label("mutated").collect(changed ? "yes" : "no: mutations left the seeds unchanged (skipped)");
            Assume.that(changed);

            OUT.reset();
            ERR.reset();
            int code = Main.execute(CLI, new String[] {"anonymize", dir.resolve("residents-200.csv").toString(),
                "--config", dir.resolve("config.json").toString(), "--output",
                dir.resolve("out/anonymised.csv").toString(), "--lang", "en"});
            String e = ERR.toString(StandardCharsets.UTF_8);
            Statistics.label("exit code").collect(code);
            Statistics.label("mutation kinds").collect(kinds.get(0));

            assertThat(e).doesNotContain("Internal error").doesNotContain("内部エラー").doesNotContain("Exception")
                    .doesNotContain("\tat ").doesNotContain("SLF4J").doesNotContain("java.lang.");
            assertThat(code).isIn(ExitCode.OK, ExitCode.USAGE, ExitCode.ERROR);
            if (code == ExitCode.OK) {
                assertThat(e).isEmpty();
                assertThat(dir.resolve("out/anonymised.csv")).exists();
            } else {
                List<String> lines = e.lines().toList();
                assertThat(lines).as(e).hasSize(2);
                assertThat(lines.get(0).codePoints().anyMatch(cp -> cp >= 0x3000)).as("Japanese line first: %s", e)
                        .isTrue();
                assertThat(dir.resolve("out/anonymised.csv")).doesNotExist();
            }
            try (Stream<Path> s = Files.walk(dir)) {
                assertThat(s.map(Path::toString).filter(p -> p.endsWith(".part")).toList()).isEmpty();
            }
        } finally {
            deleteTree(dir);
        }
    }

    // ---- mutations -----------------------------------------------------------------------------

    private static String apply(Mutation m, Path dir) throws IOException {
        if (m.target() <= 4) {
            return treeMutation(m, dir);
        }
        if (m.target() <= 7) {
            return textMutation(m, dir);
        }
        return csvMutation(m, dir);
    }

    /** A value of the tree and how to replace it. */
    private record Slot(JsonNode parent, String key, int index, JsonNode value) {
    }

    private static void slots(JsonNode parent, String key, int index, JsonNode node, List<Slot> out) {
        out.add(new Slot(parent, key, index, node));
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                slots(node, e.getKey(), -1, e.getValue(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                slots(node, null, i, node.get(i), out);
            }
        }
    }

    private static String treeMutation(Mutation m, Path dir) throws IOException {
        Path config = dir.resolve("config.json");
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(config, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return "tree: skipped (no longer JSON)";
        }
        if (root == null || !root.isContainerNode()) {
            return "tree: skipped (no container)";
        }
        List<Slot> all = new ArrayList<>();
        slots(null, null, -1, root, all);
        Slot s = all.get(Math.floorMod(m.a(), all.size()));
        String v = VALUES.get(Math.floorMod(m.b(), VALUES.size()));
        JsonNodeFactory f = JsonNodeFactory.instance;
        String kind;
        switch (m.kind() % 6) {
            case 0 -> {
                kind = "tree: delete";
                remove(s);
            }
            case 1, 2 -> {
                kind = "tree: replace value";
                replace(s, f.textNode(v));
            }
            case 3 -> {
                kind = "tree: wrap in array";
                ArrayNode a = f.arrayNode();
                a.add(s.value().deepCopy());
                replace(s, a);
            }
            case 4 -> {
                kind = "tree: add member";
                if (s.value().isObject()) {
                    ((ObjectNode) s.value()).set(VALUES.get(Math.floorMod(m.c(), 31)), f.textNode(v));
                } else if (s.value().isArray()) {
                    ((ArrayNode) s.value()).add(f.textNode(v));
                }
            }
            default -> {
                kind = "tree: nest deeply";
                JsonNode deep = s.value().deepCopy();
                for (int i = 0; i < 20 + Math.floorMod(m.c(), 30); i++) {
                    ArrayNode a = f.arrayNode();
                    a.add(deep);
                    deep = a;
                }
                replace(s, deep);
            }
        }
        String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        for (String raw : VALUES) {
            if (raw.startsWith("@@RAW:")) {
                text = text.replace(JSON.writeValueAsString(raw), raw.substring(6));
            }
        }
        Files.writeString(config, text, StandardCharsets.UTF_8);
        return kind;
    }

    private static void remove(Slot s) {
        if (s.parent() instanceof ObjectNode o) {
            o.remove(s.key());
        } else if (s.parent() instanceof ArrayNode a) {
            a.remove(s.index());
        }
    }

    private static void replace(Slot s, JsonNode v) {
        if (s.parent() instanceof ObjectNode o) {
            o.set(s.key(), v);
        } else if (s.parent() instanceof ArrayNode a) {
            a.set(s.index(), v);
        }
    }

    private static String textMutation(Mutation m, Path dir) throws IOException {
        Path config = dir.resolve("config.json");
        byte[] b = Files.readAllBytes(config);
        if (b.length == 0) {
            return "text: skipped (empty)";
        }
        int pos = Math.floorMod(m.a(), b.length);
        List<String> lines = new ArrayList<>(Arrays.asList(new String(b, StandardCharsets.ISO_8859_1).split("\n", -1)));
        int line = Math.floorMod(m.a(), lines.size());
        String kind;
        switch (m.kind() % 8) {
            case 0 -> {
                kind = "text: flip a byte";
                b[pos] ^= (byte) (1 << Math.floorMod(m.b(), 8));
            }
            case 1 -> {
                kind = "text: truncate";
                b = Arrays.copyOf(b, pos);
            }
            case 2 -> {
                kind = "text: insert a byte";
                byte[] n = new byte[b.length + 1];
                System.arraycopy(b, 0, n, 0, pos);
                n[pos] = (byte) m.b();
                System.arraycopy(b, pos, n, pos + 1, b.length - pos);
                b = n;
            }
            case 3, 4 -> {
                kind = "text: duplicate a line (duplicate members)";
                lines.add(line, lines.get(line));
                b = String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
            }
            case 5 -> {
                kind = "text: delete a line";
                lines.remove(line);
                b = String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
            }
            case 6 -> {
                kind = "text: byte-order mark";
                byte[] n = new byte[b.length + 3];
                n[0] = (byte) 0xEF;
                n[1] = (byte) 0xBB;
                n[2] = (byte) 0xBF;
                System.arraycopy(b, 0, n, 3, b.length);
                b = n;
            }
            default -> {
                kind = "text: re-encode as Shift_JIS";
                b = new String(b, StandardCharsets.UTF_8).getBytes(Charset.forName("windows-31j"));
            }
        }
        Files.write(config, b);
        return kind;
    }

    private static String csvMutation(Mutation m, Path dir) throws IOException {
        String name = CSV_FILES.get(Math.floorMod(m.a(), CSV_FILES.size()));
        Path file = dir.resolve(name);
        char sep = name.startsWith("hierarchy") ? ';' : ',';
        List<List<String>> rows = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            return "csv: skipped (no longer UTF-8)";
        }
        for (String l : lines) {
            rows.add(new ArrayList<>(Arrays.asList(l.split(String.valueOf(sep), -1))));
        }
        if (rows.isEmpty()) {
            return "csv: skipped (empty)";
        }
        int r1 = Math.floorMod(m.b(), rows.size());
        int r2 = Math.floorMod(m.c(), rows.size());
        List<String> row1 = rows.get(r1);
        int c1 = Math.floorMod(m.c(), row1.size());
        String kind;
        byte[] raw = null;
        switch (m.kind() % 9) {
            case 0 -> {
                kind = "csv: copy a cell to another row (cycles, duplicates)";
                List<String> row2 = rows.get(r2);
                row2.set(Math.floorMod(m.b(), row2.size()), row1.get(c1));
            }
            case 1 -> {
                kind = "csv: swap two cells of a row";
                int c2 = Math.floorMod(m.b() + 1, row1.size());
                String t = row1.get(c1);
                row1.set(c1, row1.get(c2));
                row1.set(c2, t);
            }
            case 2 -> {
                kind = "csv: duplicate a row";
                rows.add(r2, new ArrayList<>(row1));
            }
            case 3 -> {
                kind = "csv: delete a row";
                rows.remove(r1);
            }
            case 4 -> {
                kind = "csv: add a level";
                row1.add(VALUES.get(Math.floorMod(m.c(), 31)));
            }
            case 5 -> {
                kind = "csv: odd value";
                row1.set(c1, VALUES.get(Math.floorMod(m.b(), 31)));
            }
            case 6 -> {
                kind = "csv: invalid UTF-8";
                raw = join(rows, sep).getBytes(StandardCharsets.UTF_8);
                raw[Math.floorMod(m.b(), raw.length)] = (byte) 0xFF;
            }
            case 7 -> {
                kind = "csv: Shift_JIS";
                raw = join(rows, sep).getBytes(Charset.forName("windows-31j"));
            }
            default -> {
                kind = "csv: empty";
                raw = new byte[0];
            }
        }
        Files.write(file, raw != null ? raw : join(rows, sep).getBytes(StandardCharsets.UTF_8));
        return kind;
    }

    private static String join(List<List<String>> rows, char sep) {
        StringBuilder sb = new StringBuilder();
        for (List<String> r : rows) {
            sb.append(String.join(String.valueOf(sep), r)).append('\n');
        }
        return sb.toString();
    }

    // ---- files ---------------------------------------------------------------------------------

    private static void copySeeds(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(SEEDS)) {
            for (Path p : s.toList()) {
                Files.copy(p, dir.resolve(p.getFileName().toString()));
            }
        }
    }

    private static boolean csvChanged(Path dir) throws IOException {
        for (String f : CSV_FILES) {
            if (!Arrays.equals(Files.readAllBytes(dir.resolve(f)), Files.readAllBytes(SEEDS.resolve(f)))) {
                return true;
            }
        }
        return false;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
