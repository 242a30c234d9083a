package io.github.civicdata.core;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Formats bilingual (Japanese and English) messages from the bundles every civicdata module
 * registers through {@link MessageBundle}.
 *
 * <p>English is the bundle's base file ({@code messages.properties}); Japanese is
 * {@code messages_ja.properties}. Lookup never falls back to the JVM's default locale, so the
 * English text is English on a Japanese desktop. String arguments are truncated to
 * {@value Values#MAX_VALUE_LENGTH} characters. An unknown key formats as the key followed by its
 * arguments, so a missing message is visible rather than fatal (tests make sure none is missing).
 *
 * <p>Thread-safe. {@link #get()} returns a shared instance.
 *
 * <pre>{@code
 * LocalizedText t = Messages.get().localize(finding);
 * String en = Messages.get().format(Locale.ENGLISH, "L1-08.title");
 * }</pre>
 */
public final class Messages {

    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Locale ENGLISH_BASE = Locale.ROOT;

    private static final class Holder {
        static final Messages INSTANCE = new Messages(discover());
    }

    private final List<BundleRef> bundles;
    private final ConcurrentMap<String, ResourceBundle> cache = new ConcurrentHashMap<>();

    private record BundleRef(String baseName, ClassLoader loader) {
    }

    private Messages(List<BundleRef> bundles) {
        this.bundles = List.copyOf(bundles);
    }

    private static List<BundleRef> discover() {
        List<BundleRef> refs = new ArrayList<>();
        refs.add(new BundleRef("io.github.civicdata.core.messages", Messages.class.getClassLoader()));
        for (MessageBundle b : ServiceLoader.load(MessageBundle.class, Messages.class.getClassLoader())) {
            refs.add(new BundleRef(b.baseName(), b.getClass().getClassLoader()));
        }
        return refs;
    }

    /**
     * The shared instance, holding core's bundle and every bundle registered on the class path.
     *
     * @return the instance
     */
    public static Messages get() {
        return Holder.INSTANCE;
    }

    /**
     * The raw pattern of {@code key} in {@code locale}'s language.
     *
     * @param locale {@link Locale#JAPANESE} or any other locale for English
     * @param key the key
     * @return the pattern, or empty if no bundle has the key
     */
    public Optional<String> pattern(Locale locale, String key) {
        Objects.requireNonNull(key, "key");
        for (BundleRef ref : bundles) {
            ResourceBundle rb = bundle(ref, locale);
            if (rb != null && rb.containsKey(key)) {
                return Optional.of(rb.getString(key));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a bundle defines {@code key}.
     *
     * @param key the key
     * @return {@code true} if the key has an English message
     */
    public boolean contains(String key) {
        return pattern(Locale.ENGLISH, key).isPresent();
    }

    /**
     * Formats {@code key} with {@code args} in {@code locale}'s language.
     *
     * @param locale {@link Locale#JAPANESE} or any other locale for English
     * @param key the key
     * @param args the arguments
     * @return the text
     */
    public String format(Locale locale, String key, Object... args) {
        return format(locale, key, List.of(args));
    }

    /**
     * Formats {@code key} with {@code args} in {@code locale}'s language.
     *
     * @param locale {@link Locale#JAPANESE} or any other locale for English
     * @param key the key
     * @param args the arguments
     * @return the text
     */
    public String format(Locale locale, String key, List<?> args) {
        Object[] shown = args.stream()
                .map(a -> a instanceof String s ? Values.truncate(s) : a)
                .toArray();
        Optional<String> p = pattern(locale, key);
        if (p.isEmpty()) {
            LOG.debug("no message for key {}", key);
            return shown.length == 0 ? key : key + " " + List.of(shown);
        }
        Locale fmtLocale = "ja".equals(locale.getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
        return new MessageFormat(p.get(), fmtLocale).format(shown);
    }

    /**
     * Formats {@code key} in both languages.
     *
     * @param key the key
     * @param args the arguments
     * @return the Japanese and English texts
     */
    public LocalizedText localize(String key, List<?> args) {
        return new LocalizedText(format(Locale.JAPANESE, key, args), format(Locale.ENGLISH, key, args));
    }

    /**
     * Formats {@code key} in both languages.
     *
     * @param key the key
     * @param args the arguments
     * @return the Japanese and English texts
     */
    public LocalizedText localize(String key, Object... args) {
        return localize(key, List.of(args));
    }

    /**
     * The message of a finding in both languages.
     *
     * @param finding the finding
     * @return the Japanese and English texts
     */
    public LocalizedText localize(Finding finding) {
        return localize(finding.messageKey(), finding.arguments());
    }

    /**
     * The title of a rule in both languages ({@code <id>.title}); the id itself where no title is
     * defined.
     *
     * @param rule the rule
     * @return the title
     */
    public LocalizedText title(RuleInfo rule) {
        if (!contains(rule.titleKey())) {
            return new LocalizedText(rule.id(), rule.id());
        }
        return localize(rule.titleKey(), List.of());
    }

    private ResourceBundle bundle(BundleRef ref, Locale locale) {
        Locale l = "ja".equals(locale.getLanguage()) ? Locale.JAPANESE : ENGLISH_BASE;
        String cacheKey = ref.baseName() + '|' + l;
        ResourceBundle rb = cache.get(cacheKey);
        if (rb != null) {
            return rb;
        }
        try {
            rb = ResourceBundle.getBundle(ref.baseName(), l, ref.loader(), NO_FALLBACK);
        } catch (MissingResourceException e) {
            LOG.warn("message bundle {} not found for {}", ref.baseName(), l);
            return null;
        }
        cache.putIfAbsent(cacheKey, rb);
        return rb;
    }
}
