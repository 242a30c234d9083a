package io.github.civicdata.anonymize;

import io.github.civicdata.core.Finding;
import io.github.civicdata.core.LocalizedText;
import io.github.civicdata.core.Messages;
import io.github.civicdata.core.Report;
import io.github.civicdata.core.Severity;
import io.github.civicdata.core.SourceInfo;
import io.github.civicdata.core.ToolInfo;
import java.util.Locale;

/** Writes the core report keys and the anonymisation parts as JSON. */
final class ReportJson {

    private ReportJson() {
    }

    static void writeCore(Json j, Report report) {
        j.key("tool").begin().field("name", ToolInfo.NAME).field("version", ToolInfo.version())
                .field("informationUri", ToolInfo.INFORMATION_URI).end();
        j.field("conforms", report.conforms());
        j.key("counts").begin();
        for (Severity s : Severity.values()) {
            j.field(s.name().toLowerCase(Locale.ROOT), report.count(s));
        }
        j.end();
        j.key("sources").beginArray();
        for (SourceInfo s : report.sources()) {
            j.begin().field("name", s.name());
            s.encoding().ifPresent(e -> j.field("encoding", e));
            s.bom().ifPresent(b -> j.field("bom", b));
            if (s.rows().isPresent()) {
                j.field("rows", s.rows().getAsLong());
            }
            j.end();
        }
        j.endArray();
        j.key("findings").beginArray();
        for (Finding f : report.findings()) {
            LocalizedText t = Messages.get().localize(f);
            j.begin().field("rule", f.ruleId()).field("severity", f.severity().name().toLowerCase(Locale.ROOT));
            j.key("message").begin().field("ja", t.ja()).field("en", t.en()).end();
            j.key("location").begin().field("source", f.location().source());
            if (f.location().row().isPresent()) {
                j.field("row", f.location().row().getAsLong());
            }
            f.location().header().ifPresent(h -> j.field("header", h));
            j.end();
            j.end();
        }
        j.endArray();
        j.field("truncated", report.truncated());
    }

    static void writeRisk(Json j, RiskProfile r) {
        j.begin();
        j.field("prosecutor", r.prosecutorMax());
        j.field("prosecutorAverage", r.prosecutorAverage());
        j.field("journalist", r.journalist());
        j.field("marketer", r.marketer());
        j.field("records", r.records());
        j.field("classes", r.classes());
        j.field("minClassSize", r.minClassSize());
        j.field("threshold", r.threshold());
        j.field("recordsAtRisk", r.recordsAtRisk());
        j.field("shareAtRisk", r.shareAtRisk());
        j.field("sampleUniques", r.sampleUniques());
        j.end();
    }

    static void writeModel(Json j, PrivacyModel m) {
        j.begin();
        if (m instanceof PrivacyModel.KAnonymity k) {
            j.field("model", "k-anonymity").field("k", k.k());
        } else if (m instanceof PrivacyModel.DistinctLDiversity d) {
            j.field("model", "distinct-l-diversity").field("attribute", d.attribute()).field("l", d.l());
        } else if (m instanceof PrivacyModel.EntropyLDiversity e) {
            j.field("model", "entropy-l-diversity").field("attribute", e.attribute()).field("l", e.l());
        } else if (m instanceof PrivacyModel.RecursiveLDiversity r) {
            j.field("model", "recursive-cl-diversity").field("attribute", r.attribute()).field("c", r.c())
                    .field("l", r.l());
        } else if (m instanceof PrivacyModel.TCloseness t) {
            j.field("model", t.distance() == PrivacyModel.TCloseness.Distance.EQUAL
                    ? "equal-distance-t-closeness" : "hierarchical-t-closeness")
                    .field("attribute", t.attribute()).field("t", t.t());
        }
        j.end();
    }
}
