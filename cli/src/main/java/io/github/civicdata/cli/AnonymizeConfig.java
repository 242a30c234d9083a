package io.github.civicdata.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.civicdata.anonymize.AnonymizationException;
import io.github.civicdata.anonymize.Anonymizer;
import io.github.civicdata.anonymize.AttributeRole;
import io.github.civicdata.anonymize.CsvOptions;
import io.github.civicdata.anonymize.Hierarchy;
import io.github.civicdata.anonymize.HierarchyBuilders;
import io.github.civicdata.anonymize.Metric;
import io.github.civicdata.anonymize.PopulationTable;
import io.github.civicdata.anonymize.PrivacyModel;
import io.github.civicdata.anonymize.Pseudonym;
import io.github.civicdata.anonymize.Pseudonymizer;
import io.github.civicdata.anonymize.PublicationNotice;
import io.github.civicdata.anonymize.SearchBudget;
import io.github.civicdata.anonymize.Table;
import io.github.civicdata.anonymize.UniqueDescriptions;
import io.github.civicdata.core.LocalizedText;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.chrono.JapaneseChronology;
import java.time.format.DateTimeFormatter;
import java.util.AbstractList;
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

    /** Whether {@code "transformation": "local"} asks for local recoding (Mondrian) instead of full-domain generalisation. */
    boolean localRecoding() {
        if (!root.has("transformation")) {
            return false;
        }
        String t = text(root, "transformation", "").toLowerCase(Locale.ROOT);
        return switch (t) {
            case "local", "mondrian" -> true;
            case "full-domain", "global" -> false;
            default -> throw UserException.usage("anonymize.config-value", file, "/transformation", t,
                    "full-domain, local");
        };
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

    /**
     * The columns the anonymisation reads into memory: quasi-identifiers and sensitive attributes
     * (the others are streamed when the output is written).
     */
    List<String> columnsRead() {
        List<String> out = new ArrayList<>();
        JsonNode attrs = root.get("attributes");
        if (attrs == null || !attrs.isObject()) {
            throw UserException.usage("anonymize.config-missing", file, "attributes");
        }
        Iterator<Map.Entry<String, JsonNode>> it = attrs.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isObject()) {
                throw typeError("/attributes/" + ConfigJson.escape(e.getKey()), e.getValue(), JsonType.OBJECT);
            }
            AttributeRole role = AttributeRole.ofConfigName(text(e.getValue(), "role",
                    "/attributes/" + ConfigJson.escape(e.getKey())));
            if (role == AttributeRole.QUASI_IDENTIFYING || role == AttributeRole.SENSITIVE) {
                out.add(e.getKey());
            }
        }
        return out;
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
                case PSEUDONYMISED -> b.pseudonymised(column, pseudonym(spec, column));
                case DELETED -> b.deleted(column);
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
        if (root.has("population")) {
            // journalist risk from a population table: {"file": "...", "count": "人口"}
            JsonNode pop = object(root, "population", "");
            b.population(PopulationTable.read(relative(text(pop, "file", "/population"), "/population/file"), CsvOptions.defaults(),
                    text(pop, "count", "/population")));
        }
        if (root.has("uniqueDescriptions")) {
            b.uniqueDescriptions(uniqueDescriptions(object(root, "uniqueDescriptions", ""), maxK(privacy)));
        }
        if (root.has("search")) {
            // the heuristic search's budget above the optimal-search limit
            JsonNode sb = object(root, "search", "");
            SearchBudget d = SearchBudget.defaults();
            long millis = sb.has("seconds") ? Math.round(number(sb, "seconds", "/search") * 1000) : d.time().toMillis();
            long checks = sb.has("checks") ? longInteger(sb, "checks", "/search") : d.checks();
            long limit = sb.has("optimalLimit") ? longInteger(sb, "optimalLimit", "/search") : d.optimalLimit();
            b.searchBudget(setting("/search", sb, () -> new SearchBudget(java.time.Duration.ofMillis(millis), checks, limit)));
        }
        return b.build();
    }

    /** A pseudonymised column's method: {"method": "hmac-sha256", "keyFile": "..."} or {"method": "surrogate"}. */
    private Pseudonym pseudonym(JsonNode spec, String column) {
        String pointer = "/attributes/" + ConfigJson.escape(column);
        String method = text(spec, "method", pointer).toLowerCase(Locale.ROOT);
        return switch (method) {
            case "hmac-sha256", "hmac" -> Pseudonym.keyedHash(relative(text(spec, "keyFile", pointer), pointer + "/keyFile"));
            case "surrogate" -> Pseudonym.surrogate();
            default -> throw UserException.usage("anonymize.config-value", file, pointer + "/method", method,
                    "hmac-sha256, surrogate");
        };
    }

    private static int maxK(JsonNode privacy) {
        int k = 2;
        for (JsonNode m : privacy) {
            JsonNode kk = m.get("k");
            if (kk != null && kk.canConvertToInt()) {
                k = Math.max(k, kk.asInt());
            }
        }
        return k;
    }

    /** {"percentiles": [0.005, 0.995], "upperLimits": {"年齢": 100}}; k is the largest k of the privacy models. */
    private UniqueDescriptions uniqueDescriptions(JsonNode u, int k) {
        UniqueDescriptions.Builder ub = UniqueDescriptions.builder().k(k);
        JsonNode attrs = root.get("attributes");
        java.util.Set<String> sensitive = new java.util.HashSet<>();
        attrs.fields().forEachRemaining(e -> {
            JsonNode r = e.getValue().get("role");
            if (r != null && r.isTextual() && r.asText().equalsIgnoreCase("sensitive")) {
                sensitive.add(e.getKey());
            }
        });
        ub.sensitive(sensitive);
        if (u.has("percentiles")) {
            JsonNode p = array(u, "percentiles", "/uniqueDescriptions");
            double low = numberAt(p, 0, "/uniqueDescriptions/percentiles");
            double high = numberAt(p, 1, "/uniqueDescriptions/percentiles");
            setting("/uniqueDescriptions/percentiles", p, () -> ub.percentiles(low, high));
        }
        if (u.has("upperLimits")) {
            JsonNode l = object(u, "upperLimits", "/uniqueDescriptions");
            l.fields().forEachRemaining(e -> ub.upperLimit(e.getKey(),
                    longInteger(l, e.getKey(), "/uniqueDescriptions/upperLimits")));
        }
        return ub.build();
    }

    private double numberAt(JsonNode array, int index, String pointer) {
        return checked(array, index, pointer, JsonType.NUMBER).asDouble();
    }

    /** The 公表事項 settings: {"dataset": "...", "organisation": "...", "date": "2024-04-01", "sector": "public"}. */
    PublicationNotice.Details publication() {
        JsonNode p = root.get("publication");
        if (p == null) {
            throw UserException.usage("anonymize.config-missing", file, "publication");
        }
        if (!p.isObject()) {
            throw typeError("/publication", p, JsonType.OBJECT);
        }
        Optional<String> org = p.has("organisation") ? Optional.of(text(p, "organisation", "/publication")) : Optional.empty();
        Optional<LocalDate> date = Optional.empty();
        if (p.has("date")) {
            String d = text(p, "date", "/publication");
            try {
                date = Optional.of(LocalDate.parse(d));
            } catch (java.time.format.DateTimeParseException e) {
                throw UserException.usage("anonymize.config-value", file, "/publication/date", d, "yyyy-MM-dd");
            }
        }
        String sector = p.has("sector") ? text(p, "sector", "/publication").toLowerCase(Locale.ROOT) : "public";
        PublicationNotice.Sector sec = switch (sector) {
            case "public" -> PublicationNotice.Sector.PUBLIC;
            case "private" -> PublicationNotice.Sector.PRIVATE;
            default -> throw UserException.usage("anonymize.config-value", file, "/publication/sector", sector,
                    "public, private");
        };
        return new PublicationNotice.Details(text(p, "dataset", "/publication"), org, date, sec);
    }

    /** The 仮名加工 of {@code civicdata pseudonymise}: identifying, pseudonymise and delete roles. */
    Pseudonymizer pseudonymizer() {
        JsonNode attrs = root.get("attributes");
        if (attrs == null || !attrs.isObject()) {
            throw UserException.usage("anonymize.config-missing", file, "attributes");
        }
        Pseudonymizer.Builder b = Pseudonymizer.builder();
        Iterator<Map.Entry<String, JsonNode>> it = attrs.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String column = e.getKey();
            JsonNode spec = e.getValue();
            String at = "/attributes/" + ConfigJson.escape(column);
            if (!spec.isObject()) {
                throw typeError(at, spec, JsonType.OBJECT);
            }
            AttributeRole role = AttributeRole.ofConfigName(text(spec, "role", at));
            switch (role) {
                case IDENTIFYING -> b.identifying(column);
                case PSEUDONYMISED -> b.pseudonymised(column, pseudonym(spec, column));
                case DELETED -> b.deleted(column);
                case INSENSITIVE, SENSITIVE -> {
                    // kept as they are
                }
                default -> throw UserException.usage("pseudonymise.role-not-used", file, column, role.configName());
            }
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
        // the column in row order: a builder's error names a value's position, which is its data row
        List<String> values = table.columnIndex(column).isPresent()
                ? columnValues(table, table.columnIndex(column).getAsInt()) : List.of();
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
            if (valueOfData) {
                int row = ((Number) e.arguments().get(1)).intValue();
                if (sensitive) {
                    // never show a value of a sensitive column
                    throw UserException.usage("anonymize.config-sensitive-value", file, pointer, column, builder, row);
                }
                throw UserException.usage("anonymize.config-data-value", file, pointer, column, builder, row,
                        io.github.civicdata.core.Values.truncate(values.get(row - 1)));
            }
            throw at(pointer, h.get("builder"), e);
        }
    }

    /** The values of a column in row order, without a copy. */
    private static List<String> columnValues(Table table, int column) {
        return new AbstractList<>() {
            @Override
            public String get(int row) {
                return table.value(row, column);
            }

            @Override
            public int size() {
                return table.rowCount();
            }
        };
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
