package io.github.civicdata.vocab.code;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a 6-digit code stands for over time: a prefecture, municipality or ward that is in the
 * current Address Base Registry list, or one that was abolished (a former code), or a county or
 * subprefecture of the 標準地域コード that appears in the change history.
 *
 * <p>{@link #validFrom()} is the first day the code was in effect where known (the day of the
 * change that created it, else the ABR 効力発生日; ABR gives 1947-04-17, the day the Local Autonomy
 * Act took effect, for bodies older than its records); {@link #validUntil()} is the last day, the day
 * before its abolition, and empty for a current code. {@link #successors()} are the codes the
 * change that ended it leads to (possibly former codes themselves; {@link CodeLists#currentSuccessors}
 * follows them to today's codes). Names are the latest known; {@link #otherNames()} holds earlier
 * names under the same code (日の出村 for 日の出町). Immutable and thread-safe.
 *
 * <pre>{@code
 * CodeRecord r = CodeLists.standard().record("221317").orElseThrow();
 * r.name();        // 浜松市中区
 * r.validUntil();  // Optional[2023-12-31]
 * r.successors();  // [221384]
 * }</pre>
 *
 * @param code the 6-digit code (with check digit)
 * @param name the name, with its designated city for a ward ({@code 浜松市中区})
 * @param otherNames earlier names under the same code
 * @param nameKana the reading in hiragana, if known
 * @param nameRoman the romanised name of the ABR list ({@code Hamamatsu-shi Chuo-ku}), if known
 * @param prefectureCode the 2-digit prefecture code
 * @param county the county (郡) or subprefecture the body belongs to, if any
 * @param kind the kind of area
 * @param validFrom the first day in effect, if known
 * @param validUntil the last day in effect; empty while the code is current
 * @param successors the codes the ending change leads to; empty for a current code and for a
 *     county or subprefecture that was simply abolished
 * @param changes the recorded changes that name this code, oldest first
 */
public record CodeRecord(String code, String name, List<String> otherNames, Optional<String> nameKana,
        Optional<String> nameRoman, String prefectureCode, Optional<String> county, Kind kind,
        Optional<LocalDate> validFrom, Optional<LocalDate> validUntil, List<String> successors,
        List<CodeChange> changes) {

    /**
     * Validates and copies the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the code's check digit is wrong or it is not in the prefecture
     */
    public CodeRecord {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        otherNames = List.copyOf(otherNames);
        Objects.requireNonNull(nameKana, "nameKana");
        Objects.requireNonNull(nameRoman, "nameRoman");
        Objects.requireNonNull(prefectureCode, "prefectureCode");
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        successors = List.copyOf(successors);
        changes = List.copyOf(changes);
        if (!LocalGovernmentCodes.hasValidCheckDigit(code) || !code.startsWith(prefectureCode)) {
            throw new IllegalArgumentException("bad code " + code + " for prefecture " + prefectureCode);
        }
    }

    /**
     * Whether the code is in effect today (not abolished).
     *
     * @return {@code true} for a code of the current list
     */
    public boolean isCurrent() {
        return validUntil.isEmpty();
    }

    /**
     * Whether the code was in effect on a day: not before {@link #validFrom()} (when known) and not
     * after {@link #validUntil()}.
     *
     * @param day the day
     * @return {@code true} if in effect on that day
     */
    public boolean isInEffectOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return validFrom.map(f -> !day.isBefore(f)).orElse(true) && validUntil.map(u -> !day.isAfter(u)).orElse(true);
    }

    /**
     * Whether the code names a local government (prefecture, municipality) or a ward of a
     * designated city, as opposed to a county or subprefecture of the 標準地域コード.
     *
     * @return {@code false} for {@link Kind#COUNTY} and {@link Kind#SUBPREFECTURE}
     */
    public boolean isLocalGovernment() {
        return kind != Kind.COUNTY && kind != Kind.SUBPREFECTURE;
    }

    /** The kind of area a code stands for. */
    public enum Kind {
        /** 都道府県. */
        PREFECTURE,
        /** 市 (not a designated city). */
        CITY,
        /** 政令指定都市. */
        DESIGNATED_CITY,
        /** 政令指定都市の区. */
        WARD,
        /** 東京都の特別区. */
        SPECIAL_WARD,
        /** 町. */
        TOWN,
        /** 村. */
        VILLAGE,
        /** 郡: a 標準地域コード of a county, not a local government. */
        COUNTY,
        /** 支庁・振興局: a 標準地域コード of a subprefecture, not a local government. */
        SUBPREFECTURE
    }
}
