package io.github.civicdata.examples.vocab;

import io.github.civicdata.vocab.DataItem;
import io.github.civicdata.vocab.DatasetTemplate;
import io.github.civicdata.vocab.HeaderMatch;
import io.github.civicdata.vocab.TemplateColumn;
import io.github.civicdata.vocab.Vocabulary;
import io.github.civicdata.vocab.code.AdministrativeArea;
import io.github.civicdata.vocab.code.CodeExplanation;
import io.github.civicdata.vocab.code.CodeLists;
import io.github.civicdata.vocab.code.CodeRecord;
import io.github.civicdata.vocab.gif.CoreDataModel;
import io.github.civicdata.vocab.gif.ItemMapping;
import io.github.civicdata.vocab.export.ExportFormat;
import io.github.civicdata.vocab.export.TemplateExports;
import io.github.civicdata.vocab.format.FormatChecks;
import io.github.civicdata.vocab.format.FormatResult;
import io.github.civicdata.vocab.format.JapaneseDates;
import io.github.civicdata.vocab.format.ValueChecker;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The shared vocabulary in six steps: list the standard dataset templates, look up data items by
 * header, check cell values, export a template as a Frictionless Table Schema, explain a local
 * government code (also an old one) and find codes by name, and link items to the GIF core data model.
 *
 * <p>Run after building ({@code mvn -B -q package -DskipTests}):
 * {@code java -cp cli/target/civicdata.jar:examples/target/classes io.github.civicdata.examples.vocab.VocabularyExample}
 */
public final class VocabularyExample {

    private VocabularyExample() {
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    static void run(PrintStream out) {
        // 1. The shipped templates: both editions of a dataset coexist under distinct versions.
        Vocabulary vocab = Vocabulary.standard();
        out.println("== templates");
        for (DatasetTemplate t : vocab.templates()) {
            out.printf("%s@%s %s (%d columns, %s%s)%n", t.id(), t.version(), t.name(), t.columns().size(),
                    t.confidence().name().toLowerCase(Locale.ROOT), t.complete() ? "" : ", partial");
        }
        DatasetTemplate toilets = vocab.template("public-toilet").orElseThrow(); // the latest: 2026-08

        // 2. Data items by header, also with half-width katakana or an alias.
        out.println("== items");
        DataItem lat = vocab.itemByName("緯度").orElseThrow();
        out.println(lat.id() + " " + lat.nameEn() + " " + lat.constraints().format().orElseThrow());
        HeaderMatch kana = vocab.matchHeader("名称_ｶﾅ").orElseThrow();
        out.println("名称_ｶﾅ -> " + kana.item().name() + " (" + kana.kind() + ")");

        // 3. Cell checks: compile once per column, then check every value; never throws.
        out.println("== checks");
        FormatChecks checks = FormatChecks.standard();
        Map<String, List<String>> cells = new LinkedHashMap<>();
        cells.put("緯度", List.of("43.064310", "369.56056"));
        cells.put("利用開始時間", List.of("09:00", "9:00", "24:00"));
        cells.put("車椅子使用者用トイレ有無", List.of("有", "あり"));
        cells.put("所在地_全国地方公共団体コード", List.of("011088", "92011"));
        for (Map.Entry<String, List<String>> e : cells.entrySet()) {
            TemplateColumn c = toilets.column(e.getKey()).orElseThrow();
            ValueChecker checker = checks.checker(c.item());
            for (String value : e.getValue()) {
                FormatResult r = checker.check(value);
                if (r instanceof FormatResult.Invalid bad) {
                    out.printf("%s %s: %s%s%n", c.header(), value, bad.text().en(),
                            bad.suggestion().map(s -> " -> " + s).orElse(""));
                } else {
                    out.printf("%s %s: ok%n", c.header(), value);
                }
            }
        }
        out.println("令和5年4月1日 = " + JapaneseDates.parse("令和5年4月1日").orElseThrow());
        out.println(LocalDate.of(2019, 5, 1) + " = " + JapaneseDates.format(LocalDate.of(2019, 5, 1)));

        // 4. Export a template (JSON Schema, Table Schema, CSVW, Turtle).
        out.println("== export");
        String tableSchema = TemplateExports.export(ExportFormat.TABLE_SCHEMA, toilets);
        out.println(tableSchema.lines().limit(12).reduce((a, b) -> a + "\n" + b).orElse(""));

        // 5. Local government codes, and the hierarchy as plain rows for anonymisation.
        out.println("== codes");
        CodeExplanation e = CodeLists.standard().explain("92011");
        out.println(e.verdict() + " " + e.normalized().orElse("") + " " + e.text().en());
        AdministrativeArea ward = CodeLists.standard().hierarchy().stream()
                .filter(a -> a.code().equals("011011")).findFirst().orElseThrow();
        out.println(ward.name() + " -> " + ward.cityName() + " -> " + ward.prefectureName());
        // an old code (浜松市中区, abolished on 2024-01-01) and a name, reading or romanised name
        out.println(CodeLists.standard().explain("221317").text().en());
        for (CodeRecord r : CodeLists.standard().lookup("浜松市中区")) {
            out.println(r.code() + " " + r.name() + " valid until " + r.validUntil().map(Object::toString).orElse("-"));
        }

        // 6. The GIF core data model and the links of the shared items to GIF and IMI.
        out.println("== GIF");
        for (ItemMapping m : CoreDataModel.standard().mappingsOf("latitude")) {
            out.println("latitude " + m.match() + " " + m.targetIri());
        }
    }
}
