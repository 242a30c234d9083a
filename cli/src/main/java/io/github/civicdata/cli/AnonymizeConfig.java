package io.github.civicdata.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.civicdata.anonymize.Anonymizer;
import io.github.civicdata.anonymize.AttributeRole;
import io.github.civicdata.anonymize.Hierarchy;
import io.github.civicdata.anonymize.HierarchyBuilders;
import io.github.civicdata.anonymize.Metric;
import io.github.civicdata.anonymize.PrivacyModel;
import io.github.civicdata.anonymize.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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

/**
 * The JSON configuration of {@code civicdata anonymize}: attribute roles and hierarchies (files
 * relative to the configuration file, or builders over the column's values), privacy models,
 * suppression limit, metric, optional delimiter. Columns not listed are insensitive. Unknown
 * members are ignored.
 */
final class AnonymizeConfig {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    final Path file;
    final JsonNode root;

    private AnonymizeConfig(Path file, JsonNode root) {
        this.file = file;
        this.root = root;
    }

    static AnonymizeConfig read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw UserException.unreadable("cli.file-not-found", file);
        } catch (IOException e) {
            throw UserException.unreadable("cli.file-unreadable", file, e.getMessage());
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw UserException.usage("anonymize.config-json", file, loc == null ? 0 : loc.getLineNr(),
                    loc == null ? 0 : loc.getColumnNr(), e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw UserException.usage("anonymize.config-not-object", file);
        }
        return new AnonymizeConfig(file, root);
    }

    Optional<Character> delimiter() {
        JsonNode d = root.get("delimiter");
        if (d == null || d.isNull()) {
            return Optional.empty();
        }
        String s = d.asText();
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
            String roleName = text(spec, "role", "/attributes/" + column);
            AttributeRole role = AttributeRole.ofConfigName(roleName);
            JsonNode h = spec.get("hierarchy");
            switch (role) {
                case IDENTIFYING -> b.identifying(column);
                case INSENSITIVE -> b.insensitive(column);
                case SENSITIVE -> {
                    if (h == null) {
                        b.sensitive(column);
                    } else {
                        b.sensitive(column, hierarchy(h, column, table));
                    }
                }
                case QUASI_IDENTIFYING -> {
                    if (h == null) {
                        throw UserException.usage("anonymize.config-no-hierarchy", file, column);
                    }
                    b.quasiIdentifier(column, hierarchy(h, column, table));
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
        JsonNode s = root.get("suppressionLimit");
        if (s != null) {
            if (!s.isNumber()) {
                throw UserException.usage("anonymize.config-type", file, "/suppressionLimit", "number");
            }
            b.suppressionLimit(s.asDouble());
        }
        JsonNode metric = root.get("metric");
        if (metric != null) {
            b.metric(Metric.ofConfigName(metric.asText()));
        }
        JsonNode rec = root.get("recordSuppressedRows");
        if (rec != null) {
            b.recordSuppressedRows(rec.asBoolean());
        }
        JsonNode th = root.get("riskThreshold");
        if (th != null) {
            b.riskThreshold(th.asDouble());
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
                String dist = m.has("distance") ? m.get("distance").asText()
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

    private Hierarchy hierarchy(JsonNode h, String column, Table table) {
        if (h.isTextual()) {
            Path p = file.toAbsolutePath().getParent().resolve(h.asText());
            return Hierarchy.read(p);
        }
        String pointer = "/attributes/" + column + "/hierarchy";
        String builder = text(h, "builder", pointer);
        List<String> values = table.columnIndex(column).isPresent()
                ? table.distinctValues(table.columnIndex(column).getAsInt()) : List.of();
        switch (builder) {
            case "intervals" -> {
                HierarchyBuilders.Intervals ib = Hierarchy.intervals();
                if (h.has("origin")) {
                    ib.origin(h.get("origin").asLong());
                }
                for (JsonNode w : array(h, "widths", pointer)) {
                    ib.width(w.asLong());
                }
                if (h.has("bottomCoding")) {
                    JsonNode bc = h.get("bottomCoding");
                    ib.bottomCoding(bc.path("below").asLong(), text(bc, "label", pointer + "/bottomCoding"));
                }
                if (h.has("topCoding")) {
                    JsonNode tc = h.get("topCoding");
                    ib.topCoding(tc.path("from").asLong(), text(tc, "label", pointer + "/topCoding"));
                }
                return ib.build(values);
            }
            case "masking" -> {
                HierarchyBuilders.Masking mb = Hierarchy.masking();
                List<Integer> counts = new ArrayList<>();
                for (JsonNode c : array(h, "maskRight", pointer)) {
                    counts.add(c.asInt());
                }
                mb.maskRight(counts.stream().mapToInt(Integer::intValue).toArray());
                return mb.build(values);
            }
            case "dates" -> {
                HierarchyBuilders.Dates db = Hierarchy.dates();
                if (h.has("format")) {
                    DateTimeFormatter f = DateTimeFormatter.ofPattern(h.get("format").asText(), Locale.JAPAN);
                    if ("japanese".equalsIgnoreCase(h.path("calendar").asText())) {
                        f = f.withChronology(JapaneseChronology.INSTANCE);
                    }
                    DateTimeFormatter fmt = f;
                    Function<String, LocalDate> parser = s -> LocalDate.from(fmt.parse(s));
                    db.parser(parser);
                }
                if (h.has("levels")) {
                    List<HierarchyBuilders.DateLevel> ls = new ArrayList<>();
                    for (JsonNode l : h.get("levels")) {
                        ls.add(HierarchyBuilders.DateLevel.valueOf(l.asText().toUpperCase(Locale.ROOT)));
                    }
                    db.levels(ls.toArray(new HierarchyBuilders.DateLevel[0]));
                }
                return db.build(values);
            }
            case "ordered" -> {
                List<String> order = new ArrayList<>();
                for (JsonNode v : array(h, "order", pointer)) {
                    order.add(v.asText());
                }
                HierarchyBuilders.Ordered ob = Hierarchy.ordered(order);
                for (JsonNode g : array(h, "groupSizes", pointer)) {
                    ob.groupSize(g.asInt());
                }
                return ob.build();
            }
            default -> throw UserException.usage("anonymize.config-value", file, pointer + "/builder", builder,
                    "intervals, masking, dates, ordered (or a hierarchy file name)");
        }
    }

    private JsonNode array(JsonNode n, String key, String pointer) {
        JsonNode a = n.get(key);
        if (a == null || !a.isArray()) {
            throw UserException.usage("anonymize.config-type", file, pointer + "/" + key, "array");
        }
        return a;
    }

    private String text(JsonNode n, String key, String pointer) {
        JsonNode v = n == null ? null : n.get(key);
        if (v == null || !v.isTextual()) {
            throw UserException.usage("anonymize.config-type", file, pointer + "/" + key, "string");
        }
        return v.asText();
    }

    private int integer(JsonNode n, String key, String pointer) {
        JsonNode v = n.get(key);
        if (v == null || !v.isIntegralNumber()) {
            throw UserException.usage("anonymize.config-type", file, pointer + "/" + key, "integer");
        }
        return v.asInt();
    }

    private double number(JsonNode n, String key, String pointer) {
        JsonNode v = n.get(key);
        if (v == null || !v.isNumber()) {
            throw UserException.usage("anonymize.config-type", file, pointer + "/" + key, "number");
        }
        return v.asDouble();
    }
}
