package io.github.civicdata.validation.certify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Shared inputs of the certification tests: the shipped example files and an attestation file. */
final class CertifyFixtures {

    static final Path EXAMPLES = Path.of("..", "examples", "data");
    static final Path AED_CLEAN = EXAMPLES.resolve("validation/aed_clean.csv");
    static final Path AED_DEFECTS = EXAMPLES.resolve("validation/aed_defects_sjis.csv");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);

    static final String ATTEST = """
            {"attestations": [
              {"rule": "L3-02", "by": "山田太郎（株式会社サンプル）", "checked": "コード表 codes.pdf を別添した", "note": "codes.pdf"},
              {"rule": "L3-04", "by": "山田太郎", "checked": "単位を項目名と定義書に記載した"},
              {"rule": "L3-07", "by": "山田太郎", "checked": "前年と同じ形式で作成した"},
              {"rule": "L3-08", "by": "山田太郎", "checked": "データ定義書と更新履歴を公開した"}
            ]}
            """;

    private CertifyFixtures() {
    }

    static List<Attestation> attestations() {
        return Attestation.read(ATTEST.getBytes(StandardCharsets.UTF_8), "attest.json");
    }

    static Certifier.Builder aed() {
        return Certifier.builder().template("aed@2021-suisho").attestations(attestations()).clock(CLOCK);
    }

    static List<Certifier.Subject> subject(Path file) {
        return List.of(new Certifier.Subject(file.getFileName().toString(), file));
    }

    static Map<String, Path> files(Path... files) {
        java.util.LinkedHashMap<String, Path> m = new java.util.LinkedHashMap<>();
        for (Path f : files) {
            m.put(f.getFileName().toString(), f);
        }
        return m;
    }

    static Path copy(Path file, Path dir) throws IOException {
        Path to = dir.resolve(file.getFileName().toString());
        Files.copy(file, to);
        return to;
    }
}
