package io.github.civicdata.metadata;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The licences Japanese public bodies publish data under, each with a stable id (used in JSON),
 * its canonical URL (used in RDF) and its official titles.
 *
 * <p>公共データ利用規約（第1.0版） (PDL 1.0, デジタル庁, 2024) succeeds 政府標準利用規約（第2.0版）;
 * both are compatible with CC BY 4.0. Data published under the old terms stays under them, so
 * both are listed.
 *
 * <p>Immutable and thread-safe (an enum).
 *
 * <pre>{@code
 * KnownLicense l = KnownLicense.PDL_1_0;
 * l.id();   // "PDL-1.0"
 * l.url();  // https://www.digital.go.jp/resources/open_data/public_data_license_v1.0
 * }</pre>
 */
public enum KnownLicense implements License {
    /** Creative Commons Attribution 4.0 International. */
    CC_BY_4_0("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/",
            "クリエイティブ・コモンズ 表示 4.0 国際", "Creative Commons Attribution 4.0 International",
            List.of("creativecommons.org/licenses/by/4.0")),
    /** CC0 1.0 Universal public domain dedication. */
    CC0_1_0("CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/",
            "CC0 1.0 全世界 パブリック・ドメイン提供", "CC0 1.0 Universal",
            List.of("creativecommons.org/publicdomain/zero/1.0")),
    /** 公共データ利用規約（第1.0版）, Public Data License 1.0 (デジタル庁, 2024-07-05). */
    PDL_1_0("PDL-1.0", "https://www.digital.go.jp/resources/open_data/public_data_license_v1.0",
            "公共データ利用規約（第1.0版）", "Public Data License 1.0",
            List.of("www.digital.go.jp/resources/open_data/public_data_license_v1.0",
                    "www.digital.go.jp/en/resources/open_data/public_data_license_v1.0")),
    /** 政府標準利用規約（第2.0版）, Government of Japan Standard Terms of Use 2.0 (2015). */
    GOV_JP_STANDARD_TERMS_2_0("JP-GOV-STANDARD-TERMS-2.0",
            "https://www.kantei.go.jp/jp/singi/it2/densi/kettei/gl2_betten_1.pdf",
            "政府標準利用規約（第2.0版）", "Government of Japan Standard Terms of Use 2.0",
            List.of("www.kantei.go.jp/jp/singi/it2/densi/kettei/gl2_betten_1.pdf"));

    private final String id;
    private final URI url;
    private final String titleJa;
    private final String titleEn;
    private final List<String> urlForms;

    KnownLicense(String id, String url, String titleJa, String titleEn, List<String> urlForms) {
        this.id = id;
        this.url = URI.create(url);
        this.titleJa = titleJa;
        this.titleEn = titleEn;
        this.urlForms = urlForms;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public URI url() {
        return url;
    }

    /**
     * @return the official Japanese title
     */
    public String titleJa() {
        return titleJa;
    }

    /**
     * @return the English title
     */
    public String titleEn() {
        return titleEn;
    }

    /**
     * The title in {@code locale}'s language (Japanese for {@code ja}, English otherwise).
     *
     * @param locale the locale
     * @return the title
     */
    public String title(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? titleJa : titleEn;
    }

    /**
     * The known licence with id {@code id}, ignoring case.
     *
     * @param id the id, e.g. {@code cc-by-4.0}
     * @return the licence, or empty
     */
    public static Optional<KnownLicense> byId(String id) {
        for (KnownLicense l : values()) {
            if (l.id.equalsIgnoreCase(id.strip())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /**
     * The known licence a URL points to: its canonical URL or a usual variant ({@code http} or
     * {@code https}, with or without {@code www.} or a trailing slash, {@code legalcode},
     * {@code legalcode.ja}, {@code deed.ja}, {@code deed.en}, an English-language page).
     *
     * @param url the URL
     * @return the licence, or empty
     */
    public static Optional<KnownLicense> byUrl(URI url) {
        String s = url.toString().strip().toLowerCase(Locale.ROOT);
        s = s.replaceFirst("^https?://", "");
        s = s.replaceFirst("#.*$", "").replaceFirst("\\?.*$", "");
        s = s.replaceFirst("/(legalcode(\\.[a-z]{2})?|deed\\.[a-z]{2}|legalcode\\.txt)$", "");
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        String noWww = s.startsWith("www.") ? s.substring(4) : s;
        for (KnownLicense l : values()) {
            for (String form : l.urlForms) {
                String f = form.startsWith("www.") ? form.substring(4) : form;
                if (f.equals(noWww)) {
                    return Optional.of(l);
                }
            }
        }
        return Optional.empty();
    }
}
