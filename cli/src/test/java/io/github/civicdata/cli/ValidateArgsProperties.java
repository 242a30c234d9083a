package io.github.civicdata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@link ValidateArgs} against picocli on generated {@code validate} command lines, valid and
 * invalid: files, every option by each of its names with a value in the next argument or after
 * {@code =}, values of every kind in odd spellings (case, signs, leading zeros, overflow, empty,
 * {@code -} and {@code @} prefixes, NUL), repeated options, help options, {@code --} (after which
 * option-like arguments are files), unknown and abbreviated names. For each, the fast path either declines or gives exactly the command picocli
 * gives: every field of {@link ValidateCommand} and of its report mixin that an option or the
 * positional parameters set is equal. Where picocli rejects the line (a usage error) the fast path
 * must decline, so that picocli prints its message. The statistics say how many lines the fast
 * path took.
 */
class ValidateArgsProperties {

    private static final List<String> FILES = List.of("a.csv", "data/b.tsv", "x=y.csv", "validate", "help", "名簿.csv",
            "*.csv", "a b.csv", "\"q.csv\"");
    private static final List<String> VALUES = List.of("json", "JSON", "Json", "sarif", "text", "html", "junit", "never",
            "warning", "ERROR", "ja", "EN", "auto", "ALWAYS", "0", "1", "12", "007", "+5", "-1", "2147483647",
            "2147483648", "", "all", "none", "L1-08=warning", "L2-01", "UTF-8", "tab", ",", "2020-04-01", "aed",
            "@args.txt", "p\u0000q", "a b", "--format", "-", "true", "ｊｓｏｎ");
    private static final List<String> ODD = List.of("-h", "--help", "-V", "--version", "-", "--formt", "--form",
            "--FORMAT", "-ojson", "-o=r.json", "-Xyz", "@args.txt", "");

    @Provide
    Arbitrary<List<String>> commandLines() {
        Arbitrary<ValidateArgs.Option> option = Arbitraries.of(ValidateArgs.OPTIONS);
        Arbitrary<List<String>> file = Arbitraries.of(FILES).map(List::of);
        Arbitrary<List<String>> separate = option.flatMap(o -> Combinators.combine(Arbitraries.of(o.names()), value(o))
                .as(List::of));
        Arbitrary<List<String>> attached = option.flatMap(o -> Combinators.combine(Arbitraries.of(o.names()), value(o))
                .as((n, v) -> List.of(n + "=" + v)));
        Arbitrary<List<String>> flag = Arbitraries.of("--hide-values", "--no-detect-template").map(List::of);
        Arbitrary<List<String>> odd = Arbitraries.of(ODD).map(List::of);
        Arbitrary<List<String>> endOfOptions = Arbitraries.just(List.of(ValidateArgs.END_OF_OPTIONS));
        Arbitrary<List<String>> unit = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, file), net.jqwik.api.Tuple.of(6, separate), net.jqwik.api.Tuple.of(2, attached),
                net.jqwik.api.Tuple.of(2, flag), net.jqwik.api.Tuple.of(1, odd), net.jqwik.api.Tuple.of(1, endOfOptions));
        return unit.list().ofMaxSize(7).map(units -> {
            List<String> args = new ArrayList<>();
            args.add(ValidateArgs.COMMAND);
            units.forEach(args::addAll);
            return args;
        });
    }

    /** Mostly a value of the option's type, in any spelling picocli accepts; else any value. */
    private static Arbitrary<String> value(ValidateArgs.Option o) {
        Arbitrary<String> typed;
        if (o.type() == int.class || o.type() == Integer.class) {
            typed = Arbitraries.of("0", "1", "12", "007", "+5", "2147483647", "1000000");
        } else if (o.type() == java.nio.file.Path.class) {
            typed = Arbitraries.of("r.json", "out/r.xml", "名前.json", "a b.json");
        } else if (o.type().isEnum()) {
            List<String> spellings = new ArrayList<>();
            for (Object c : o.type().getEnumConstants()) {
                String n = ((Enum<?>) c).name();
                spellings.add(n);
                spellings.add(n.toLowerCase(java.util.Locale.ROOT));
                spellings.add(n.charAt(0) + n.substring(1).toLowerCase(java.util.Locale.ROOT));
            }
            typed = Arbitraries.of(spellings);
        } else {
            typed = Arbitraries.of("aed", "all", "none", "L1-08=warning", "L2-01", "UTF-8", "tab", ",", "2020-04-01",
                    "x y");
        }
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, typed), net.jqwik.api.Tuple.of(1, Arbitraries.of(VALUES)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(6)));
    }

    /** Edge cases off: jqwik's would repeat the last option with odd values in a third of the tries. */
    @Property(edgeCases = EdgeCasesMode.NONE)
    void theFastPathDeclinesOrParsesAsPicocli(@ForAll("commandLines") List<String> line) throws Exception {
        String[] args = line.toArray(String[]::new);
        ValidateCommand fast = ValidateArgs.parse(args);
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        CommandLine cl = Main.commandLine(sink, sink, args);
        boolean parsed;
        try {
            cl.parseArgs(args);
            parsed = true;
        } catch (CommandLine.ParameterException e) {
            parsed = false;
        }
        Statistics.label("path").collect(fast != null ? "fast path" : parsed ? "declined, picocli parses it"
                : "declined, picocli rejects it");
        Statistics.label("path").coverage(c -> c.check("fast path").percentage(p -> p >= 20));
        Statistics.label("fast path with --").collect(fast != null && line.contains(ValidateArgs.END_OF_OPTIONS));
        Statistics.label("fast path with --").coverage(c -> c.check(true).percentage(p -> p >= 3));
        if (!parsed) {
            assertThat(fast).as("picocli rejects %s: the fast path must leave it to picocli", line).isNull();
            return;
        }
        CommandLine sub = cl.getSubcommands().get(ValidateArgs.COMMAND);
        if (sub.isUsageHelpRequested() || sub.isVersionHelpRequested()) {
            assertThat(fast).as("help: %s", line).isNull();
            return;
        }
        if (fast != null) {
            ValidateCommand viaPicocli = sub.getCommand();
            assertThat(optionFields(fast)).as("%s", line).isEqualTo(optionFields(viaPicocli));
        }
    }

    /** Every field an option or the positional parameters set, of the command and its report mixin, by name. */
    static Map<String, Object> optionFields(ValidateCommand c) throws IllegalAccessException {
        Map<String, Object> m = new LinkedHashMap<>();
        int options = 0;
        for (Field f : ValidateCommand.class.getDeclaredFields()) {
            f.setAccessible(true);
            if (f.isAnnotationPresent(Option.class) || f.isAnnotationPresent(Parameters.class)) {
                m.put(f.getName(), f.get(c));
                options += f.isAnnotationPresent(Option.class) ? 1 : 0;
            } else if (f.isAnnotationPresent(Mixin.class)) {
                Object mixin = f.get(c);
                assertThat(mixin).as("the report mixin").isNotNull();
                for (Field g : mixin.getClass().getDeclaredFields()) {
                    if (g.isAnnotationPresent(Option.class)) {
                        g.setAccessible(true);
                        m.put(f.getName() + "." + g.getName(), g.get(mixin));
                        options++;
                    }
                }
            }
        }
        assertThat(options).as("an option field for every row of the table").isEqualTo(ValidateArgs.OPTIONS.size());
        return m;
    }
}
