package io.github.civicdata.vocab.address;

import io.github.civicdata.vocab.code.CodeLists;
import io.github.civicdata.vocab.code.Municipality;
import io.github.civicdata.vocab.code.Prefecture;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks of whole addresses (連結表記) against the GIF コアデータパーツ 住所 (DS-442 §2.1: 都道府県から記述し):
 * whether an address starts with its prefecture, and the prefecture an address that starts with a
 * municipality's name must have.
 *
 * <p>A prefecture is suggested only when the address starts with the name of a city, a ward or a
 * town or village with its county ({@code 沙流郡日高町}) that exists in one prefecture alone:
 * {@code 札幌市北区…} gets {@code 北海道}, {@code 府中市…} (東京都 and 広島県) gets none. A town or
 * village name without its county is not enough (中央町 is also the name of many 町字). Immutable
 * and thread-safe.
 *
 * <pre>{@code
 * Addresses a = Addresses.standard();
 * a.startsWithPrefecture("東京都千代田区霞が関2-1-6");   // true
 * a.prefectureFor("札幌市厚別区青葉町1-3");             // Optional[北海道]
 * }</pre>
 */
public final class Addresses {

    private static final class Holder {
        static final Addresses INSTANCE = new Addresses(CodeLists.standard());
    }

    private final List<String> prefectures;
    /** Municipality names (and county + name) → the prefectures that have a body of that name. */
    private final Map<String, Set<String>> byName = new HashMap<>();
    private int longest;

    private Addresses(CodeLists codes) {
        this.prefectures = codes.prefectures().stream().map(Prefecture::name).toList();
        for (Municipality m : codes.municipalities()) {
            String pref = codes.prefecture(m.prefectureCode()).orElseThrow().name();
            if (m.county().isPresent()) {
                add(m.county().get() + m.name(), pref);
            } else {
                add(m.name(), pref);
            }
        }
    }

    private void add(String name, String pref) {
        byName.computeIfAbsent(name, k -> new HashSet<>()).add(pref);
        longest = Math.max(longest, name.length());
    }

    /**
     * The instance over the shipped code lists.
     *
     * @return the instance
     */
    public static Addresses standard() {
        return Holder.INSTANCE;
    }

    /**
     * Whether an address starts with the name of a prefecture.
     *
     * @param address the address
     * @return {@code true} if it does
     */
    public boolean startsWithPrefecture(CharSequence address) {
        Objects.requireNonNull(address, "address");
        // the stripped value's start, read in place (this runs for every cell of an address column)
        int b = 0;
        int e = address.length();
        while (b < e && Character.isWhitespace(address.charAt(b))) {
            b++;
        }
        while (e > b && Character.isWhitespace(address.charAt(e - 1))) {
            e--;
        }
        for (String p : prefectures) {
            if (e - b >= p.length() && startsAt(address, b, p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsAt(CharSequence s, int at, String p) {
        for (int i = 0; i < p.length(); i++) {
            if (s.charAt(at + i) != p.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The prefecture of an address that starts with a municipality's name instead of the
     * prefecture's, when that name (the longest one that fits) belongs to one prefecture only.
     *
     * @param address the address, e.g. {@code 札幌市厚別区青葉町1-3}
     * @return the prefecture's name, or empty when the start is no city's, ward's or county and
     *     town's name, or names bodies of several prefectures
     */
    public Optional<String> prefectureFor(CharSequence address) {
        String s = Objects.requireNonNull(address, "address").toString().strip();
        for (int n = Math.min(longest, s.length()); n >= 2; n--) {
            Set<String> p = byName.get(s.substring(0, n));
            if (p != null) {
                return p.size() == 1 ? Optional.of(p.iterator().next()) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
