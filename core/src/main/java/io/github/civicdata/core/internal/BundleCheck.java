package io.github.civicdata.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a bilingual message bundle is complete: every key exists in both the English and the
 * Japanese file, both patterns parse as {@link MessageFormat}, and both use the same placeholders.
 *
 * <p>Not API: used by every module's tests. Stateless and thread-safe.
 *
 * <pre>{@code
 * assertThat(BundleCheck.problems("io.github.civicdata.vocab.messages", getClass().getClassLoader()))
 *         .isEmpty();
 * }</pre>
 */
public final class BundleCheck {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    private BundleCheck() {
    }

    /**
     * Lists the problems of bundle {@code baseName}; empty when the bundle is consistent.
     *
     * @param baseName the bundle base name, e.g. {@code io.github.civicdata.core.messages}
     * @param loader the class loader that holds the bundle
     * @return one line per problem
     * @throws IOException if a file cannot be read
     */
    public static List<String> problems(String baseName, ClassLoader loader) throws IOException {
        String path = baseName.replace('.', '/');
        Properties en = load(loader, path + ".properties");
        Properties ja = load(loader, path + "_ja.properties");
        List<String> problems = new ArrayList<>();
        if (en == null) {
            problems.add(path + ".properties is missing");
        }
        if (ja == null) {
            problems.add(path + "_ja.properties is missing");
        }
        if (en == null || ja == null) {
            return problems;
        }
        for (String marker : new String[] {"<<<<<<<", "=======", ">>>>>>>"}) {
            if (en.stringPropertyNames().stream().anyMatch(k -> k.startsWith(marker))
                    || ja.stringPropertyNames().stream().anyMatch(k -> k.startsWith(marker))) {
                problems.add(path + ": merge conflict marker " + marker + " left in the bundle");
            }
        }
        Set<String> keys = new TreeSet<>(en.stringPropertyNames());
        keys.addAll(ja.stringPropertyNames());
        for (String key : keys) {
            String e = en.getProperty(key);
            String j = ja.getProperty(key);
            if (e == null) {
                problems.add(key + ": missing in English (" + path + ".properties)");
                continue;
            }
            if (j == null) {
                problems.add(key + ": missing in Japanese (" + path + "_ja.properties)");
                continue;
            }
            if (e.isBlank() || j.isBlank()) {
                problems.add(key + ": blank message");
            }
            Set<Integer> pe = placeholders(key, "en", e, problems);
            Set<Integer> pj = placeholders(key, "ja", j, problems);
            if (pe != null && pj != null && !pe.equals(pj)) {
                problems.add(key + ": placeholders differ, en " + pe + " vs ja " + pj);
            }
        }
        return problems;
    }

    private static Set<Integer> placeholders(String key, String lang, String pattern, List<String> problems) {
        MessageFormat mf;
        try {
            mf = new MessageFormat(pattern);
        } catch (IllegalArgumentException ex) {
            problems.add(key + ": " + lang + " pattern does not parse: " + ex.getMessage());
            return null;
        }
        // Strip quoted sections the way MessageFormat reads them, then collect {n} indexes.
        StringBuilder unquoted = new StringBuilder();
        boolean inQuote = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    i++;
                    continue;
                }
                inQuote = !inQuote;
                continue;
            }
            if (!inQuote) {
                unquoted.append(c);
            }
        }
        Set<Integer> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(unquoted);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        if (found.size() != mf.getFormatsByArgumentIndex().length && !found.isEmpty()) {
            // indexes with gaps: not an error in MessageFormat, but suspicious enough to report
            int max = found.stream().mapToInt(Integer::intValue).max().orElse(-1);
            if (max + 1 != found.size()) {
                problems.add(key + ": " + lang + " placeholders are not contiguous: " + found);
            }
        }
        return found;
    }

    private static Properties load(ClassLoader loader, String resource) throws IOException {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
