package io.github.civicdata.maven;

import io.github.civicdata.core.Report;
import io.github.civicdata.core.Severity;
import io.github.civicdata.core.report.ReportFormat;
import io.github.civicdata.core.report.ReportWriter;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals that produce findings share, as the CLI's report options do: report formats and
 * directory ({@code --format}, {@code --output}), {@code failOn}, {@code lang}, {@code maxFindings},
 * and the ending: the findings in the build log, the reports written, the build failed with the
 * summary when a finding is at or above {@code failOn}.
 */
abstract class FindingsMojo extends AbstractMojo {

    /** Findings shown in the build log before "… and N more (see the reports)". */
    static final int LOG_LINES = 50;

    /** The project's directory: relative paths in the configuration are resolved against it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /**
     * Report formats written to {@link #outputDirectory}: {@code text}, {@code json}, {@code sarif},
     * {@code junit} (CLI: {@code --format}, one at a time there).
     */
    @Parameter(property = "civicdata.formats", defaultValue = "json")
    List<String> formats = new ArrayList<>(List.of("json"));

    /** Where the reports go (CLI: {@code --output}). */
    @Parameter(property = "civicdata.outputDirectory", defaultValue = "${project.build.directory}/civicdata")
    File outputDirectory;

    /** Fail the build when a finding is at or above this level: {@code error}, {@code warning}, {@code never}. */
    @Parameter(property = "civicdata.failOn", defaultValue = "error")
    String failOn = "error";

    /** Language of the text report and the build log: {@code ja} or {@code en} (default: the system language). */
    @Parameter(property = "civicdata.lang")
    String lang;

    /** List at most this many findings in a report; counts still cover all. */
    @Parameter(property = "civicdata.maxFindings", defaultValue = "" + Report.DEFAULT_MAX_FINDINGS)
    int maxFindings = Report.DEFAULT_MAX_FINDINGS;

    /** Skip the goal. */
    @Parameter(property = "civicdata.skip", defaultValue = "false")
    boolean skip;

    /** The base name of the report files of this goal ({@code <name>.json} …). */
    abstract String reportName();

    Path base() {
        return basedir == null ? Path.of("").toAbsolutePath() : basedir.toPath().toAbsolutePath();
    }

    Locale locale() throws MojoExecutionException {
        return RuleOptions.locale(lang);
    }

    Optional<Severity> failOnLevel() throws MojoExecutionException {
        String f = failOn == null ? "error" : failOn.trim().toLowerCase(Locale.ROOT);
        if (f.equals("never")) {
            return Optional.empty();
        }
        Optional<Severity> s = Severity.parse(f).filter(x -> x != Severity.INFO);
        if (s.isEmpty()) {
            throw configuration("maven.bad-fail-on", failOn);
        }
        return s;
    }

    List<ReportFormat> reportFormats() throws MojoExecutionException {
        List<ReportFormat> out = new ArrayList<>();
        for (String f : formats) {
            for (String part : f.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                ReportFormat rf = ReportFormat.parse(part).orElseThrow(() -> configuration("maven.bad-format", part.trim()));
                if (!out.contains(rf)) {
                    out.add(rf);
                }
            }
        }
        return out;
    }

    int checkedMaxFindings() throws MojoExecutionException {
        if (maxFindings < 0) {
            throw configuration("maven.negative", "maxFindings", maxFindings);
        }
        return maxFindings;
    }

    /** A configuration mistake: the build stops with a bilingual message. */
    static MojoExecutionException configuration(String key, Object... args) {
        return new MojoExecutionException(PluginMessages.bilingual(key, args));
    }

    /**
     * Logs the findings, writes the reports and fails the build when a finding is at or above
     * {@code failOn}.
     *
     * @param report the report
     * @throws MojoFailureException when the report does not conform
     * @throws MojoExecutionException when a report cannot be written
     */
    void finish(Report report) throws MojoExecutionException, MojoFailureException {
        Locale locale = locale();
        Optional<Severity> threshold = failOnLevel();
        logFindings(report, locale);
        List<Path> written;
        try {
            written = ReportFiles.write(report, outputDirectory.toPath(), reportName(), reportFormats(), locale, threshold);
        } catch (IOException e) {
            throw new MojoExecutionException(PluginMessages.bilingual("maven.cannot-write", outputDirectory,
                    String.valueOf(e.getMessage())), e);
        }
        String summary = PluginMessages.text(locale, "maven.summary", reportName(), report.count(Severity.ERROR),
                report.count(Severity.WARNING), report.count(Severity.INFO), report.sources().size(),
                threshold.map(Severity::id).orElse("never"));
        for (Path p : written) {
            getLog().info(PluginMessages.text(locale, "maven.report-written", p));
        }
        if (threshold.isPresent() && !report.conforms(threshold.get())) {
            getLog().error(summary);
            throw new MojoFailureException(summary);
        }
        getLog().info(summary);
    }

    /** The text report in the build log: errors as errors, warnings as warnings, at most {@link #LOG_LINES} findings. */
    private void logFindings(Report report, Locale locale) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            ReportWriter.builder(ReportFormat.TEXT).locale(locale).build().write(report, buf);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a byte array does not fail
        }
        String[] lines = buf.toString(StandardCharsets.UTF_8).split("\\R");
        int shown = 0;
        char level = 'i'; // of the finding the indented lines below belong to
        boolean listed = true;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0))) {
                // the value, suggestion or column of the finding above: at its level, listed with it
                if (listed) {
                    log(level, line);
                }
                continue;
            }
            level = line.contains(": error ") ? 'e' : line.contains(": warning ") ? 'w' : 'i';
            boolean finding = level != 'i' || line.contains(": info ");
            listed = !finding || shown < LOG_LINES;
            if (finding) {
                shown++;
            }
            if (listed) {
                log(level, line);
            }
        }
        if (shown > LOG_LINES) {
            getLog().info(PluginMessages.text(locale, "maven.more-findings", shown - LOG_LINES));
        }
    }

    private void log(char level, String line) {
        switch (level) {
            case 'e' -> getLog().error(line);
            case 'w' -> getLog().warn(line);
            default -> getLog().info(line);
        }
    }
}
