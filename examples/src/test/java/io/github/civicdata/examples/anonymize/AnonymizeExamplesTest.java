package io.github.civicdata.examples.anonymize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The anonymisation examples run on their bundled data (working directory: the examples module). */
class AnonymizeExamplesTest {

    @TempDir
    Path tmp;

    @Test
    void residentTableExampleWritesAKAnonymousTableAndAReport() throws Exception {
        ResidentTableExample.main(new String[] {"data/anonymize", tmp.toString()});
        List<String> lines = Files.readAllLines(tmp.resolve("residents-anonymised.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("住民ID,氏名,年齢,性別,町字,世帯類型,要介護度");
        assertThat(lines.subList(1, lines.size())).allMatch(l -> l.startsWith("*,*,"));
        String report = Files.readString(tmp.resolve("residents-report.json"));
        assertThat(report).contains("\"inputRows\" : 3000").contains("\"suppressedRowNumbers\"");
    }

    @Test
    void generatorReproducesTheCommittedData() throws Exception {
        GenerateResidentData.main(new String[] {tmp.toString()});
        for (String f : List.of("residents.csv", "towns.csv", "municipalities.csv")) {
            assertThat(Files.mismatch(tmp.resolve(f), Path.of("data/anonymize").resolve(f))).as(f).isEqualTo(-1L);
        }
    }
}
