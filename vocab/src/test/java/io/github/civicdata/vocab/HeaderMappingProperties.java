package io.github.civicdata.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Header mapping as properties: a template's own header, respelled the ways published files do
 * (half-width katakana, full-width letters and digits, {@code （）} for {@code _}, spaces, case, column
 * order), maps back to the same columns; the item's English names do too; nothing maps two file
 * columns to one template column; arbitrary headers never throw.
 */
class HeaderMappingProperties {

    private static final Vocabulary V = Vocabulary.standard();

    @Provide
    Arbitrary<DatasetTemplate> templates() {
        return Arbitraries.of(V.templates());
    }

    /** One of the ways a published header differs from the template's without changing the name. */
    static String respell(String h, int how) {
        switch (how % 6) {
            case 0:
                return h;
            case 1: // full-width letters and digits, half-width katakana
                return toWidth(h);
            case 2: // （カナ） instead of _カナ
                int u = h.lastIndexOf('_');
                return u > 0 && u < h.length() - 1 ? h.substring(0, u) + "（" + h.substring(u + 1) + "）" : h;
            case 3: // spaces around and inside
                return " " + h.replace("_", " _ ") + "\u3000";
            case 4: // case of ASCII letters
                return h.chars().allMatch(c -> c < 128) ? h.toLowerCase(java.util.Locale.ROOT) : h + " ";
            default: // brackets in the other width
                return h.replace('（', '(').replace('）', ')').replace("(", "（").replace(")", "）");
        }
    }

    private static String toWidth(String h) {
        StringBuilder sb = new StringBuilder();
        for (char c : h.toCharArray()) {
            if (c >= '!' && c <= '~') {
                sb.append((char) (c - '!' + '！'));
            } else {
                sb.append(c);
            }
        }
        // half-width katakana is what NFKC turns back into full width
        String s = sb.toString();
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            String hw = HALF.get(c);
            out.append(hw != null ? hw : String.valueOf(c));
        }
        return out.toString();
    }

    private static final java.util.Map<Character, String> HALF = new java.util.HashMap<>();

    static {
        String full = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンー";
        String half = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｰ";
        for (int i = 0; i < full.length(); i++) {
            HALF.put(full.charAt(i), String.valueOf(half.charAt(i)));
            // check the table itself: NFKC of the half-width form is the full-width one
            assert Normalizer.normalize(String.valueOf(half.charAt(i)), Normalizer.Form.NFKC)
                    .equals(String.valueOf(full.charAt(i)));
        }
    }

    @Property(tries = 300)
    void respelledTemplateHeadersMapBackToTheirColumns(@ForAll("templates") DatasetTemplate t,
            @ForAll long seed) {
        Random r = new Random(seed);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < t.columns().size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, r);
        List<String> header = new ArrayList<>();
        int how = r.nextInt(6);
        for (int c : order) {
            header.add(respell(t.columns().get(c).header(), how));
        }
        Statistics.collect(how == 0 ? "as is" : "respelled");
        HeaderMapping m = V.mapHeader(t, header);
        assertThat(m.missing()).as(header.toString()).isEmpty();
        for (int i = 0; i < header.size(); i++) {
            assertThat(m.columns().get(i).target()).as(header.get(i)).containsSame(t.columns().get(order.get(i)));
            assertThat(m.columns().get(i).kind().orElseThrow())
                    .isIn(HeaderMatch.Kind.EXACT, HeaderMatch.Kind.ALIAS, HeaderMatch.Kind.NORMALIZED);
        }
    }

    @Property(tries = 200)
    void itemIdsAsHeadersMapToTheirColumns(@ForAll("templates") DatasetTemplate t) {
        List<String> header = new ArrayList<>();
        for (TemplateColumn c : t.columns()) {
            header.add(c.item().id().replace('-', '_'));
        }
        HeaderMapping m = V.mapHeader(t, header);
        for (int i = 0; i < header.size(); i++) {
            HeaderMapping.Column c = m.columns().get(i);
            // a column whose Japanese header is ASCII (ID, NO, URL, SSID) may match as normalised
            assertThat(c.target()).as(header.get(i)).containsSame(t.columns().get(i));
        }
    }

    @Provide
    Arbitrary<List<String>> anyHeaders() {
        Arbitrary<String> cell = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12),
                Arbitraries.strings().withChars("名称カナｶﾅ_（）() 緯度経度IDidNO").ofMaxLength(10),
                Arbitraries.of(V.items()).map(DataItem::name),
                Arbitraries.of("prefCode", "TEL", "city", "man1", "iamgeLicense", "", "#property"));
        return cell.list().ofMaxSize(40);
    }

    @Property(tries = 300)
    void anyHeaderMapsWithoutTakingAColumnTwice(@ForAll("anyHeaders") List<String> header) {
        for (HeaderMapping m : V.mapHeaderToTemplates(header, List.of())) {
            Set<TemplateColumn> seen = new HashSet<>();
            for (HeaderMapping.Column c : m.matched()) {
                assertThat(seen.add(c.target().orElseThrow())).as(c.header()).isTrue();
            }
            assertThat(m.columns()).hasSize(header.size());
            assertThat(m.matched().size() + m.missing().size()).isEqualTo(m.template().columns().size());
        }
        for (String h : header) {
            V.itemsByName(h); // never throws
            V.matchHeader(h);
        }
    }
}
