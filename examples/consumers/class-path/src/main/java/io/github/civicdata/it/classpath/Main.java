package io.github.civicdata.it.classpath;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Messages;
import io.github.civicdata.core.Report;
import io.github.civicdata.validation.Validator;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV-only consumer of civicdata-validation on the class path. Exits with status 1 when the
 * run-time class path has more than 12 jars or holds Jena, POI, Everit or a logging bridge, or
 * when validation does not give a report with messages. Argument: a scratch directory.
 */
public final class Main {

    private static final int MAX_JARS = 12;

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        List<String> failures = new ArrayList<>();
        List<String> jars = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (e.endsWith(".jar")) {
                jars.add(Path.of(e).getFileName().toString());
            }
        }
        System.out.println(jars.size() + " jars: " + jars);
        if (jars.size() > MAX_JARS) {
            failures.add("more than " + MAX_JARS + " jars on the class path: " + jars.size());
        }
        for (String banned : List.of("jena", "poi", "everit", "log4j", "commons-logging", "jcl-over-slf4j", "json-2")) {
            jars.stream().filter(j -> j.startsWith(banned)).forEach(j -> failures.add("unexpected jar " + j));
        }
        for (String absent : List.of("org.apache.jena.rdf.model.Model", "org.apache.poi.ss.usermodel.Workbook",
                "org.everit.json.schema.Schema", "org.apache.logging.log4j.LogManager")) {
            try {
                Class.forName(absent);
                failures.add("class " + absent + " is on the class path");
            } catch (ClassNotFoundException expected) {
                // as it should be
            }
        }
        if (Validator.class.getModule().isNamed()) {
            failures.add("expected the class path, found module " + Validator.class.getModule());
        }
        Path dir = Files.createDirectories(Path.of(args[0], "class-path-run"));
        Path csv = dir.resolve("aed.csv");
        Files.writeString(csv, "名称,緯度,経度\n市役所,35.6,139.7\n公民館,北緯35度,139.7\n", StandardCharsets.UTF_8);
        Report report = Validator.builder().template("aed@2021-suisho").build().validate(csv);
        if (report.total() == 0) {
            failures.add("no findings for a file with a bad latitude");
        }
        for (Finding f : report.findings()) {
            String en = Messages.get().localize(f).en();
            if (en.startsWith(f.messageKey())) {
                failures.add("no message for " + f.messageKey());
            }
        }
        if (!failures.isEmpty()) {
            failures.forEach(f -> System.out.println("FAILED: " + f));
            System.exit(1);
        }
        System.out.println("class-path consumer: " + report.total() + " finding(s); all checks passed");
    }
}
