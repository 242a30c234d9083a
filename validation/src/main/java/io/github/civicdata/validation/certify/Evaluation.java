package io.github.civicdata.validation.certify;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.RuleInfo;
import io.github.civicdata.core.Severity;
import io.github.civicdata.core.SourceInfo;
import io.github.civicdata.validation.ValidationRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The certification policy: which rules apply to which file, when a rule passes, fails or is
 * attested, what a disabled rule or a lowered severity takes away, and the level a file reaches.
 * Used alike to make a certificate and to verify one, so that both derive a verdict the same way.
 *
 * <p>A file reaches level N when, for every rule of levels 1 to N: the rule is not disabled and its
 * severity is not lowered; an automatic rule has no error finding (the rules that say a file was
 * not fully read — not validated, unreadable, internal error, a length or column limit — have no
 * finding at all); a partial rule has no error finding and is attested; a manual rule is attested.
 * Rules that do not apply to the file's format (【Excel】 rules for a CSV file) do not count.
 *
 * <p>Stateless and thread-safe.
 */
final class Evaluation {

    static final String RULE_SET_ID = "digital-agency-machine-readability";
    /** The date of the rule list (令和8年3月31日 decision) that the levels follow. */
    static final String RULE_SET_VERSION = "2026-03-31";

    static final Set<String> EXCEL_ONLY = Set.of("L1-10", "L1-11", "L1-12", "L1-13", "xlsx.unreadable",
            "xlsx.malformed", "limit.xlsx-part-time");
    static final Set<String> CSV_ONLY = Set.of("L1-14", "L1-15", "csv.quote", "csv.mixed-line-endings", "csv.delimiter");
    /** Rules that apply only when a template or schema is given. */
    static final Set<String> WITH_TEMPLATE = Set.of("template.missing-column", "template.column-name",
            "template.column-order", "template.unknown-column", "template.empty-column", "type-error", "unique-error",
            "limit.unique-values", "foreign-key");
    /** Errors of these make a file fail its template. */
    static final Set<String> TEMPLATE_VERDICT = Set.of("template.missing-column", "template.column-name",
            "template.column-order", "template.unknown-column", "template.empty-column", "type-error",
            "constraint-error", "unique-error", "foreign-key");
    /** Any finding of these (whatever its severity) means the file was not fully checked. */
    static final Set<String> NOT_FULLY_CHECKED = Set.of("file.not-validated", "file.unreadable", "xlsx.unreadable",
            "validation.internal-error", "limit.field-length", "limit.line-length", "limit.columns",
            "limit.xlsx-part-time");
    /**
     * A finding of these that is not an error means part of the template was not checked: unique
     * columns beyond the values remembered; the keys of a two-file dataset, which certification does
     * not join (each file is validated alone, so a companion file is never given).
     */
    static final Set<String> TEMPLATE_UNCHECKED = Set.of("limit.unique-values", "foreign-key");

    static final Set<String> PASSING = Set.of("pass", "attested", "not-applicable");

    private Evaluation() {
    }

    /** Why a rule cannot count towards a level under the options, or empty. */
    static Optional<String> restriction(RuleInfo r, Options o) {
        if (o.disabled().contains(r.id())) {
            return Optional.of("disabled");
        }
        for (String d : o.disabled()) {
            if (!d.equals(r.id()) && ValidationRules.find(d).map(RuleInfo::id).filter(r.id()::equals).isPresent()) {
                return Optional.of("variant-disabled");
            }
        }
        Severity s = o.severities().get(r.id());
        if (s != null && !s.isAtLeast(r.severity())) {
            return Optional.of("severity-lowered");
        }
        return Optional.empty();
    }

    /** {@code restrictions}: every rule of a level that the options take out of the certificate's reach. */
    static ArrayNode restrictions(Options o) {
        ArrayNode a = StrictJson.MAPPER.createArrayNode();
        for (RuleInfo r : ValidationRules.all()) {
            Optional<String> why = restriction(r, o);
            if (why.isPresent()) {
                ObjectNode x = a.addObject();
                x.put("rule", r.id());
                x.put("reason", why.get());
                if (r.level().isPresent()) {
                    x.put("level", r.level().getAsInt());
                }
            }
        }
        return a;
    }

    /** The file's format as read: {@code csv} (read as delimited text), {@code xlsx} or {@code other}. */
    static String format(SourceInfo s, byte[] head) {
        if (s.delimiter().isPresent()) {
            return "csv";
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return "xlsx";
        }
        return "other";
    }

    static String status(RuleInfo r, Options o, Report report, String format, boolean template,
            List<Attestation> attestations, String subject) {
        if (o.disabled().contains(r.id())) {
            return "disabled";
        }
        if (("csv".equals(format) && EXCEL_ONLY.contains(r.id())) || ("xlsx".equals(format) && CSV_ONLY.contains(r.id()))
                || (!template && WITH_TEMPLATE.contains(r.id())) || (template && "template.detected".equals(r.id()))) {
            return "not-applicable";
        }
        long errors = report.count(r.id(), Severity.ERROR);
        long any = errors + report.count(r.id(), Severity.WARNING) + report.count(r.id(), Severity.INFO);
        boolean failing = NOT_FULLY_CHECKED.contains(r.id()) ? any > 0 : errors > 0;
        boolean attested = attestations.stream().anyMatch(a -> a.rule().equals(r.id()) && a.covers(subject));
        return switch (r.mode()) {
            case AUTOMATIC -> failing ? "fail" : "pass";
            case PARTIAL -> failing ? "fail" : attested ? "attested" : "not-attested";
            case MANUAL -> attested ? "attested" : "not-attested";
        };
    }

