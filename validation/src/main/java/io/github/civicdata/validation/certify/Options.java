package io.github.civicdata.validation.certify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.civicdata.core.Finding;
import io.github.civicdata.core.RuleInfo;
import io.github.civicdata.core.Severity;
import io.github.civicdata.validation.ValidationRules;
import io.github.civicdata.validation.Validator;
import java.nio.charset.Charset;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every validator option that can change a verdict, as recorded in a certificate ({@code options})
 * and read back by verification: severity overrides, disabled rules (ids or the frictionless code
 * of a variant), the limits, a forced encoding or delimiter, template detection and the per-column
 * cap (which decides how many findings a rule counts). Options that change only the report's
 * presentation (max findings, hidden values, profiles) are not recorded.
 */
record Options(SortedMap<String, Severity> severities, SortedSet<String> disabled, int maxFindingsPerColumn,
        int maxFieldLength, int maxLineLength, int maxColumns, int maxUniqueValues, Optional<String> encoding,
        Optional<String> delimiter, boolean detectTemplate) {

    private static final Set<String> MEMBERS = Set.of("severities", "disabled", "maxFindingsPerColumn",
            "maxFieldLength", "maxLineLength", "maxColumns", "maxUniqueValues", "encoding", "delimiter",
            "detectTemplate");

    Options {
        severities = new TreeMap<>(severities);
        disabled = new TreeSet<>(disabled);
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(delimiter, "delimiter");
    }

    static Options defaults() {
        return new Options(new TreeMap<>(), new TreeSet<>(), Validator.DEFAULT_MAX_FINDINGS_PER_COLUMN,
                Validator.DEFAULT_MAX_FIELD_LENGTH, Validator.DEFAULT_MAX_LINE_LENGTH, Validator.DEFAULT_MAX_COLUMNS,
                Validator.DEFAULT_MAX_UNIQUE_VALUES, Optional.empty(), Optional.empty(), true);
    }

    /** The rule id a severity override names. */
    static String severityKey(String ruleIdOrAlias) {
        return ValidationRules.find(ruleIdOrAlias)
                .orElseThrow(() -> new IllegalArgumentException("unknown rule: " + ruleIdOrAlias)).id();
    }

    /** What {@link Validator.Builder#disable(String)} turns off: a rule id, or the frictionless code of a variant. */
    static String disableKey(String ruleIdOrAlias) {
        RuleInfo r = ValidationRules.find(ruleIdOrAlias)
                .orElseThrow(() -> new IllegalArgumentException("unknown rule: " + ruleIdOrAlias));
        String code = ruleIdOrAlias.trim().toLowerCase(Locale.ROOT);
        return !r.id().equalsIgnoreCase(code) && Finding.code(r.id(), r.id() + "." + code).isPresent() ? code : r.id();
    }

    /** The validator these options describe (the template or schema is set by the caller). */
    Validator.Builder validator() {
        Validator.Builder b = Validator.builder().maxFindingsPerColumn(maxFindingsPerColumn)
                .maxFieldLength(maxFieldLength).maxLineLength(maxLineLength).maxColumns(maxColumns)
                .maxUniqueValues(maxUniqueValues).detectTemplate(detectTemplate);
        severities.forEach(b::severity);
        disabled.forEach(b::disable);
        encoding.ifPresent(e -> b.encoding(Charset.forName(e)));
        delimiter.ifPresent(d -> b.delimiter(d.charAt(0)));
        return b;
    }

    ObjectNode toJson() {
        ObjectNode o = StrictJson.MAPPER.createObjectNode();
        ObjectNode sev = o.putObject("severities");
        severities.forEach((k, v) -> sev.put(k, v.id()));
        disabled.forEach(o.putArray("disabled")::add);
        o.put("maxFindingsPerColumn", maxFindingsPerColumn);
        o.put("maxFieldLength", maxFieldLength);
        o.put("maxLineLength", maxLineLength);
        o.put("maxColumns", maxColumns);
        o.put("maxUniqueValues", maxUniqueValues);
        encoding.ifPresent(e -> o.put("encoding", e));
        delimiter.ifPresent(d -> o.put("delimiter", d));
        o.put("detectTemplate", detectTemplate);
        return o;
    }

    /**
     * Reads recorded options.
     *
     * @throws IllegalArgumentException naming the member that is not what it must be
     */
    static Options fromJson(JsonNode o) {
        if (o == null || !o.isObject()) {
            throw new IllegalArgumentException("/options");
        }
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String n = it.next();
            if (!MEMBERS.contains(n)) {
                throw new IllegalArgumentException("/options/" + n);
            }
        }
        SortedMap<String, Severity> sev = new TreeMap<>();
        JsonNode s = o.get("severities");
        if (s == null || !s.isObject()) {
            throw new IllegalArgumentException("/options/severities");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = s.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Severity v = Severity.parse(e.getValue().asText(null)).orElse(null);
            if (v == null || !e.getValue().isTextual() || ValidationRules.find(e.getKey()).isEmpty()
                    || !severityKey(e.getKey()).equals(e.getKey())) {
                throw new IllegalArgumentException("/options/severities/" + e.getKey());
            }
            sev.put(e.getKey(), v);
        }
        SortedSet<String> dis = new TreeSet<>();
        JsonNode d = o.get("disabled");
        if (d == null || !d.isArray()) {
            throw new IllegalArgumentException("/options/disabled");
        }
        for (int i = 0; i < d.size(); i++) {
            JsonNode x = d.get(i);
            if (!x.isTextual() || ValidationRules.find(x.textValue()).isEmpty()
                    || !disableKey(x.textValue()).equals(x.textValue())) {
                throw new IllegalArgumentException("/options/disabled/" + i);
            }
            dis.add(x.textValue());
        }
        Optional<String> enc = optionalText(o, "encoding");
        enc.ifPresent(e -> {
            try {
                Charset.forName(e);
            } catch (RuntimeException x) {
                throw new IllegalArgumentException("/options/encoding");
            }
        });
        Optional<String> del = optionalText(o, "delimiter");
        if (del.isPresent() && del.get().length() != 1) {
            throw new IllegalArgumentException("/options/delimiter");
        }
        JsonNode detect = o.get("detectTemplate");
        if (detect == null || !detect.isBoolean()) {
            throw new IllegalArgumentException("/options/detectTemplate");
        }
        return new Options(sev, dis, count(o, "maxFindingsPerColumn", 0), count(o, "maxFieldLength", 1),
                count(o, "maxLineLength", 1), count(o, "maxColumns", 1), count(o, "maxUniqueValues", 1), enc, del,
                detect.booleanValue());
    }

    private static Optional<String> optionalText(JsonNode o, String name) {
        JsonNode n = o.get(name);
        if (n == null) {
            return Optional.empty();
        }
        if (!n.isTextual()) {
            throw new IllegalArgumentException("/options/" + name);
        }
        return Optional.of(n.textValue());
    }

    private static int count(JsonNode o, String name, int min) {
        JsonNode n = o.get(name);
        if (n == null || !n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < min) {
            throw new IllegalArgumentException("/options/" + name);
        }
        return n.intValue();
    }
}
