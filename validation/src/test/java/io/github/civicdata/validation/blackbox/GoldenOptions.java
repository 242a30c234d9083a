package io.github.civicdata.validation.blackbox;

import io.github.civicdata.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The validator options of a golden case: {@code <case>.options} (properties) beside the input
 * configures the builder (see the README of {@code golden/}). Public for the white-box tests that
 * run the golden inputs with other settings (e.g. the pipelined reader).
 */
public final class GoldenOptions {

    private GoldenOptions() {
    }

    /**
     * A builder configured by the options file of a golden input (the defaults when it has none).
     *
     * @param input the golden input file
     * @return the builder
     */
    public static Validator.Builder builder(Path input) {
        Path opts = input.resolveSibling(input.getFileName() + ".options");
        Validator.Builder b = Validator.builder();
        if (Files.exists(opts)) {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(opts)) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (String k : p.stringPropertyNames()) {
                String val = p.getProperty(k).trim();
                switch (k) {
                    case "encoding" -> b.encoding(Charset.forName(val));
                    case "maxFieldLength" -> b.maxFieldLength(Integer.parseInt(val));
                    case "maxLineLength" -> b.maxLineLength(Integer.parseInt(val));
                    case "maxColumns" -> b.maxColumns(Integer.parseInt(val));
                    case "maxUniqueValues" -> b.maxUniqueValues(Integer.parseInt(val));
                    case "maxFindingsPerColumn" -> b.maxFindingsPerColumn(Integer.parseInt(val));
                    case "maxFindings" -> b.maxFindings(Integer.parseInt(val));
                    case "detectTemplate" -> b.detectTemplate(Boolean.parseBoolean(val));
                    case "headerRow" -> b.headerRow(Integer.parseInt(val));
                    case "template" -> TemplateOptions.template(b, val);
                    case "schema" -> TemplateOptions.schema(b, input.resolveSibling(val));
                    case "disable" -> {
                        for (String rule : val.split(",")) {
                            b.disable(rule.trim());
                        }
                    }
                    case "severity" -> {
                        for (String rs : val.split(",")) {
                            String[] kv = rs.trim().split("=");
                            b.severity(kv[0], io.github.civicdata.core.Severity.parse(kv[1]).orElseThrow());
                        }
                    }
                    default -> throw new IllegalArgumentException("unknown option " + k + " in " + opts);
                }
            }
        }
        return b;
    }
}