    /**
     * The derived part of one subject: how it was read, the status of every rule, its level, its
     * template verdict and its findings summary.
     */
    static ObjectNode subject(String name, long size, String sha256, byte[] head, Report report, Options o,
            boolean template, List<Attestation> attestations) {
        SourceInfo s = report.sources().isEmpty() ? SourceInfo.of(name) : report.sources().get(0);
        String format = format(s, head);
        ObjectNode n = StrictJson.MAPPER.createObjectNode();
        n.put("name", name);
        n.put("size", size);
        n.put("sha256", sha256);
        n.put("format", format);
        s.encoding().ifPresent(e -> n.put("encoding", e));
        s.bom().ifPresent(b -> n.put("bom", b));
        s.delimiter().ifPresent(d -> n.put("delimiter", d));
        s.rows().ifPresent(r -> n.put("rows", r));
        ObjectNode rules = StrictJson.MAPPER.createObjectNode();
        int[] worstPerLevel = {0, 0, 0, 0}; // 1 = some rule of that level does not pass
        String templateVerdict = template ? "conforms" : "none";
        for (RuleInfo r : ValidationRules.all()) {
            String status = status(r, o, report, format, template, attestations, name);
            RuleInfo eff = o.severities().containsKey(r.id()) ? r.withSeverity(o.severities().get(r.id())) : r;
            ObjectNode x = rules.putObject(r.id());
            if (r.level().isPresent()) {
                x.put("level", r.level().getAsInt());
                if (!PASSING.contains(status) || restriction(r, o).isPresent()) {
                    worstPerLevel[r.level().getAsInt()] = 1;
                }
            }
            x.put("mode", r.mode().id());
            x.put("severity", eff.severity().id());
            x.put("status", status);
            ObjectNode f = x.putObject("findings");
            for (Severity sev : Severity.values()) {
                f.put(sev.id(), report.count(r.id(), sev));
            }
            x.put("cells", report.cellsByRule().getOrDefault(r.id(), 0L));
            if (template) {
                if (TEMPLATE_VERDICT.contains(r.id()) && ("fail".equals(status) || restriction(r, o).isPresent())) {
                    templateVerdict = "fails".equals(templateVerdict) || "fail".equals(status) ? "fails" : "incomplete";
                } else if ((TEMPLATE_UNCHECKED.contains(r.id()) && report.countsByRule().getOrDefault(r.id(), 0L) > 0)
                        || (NOT_FULLY_CHECKED.contains(r.id()) && "fail".equals(status))) {
                    templateVerdict = "fails".equals(templateVerdict) ? "fails" : "incomplete";
                }
            }
        }
        int level = 0;
        for (int l = 1; l <= 3 && worstPerLevel[l] == 0; l++) {
            level = l;
        }
        n.put("level", level);
        n.put("template", templateVerdict);
        n.set("summary", summary(report));
        n.set("rules", rules);
        return n;
    }

    static ObjectNode summary(Report r) {
        ObjectNode s = StrictJson.MAPPER.createObjectNode();
        for (Severity sev : Severity.values()) {
            ObjectNode x = s.putObject(sev.id());
            x.put("findings", r.count(sev));
            x.put("cells", r.cells(sev));
            x.put("rows", r.rows(sev));
        }
        ObjectNode all = s.putObject("all");
        all.put("findings", r.total());
        all.put("cells", r.cells());
        all.put("rows", r.rows());
        return s;
    }

    /** The overall template verdict of several subjects. */
    static String overallTemplate(List<String> verdicts, boolean template) {
        if (!template) {
            return "none";
        }
        if (verdicts.contains("fails")) {
            return "fails";
        }
        return verdicts.contains("incomplete") || verdicts.isEmpty() ? "incomplete" : "conforms";
    }

    // ---------------------------------------------------------------- the rule set

    private static final String RULE_SET_SHA256 = ruleSetSha256();

    static String ruleSetSha256() {
        if (RULE_SET_SHA256 != null) {
            return RULE_SET_SHA256;
        }
        ObjectNode root = StrictJson.MAPPER.createObjectNode();
        try (InputStream in = ValidationRules.class.getResourceAsStream("rules/machine-readability-rules.json")) {
            if (in == null) {
                throw new IllegalStateException("the rule list is missing from the jar");
            }
            root.put("officialList", hex(sha256().digest(in.readAllBytes())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ArrayNode rules = root.putArray("rules");
        for (RuleInfo r : ValidationRules.all()) {
            ObjectNode x = rules.addObject();
            x.put("id", r.id());
            x.put("severity", r.severity().id());
            x.put("mode", r.mode().id());
            if (r.level().isPresent()) {
                x.put("level", r.level().getAsInt());
            }
            r.aliases().forEach(x.putArray("aliases")::add);
        }
        try {
            return hex(sha256().digest(Jcs.canonicalize(root)));
        } catch (Jcs.NotCanonicalizable e) {
            throw new IllegalStateException(e);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    static List<String> texts(Iterable<com.fasterxml.jackson.databind.JsonNode> nodes) {
        List<String> out = new ArrayList<>();
        nodes.forEach(n -> out.add(n.asText()));
        return out;
    }
}
