package io.github.civicdata.vocab.code;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.civicdata.core.Messages;
import io.github.civicdata.vocab.code.CodeExplanation.Verdict;
import java.time.LocalDate;
import io.github.civicdata.vocab.internal.Csv;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The e-Stat 廃置分合等情報 as read by {@link CodeHistory}, joined with the current ABR list. */
class CodeHistoryTest {

    private final CodeLists codes = CodeLists.standard();
    private static final String CSV = CodeData.read(CodeData.HISTORY);

    @Test
    void everyClauseOfEveryEventIsRead() {
        assertThat(codes.history().rows()).isEqualTo(3507);
        assertThat(codes.history().unparsed()).isEmpty();
        assertThat(codes.history().conflicts()).isEmpty();
    }

    /**
     * Walks all 3,507 events: the code of each resolves (current, or former with a last day and
     * today's codes of its area), as does every code its 改正事由 names; on the day before the event
     * an ended code was in effect, on the day itself it is not.
     */
    @Test
    void everyEventResolves() {
        List<List<String>> rows = Csv.parse(CSV);
        List<String> head = rows.get(0);
        int cCode = head.indexOf("標準地域コード");
        int cDate = head.indexOf("廃置分合等施行年月日");
        int events = 0;
        List<String> problems = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            events++;
            String six = LocalGovernmentCodes.withCheckDigit(r.get(cCode));
            LocalDate date = LocalDate.parse(r.get(cDate));
            CodeRecord rec = codes.record(six).orElse(null);
            if (rec == null) {
                problems.add(six + ": no record");
                continue;
            }
            CodeExplanation e = codes.explain(six);
            if (rec.isCurrent()) {
                if (e.verdict() != Verdict.VALID) {
                    problems.add(six + ": current but " + e.verdict());
                }
            } else {
                if (e.verdict() != Verdict.FORMER || codes.currentSuccessors(six).isEmpty()
                        || rec.successors().isEmpty()) {
                    problems.add(six + ": former without successor, " + e.verdict());
                }
                LocalDate end = rec.validUntil().orElseThrow().plusDays(1);
                if (end.equals(date)) {
                    if (codes.explain(six, ReferencePeriod.of(date.minusDays(1))).verdict() != Verdict.FORMER_IN_EFFECT
                            || codes.explain(six, ReferencePeriod.of(date)).verdict() != Verdict.FORMER) {
                        problems.add(six + ": not in effect the day before " + date);
                    }
                } else if (end.isBefore(date)) {
                    problems.add(six + ": event on " + date + " after its end " + end);
                }
                if (!rec.changes().stream().anyMatch(c -> c.date().equals(end) && c.from().contains(six))) {
                    problems.add(six + ": no change on its last day");
                }
            }
            if (!rec.changes().stream().anyMatch(c -> c.date().equals(date))) {
                problems.add(six + ": event of " + date + " not among its changes");
            }
            assertThat(Messages.get().contains(e.messageKey())).isTrue();
        }
        for (Map.Entry<String, List<LocalDate>> n : CodeHistory.namedCodes(CSV).entrySet()) {
            String six = LocalGovernmentCodes.withCheckDigit(n.getKey());
            CodeRecord rec = codes.record(six).orElse(null);
            if (rec == null) {
                problems.add(six + " (named in the text): no record");
            } else if (rec.isLocalGovernment() && !rec.isCurrent() && codes.currentSuccessors(six).isEmpty()) {
                problems.add(six + " (named in the text): no current successor");
            } else if (!rec.isLocalGovernment()
                    && codes.explain(six).verdict() != Verdict.NOT_LOCAL_GOVERNMENT) {
                problems.add(six + " (county): " + codes.explain(six).verdict());
            }
        }
        assertThat(events).isEqualTo(3507);
        assertThat(problems).isEmpty();
    }

    @Test
    void historyAndCurrentListAgree() {
        List<String> problems = new ArrayList<>();
        for (CodeHistory.Entry e : codes.history().entries().values()) {
            String six = LocalGovernmentCodes.withCheckDigit(e.code5);
            boolean current = codes.isListed(six);
            if (current && e.end != null) {
                problems.add(six + " is current but ended " + e.end);
            }
            if (!current && e.end == null && !e.textOnly) {
                problems.add(six + " " + e.name() + " neither current nor ended");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void hamamatsuWardsOf2024() {
        CodeRecord naka = codes.record("221317").orElseThrow();
        assertThat(naka.name()).isEqualTo("浜松市中区");
        assertThat(naka.nameKana()).contains("はままつしなかく");
        assertThat(naka.kind()).isEqualTo(CodeRecord.Kind.WARD);
        assertThat(naka.validFrom()).contains(LocalDate.of(2007, 4, 1));
        assertThat(naka.validUntil()).contains(LocalDate.of(2023, 12, 31));
        assertThat(naka.successors()).containsExactly("221384");
        CodeExplanation e = codes.explain("221317");
        assertThat(e.verdict()).isEqualTo(Verdict.FORMER);
        assertThat(e.isValid()).isFalse();
        assertThat(e.candidates()).containsExactly("221384");
        assertThat(e.text().en()).isEqualTo("221317 is an old code (静岡県浜松市中区), valid until 2023-12-31; it ended on"
                + " 2024-01-01 (区の再編) and is now 221384 静岡県浜松市中央区. If the data describe an earlier day, give"
                + " that day as the reference date (--as-of).");
        // 北区 went to two new wards, by district
        assertThat(codes.record("221350").orElseThrow().successors()).containsExactly("221384", "221392");
        assertThat(codes.explain("221350").candidates()).containsExactly("221384", "221392");
        // 天竜区 was only re-coded: the one case where the new code is a safe replacement
        assertThat(codes.sameAreaSuccessor("221376")).contains("221406");
        assertThat(codes.sameAreaSuccessor("221317")).isEmpty();
        assertThat(codes.explain("221317", ReferencePeriod.of(LocalDate.of(2023, 6, 30))).verdict())
                .isEqualTo(Verdict.FORMER_IN_EFFECT);
        assertThat(codes.explain("221317", ReferencePeriod.parse("2023-04-01/2024-03-31").orElseThrow()).isValid())
                .isTrue();
        CodeExplanation late = codes.explain("221384", ReferencePeriod.of(LocalDate.of(2020, 1, 1)));
        assertThat(late.verdict()).isEqualTo(Verdict.NOT_YET_IN_EFFECT);
        assertThat(late.text().en()).isEqualTo("221384 (静岡県浜松市中央区) took effect on 2024-01-01, after the data's"
                + " reference period 2020-01-01.");
        assertThat(codes.explain("221384", ReferencePeriod.of(LocalDate.of(2024, 1, 1))).verdict())
                .isEqualTo(Verdict.VALID);
        assertThat(codes.explain("22131").verdict()).isEqualTo(Verdict.FORMER);
        // before it existed, the old ward is "not yet in effect", not "ended"
        assertThat(codes.explain("221317", ReferencePeriod.of(LocalDate.of(2005, 4, 1))).verdict())
                .isEqualTo(Verdict.NOT_YET_IN_EFFECT);
    }

    @Test
    void mergedTownsNameWhatTheyWereMergedIntoAndWhen() {
        // 端野町 merged with 北見市, 留辺蘂町 and 常呂町 into a new 北見市 (which kept 北見市's code)
        CodeRecord tanno = codes.record("015482").orElseThrow();
        assertThat(tanno.name()).isEqualTo("端野町");
        assertThat(tanno.validUntil()).contains(LocalDate.of(2006, 3, 4));
        assertThat(tanno.successors()).containsExactly("012084");
        CodeChange merger = tanno.changes().get(tanno.changes().size() - 1);
        assertThat(merger.kind()).isEqualTo(CodeChange.Kind.MERGER);
        assertThat(merger.from()).contains("012084", "015482");
        assertThat(merger.to()).containsExactly("012084");
        assertThat(codes.explain("015482").text().ja()).contains("2006-03-05 の合併により廃止", "012084 北海道北見市");
        // 上九一色村 was split between 甲府市 and 富士河口湖町
        assertThat(codes.record("193411").orElseThrow().successors()).containsExactly("192015", "194301");
        // a chain: 札幌市 became a designated city under a new code
        assertThat(codes.record("012017").orElseThrow().successors()).containsExactly("011002");
        assertThat(codes.sameAreaSuccessor("012017")).contains("011002");
        // a county is not a local government
        CodeExplanation county = codes.explain("03340");
        assertThat(county.verdict()).isEqualTo(Verdict.NOT_LOCAL_GOVERNMENT);
        assertThat(county.record().orElseThrow().name()).isEqualTo("稗貫郡");
    }
}
