package io.github.civicdata.vocab.code;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One change of the e-Stat 廃置分合等情報 (abolition, establishment, merger, renaming … of
 * municipalities, wards and counties), as read from one clause of its 改正事由 text.
 *
 * <p>{@link #from()} are the codes the change starts from and {@link #to()} the codes it leads to,
 * both as 6-digit codes (the 5-digit 標準地域コード of the source with its check digit); which of
 * them ended or began depends on the {@link #kind()}: a merger that keeps the name of one town
 * ({@code 北見市(01208)、端野町(01548)… が合併し、北見市を新設}) keeps that town's code, so
 * {@code 012084} is in both lists. {@link #text()} is the clause as published. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * for (CodeChange c : CodeLists.standard().record("221317").orElseThrow().changes()) {
 *     System.out.println(c.date() + " " + c.kind() + " " + c.from() + " -> " + c.to());
 * }
 * }</pre>
 *
 * @param date the day the change took effect (廃置分合等施行年月日)
 * @param kind the kind of change
 * @param from the codes the change starts from
 * @param to the codes the change leads to
 * @param text the 改正事由 clause, as published
 */
public record CodeChange(LocalDate date, Kind kind, List<String> from, List<String> to, String text) {

    /**
     * Validates and copies the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public CodeChange {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        from = List.copyOf(from);
        to = List.copyOf(to);
        Objects.requireNonNull(text, "text");
    }

    /** The kinds of change the 廃置分合等情報 records, named after the verb of the 改正事由 text. */
    public enum Kind {
        /** 合併し、…を新設 (新設合併): the old bodies end, a new one begins (or keeps one old code). */
        MERGER("合併"),
        /** …に編入: the incorporated bodies end; the receiving one continues. */
        INCORPORATION("編入"),
        /** 市制施行: a town becomes a city (sometimes under a new code). */
        CITY_STATUS("市制施行"),
        /** 町制施行: a village becomes a town (sometimes under a new code). */
        TOWN_STATUS("町制施行"),
        /** 名称変更: a new name (sometimes under a new code). */
        RENAME("名称変更"),
        /** 政令指定都市施行/移行: a city becomes a designated city under a new code. */
        DESIGNATED_CITY("政令指定都市施行"),
        /** の新設: new wards or a new county. */
        ESTABLISHMENT("新設"),
        /** の廃止: a county or subprefecture ends (no successor). */
        ABOLITION("廃止"),
        /** 特例市・中核市に移行: a change of status without a change of code. */
        STATUS_CHANGE("移行"),
        /** から分離し、…を新設: new wards split off wards that continue. */
        SEPARATION("分離"),
        /** を分割し、…を新設: a ward ends, divided into new ones. */
        DIVISION("分割"),
        /** が統合し、…を新設: wards end, united into a new one. */
        UNIFICATION("統合"),
        /** (郡の)区域変更: a town moves to another county or subprefecture under a new code. */
        AREA_CHANGE("区域変更"),
        /** 区の再編: the wards of a designated city are reorganised (浜松市, 2024-01-01). */
        WARD_REORGANISATION("区の再編");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /**
         * The Japanese word of the 改正事由 text for this kind of change.
         *
         * @return the label, e.g. {@code 編入}
         */
        public String label() {
            return label;
        }
    }
}
