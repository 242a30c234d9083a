package io.github.civicdata.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.civicdata.anonymize.AnonymizationException;
import io.github.civicdata.anonymize.Anonymizer;
import io.github.civicdata.anonymize.AttributeRole;
import io.github.civicdata.anonymize.CsvOptions;
import io.github.civicdata.anonymize.Hierarchy;
import io.github.civicdata.anonymize.HierarchyBuilders;
import io.github.civicdata.anonymize.Metric;
import io.github.civicdata.anonymize.PrivacyModel;
import io.github.civicdata.anonymize.Table;
import io.github.civicdata.core.LocalizedText;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.chrono.JapaneseChronology;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The JSON configuration of {@code civicdata anonymize}: attribute roles and hierarchies (files
 * relative to the configuration file, or builders over the column's values), privacy models,
 * suppression limit, metric, optional delimiter. Columns not listed are insensitive. Unknown
 * members are ignored; known members are type-checked (never read as 0 or false when wrongly
 * typed), and a setting a hierarchy builder rejects is reported with the file, the JSON pointer
 * and the value. The JSON itself is read strictly by {@link ConfigJson} (duplicate members, size
 * and nesting limits, UTF-8 with or without BOM).
 *
 * <p>Configurations are trusted input: the files they name (hierarchies, towns, municipalities)
 * may lie anywhere the user can read, as with any command-line argument. Errors about those files
 * name the file and position but never quote its content.
 */
final class AnonymizeConfig {

    final Path file;
    final JsonNode root;

    private AnonymizeConfig(Path file, JsonNode root) {
        this.file = file;
        this.root = root;
    }

    /**
     * Reads a configuration: strict JSON ({@link ConfigJson}: UTF-8 with or without BOM, duplicate
     * members refused naming both lines, size and nesting limits) holding an object.
     *
     * @throws UserException exit 3 if the file cannot be read, exit 2 if it is not a valid configuration
     */
    static AnonymizeConfig read(Path file) {
        JsonNode root = ConfigJson.read(file);
        if (!root.isObject()) {
            throw UserException.usage("anonymize.config-not-object", file);
        }
        return new AnonymizeConfig(file, root);
    }

    Optional<Character> delimiter() {
        JsonNode d = root.get("delimiter");
        if (d == null || d.isNull()) {
            return Optional.empty();
        }
        String s = text(root, "delimiter", "");
        if (s.equals("\\t") || s.equalsIgnoreCase("tab")) {
            return Optional.of('\t');
        }
        if (s.length() != 1) {
            throw UserException.usage("anonymize.config-delimiter", file, s);
        }
        return Optional.of(s.charAt(0));
    }

    /** The anonymiser for this configuration; builder hierarchies take their values from the table. */
    Anonymizer anonymizer(Table table) {
        Anonymizer.Builder b = Anonymizer.builder();
        JsonNode attrs = root.get("attributes");
        if (attrs == null || !attrs.isObject()) {
            throw UserException.usage("anonymize.config-missing", file, "attributes");
        }
        Iterator<Map.Entry<String, JsonNode>> it = attrs.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String column = e.getKey();
            JsonNode spec = e.getValue();
            String at = "/attributes/" + ConfigJson.escape(column);
            if (!spec.isObject()) {
                throw typeError(at, spec, JsonType.OBJECT);
            }
            String roleName = text(spec, "role", at);
            AttributeRole role = AttributeRole.ofConfigName(roleName);
            JsonNode h = spec.get("hierarchy");
            switch (role) {
                case IDENTIFYING -> b.identifying(column);
                case INSENSITIVE -> b.insensitive(column);
                case SENSITIVE -> {
                    if (h == null) {
                        b.sensitive(column);
                    } else {
                        b.sensitive(column, hierarchy(h, column, table, true));
                    }
                }
                case QUASI_IDENTIFYING -> {
                    if (h == null) {
                        throw UserException.usage("anonymize.config-no-hierarchy", file, column);
                    }
                    b.quasiIdentifier(column, hierarchy(h, column, table, false));
                }
                default -> throw new IllegalStateException(role.name());
            }
        }
        JsonNode privacy = root.get("privacy");
        if (privacy == null || !privacy.isArray() || privacy.isEmpty()) {
            throw UserException.usage("anonymize.config-missing", file, "privacy");
        }
        int i = 0;
        for (JsonNode m : privacy) {
            b.privacyModel(model(m, "/privacy/" + i++));
        }
        if (root.has("suppressionLimit")) {
            b.suppressionLimit(number(root, "suppressionLimit", ""));
        }
        if (root.has("metric")) {
            b.metric(Metric.ofConfigName(text(root, "metric", "")));
        }
        if (root.has("recordSuppressedRows")) {
            b.recordSuppressedRows(bool(root, "recordSuppressedRows", ""));
        }
        if (root.has("riskThreshold")) {
            b.riskThreshold(number(root, "riskThreshold", ""));
        }
        return b.build();
    }

    private PrivacyModel model(JsonNode m, String pointer) {
        String name = text(m, "model", pointer).toLowerCase(Locale.ROOT);
        return switch (name) {
            case "k-anonymity" -> PrivacyModel.kAnonymity(integer(m, "k", pointer));
            case "distinct-l-diversity" -> PrivacyModel.distinctLDiversity(text(m, "attribute", pointer),
                    integer(m, "l", pointer));
            case "entropy-l-diversity" -> PrivacyModel.entropyLDiversity(text(m, "attribute", pointer),
                    number(m, "l", pointer));
            case "recursive-cl-diversity", "recursive-l-diversity" -> PrivacyModel.recursiveLDiversity(
                    text(m, "attribute", pointer), number(m, "c", pointer), integer(m, "l", pointer));
            case "t-closeness", "equal-distance-t-closeness", "hierarchical-t-closeness" -> {
                String dist = m.has("distance") ? text(m, "distance", pointer)
                        : name.startsWith("hierarchical") ? "hierarchical" : "equal";
                PrivacyModel.TCloseness.Distance d = switch (dist.toLowerCase(Locale.ROOT)) {
                    case "equal" -> PrivacyModel.TCloseness.Distance.EQUAL;
                    case "hierarchical" -> PrivacyModel.TCloseness.Distance.HIERARCHICAL;
                    default -> throw UserException.usage("anonymize.config-value", file, pointer + "/distance", dist,
                            "equal, hierarchical");
                };
                yield PrivacyModel.tCloseness(text(m, "attribute", pointer), number(m, "t", pointer), d);
            }
            default -> throw UserException.usage("anonymize.config-value", file, pointer + "/model", name,
                    "k-anonymity, distinct-l-diversity, entropy-l-diversity, recursive-cl-diversity, t-closeness");
        };
    }

    private Hierarchy hierarchy(JsonNode h, String column, Table table, boolean sensitive) {
        String pointer = "/attributes/" + ConfigJson.escape(column) + "/hierarchy";
        if (h.isTextual()) {
            return Hierarchy.read(relative(h.asText(), pointer));
        }
        if (!h.isObject()) {
            throw typeError(pointer, h, JsonType.OBJECT);
        }
        String builder = text(h, "builder", pointer);
        List<String> values = table.columnIndex(column).isPresent()
                ? table.distinctValues(table.columnIndex(column).getAsInt()) : List.of();
        try {
            return switch (builder) {
                case "intervals" -> intervals(h, pointer, values);
                case "masking" -> masking(h, pointer, values);
                case "dates" -> dates(h, pointer, values);
                case "ordered" -> ordered(h, pointer);
                case "areas" -> areas(h, pointer, values);
                default -> throw UserException.usage("anonymize.config-value", file, pointer + "/builder", builder,
                        "intervals, masking, dates, ordered, areas (or a hierarchy file name)");
            };
        } catch (AnonymizationException e) {
            if (e.kind() == AnonymizationException.Kind.INPUT) {
                throw e;
            }
            boolean valueOfData = e.key().equals("anon.hierarchy.not-a-number") || e.key().equals("anon.hierarchy.not-a-date");
            if (sensitive && valueOfData) {
                // never show a value of a sensitive column: give the first data row that has it
                int col = table.columnIndex(column).getAsInt();
                Object bad = e.arguments().get(1);
                int row = 0;
                while (!table.value(row, col).equals(bad)) {
                    row++;
                }
                throw UserException.usage("anonymize.config-sensitive-value", file, pointer, column, builder, row + 1);
            }
            throw at(pointer, h.get("builder"), e);
        }
    }

    private Hierarchy intervals(JsonNode h, String pointer, List<String> values) {
        HierarchyBuilders.Intervals ib = Hierarchy.intervals();
        if (h.has("origin")) {
            ib.origin(longInteger(h, "origin", pointer));
        }
        JsonNode widths = array(h, "widths", pointer);
        for (int i = 0; i < widths.size(); i++) {
            long w = longInteger(widths, i, pointer + "/widths");
            setting(pointer + "/widths/" + i, widths.get(i), () -> ib.width(w));
        }
        if (h.has("bottomCoding")) {
            String p = pointer + "/bottomCoding";
            JsonNode bc = object(h, "bottomCoding", pointer);
            ib.bottomCoding(longInteger(bc, "below", p), text(bc, "label", p));
        }
        if (h.has("topCoding")) {
            String p = pointer + "/topCoding";
            JsonNode tc = object(h, "topCoding", pointer);
            ib.topCoding(longInteger(tc, "from", p), text(tc, "label", p));
        }
        return ib.build(values);
    }

    private Hierarchy masking(JsonNode h, String pointer, List<String> values) {
        HierarchyBuilders.Masking mb = Hierarchy.masking();
        JsonNode counts = array(h, "maskRight", pointer);
        for (int i = 0; i < counts.size(); i++) {
            int c = integer(counts, i, pointer + "/maskRight");
            setting(pointer + "/maskRight/" + i, counts.get(i), () -> mb.maskRight(c));
        }
        return mb.build(values);
    }

    private Hierarchy dates(JsonNode h, String pointer, List<String> values) {
        HierarchyBuilders.Dates db = Hierarchy.dates();
        String calendar = h.has("calendar") ? text(h, "calendar", pointer).toLowerCase(Locale.ROOT) : "iso";
        if (!List.of("iso", "gregorian", "japanese").contains(calendar)) {
            throw UserException.usage("anonymize.config-value", file, pointer + "/calendar", calendar,
                    "iso, japanese");
        }
        if (h.has("format")) {
            String pattern = text(h, "format", pointer);
            DateTimeFormatter f;
            try {
                f = DateTimeFormatter.ofPattern(pattern, Locale.JAPAN);
            } catch (IllegalArgumentException e) {
                throw UserException.usage("anonymize.config-date-format", file, pointer + "/format", pattern,
                        String.valueOf(e.getMessage()));
            }
            if (calendar.equals("japanese")) {
                f = f.withChronology(JapaneseChronology.INSTANCE);
            }
            DateTimeFormatter fmt = f;
            Function<String, LocalDate> parser = s -> LocalDate.from(fmt.parse(s));
            db.parser(parser);
        }
        if (h.has("levels")) {
            JsonNode ls = array(h, "levels", pointer);
            HierarchyBuilders.DateLevel[] levels = new HierarchyBuilders.DateLevel[ls.size()];
            for (int i = 0; i < levels.length; i++) {
                String name = text(ls, i, pointer + "/levels");
                levels[i] = setting(pointer + "/levels/" + i, ls.get(i),
                        () -> HierarchyBuilders.DateLevel.ofConfigName(name));
            }
            setting(pointer + "/levels", ls, () -> db.levels(levels));
        }
        return db.build(values);
    }

    private Hierarchy ordered(JsonNode h, String pointer) {
        JsonNode orderNode = array(h, "order", pointer);
        List<String> order = new ArrayList<>();
        for (int i = 0; i < orderNode.size(); i++) {
            order.add(text(orderNode, i, pointer + "/order"));
        }
        HierarchyBuilders.Ordered ob = Hierarchy.ordered(order);
        JsonNode sizes = array(h, "groupSizes", pointer);
        for (int i = 0; i < sizes.size(); i++) {
            int g = integer(sizes, i, pointer + "/groupSizes");
            setting(pointer + "/groupSizes/" + i, sizes.get(i), () -> ob.groupSize(g));
        }
        return ob.build();
    }

    /**
     * 町字 → 市区町村 → 都道府県 → *: towns from a CSV file (columns 町字/town and 市区町村/municipality)
     * or from an アドレス・ベース・レジストリ 町字マスター file (see {@link AbrTowns}: {@code townLabel},
     * {@code lgCodes}; it names the municipality and prefecture of each 町字, so {@code municipalities}
     * may be left out), municipalities from a CSV file (市区町村/municipality and 都道府県/prefecture)
     * or, with {@code "standard"}, from vocab's shipped code list. Without towns the column holds
     * municipalities: 市区町村 → 都道府県 → *.
     */
    private Hierarchy areas(JsonNode h, String pointer, List<String> values) {
        HierarchyBuilders.Areas ab = Hierarchy.areas();
        List<String[]> towns = new ArrayList<>();
        Path townFile = null;
        boolean abr = false;
        if (h.has("towns")) {
            townFile = relative(text(h, "towns", pointer), pointer + "/towns");
            abr = AbrTowns.isTownFile(townFile);
            if (abr) {
                String label = h.has("townLabel") ? text(h, "townLabel", pointer) : "name";
                if (!List.of("name", "full-name", "id").contains(label)) {
                    throw UserException.usage("anonymize.config-value", file, pointer + "/townLabel", label,
                            "name, full-name, id");
                }
                List<String> lgCodes = new ArrayList<>();
                if (h.has("lgCodes")) {
                    JsonNode codes = array(h, "lgCodes", pointer);
                    for (int i = 0; i < codes.size(); i++) {
                        lgCodes.add(text(codes, i, pointer + "/lgCodes"));
                    }
                }
                for (AbrTowns.Row r : AbrTowns.rows(townFile, label, lgCodes, values, file + ", " + pointer)) {
                    ab.municipality(r.municipality(), r.prefecture());
                    towns.add(new String[] {r.town(), r.municipality()});
                }
            } else {
                towns = pairs(townFile, List.of("町字", "town"), List.of("市区町村", "municipality"));
            }
        }
        String municipalities = abr && !h.has("municipalities") ? null : text(h, "municipalities", pointer);
        if (abr && "standard".equals(municipalities)) {
            // the 町字 file names each municipality with its prefecture already (and consistently with
            // the shipped list, which also comes from the ABR)
            municipalities = null;
        }
        if ("standard".equals(municipalities)) {
            StandardAreas standard = StandardAreas.get();
            List<String> labels = new ArrayList<>();
            if (townFile == null) {
                labels.addAll(values);
            } else {
                towns.forEach(t -> labels.add(t[1]));
            }
            String where = townFile == null ? file + ", " + pointer : townFile.toString();
            for (String m : labels) {
                ab.municipality(m, standard.prefectureOf(m, where));
            }
        } else if (municipalities != null) {
            for (String[] m : pairs(relative(municipalities, pointer + "/municipalities"), List.of("市区町村", "municipality"),
                    List.of("都道府県", "prefecture"))) {
                ab.municipality(m[0], m[1]);
            }
        }
        for (String[] t : towns) {
            ab.town(t[0], t[1]);
        }
        return ab.build();
    }

    /**
     * The two named columns of a CSV file, row by row. A file without them (or that is not a CSV
     * table at all) is refused without quoting it: a path given by mistake is never echoed.
     */
    private static List<String[]> pairs(Path csv, List<String> first, List<String> second) {
        Table t;
        try {
            t = Table.read(csv, CsvOptions.defaults());
        } catch (AnonymizationException e) {
            if (e.key().equals("anon.input.duplicate-column") || e.key().equals("anon.input.no-header")) {
                throw UserException.usage("anonymize.config-area-header", csv, String.join(" / ", first),
                        String.join(" / ", second));
            }
            throw e;
        }
        int a = columnOf(t, first);
        int b = columnOf(t, second);
        if (a < 0 || b < 0) {
            throw UserException.usage("anonymize.config-area-header", csv, String.join(" / ", first),
                    String.join(" / ", second));
        }
        List<String[]> out = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            out.add(new String[] {t.value(r, a), t.value(r, b)});
        }
        return out;
    }

    private static int columnOf(Table t, List<String> names) {
        for (String n : names) {
            if (t.columnIndex(n).isPresent()) {
                return t.columnIndex(n).getAsInt();
            }
        }
        return -1;
    }

    /**
     * A file named by the configuration, relative to the configuration's folder. Configurations are
     * trusted input: the name may point anywhere the user can read. A name the platform cannot
     * use (a NUL character, for example) is a usage error at its JSON pointer.
     */
    private Path relative(String name, String pointer) {
        try {
            return file.toAbsolutePath().getParent().resolve(name);
        } catch (InvalidPathException e) {
            throw UserException.usage("anonymize.config-path", file, pointer, String.valueOf(e.getReason()));
        }
    }

    /** Runs a builder setter; a setting it rejects becomes a usage error naming file, pointer and value. */
    private <T> T setting(String pointer, JsonNode value, Supplier<T> call) {
        try {
            return call.get();
        } catch (AnonymizationException e) {
            throw at(pointer, value, e);
        }
    }

    private UserException at(String pointer, JsonNode value, AnonymizationException e) {
        LocalizedText where = CliMessages.localize("anonymize.config-at", file, pointer,
                value == null ? "-" : value.toString());
        LocalizedText what = e.text();
        return new UserException(ExitCode.USAGE, new LocalizedText(where.ja() + " " + what.ja(),
                where.en() + " " + what.en()));
    }

    /** JSON types a member can be required to have; each has its message. */
    enum JsonType {
        STRING, INTEGER, NUMBER, BOOLEAN, ARRAY, OBJECT;

        String key(boolean missing) {
            return (missing ? "anonymize.config-required." : "anonymize.config-type.") + name().toLowerCase(Locale.ROOT);
        }
    }

    /** The member {@code key} (or element {@code index}) of {@code n}, checked to have the type. */
    private JsonNode checked(JsonNode n, Object keyOrIndex, String pointer, JsonType type) {
        JsonNode v = n == null ? null : keyOrIndex instanceof Integer i ? n.get(i) : n.get((String) keyOrIndex);
        String p = pointer + "/" + keyOrIndex;
        if (v == null) {
            throw UserException.usage(type.key(true), file, p);
        }
        boolean ok = switch (type) {
            case STRING -> v.isTextual();
            case INTEGER -> v.isIntegralNumber() && v.canConvertToLong();
            case NUMBER -> v.isNumber() && Double.isFinite(v.asDouble());
            case BOOLEAN -> v.isBoolean();
            case ARRAY -> v.isArray();
            case OBJECT -> v.isObject();
        };
        if (!ok) {
            throw typeError(p, v, type);
        }
        return v;
    }

    private UserException typeError(String pointer, JsonNode found, JsonType type) {
        return UserException.usage(type.key(false), file, pointer, found.toString());
    }

    private JsonNode array(JsonNode n, String key, String pointer) {
        return checked(n, key, pointer, JsonType.ARRAY);
    }

    private JsonNode object(JsonNode n, String key, String pointer) {
        return checked(n, key, pointer, JsonType.OBJECT);
    }

    private String text(JsonNode n, Object keyOrIndex, String pointer) {
        return checked(n, keyOrIndex, pointer, JsonType.STRING).asText();
    }

    private long longInteger(JsonNode n, Object keyOrIndex, String pointer) {
        return checked(n, keyOrIndex, pointer, JsonType.INTEGER).asLong();
    }

    private int integer(JsonNode n, Object keyOrIndex, String pointer) {
        JsonNode v = checked(n, keyOrIndex, pointer, JsonType.INTEGER);
        if (!v.canConvertToInt()) {
            throw typeError(pointer + "/" + keyOrIndex, v, JsonType.INTEGER);
        }
        return v.asInt();
    }

    private double number(JsonNode n, String key, String pointer) {
        return checked(n, key, pointer, JsonType.NUMBER).asDouble();
    }

    private boolean bool(JsonNode n, String key, String pointer) {
        return checked(n, key, pointer, JsonType.BOOLEAN).asBoolean();
    }
}
