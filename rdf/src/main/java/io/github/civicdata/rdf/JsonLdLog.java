package io.github.civicdata.rdf;

import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.slf4j.LoggerFactory;

/**
 * Keeps the JSON-LD processor (Titanium, which logs through {@code java.util.logging}) from printing
 * on standard error: its log records become warnings of the parse that caused them, and records
 * outside a parse go to SLF4J at debug level. Done once, on first use, by giving the {@code
 * com.apicatalog} logger a handler of ours and no parent handlers (documented in the README).
 *
 * <p>Thread-safe: a parse collects the records of its own thread.
 */
final class JsonLdLog {

    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(JsonLdLog.class);
    private static final ThreadLocal<List<String>> CURRENT = new ThreadLocal<>();
    /** Held strongly: java.util.logging forgets the configuration of loggers nobody references. */
    private static final Logger TITANIUM = Logger.getLogger("com.apicatalog");
    /** Fills in a record's parameters ({0}), as a console handler would. */
    private static final SimpleFormatter FORMAT = new SimpleFormatter();

    static {
        TITANIUM.setUseParentHandlers(false);
        TITANIUM.addHandler(new Handler() {
            @Override
            public void publish(LogRecord r) {
                String message = FORMAT.formatMessage(r);
                List<String> sink = CURRENT.get();
                if (sink != null && r.getLevel().intValue() >= Level.WARNING.intValue()) {
                    sink.add(message);
                } else {
                    LOG.debug("JSON-LD processor: {}", message);
                }
            }

            @Override
            public void flush() {
                // nothing buffered
            }

            @Override
            public void close() {
                // nothing to release
            }
        });
    }

    private JsonLdLog() {
    }

    /**
     * Runs a parse, collecting the processor's warnings into {@code sink}.
     *
     * @param sink where the warnings go
     * @param parse the parse
     * @param <T> its result type
     * @return its result
     */
    static <T> T collecting(List<String> sink, Supplier<T> parse) {
        List<String> previous = CURRENT.get();
        CURRENT.set(sink);
        try {
            return parse.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}
