package io.github.civicdata.examples.csvw;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.validation.csvw.CsvwResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The CSVW example on the bundled shelters (tests run in the examples module directory). */
class CsvwToTurtleTest {

    @Test
    void sheltersValidateAndBecomeImiTurtle() throws Exception {
        ByteArrayOutputStream turtle = new ByteArrayOutputStream();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        CsvwResult r = CsvwToTurtle.run(Path.of("data", "csvw", "shelters.csv"), turtle,
                new PrintStream(log, true, StandardCharsets.UTF_8));
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("5 row(s), 0 finding(s)");
        assertThat(r.report().total()).isZero();
        String ttl = turtle.toString(StandardCharsets.UTF_8);
        assertThat(ttl).contains("@prefix ic:", "ic:施設型", "ic:名称型", "ic:表記", "\"サンプル市立第一小学校\"",
                "ic:緯度", "\"35.681236\"", "\"03-1234-5601\"^^ic:電話番号型", "ic:単位表記", "\"人\"",
                "<http://example.org/sample-city/shelter/S001>");
    }

    /** Every ic: term the conversion uses is a term of the IMI core vocabulary 2.4.2. */
    @Test
    void everyImiTermIsInTheVocabulary() throws Exception {
        ByteArrayOutputStream turtle = new ByteArrayOutputStream();
        CsvwToTurtle.run(Path.of("data", "csvw", "shelters.csv"), turtle, new PrintStream(new ByteArrayOutputStream(),
                true, StandardCharsets.UTF_8));
        Set<String> used = new LinkedHashSet<>();
        Matcher m = Pattern.compile("ic:([^\\s;.,]+)").matcher(turtle.toString(StandardCharsets.UTF_8));
        while (m.find()) {
            used.add(m.group(1));
        }
        String vocabulary = Files.readString(imi(), StandardCharsets.UTF_8);
        assertThat(used).hasSizeGreaterThan(15);
        for (String term : used) {
            assertThat(vocabulary).as("ic:" + term + " in imicore242.ttl").containsPattern("(?m)^ic:" + Pattern.quote(term)
                    + "\\s");
        }
    }

    private static Path imi() throws URISyntaxException {
        return Path.of(CsvwToTurtleTest.class.getResource("/imi/imicore242.ttl").toURI());
    }
}
