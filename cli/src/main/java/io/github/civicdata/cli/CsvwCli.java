package io.github.civicdata.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.civicdata.core.Severity;
import io.github.civicdata.validation.csvw.CsvwInput;
import io.github.civicdata.validation.csvw.CsvwProcessor;
import io.github.civicdata.validation.csvw.CsvwRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the {@code csvw} commands and {@code validate --schema} share: telling CSVW metadata from
 * a CSV file and from a Frictionless Table Schema, the input of a run, and the processor with the
 * command's severities.
 */
final class CsvwCli {

    private CsvwCli() {
    }

    /**
     * Whether a JSON file is CSVW metadata (a table group or table description, possibly with the
     * CSVW {@code @context}) rather than a Frictionless Table Schema ({@code fields}).
     */
    static boolean isCsvwMetadata(Path file) {
        // Jackson's streaming parser, not an ObjectMapper: the same answer as reading the tree (the whole
        // first value parsed with the same parser defaults; any error is "not CSVW"), without starting
        // databind, which cost about 0.1 s of every validate --schema (CsvwCliTest)
        try (InputStream in = Files.newInputStream(file); JsonParser p = new JsonFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false; // empty, or not an object
            }
            boolean fields = false;
            boolean csvw = false;
            int depth = 0;
            while (true) {
                JsonToken t = p.nextToken();
                if (t == null) {
                    return false; // cut short
                }
                switch (t) {
                    case START_OBJECT, START_ARRAY -> depth++;
                    case END_OBJECT, END_ARRAY -> {
                        if (depth == 0) {
                            return !fields && csvw;
                        }
                        depth--;
                    }
                    case FIELD_NAME -> {
                        if (depth == 0) {
                            String name = p.currentName();
                            fields |= name.equals("fields");
                            csvw |= name.equals("@context") || name.equals("tables") || name.equals("tableSchema")
                                    || name.equals("url");
                        }
                    }
                    // read as the tree reader does, so that a value it cannot take is refused here too
                    case VALUE_STRING -> p.getText();
                    case VALUE_NUMBER_INT -> p.getNumberValue();
                    case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
                    default -> {
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Whether a file given as the input looks like metadata: a .json name or content starting with {. */
    static boolean looksLikeMetadata(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json") || name.endsWith(".jsonld")) {
            return true;
        }
        if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(64);
            for (byte b : head) {
                if (b == '{') {
                    return true;
                }
                if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && (b & 0xff) != 0xef && (b & 0xff) != 0xbb
                        && (b & 0xff) != 0xbf) {
                    return false;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    /**
     * The input of a run: FILE (a CSV or metadata) and an optional user metadata file. User metadata
     * that describes one table which is another file (a template's export, another city's
     * metadata) is applied to FILE, with a {@code csvw.metadata.location} warning.
     */
    static CsvwInput input(Path file, Path metadata) {
        for (Path p : metadata == null ? List.of(file) : List.of(file, metadata)) {
            if (!Files.exists(p)) {
                throw UserException.unreadable("cli.file-not-found", p);
            }
            if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
                throw UserException.unreadable("cli.file-unreadable", p, Files.isDirectory(p) ? "directory" : "permission");
            }
        }
        if (metadata != null) {
            return CsvwInput.tabular(file, metadata).applyingToTabular();
        }
        return looksLikeMetadata(file) ? CsvwInput.metadata(file) : CsvwInput.tabular(file);
    }

    /** A processor builder with {@code --severity RULE=LEVEL} and {@code --disable RULE} applied. */
    static CsvwProcessor.Builder processor(List<String> severities, List<String> disabled, int maxFindings,
            boolean hideValues) {
        CsvwProcessor.Builder b = CsvwProcessor.builder().maxFindings(maxFindings).hideValues(hideValues);
        for (String s : severities) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw UserException.usage("validate.bad-severity", s);
            }
            String rule = s.substring(0, eq).trim();
            Severity sev = Severity.parse(s.substring(eq + 1))
                    .orElseThrow(() -> UserException.usage("validate.bad-severity", s));
            if (CsvwRules.find(rule).isEmpty()) {
                throw UserException.usage("validate.unknown-rule", rule);
            }
            b.severity(rule, sev);
        }
        for (String d : disabled) {
            if (CsvwRules.find(d).isEmpty()) {
                throw UserException.usage("validate.unknown-rule", d);
            }
            b.disable(d);
        }
        return b;
    }

    /** The rule ids accepted by {@code --severity} and {@code --disable} of a CSVW run. */
    static Optional<String> csvwRule(String id) {
        return CsvwRules.find(id).map(r -> r.id());
    }
}
