package io.github.civicdata.vocab.format;

/**
 * A latitude/longitude box within which coordinates are plausible.
 *
 * <p>{@link #JAPAN} covers all of Japan including remote islands (沖ノ鳥島 20.42°N, 南鳥島
 * 153.98°E, 与那国島 122.93°E, 択捉島 45.5°N): latitude 20–46, longitude 122–154. A city narrows it
 * with {@link FormatChecks.Builder#plausibleArea(GeoBox)}. Immutable.
 *
 * <pre>{@code
 * FormatChecks checks = FormatChecks.builder().plausibleArea(new GeoBox(42.8, 43.2, 141.1, 141.6)).build();
 * }</pre>
 *
 * @param minLatitude the southern edge, degrees
 * @param maxLatitude the northern edge, degrees
 * @param minLongitude the western edge, degrees
 * @param maxLongitude the eastern edge, degrees
 */
public record GeoBox(double minLatitude, double maxLatitude, double minLongitude, double maxLongitude) {

    /** All of Japan including remote islands. */
    public static final GeoBox JAPAN = new GeoBox(20.0, 46.0, 122.0, 154.0);

    /**
     * @throws IllegalArgumentException if an edge is out of range or min exceeds max
     */
    public GeoBox {
        if (!(minLatitude >= -90 && maxLatitude <= 90 && minLatitude <= maxLatitude)) {
            throw new IllegalArgumentException("latitudes must satisfy -90 <= min <= max <= 90");
        }
        if (!(minLongitude >= -180 && maxLongitude <= 180 && minLongitude <= maxLongitude)) {
            throw new IllegalArgumentException("longitudes must satisfy -180 <= min <= max <= 180");
        }
    }
}
