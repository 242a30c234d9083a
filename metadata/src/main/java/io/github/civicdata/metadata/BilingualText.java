package io.github.civicdata.metadata;

import io.github.civicdata.metadata.internal.Texts;
import java.util.Objects;
import java.util.Optional;

/**
 * A text in Japanese, with an optional English version (a title or a description).
 *
 * <p>The Japanese text is required and not blank; the English text, when present, is not blank
 * either. Neither may hold a character that XML cannot carry (C0 controls other than tab and line
 * breaks, unpaired surrogates, U+FFFE, U+FFFF).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * BilingualText title = BilingualText.of("公衆トイレ一覧", "Public toilets");
 * BilingualText jaOnly = BilingualText.of("AED設置箇所一覧");
 * }</pre>
 *
 * @param ja the Japanese text
 * @param en the English text
 */
public record BilingualText(String ja, Optional<String> en) {

    /**
     * Validates the texts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if a text is blank or holds a character XML cannot carry
     */
    public BilingualText {
        Texts.requireText(ja, "ja");
        Objects.requireNonNull(en, "en");
        en.ifPresent(e -> Texts.requireText(e, "en"));
    }

    /**
     * @param ja the Japanese text
     * @return a text without English version
     */
    public static BilingualText of(String ja) {
        return new BilingualText(ja, Optional.empty());
    }

    /**
     * @param ja the Japanese text
     * @param en the English text
     * @return a text in both languages
     */
    public static BilingualText of(String ja, String en) {
        return new BilingualText(ja, Optional.of(en));
    }
}
