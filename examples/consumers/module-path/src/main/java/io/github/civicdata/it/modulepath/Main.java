package io.github.civicdata.it.modulepath;

import io.github.civicdata.anonymize.AnonymizationResult;
import io.github.civicdata.anonymize.Anonymizer;
import io.github.civicdata.anonymize.Hierarchy;
import io.github.civicdata.anonymize.PrivacyModel;
import io.github.civicdata.anonymize.Table;
import io.github.civicdata.core.Finding;
import io.github.civicdata.core.LocalizedText;
import io.github.civicdata.core.Messages;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.Severity;
import io.github.civicdata.core.report.ReportFormat;
import io.github.civicdata.core.report.ReportWriter;
import io.github.civicdata.metadata.BilingualText;
import io.github.civicdata.metadata.DatasetRecord;
import io.github.civicdata.metadata.InvalidRecordException;
import io.github.civicdata.metadata.KnownLicense;
import io.github.civicdata.metadata.LocalGovernmentCode;
import io.github.civicdata.metadata.MetadataJson;
import io.github.civicdata.metadata.Publisher;
import io.github.civicdata.metadata.RecordReadResult;
import io.github.civicdata.rdf.DcatFormat;
import io.github.civicdata.rdf.DcatReader;
import io.github.civicdata.rdf.DcatWriter;
import io.github.civicdata.rdf.SkosExport;
import io.github.civicdata.validation.Validator;
import io.github.civicdata.vocab.DatasetTemplate;
import io.github.civicdata.vocab.Vocabulary;
import io.github.civicdata.vocab.code.CodeLists;
import io.github.civicdata.vocab.export.ExportFormat;
import io.github.civicdata.vocab.export.TemplateExports;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Uses every civicdata library module and exits with status 1 when anything is not as a consumer
 * expects (each failed check is printed). Arguments: a scratch directory and how the program was
 * started, {@code module-path} (everything named or automatic modules on {@code --module-path})
 * or {@code class-path} (the same jars on {@code -cp}); the checks are the same but for the module
 * boundaries, which only the module path has.
 */
public final class Main {

