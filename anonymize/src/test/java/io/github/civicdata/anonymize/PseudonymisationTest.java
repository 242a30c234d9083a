package io.github.civicdata.anonymize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pseudonymisation (仮名加工) roles: keyed hashes, surrogates with a mapping table, deleted columns. */
class PseudonymisationTest {

    @TempDir
    Path dir;

    private static Table residents(int rows, long seed) {
        Random rnd = new Random(seed);
        Table.Builder b = Table.builder(List.of("住民ID", "マイナンバー", "年齢", "性別"));
        for (int r = 0; r < rows; r++) {
            b.addRow("ID" + (1000 + r % 90), String.format("%012d", 100000000000L + r), Integer.toString(20 + rnd.nextInt(40)),
                    rnd.nextBoolean() ? "F" : "M");
        }
        return b.build();
    }

    private static Anonymizer anonymizer(Table t, Pseudonym id) {
        return Anonymizer.builder().pseudonymised("住民ID", id).deleted("マイナンバー")
                .quasiIdentifier("年齢", Hierarchy.intervals().width(10).width(20).build(t.distinctValues(2)))
                .quasiIdentifier("性別", Hierarchy.of(List.of(List.of("F", "*"), List.of("M", "*"))))
                .privacyModel(PrivacyModel.kAnonymity(3)).build();
    }

    private Path key(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static List<String> column(Table t, String name) {
        List<String> out = new ArrayList<>();
        int c = t.columnIndex(name).getAsInt();
        for (int r = 0; r < t.rowCount(); r++) {
            out.add(t.value(r, c));
        }
        return out;
    }

    @Test
    void theSameKeyGivesTheSamePseudonymAndNoKeyAppearsInAnyOutput() throws Exception {
        byte[] secret = new byte[32];
        new Random(99).nextBytes(secret);
        byte[] other = secret.clone();
        other[0] ^= 1;
        Path keyFile = key("secret.key", secret);
        Table t = residents(400, 1);

        AnonymizationResult a = anonymizer(t, Pseudonym.keyedHash(keyFile)).anonymize(t);
        AnonymizationResult b = anonymizer(t, Pseudonym.keyedHash(keyFile)).anonymize(t);
        AnonymizationResult c = anonymizer(t, Pseudonym.keyedHash(key("other.key", other))).anonymize(t);

        // same key, same value -> same pseudonym, in both runs; another key -> other pseudonyms
        List<String> ids = column(t, "住民ID");
        List<String> pa = column(a.output(), "住民ID");
        List<String> pb = column(b.output(), "住民ID");
        assertThat(pa).isEqualTo(pb).doesNotContainAnyElementsOf(ids);
        assertThat(pa).allMatch(s -> s.matches("[0-9a-f]{32}"));
        assertThat(column(c.output(), "住民ID")).doesNotContainAnyElementsOf(pa);
        // one person, one pseudonym; two people, two pseudonyms
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        for (int r = 0; r < ids.size(); r++) {
            assertThat(seen.merge(pa.get(r), ids.get(r), (x, y) -> x.equals(y) ? x : "CONFLICT")).isNotEqualTo("CONFLICT");
        }
        // the deleted column is gone
        assertThat(a.output().header()).containsExactly("住民ID", "年齢", "性別");
        assertThat(a.replacements()).extracting(Replacement::column, Replacement::method)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("住民ID", "hmac-sha256"),
                        org.assertj.core.groups.Tuple.tuple("マイナンバー", "deleted"));

        // no key in any output: CSV, JSON report, summaries, mapping, the method's toString
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        a.output().write(csv, CsvOptions.defaults());
        ByteArrayOutputStream mapping = new ByteArrayOutputStream();
        a.writeMapping(mapping);
        List<String> outputs = List.of(csv.toString(StandardCharsets.UTF_8), a.toJson(), a.summary(Locale.JAPANESE),
                a.summary(Locale.ENGLISH), mapping.toString(StandardCharsets.UTF_8), Pseudonym.keyedHash(keyFile).toString(),
                a.reportMembers().toString());
        for (String text : outputs) {
            assertThat(text).doesNotContain(HexFormat.of().formatHex(secret))
                    .doesNotContain(HexFormat.of().withUpperCase().formatHex(secret))
                    .doesNotContain(Base64.getEncoder().encodeToString(secret))
                    .doesNotContain(new String(secret, StandardCharsets.ISO_8859_1));
        }
        assertThat(mapping.toString(StandardCharsets.UTF_8)).isEqualTo("column,value,surrogate\r\n");
    }

    @Test
    void surrogatesKeepTheirMappingApart() {
        Table t = residents(300, 2);
        AnonymizationResult r = anonymizer(t, Pseudonym.surrogate()).anonymize(t);
        List<String> ids = column(t, "住民ID");
        List<String> out = column(r.output(), "住民ID");
        assertThat(out).allMatch(s -> s.matches("R[0-9a-f]{16}")).doesNotContainAnyElementsOf(ids);
        ByteArrayOutputStream mapping = new ByteArrayOutputStream();
        long entries = r.writeMapping(mapping);
        Table map = Table.read(new java.io.StringReader(mapping.toString(StandardCharsets.UTF_8)), "map.csv",
                CsvOptions.defaults());
        assertThat(entries).isEqualTo(map.rowCount()).isEqualTo(new java.util.HashSet<>(ids).size());
        java.util.Map<String, String> m = new java.util.HashMap<>();
        for (int row = 0; row < map.rowCount(); row++) {
            assertThat(map.value(row, 0)).isEqualTo("住民ID");
            m.put(map.value(row, 1), map.value(row, 2));
        }
        assertThat(new java.util.HashSet<>(m.values())).hasSize(m.size());
        // every released record's surrogate is the one of its value (no record suppressed here)
        assertThat(r.suppressedRows()).isZero();
        for (int row = 0; row < ids.size(); row++) {
            assertThat(out.get(row)).isEqualTo(m.get(ids.get(row)));
        }
        assertThat(r.hasSurrogates()).isTrue();
    }

    @Test
    void aShortOrMissingKeyIsAClearErrorWithoutTheKey() throws Exception {
        Path shortKey = key("short.key", "tiny-secret-123".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> Pseudonym.keyedHash(shortKey)).isInstanceOfSatisfying(AnonymizationException.class, e -> {
            assertThat(e.key()).isEqualTo("anon.pseudonym.key-too-short");
            assertThat(e.text().en()).contains("short.key").contains("15 bytes").doesNotContain("tiny-secret");
            assertThat(e.text().ja()).doesNotContain("tiny-secret");
        });
        assertThatThrownBy(() -> Pseudonym.keyedHash(dir.resolve("none.key")))
                .isInstanceOfSatisfying(AnonymizationException.class,
                        e -> assertThat(e.key()).isEqualTo("anon.pseudonym.key-not-found"));
    }
}
