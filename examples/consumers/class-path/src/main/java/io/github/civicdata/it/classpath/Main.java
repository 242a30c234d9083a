package io.github.civicdata.it.classpath;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Messages;
import io.github.civicdata.core.Report;
import io.github.civicdata.validation.Validator;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A consumer of civicdata-validation alone, on the class path, checking a CSV and an xlsx file.
 * Exits with status 1 when the run-time class path has more than 12 jars or holds Jena, POI,
 * Everit, Log4j or a commons-logging jar or bridge, when a validation does not give the expected
 * findings with messages, or when anything but SLF4J's own "no provider" notice (this consumer
 * chose no SLF4J binding) is printed on standard error. Argument: a scratch directory.
 */
public final class Main {

    private static final int MAX_JARS = 12;

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        List<String> failures = new ArrayList<>();
        List<String> jars = new ArrayList<>();
        long bytes = 0;
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (e.endsWith(".jar")) {
                jars.add(Path.of(e).getFileName().toString());
                bytes += Files.size(Path.of(e));
            }
        }
        System.out.printf("%d jars, %.1f MB: %s%n", jars.size(), bytes / 1048576.0, jars);
        if (jars.size() > MAX_JARS) {
            failures.add("more than " + MAX_JARS + " jars on the class path: " + jars.size());
        }
        for (String banned : List.of("jena", "poi", "everit", "log4j", "commons-logging", "jcl-over-slf4j", "json-2")) {
            jars.stream().filter(j -> j.startsWith(banned)).forEach(j -> failures.add("unexpected jar " + j));
        }
        for (String absent : List.of("org.apache.jena.rdf.model.Model", "org.apache.poi.ss.usermodel.Workbook",
                "org.everit.json.schema.Schema", "org.apache.logging.log4j.LogManager",
                "org.apache.commons.logging.LogFactory")) {
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

        PrintStream realErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        long total = 0;
        try {
            Path dir = Files.createDirectories(Path.of(args[0], "class-path-run"));
            Path csv = dir.resolve("aed.csv");
            Files.writeString(csv, "名称,緯度,経度\n市役所,35.6,139.7\n公民館,北緯35度,139.7\n", StandardCharsets.UTF_8);
            total += validate(csv, failures);
            // the same table as a workbook: read with the JDK's zip and XML parsers, no POI
            Path xlsx = dir.resolve("aed.xlsx");
            writeWorkbook(xlsx);
            total += validate(xlsx, failures);
        } finally {
            System.setErr(realErr);
        }
        for (String line : err.toString(StandardCharsets.UTF_8).split("\\R")) {
            if (!line.isEmpty() && !line.startsWith("SLF4J(W): ")) {
                failures.add("printed on standard error: " + line);
            }
        }
        if (!failures.isEmpty()) {
            failures.forEach(f -> System.out.println("FAILED: " + f));
            System.exit(1);
        }
        System.out.println("class-path consumer: " + total + " finding(s); all checks passed");
    }

    /** Validates against the AED template: the bad latitude in row 2, column 2, must be found. */
    private static long validate(Path file, List<String> failures) {
        Report report = Validator.builder().template("aed@2021-suisho").build().validate(file);
        boolean latitude = false;
        for (Finding f : report.findings()) {
            String en = Messages.get().localize(f).en();
            if (en.startsWith(f.messageKey())) {
                failures.add(file.getFileName() + ": no message for " + f.messageKey());
            }
            if (f.ruleId().endsWith("internal-error")) {
                failures.add(file.getFileName() + ": internal error " + en);
            }
            latitude |= f.ruleId().equals("type-error") && f.location().row().orElse(-1L) == 2L;
        }
        if (!latitude) {
            failures.add(file.getFileName() + ": the bad latitude in row 2 is not reported: " + report.findings());
        }
        System.out.println(file.getFileName() + ": " + report.total() + " finding(s)");
        return report.total();
    }

    /** The smallest workbook Excel opens: one sheet, inline strings, no styles. */
    private static void writeWorkbook(Path xlsx) throws IOException {
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        String pkg = "http://schemas.openxmlformats.org/package/2006/relationships";
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", head
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "</Types>");
        parts.put("_rels/.rels", head + "<Relationships xmlns=\"" + pkg + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        parts.put("xl/workbook.xml", head + "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel + "\">"
                + "<sheets><sheet name=\"AED\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", head + "<Relationships xmlns=\"" + pkg + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "</Relationships>");
        parts.put("xl/worksheets/sheet1.xml", head + "<worksheet xmlns=\"" + main + "\"><sheetData>"
                + "<row r=\"1\">" + text("A1", "名称") + text("B1", "緯度") + text("C1", "経度") + "</row>"
                + "<row r=\"2\">" + text("A2", "市役所") + number("B2", "35.6") + number("C2", "139.7") + "</row>"
                + "<row r=\"3\">" + text("A3", "公民館") + text("B3", "北緯35度") + number("C3", "139.7") + "</row>"
                + "</sheetData></worksheet>");
        try (OutputStream out = Files.newOutputStream(xlsx); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    private static String text(String ref, String value) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
    }

    private static String number(String ref, String value) {
        return "<c r=\"" + ref + "\"><v>" + value + "</v></c>";
    }
}
