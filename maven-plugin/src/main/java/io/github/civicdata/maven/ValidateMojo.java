package io.github.civicdata.maven;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.Location;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.RuleInfo;
import io.github.civicdata.core.SourceInfo;
import io.github.civicdata.validation.InputFiles;
import io.github.civicdata.validation.UnreadableInputException;
import io.github.civicdata.validation.ValidationOutOfMemoryError;
import io.github.civicdata.validation.Validator;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code civicdata:validate}: checks CSV/TSV/XLSX files against the machine-readability rules
 * (L1-01 … L3-09) and, optionally, a dataset template or a table schema, as
 * {@code civicdata validate} does; writes the reports and fails the build when a finding is at or
 * above {@code failOn}. Bound to the {@code verify} phase by default.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>io.github.civicdata</groupId>
 *   <artifactId>civicdata-maven-plugin</artifactId>
 *   <configuration>
 *     <files><file>data</file></files>
 *     <template>aed</template>
 *   </configuration>
 *   <executions><execution><goals><goal>validate</goal></goals></execution></executions>
 * </plugin>
 * }</pre>
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ValidateMojo extends FindingsMojo {

    private static final String UNREADABLE = "file.unreadable";

    /**
     * Files, directories (searched recursively for .csv, .tsv, .txt and .xlsx files) or glob
     * patterns such as {@code data/**}{@code /*.csv}, relative to the project directory (CLI: the
     * arguments).
     */
    @Parameter(property = "civicdata.files", required = true)
    List<String> files = new ArrayList<>();

    /** A dataset template, {@code id} or {@code id@version} (CLI: {@code --template}). */
    @Parameter(property = "civicdata.template")
    String template;

    /** A Frictionless Table Schema or CSVW metadata file (CLI: {@code --schema}). */
    @Parameter(property = "civicdata.schema")
    File schema;

    /** Character encoding of CSV input (default: detected; CLI: {@code --encoding}). */
    @Parameter(property = "civicdata.encoding")
    String encoding;

    /** Field delimiter: one character or {@code tab} (default: detected; CLI: {@code --delimiter}). */
    @Parameter(property = "civicdata.delimiter")
    String delimiter;

    /** The line or row that holds the column names (default: by evidence; CLI: {@code --header-row}). */
    @Parameter(property = "civicdata.headerRow")
    Integer headerRow;

    /** Findings of one rule listed per column before the rest are summarised (0: all; CLI: {@code --max-per-column}). */
    @Parameter(property = "civicdata.maxPerColumn", defaultValue = "" + Validator.DEFAULT_MAX_FINDINGS_PER_COLUMN)
    int maxPerColumn = Validator.DEFAULT_MAX_FINDINGS_PER_COLUMN;

    /** Rule severities as {@code RULE=LEVEL}, e.g. {@code L1-08=warning} (CLI: {@code --severity}). */
    @Parameter(property = "civicdata.severities")
    List<String> severities = new ArrayList<>();

    /** Rules not checked (CLI: {@code --disable}). */
    @Parameter(property = "civicdata.disable")
    List<String> disable = new ArrayList<>();

    /** Leave cell values and suggestions out of the reports (CLI: {@code --hide-values}). */
    @Parameter(property = "civicdata.hideValues", defaultValue = "false")
    boolean hideValues;

    /** Say which standard template a file most likely follows (CLI: {@code --no-detect-template} turns it off). */
    @Parameter(property = "civicdata.detectTemplate", defaultValue = "true")
    boolean detectTemplate = true;

    /** Longest field checked, in characters (CLI: {@code --max-field-length}). */
    @Parameter(property = "civicdata.maxFieldLength", defaultValue = "" + Validator.DEFAULT_MAX_FIELD_LENGTH)
    int maxFieldLength = Validator.DEFAULT_MAX_FIELD_LENGTH;

    /** Longest record checked, in characters (CLI: {@code --max-line-length}). */
    @Parameter(property = "civicdata.maxLineLength", defaultValue = "" + Validator.DEFAULT_MAX_LINE_LENGTH)
    int maxLineLength = Validator.DEFAULT_MAX_LINE_LENGTH;

    /** Most columns checked per record (CLI: {@code --max-columns}). */
    @Parameter(property = "civicdata.maxColumns", defaultValue = "" + Validator.DEFAULT_MAX_COLUMNS)
    int maxColumns = Validator.DEFAULT_MAX_COLUMNS;

    /** Most values remembered per unique column (CLI: {@code --max-unique-values}). */
    @Parameter(property = "civicdata.maxUniqueValues", defaultValue = "" + Validator.DEFAULT_MAX_UNIQUE_VALUES)
    int maxUniqueValues = Validator.DEFAULT_MAX_UNIQUE_VALUES;

    /** Longest time spent reading one part of a workbook, in seconds (CLI: {@code --xlsx-part-time-limit}). */
    @Parameter(property = "civicdata.xlsxPartTimeLimit", defaultValue = "300")
    int xlsxPartTimeLimit = (int) Validator.DEFAULT_XLSX_PART_TIME_LIMIT.toSeconds();

    /** Base name of the report files. */
    @Parameter(property = "civicdata.reportName", defaultValue = "civicdata-validate")
    String reportName = "civicdata-validate";

    @Override
    String reportName() {
        return reportName;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info(PluginMessages.text(locale(), "maven.skipped", "validate"));
            return;
        }
        if (files == null || files.stream().allMatch(String::isBlank)) {
            throw configuration("maven.no-files");
        }
        Validator validator = validator();
        InputFiles.Expanded expanded = DataFiles.expand(base(), files);
        Report r;
        try {
            r = validator.validate(expanded.files());
        } catch (ValidationOutOfMemoryError e) {
            throw new MojoExecutionException(e.text().ja() + System.lineSeparator() + e.text().en());
        }
        r = withUnmatched(r, expanded.unmatched(), validator, maxFindings);
        long internal = r.countsByRule().getOrDefault(Validator.INTERNAL_ERROR, 0L);
        long readable = expanded.files().stream().filter(f -> Files.isRegularFile(f) && Files.isReadable(f)).count();
        finish(r);
        if (internal > 0) {
            throw new MojoExecutionException(PluginMessages.bilingual("maven.internal-error", internal));
        }
        if (readable == 0) {
            throw new MojoExecutionException(PluginMessages.bilingual("maven.nothing-readable"));
        }
    }

    Validator validator() throws MojoExecutionException {
        Validator.Builder b = Validator.builder()
                .maxFindings(checkedMaxFindings())
                .maxFindingsPerColumn(atLeast("maxPerColumn", maxPerColumn, 0))
                .maxFieldLength(atLeast("maxFieldLength", maxFieldLength, 1))
                .maxLineLength(atLeast("maxLineLength", maxLineLength, 1))
                .maxColumns(atLeast("maxColumns", maxColumns, 1))
                .maxUniqueValues(atLeast("maxUniqueValues", maxUniqueValues, 1))
                .xlsxPartTimeLimit(Duration.ofSeconds(atLeast("xlsxPartTimeLimit", xlsxPartTimeLimit, 1)))
                .hideValues(hideValues)
                .detectTemplate(detectTemplate);
        if (headerRow != null) {
            b.headerRow(atLeast("headerRow", headerRow, 1));
        }
        if (template != null && !template.isBlank() && schema != null) {
            throw configuration("maven.template-and-schema");
        }
        if (template != null && !template.isBlank()) {
            b.template(template.trim());
        }
        if (schema != null) {
            Path s = base().resolve(schema.toPath());
            if (!Files.isReadable(s)) {
                throw configuration("maven.file-not-found", s);
            }
            b.schema(s);
        }
        RuleOptions.encoding(encoding).ifPresent(b::encoding);
        RuleOptions.delimiter(delimiter).ifPresent(b::delimiter);
        RuleOptions.severities(severities).forEach(b::severity);
        RuleOptions.disabled(disable).forEach(b::disable);
        try {
            return b.build();
        } catch (UnreadableInputException e) {
            throw new MojoExecutionException(PluginMessages.bilingual("maven.file-unreadable", e.source(),
                    e.getCause() == null ? e.getMessage() : e.getCause().getMessage()), e);
        } catch (IllegalArgumentException e) {
            if (template != null && e.getMessage() != null && e.getMessage().startsWith("unknown template")) {
                throw configuration("maven.unknown-template", template);
            }
            throw configuration("maven.bad-option", String.valueOf(e.getMessage()));
        }
    }

    private static int atLeast(String name, int value, int min) throws MojoExecutionException {
        return RuleOptions.atLeast(name, value, min);
    }

    /** A {@code file.unreadable} finding for each directory or pattern that matched no file (as the CLI gives). */
    private static Report withUnmatched(Report r, List<String> unmatched, Validator validator, int maxFindings) {
        if (unmatched.isEmpty()) {
            return r;
        }
        Optional<RuleInfo> rule = validator.rules().stream().filter(x -> x.id().equals(UNREADABLE)).findFirst();
        Report.Builder b = Report.builder().maxFindings(maxFindings)
                .merge(r);
        for (String pattern : unmatched) {
            b.source(SourceInfo.of(pattern));
            rule.ifPresent(x -> b.add(Finding.builder(UNREADABLE, x.severity()).location(Location.of(pattern))
                    .messageKey(UNREADABLE + ".no-match").build()));
        }
        return b.build();
    }
}
