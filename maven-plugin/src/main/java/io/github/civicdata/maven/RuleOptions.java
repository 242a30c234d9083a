package io.github.civicdata.maven;

import io.github.civicdata.core.Severity;
import io.github.civicdata.validation.ValidationRules;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The validation options that {@code validate} and {@code certify} share, read as the CLI reads
 * them ({@code --severity}, {@code --disable}, {@code --encoding}, {@code --delimiter},
 * {@code --lang}): each mistake a bilingual configuration error naming the parameter.
 */
final class RuleOptions {

    private RuleOptions() {
    }

    /** {@code RULE=LEVEL} entries (also comma-separated in one entry), rules checked. */
    static Map<String, Severity> severities(List<String> entries) throws MojoExecutionException {
        Map<String, Severity> out = new LinkedHashMap<>();
        for (String s : entries == null ? List.<String>of() : entries) {
            for (String one : s.split(",")) {
                if (one.isBlank()) {
                    continue;
                }
                int eq = one.indexOf('=');
                if (eq <= 0) {
                    throw FindingsMojo.configuration("maven.bad-severity", one);
                }
                String rule = one.substring(0, eq).trim();
                Severity sev = Severity.parse(one.substring(eq + 1).trim())
                        .orElseThrow(() -> FindingsMojo.configuration("maven.bad-severity", one));
                out.put(knownRule(rule), sev);
            }
        }
        return out;
    }

    /** Rule ids (also comma-separated in one entry), checked. */
    static List<String> disabled(List<String> entries) throws MojoExecutionException {
        List<String> out = new ArrayList<>();
        for (String d : entries == null ? List.<String>of() : entries) {
            for (String one : d.split(",")) {
                if (!one.isBlank()) {
                    out.add(knownRule(one.trim()));
                }
            }
        }
        return out;
    }

    static String knownRule(String rule) throws MojoExecutionException {
        if (ValidationRules.find(rule).isEmpty()) {
            throw FindingsMojo.configuration("maven.unknown-rule", rule);
        }
        return rule;
    }

    static Optional<Charset> encoding(String encoding) throws MojoExecutionException {
        if (encoding == null || encoding.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(encoding.trim()));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw FindingsMojo.configuration("maven.unknown-encoding", encoding);
        }
    }

    /** One character, or {@code tab} / {@code \t}. */
    static Optional<Character> delimiter(String delimiter) throws MojoExecutionException {
        if (delimiter == null || delimiter.isEmpty()) {
            return Optional.empty();
        }
        String d = delimiter.equals("\\t") || delimiter.equalsIgnoreCase("tab") ? "\t" : delimiter;
        if (d.length() != 1 || d.charAt(0) == '"' || d.charAt(0) == '\n' || d.charAt(0) == '\r') {
            throw FindingsMojo.configuration("maven.bad-delimiter", delimiter);
        }
        return Optional.of(d.charAt(0));
    }

    /** {@code ja} or {@code en}; blank: the system language when Japanese, else English. */
    static Locale locale(String lang) throws MojoExecutionException {
        if (lang == null || lang.isBlank()) {
            return "ja".equals(Locale.getDefault().getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
        }
        return switch (lang.trim().toLowerCase(Locale.ROOT)) {
            case "ja" -> Locale.JAPANESE;
            case "en" -> Locale.ENGLISH;
            default -> throw FindingsMojo.configuration("maven.bad-lang", lang);
        };
    }

    static int atLeast(String name, int value, int min) throws MojoExecutionException {
        if (value < min) {
            throw FindingsMojo.configuration(min == 0 ? "maven.negative" : "maven.not-positive", name, value);
        }
        return value;
    }
}
