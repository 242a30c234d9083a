package io.github.civicdata.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The name and version of this library, as written into reports.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * String v = ToolInfo.version(); // e.g. "0.1.0-SNAPSHOT"
 * }</pre>
 */
public final class ToolInfo {

    /** The tool name written into reports. */
    public static final String NAME = "civicdata";

    /** Where the tool's documentation lives. */
    public static final String INFORMATION_URI = "https://github.com/civicdata/civicdata";

    private static final String VERSION = loadVersion();

    private ToolInfo() {
    }

    /**
     * @return the library version, from the build
     */
    public static String version() {
        return VERSION;
    }

    private static String loadVersion() {
        try (InputStream in = ToolInfo.class.getResourceAsStream("civicdata-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
