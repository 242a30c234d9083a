package io.github.civicdata.cli;

import static io.github.civicdata.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.civicdata.cli.CliRun.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI side of issue 17's legal process: {@code pseudonymise} (仮名加工情報), and {@code anonymize}
 * with pseudonymised and deleted columns, {@code --mapping}, {@code --publication} (公表事項),
 * a population table (journalist risk) and the 特異な記述等 settings.
 */
class PseudonymiseCommandTest {

    @TempDir
    Path tmp;

    private Path copy(String name) throws IOException {
        Path p = tmp.resolve(name);
        Files.copy(AnonymizeCommandTest.resource(name), p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return p;
    }

    private Path key(String name, int bytes, int seed) throws IOException {
        byte[] k = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            k[i] = (byte) (seed * 31 + i * 7);
        }
        Path p = tmp.resolve(name);
        Files.write(p, k);
        return p;
    }

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static List<String> column(Path csv, int index) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8).subList(1, Files.readAllLines(csv).size())) {
            out.add(line.split(",", -1)[index]);
        }
        return out;
    }

    @Test
    void keyedHashGivesTheSamePseudonymForTheSameKeyAndNeverShowsTheKey() throws IOException {
        Path in = copy("people.csv");
        Path k1 = key("k1.key", 32, 1);
        Path k2 = key("k2.key", 32, 2);
        String cfg = "{\"attributes\": {\"氏名\": {\"role\": \"pseudonymise\", \"method\": \"hmac-sha256\", \"keyFile\": \"%s\"},"
                + "\"郵便番号\": {\"role\": \"delete\"}}}";
        Path c1 = write("c1.json", cfg.formatted("k1.key"));
        Path c2 = write("c2.json", cfg.formatted("k2.key"));
        Path o1 = tmp.resolve("o1.csv");
        Path o1b = tmp.resolve("o1b.csv");
        Path o2 = tmp.resolve("o2.csv");
        Path rep = tmp.resolve("r.json");
        Result r = run("pseudonymise", in.toString(), "--config", c1.toString(), "--output", o1.toString(),
                "--report", rep.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("60").contains("氏名: hmac-sha256").contains("郵便番号: deleted");
        assertThat(run("pseudonymise", in.toString(), "--config", c1.toString(), "--output", o1b.toString()).code())
                .isEqualTo(ExitCode.OK);
        assertThat(run("pseudonymise", in.toString(), "--config", c2.toString(), "--output", o2.toString()).code())
                .isEqualTo(ExitCode.OK);

        List<String> lines = Files.readAllLines(o1, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("氏名,年齢,性別,疾病,残高"); // 郵便番号 deleted
        assertThat(lines).hasSize(61);
        List<String> names = column(in, 0);
        List<String> p1 = column(o1, 0);
        assertThat(p1).isEqualTo(column(o1b, 0)); // same key, same pseudonyms in another run
        List<String> p2 = column(o2, 0);
        for (int i = 0; i < names.size(); i++) {
            assertThat(p1.get(i)).matches("[0-9a-f]{32}").isNotEqualTo(p2.get(i));
            for (int j = 0; j < names.size(); j++) {
                // the same name, the same pseudonym; different names, different pseudonyms
                assertThat(p1.get(i).equals(p1.get(j))).isEqualTo(names.get(i).equals(names.get(j)));
            }
        }
        assertThat(column(o1, 1)).isEqualTo(column(in, 1)); // other columns kept
        // the key appears nowhere: not in the output, the report or what was printed
        String hex = HexFormat.of().formatHex(Files.readAllBytes(k1));
        for (String text : List.of(Files.readString(o1), Files.readString(rep), r.out(), r.err())) {
            assertThat(text.toLowerCase()).doesNotContain(hex);
            assertThat(text).doesNotContain(new String(Files.readAllBytes(k1), StandardCharsets.ISO_8859_1));
        }
        JsonNode j = new ObjectMapper().readTree(rep.toFile());
        assertThat(j.get("rows").asLong()).isEqualTo(60);
        assertThat(j.get("replacements").toString()).contains("\"氏名\"").contains("hmac-sha256").contains("deleted");
        for (String name : names) {
            assertThat(j.toString()).doesNotContain(name); // no values in the report
        }
    }

    @Test
    void surrogatesNeedAMappingFileWhichResolvesThem() throws IOException {
        Path in = copy("people.csv");
        Path c = write("c.json", "{\"attributes\": {\"氏名\": {\"role\": \"pseudonymise\", \"method\": \"surrogate\"},"
                + "\"残高\": {\"role\": \"identifying\"}}}");
        Path out = tmp.resolve("o.csv");
        Result missing = run("pseudonymise", in.toString(), "--config", c.toString(), "--output", out.toString());
        assertThat(missing.code()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("--mapping").doesNotContain("Exception");
        assertThat(out).doesNotExist();

        Path map = tmp.resolve("map.csv");
        Result r = run("pseudonymise", in.toString(), "--config", c.toString(), "--output", out.toString(),
                "--mapping", map.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        List<String> mapping = Files.readAllLines(map, StandardCharsets.UTF_8);
        assertThat(mapping.get(0)).isEqualTo("column,value,surrogate");
        java.util.Map<String, String> back = new java.util.HashMap<>();
        for (String m : mapping.subList(1, mapping.size())) {
            String[] f = m.split(",");
            assertThat(f[0]).isEqualTo("氏名");
            back.put(f[2], f[1]);
        }
        List<String> names = column(in, 0);
        List<String> surrogates = column(out, 0);
        Set<String> distinct = new LinkedHashSet<>(names);
        assertThat(back).hasSize(distinct.size());
        for (int i = 0; i < names.size(); i++) {
            assertThat(back.get(surrogates.get(i))).isEqualTo(names.get(i));
            assertThat(Files.readString(out)).doesNotContain(names.get(i));
        }
        assertThat(column(out, 5)).containsOnly("*");
    }

    @Test
    void configurationErrorsAreBilingualUsageErrors() throws IOException {
        Path in = copy("people.csv");
        key("short.key", 8, 1);
        for (String[] bad : new String[][] {
            {"{\"attributes\": {\"氏名\": {\"role\": \"pseudonymise\", \"method\": \"md5\"}}}", "/attributes/氏名/method"},
            {"{\"attributes\": {\"氏名\": {\"role\": \"pseudonymise\", \"method\": \"hmac-sha256\"}}}", "keyFile"},
            {"{\"attributes\": {\"氏名\": {\"role\": \"pseudonymise\", \"method\": \"hmac-sha256\", \"keyFile\": \"short.key\"}}}", "32"},
            {"{\"attributes\": {\"年齢\": {\"role\": \"quasi-identifying\", \"hierarchy\": \"age.csv\"}}}", "quasi"},
            {"{\"attributes\": {\"無い列\": {\"role\": \"delete\"}}}", "無い列"},
            {"{\"attributes\": {}}", "No column"},
        }) {
            Path c = write("bad.json", bad[0]);
            Result r = run("pseudonymise", in.toString(), "--config", c.toString(), "--output", tmp.resolve("x.csv").toString());
            assertThat(r.code()).as(bad[0] + "\n" + r.err()).isIn(ExitCode.USAGE, ExitCode.ERROR);
            assertThat(r.err()).as(bad[0]).contains(bad[1]).doesNotContain("Exception").doesNotContain("Internal error");
            assertThat(tmp.resolve("x.csv")).doesNotExist();
        }
    }

    @Test
    void anonymizeWritesPublicationNoticeMappingAndPopulationRisk() throws IOException {
        Path in = copy("people.csv");
        copy("age.csv");
        copy("sex.csv");
        // a population of 40 people for each combination present in the sample (a census-like table)
        StringBuilder pop = new StringBuilder("年齢,性別,郵便番号,人口\n");
        Set<String> seen = new LinkedHashSet<>();
        for (String line : Files.readAllLines(in, StandardCharsets.UTF_8).subList(1, 61)) {
            String[] f = line.split(",");
            if (seen.add(f[1] + "," + f[2] + "," + f[3])) {
                pop.append(f[1]).append(',').append(f[2]).append(',').append(f[3]).append(",40\n");
            }
        }
        write("population.csv", pop.toString());
        Path c = write("c.json", "{\"attributes\": {\"年齢\": {\"role\": \"quasi-identifying\", \"hierarchy\": \"age.csv\"},"
                + "\"性別\": {\"role\": \"quasi-identifying\", \"hierarchy\": \"sex.csv\"},"
                + "\"郵便番号\": {\"role\": \"quasi-identifying\", \"hierarchy\": {\"builder\": \"masking\", \"maskRight\": [4]}},"
                + "\"疾病\": {\"role\": \"sensitive\"}, \"氏名\": {\"role\": \"pseudonymise\", \"method\": \"surrogate\"},"
                + "\"残高\": {\"role\": \"delete\"}},"
                + "\"privacy\": [{\"model\": \"k-anonymity\", \"k\": 3}], \"suppressionLimit\": 0.1,"
                + "\"population\": {\"file\": \"population.csv\", \"count\": \"人口\"},"
                + "\"uniqueDescriptions\": {\"percentiles\": [0.01, 0.99], \"upperLimits\": {\"年齢\": 80}},"
                + "\"publication\": {\"dataset\": \"試験データ\", \"organisation\": \"試験市\", \"date\": \"2026-04-01\"}}");
        Path out = tmp.resolve("o.csv");
        Path rep = tmp.resolve("r.json");
        Path notice = tmp.resolve("notice.txt");
        Result noMapping = run("anonymize", in.toString(), "--config", c.toString(), "--output", out.toString());
        assertThat(noMapping.code()).isEqualTo(ExitCode.USAGE);
        assertThat(noMapping.err()).contains("--mapping");
        assertThat(out).doesNotExist();

        Path map = tmp.resolve("map.csv");
        Result r = run("anonymize", in.toString(), "--config", c.toString(), "--output", out.toString(),
                "--report", rep.toString(), "--mapping", map.toString(), "--publication", notice.toString(), "--lang", "en");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8).get(0)).isEqualTo("氏名,年齢,性別,郵便番号,疾病");
        assertThat(Files.readAllLines(map, StandardCharsets.UTF_8).get(0)).isEqualTo("column,value,surrogate");
        String text = Files.readString(notice, StandardCharsets.UTF_8);
        assertThat(text).contains("試験データ").contains("試験市").contains("年齢").contains("性別").contains("疾病");
        assertThat(text).doesNotContain("残高"); // deleted items are not contained
        for (String name : column(in, 0)) {
            assertThat(text).doesNotContain(name);
        }
        JsonNode j = new ObjectMapper().readTree(rep.toFile());
        JsonNode after = j.get("risk").get("after");
        assertThat(after.get("journalist").asDouble()).isLessThan(after.get("prosecutor").asDouble());
        assertThat(after.get("journalist").asDouble()).isLessThanOrEqualTo(1.0 / 40);
        assertThat(j.toString()).contains("uniqueDescriptions");

        Result noPublication = run("anonymize", in.toString(), "--config",
                write("c2.json", Files.readString(c).replace(",\"publication\": {\"dataset\": \"試験データ\", \"organisation\": \"試験市\", \"date\": \"2026-04-01\"}", "")).toString(),
                "--output", tmp.resolve("o2.csv").toString(), "--mapping", tmp.resolve("m2.csv").toString(),
                "--publication", tmp.resolve("n2.txt").toString());
        assertThat(noPublication.code()).isEqualTo(ExitCode.USAGE);
        assertThat(noPublication.err()).contains("publication");
        assertThat(tmp.resolve("o2.csv")).doesNotExist();
    }

    @Test
    void anonymizeWithLocalRecodingReleasesEveryRecordInClassesOfK() throws IOException {
        Path in = copy("people.csv");
        copy("age.csv");
        copy("sex.csv");
        String cfg = "{\"attributes\": {\"年齢\": {\"role\": \"quasi-identifying\", \"hierarchy\": \"age.csv\"},"
                + "\"性別\": {\"role\": \"quasi-identifying\", \"hierarchy\": \"sex.csv\"},"
                + "\"郵便番号\": {\"role\": \"quasi-identifying\", \"hierarchy\": {\"builder\": \"masking\", \"maskRight\": [4]}},"
                + "\"疾病\": {\"role\": \"sensitive\"}, \"氏名\": {\"role\": \"identifying\"}},"
                + "\"privacy\": [{\"model\": \"k-anonymity\", \"k\": 3}, {\"model\": \"distinct-l-diversity\", \"attribute\": \"疾病\", \"l\": 2}],"
                + "\"transformation\": \"local\"}";
        Path c = write("local.json", cfg);
        Path out = tmp.resolve("o.csv");
        Path rep = tmp.resolve("r.json");
        Result r = run("anonymize", in.toString(), "--config", c.toString(), "--output", out.toString(),
                "--report", rep.toString(), "--lang", "en");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("Local recoding (Mondrian): 60 records released");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(61);
        java.util.Map<String, List<String>> classes = new java.util.HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            // 氏名,年齢,性別,郵便番号,疾病,残高 with a quoted range such as "[20, 29]" in 年齢
            List<String> f = new ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([^\"]*)\"|([^,]*)").matcher(line);
            int pos = 0;
            while (pos <= line.length() && m.find(pos)) {
                f.add(m.group(1) != null ? m.group(1) : m.group(2));
                pos = m.end() + 1;
            }
            assertThat(f.get(0)).isEqualTo("*");
            classes.computeIfAbsent(f.get(1) + "|" + f.get(2) + "|" + f.get(3), x -> new ArrayList<>()).add(f.get(4));
        }
        for (List<String> sens : classes.values()) {
            assertThat(sens.size()).isGreaterThanOrEqualTo(3);
            assertThat(new java.util.HashSet<>(sens)).hasSizeGreaterThanOrEqualTo(2);
        }
        JsonNode j = new ObjectMapper().readTree(rep.toFile());
        assertThat(j.get("transformation").asText()).isEqualTo("local");
        assertThat(j.get("classes").asInt()).isEqualTo(classes.size());
        assertThat(j.get("suppressedRows").asInt()).isZero();

        Result bad = run("anonymize", in.toString(), "--config", c.toString(), "--output", tmp.resolve("o2.csv").toString(),
                "--publication", tmp.resolve("n.txt").toString());
        assertThat(bad.code()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.err()).contains("--publication").contains("local");
        Path wrong = write("wrong.json", cfg.replace("\"local\"", "\"sideways\""));
        Result w = run("anonymize", in.toString(), "--config", wrong.toString(), "--output", tmp.resolve("o3.csv").toString());
        assertThat(w.code()).isEqualTo(ExitCode.USAGE);
        assertThat(w.err()).contains("/transformation").contains("full-domain, local");
    }

    @Test
    void blankLinesAreCountedSoEveryLineIsAccountedFor() throws IOException {
        Path in = write("blank.csv", "氏名,年齢\n山田,30\n\n佐藤,40\n");
        Path c = write("c.json", "{\"attributes\": {\"氏名\": {\"role\": \"identifying\"}}}");
        Path out = tmp.resolve("o.csv");
        Path rep = tmp.resolve("r.json");
        Result r = run("pseudonymise", in.toString(), "--config", c.toString(), "--output", out.toString(),
                "--report", rep.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("2 records").contains("1 blank line");
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).containsExactly("氏名,年齢", "*,30", "*,40");
        JsonNode j = new ObjectMapper().readTree(rep.toFile());
        assertThat(j.get("rows").asLong()).isEqualTo(2);
        assertThat(j.get("blankLines").asLong()).isEqualTo(1);
    }
}
