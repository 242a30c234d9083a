package io.github.civicdata.validation.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Report;
import io.github.civicdata.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What an input is, judged from its content before its name (L1-01). */
class FileFormatTest {

    private static Report validate(String text, String name) {
        return Validator.builder().build().validate(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name);
    }

    @Test
    void htmlPageSavedAsCsvBreaksL101() throws IOException {
        // review gap 12: it gave only an L1-04 warning
        Path repro = XlsxSecurityTest.hostile("html-as-csv.csv");
        Report r = Validator.builder().build().validate(repro);
        assertThat(r.findings()).extracting(Finding::messageKey).containsExactly("L1-01.html");
        assertThat(r.conforms()).isFalse();
        for (String page : new String[] {"<!DOCTYPE html>\n<html><body>404</body></html>",
            "\uFEFF  \r\n<!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">", "\n\t<html lang=\"ja\"><head>",
            "<HTML>\n<BODY>"}) {
            for (String name : new String[] {"data.csv", "data.tsv", "data.txt", "data.xls", "data.xlsx"}) {
                assertThat(validate(page, name).findings()).as(name + ": " + page).extracting(Finding::messageKey)
                        .containsExactly("L1-01.html");
            }
        }
        assertThat(validate("<html><body></body></html>", "page.html").findings()).extracting(Finding::messageKey)
                .containsExactly("L1-01");
    }

    @Test
    void csvThatMerelyMentionsHtmlIsACsv() {
        for (String csv : new String[] {"名称,URL\n市役所,https://example.lg.jp/index.html\n",
            "<html_id>,name\n1,a\n", "html,text\n<b>,x\n", "<htmlx,1\n2,3\n"}) {
            assertThat(validate(csv, "data.csv").findings()).as(csv).extracting(Finding::ruleId)
                    .doesNotContain("L1-01");
        }
    }
}
