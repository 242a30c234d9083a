package io.github.civicdata.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.PropertyResourceBundle;
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
 * English text is English on a Japanese desktop; a key missing from the Japanese file is looked up in
 * the English one. The files are read as UTF-8 through each bundle's own {@link
 * MessageBundle#open(String)}, which works the same on the class path and on the module path
 * (where {@code ResourceBundle.Control} is not supported). String arguments are truncated to
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

    /**
     * The logger, made at the first log line: creating it starts the SLF4J binding (about 10 ms of a
     * cold JVM), which a run that logs nothing does not need.
     */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(Messages.class);
    }
    /** Core's own bundle, read by core's own code (as every module reads its own files). */
    private static final MessageBundle CORE = new MessageBundle() {
        @Override
        public String baseName() {
            return "io.github.civicdata.core.messages";
        }

        @Override
        public InputStream open(String resource) {
            return Messages.class.getResourceAsStream(resource);
        }
    };
    /** Stands in the cache for a file that does not exist (a bundle without a Japanese file). */
    private static final ResourceBundle ABSENT = new ResourceBundle() {
        @Override
        protected Object handleGetObject(String key) {
            return null;
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.emptyEnumeration();
        }
    };

    private static final class Holder {
        static final Messages INSTANCE = new Messages(discover());
    }

    private final List<MessageBundle> bundles;
    private final ConcurrentMap<String, ResourceBundle> cache = new ConcurrentHashMap<>();

    private Messages(List<MessageBundle> bundles) {
        this.bundles = List.copyOf(bundles);
    }

    private static List<MessageBundle> discover() {
        List<MessageBundle> found = new ArrayList<>();
        found.add(CORE);
        for (MessageBundle b : ServiceLoader.load(MessageBundle.class, Messages.class.getClassLoader())) {
            found.add(b);
        }
        return found;
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
        boolean japanese = "ja".equals(locale.getLanguage());
        for (MessageBundle b : bundles) {
            if (japanese) {
                ResourceBundle ja = file(b, "_ja");
                if (ja.containsKey(key)) {
                    return Optional.of(ja.getString(key));
                }
            }
            ResourceBundle en = file(b, "");
            if (en.containsKey(key)) {
                return Optional.of(en.getString(key));
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
        Object[] shown = new Object[args.size()];
        int i = 0;
        for (Object a : args) { // a loop, not a stream: a stream pipeline costs class loading at its first use
            shown[i++] = a instanceof String s ? Values.shortenArgument(s) : a;
        }
        Optional<String> p = pattern(locale, key);
        if (p.isEmpty()) {
            Log.LOG.debug("no message for key {}", key);
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

    /** One file of a bundle ({@code suffix} "" for English, "_ja"), read once. */
    private ResourceBundle file(MessageBundle b, String suffix) {
        String resource = "/" + b.baseName().replace('.', '/') + suffix + ".properties";
        return cache.computeIfAbsent(resource, r -> read(b, r));
    }

    private static ResourceBundle read(MessageBundle b, String resource) {
        try (InputStream in = b.open(resource)) {
            if (in == null) {
                Log.LOG.warn("message bundle file {} not found", resource);
                return ABSENT;
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return new PropertyResourceBundle(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read message bundle " + resource, e);
        }
    }
}
