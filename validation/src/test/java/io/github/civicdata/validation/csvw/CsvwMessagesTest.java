package io.github.civicdata.validation.csvw;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Messages;
import io.github.civicdata.core.RuleInfo;
import io.github.civicdata.core.internal.BundleCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CsvwMessagesTest {

    @Test
    void bundleIsComplete() throws Exception {
        assertThat(BundleCheck.problems(CsvwMessages.BASE_NAME, getClass().getClassLoader())).isEmpty();
    }

    @Test
    void everyRuleHasTitleChecksAndMessageInBothLanguages() {
        for (RuleInfo r : CsvwRules.all()) {
            for (String key : List.of(r.titleKey(), CsvwRules.checksKey(r), r.id())) {
                assertThat(Messages.get().pattern(Locale.ENGLISH, key)).as(key).isPresent();
                assertThat(Messages.get().pattern(Locale.JAPANESE, key)).as(key).isPresent();
            }
        }
    }

    /** Every message key the sources name ({@code "csvw.…"} literals) is in the bundle. */
    @Test
    void everyKeyInTheSourcesHasAMessage() throws IOException {
        Path dir = Path.of("src", "main", "java", "io", "github", "civicdata", "validation", "csvw");
        Pattern literal = Pattern.compile("\"(csvw\\.[a-z.-]+[a-z])\"");
        TreeSet<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        keys.add("csvw.csv.quote");
        keys.add("csvw.csv.after-quote");
        keys.add("csvw.csv.unterminated");
        List<String> missing = new ArrayList<>();
        for (String k : keys) {
            if (Messages.get().pattern(Locale.ENGLISH, k).isEmpty() || Messages.get().pattern(Locale.JAPANESE, k).isEmpty()) {
                missing.add(k);
            }
        }
        assertThat(keys).hasSizeGreaterThan(80);
        assertThat(missing).isEmpty();
    }
}