    private static final List<String> FAILURES = new ArrayList<>();

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream realErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        boolean modulePath = switch (args[1]) {
            case "module-path" -> true;
            case "class-path" -> false;
            default -> throw new IllegalArgumentException("module-path or class-path, not " + args[1]);
        };
        Path dir = Files.createDirectories(Path.of(args[0], args[1] + "-run"));
        try {
            if (modulePath) {
                modules();
            } else {
                unnamed();
            }
            messages();
            vocab();
            validation(dir);
            metadataAndRdf();
            anonymize();
        } catch (RuntimeException | Error e) {
            e.printStackTrace(realErr);
            FAILURES.add("unexpected " + e);
        } finally {
            System.setErr(realErr);
        }
        String stderr = err.toString(StandardCharsets.UTF_8);
        check(stderr.isEmpty(), "nothing on standard error, found:\n" + stderr);
        if (!FAILURES.isEmpty()) {
            FAILURES.forEach(f -> System.out.println("FAILED: " + f));
            System.exit(1);
        }
        System.out.println("every-module consumer on the " + args[1] + ": all checks passed");
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            FAILURES.add(what);
        }
    }

    /** Really on the module path: every civicdata module is named, internals are not exported. */
    private static void modules() {
        Module self = Main.class.getModule();
        check(self.isNamed(), "the consumer runs as a named module");
        for (Class<?> c : List.of(Report.class, DatasetRecord.class, Vocabulary.class, DcatWriter.class,
                Validator.class, Anonymizer.class)) {
            Module m = c.getModule();
            check(m.isNamed() && m.getName().startsWith("io.github.civicdata."),
                    c.getName() + " is in a named civicdata module, found " + m);
        }
        Module core = Report.class.getModule();
        check(!core.isExported("io.github.civicdata.core.internal", self),
                "core.internal is not exported to consumers");
        check(core.isExported("io.github.civicdata.core.internal", DatasetRecord.class.getModule()),
                "core.internal is exported to civicdata-metadata");
        check(!DatasetRecord.class.getModule().isExported("io.github.civicdata.metadata.internal", self),
                "metadata.internal is not exported to consumers");
        check(core.getDescriptor().packages().contains("io.github.civicdata.core.internal"),
                "core has its internal package");
    }

    /** Really on the class path: nothing is in a named module. */
    private static void unnamed() {
        for (Class<?> c : List.of(Main.class, Report.class, DatasetRecord.class, Vocabulary.class, DcatWriter.class,
                Validator.class, Anonymizer.class)) {
            check(!c.getModule().isNamed(), c.getName() + " is on the class path, found " + c.getModule());
        }
    }

    /** Every module's bundle resolves in both languages (no ResourceBundle.Control in a named module). */
    private static void messages() {
        for (String key : List.of("report.summary", "metadata.json-syntax.title", "format.iso-date",
                "L1-01.title", "anon.suppressed.title")) {
            LocalizedText t = Messages.get().localize(key, 1, 2, 3);
            check(!t.en().startsWith(key) && !t.ja().startsWith(key), "message " + key + " resolves: " + t);
            check(!t.en().equals(t.ja()), "message " + key + " differs between English and Japanese: " + t);
        }
        check(Messages.get().format(Locale.JAPANESE, "report.summary", 1, 2, 3).equals("エラー 1 件、警告 2 件、情報 3 件。"),
                "Japanese summary text");
    }

    private static void vocab() {
        DatasetTemplate toilets = Vocabulary.standard().template("public-toilet").orElse(null);
        check(toilets != null && !toilets.columns().isEmpty(), "shipped templates load from the vocab module");
        check(CodeLists.standard().explain("92011").normalized().filter("092011"::equals).isPresent(),
                "shipped code lists load: 92011 -> 092011");
        if (toilets != null) {
            check(TemplateExports.export(ExportFormat.CSVW, toilets).contains("tableSchema"), "CSVW export");
            check(SkosExport.templateTurtle(toilets).contains("skos:"), "SKOS export through Jena");
        }
    }

    private static void validation(Path dir) throws Exception {
        Path csv = dir.resolve("toilets.csv");
        Files.write(csv, "名称,緯度,経度\n公衆トイレ,35.6,139.7\n公衆トイレ,北緯35度,139.7\n".getBytes("Shift_JIS"));
        Report report = Validator.builder().build().validate(csv);
        check(report.total() > 0, "the validator reports findings on a Shift_JIS file with a bad latitude");
        for (Finding f : report.findings()) {
            LocalizedText m = Messages.get().localize(f);
            check(!m.en().startsWith(f.messageKey()), "finding " + f.ruleId() + " has a message");
        }
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        ReportWriter.builder(ReportFormat.JSON).build().write(report, json);
        check(json.toString(StandardCharsets.UTF_8).contains("\"findings\""), "JSON report written");
        Report aed = Validator.builder().template("aed@2021-suisho").build().validate(csv);
        check(aed.count(Severity.ERROR) > 0, "template conformance errors for a file that is not an AED list");
    }

    private static void metadataAndRdf() {
        DatasetRecord record = DatasetRecord.builder("aobadai-public-toilet",
                        BilingualText.of("公衆トイレ一覧", "Public toilets"),
                        Publisher.of(LocalGovernmentCode.parse("13299"), "青葉台市"))
                .license(KnownLicense.CC_BY_4_0)
                .build();
        String json = MetadataJson.write(record);
        check(MetadataJson.parse(json).equals(record), "record JSON round trip (JSON Schema through Everit)");
        try {
            MetadataJson.parse("{\"id\": 1}");
            check(false, "an invalid record is rejected");
        } catch (InvalidRecordException expected) {
            check(!expected.findings().isEmpty(), "an invalid record gives findings");
        }
        String turtle = DcatWriter.builder().format(DcatFormat.TURTLE).build().write(record);
        RecordReadResult back = DcatReader.builder().build()
                .read(turtle.getBytes(StandardCharsets.UTF_8), "record.ttl");
        check(back.records().size() == 1 && back.records().get(0).identifier().equals(record.identifier()),
                "DCAT Turtle round trip through Jena, with SHACL: " + back.findings());
        check(back.conforms(Severity.ERROR), "the DCAT record conforms to the SHACL shapes: " + back.findings());
    }

    private static void anonymize() {
        Table.Builder b = Table.builder(List.of("年齢", "性別", "病名"));
        String[][] rows = {{"31", "男", "a"}, {"33", "男", "b"}, {"35", "女", "c"}, {"37", "女", "d"}};
        for (String[] r : rows) {
            b.addRow(r);
        }
        Table t = b.build();
        Hierarchy age = Hierarchy.intervals().width(10).build(t.distinctValues(0));
        Hierarchy sex = Hierarchy.of(List.of(List.of("男", "*"), List.of("女", "*")));
        AnonymizationResult r = Anonymizer.builder()
                .quasiIdentifier("年齢", age)
                .quasiIdentifier("性別", sex)
                .sensitive("病名")
                .privacyModel(PrivacyModel.kAnonymity(2))
                .build()
                .anonymize(t);
        check(r.inputRows() == 4 && r.outputRows() + r.suppressedRows() == 4, "every row accounted for");
        check(!r.summary(Locale.JAPANESE).isBlank(), "a Japanese summary");
    }
}
