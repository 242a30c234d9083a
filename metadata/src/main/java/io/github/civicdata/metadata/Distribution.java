package io.github.civicdata.metadata;

import io.github.civicdata.metadata.internal.Texts;
import io.github.civicdata.metadata.internal.ValueException;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * One downloadable form of a dataset ({@code dcat:Distribution}): its file format, media type,
 * download and access URLs, size, checksum, and — as rule L3-08 of the machine-readability rules
 * asks — its character encoding and whether the file starts with a byte-order mark.
 *
 * <p>Forms enforced here: {@code format} is a file-type code of the EU file-type table (stored in
 * upper case, e.g. {@code CSV}, {@code XLSX}, {@code GEOJSON}); {@code mediaType} is an IANA
 * {@code type/subtype} without parameters (stored in lower case); URLs are absolute http(s)
 * (stored normalised, without {@code .}/{@code ..} segments);
 * {@code byteSize} is not negative; {@code characterEncoding} is an IANA charset name (e.g.
 * {@code UTF-8}, {@code Shift_JIS}). Whether an encoding is stated for a CSV, and whether the JVM
 * knows it, are checks of {@link RecordChecks}, not of this constructor.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Distribution csv = Distribution.builder("CSV")
 *         .title("公衆トイレ一覧（CSV）")
 *         .mediaType("text/csv")
 *         .downloadUrl(URI.create("https://www.city.example.lg.jp/opendata/toilet.csv"))
 *         .characterEncoding("UTF-8").bom(true)
 *         .byteSize(10_240)
 *         .build();
 * }</pre>
 *
 * @param title the distribution's title
 * @param description a description
 * @param format the EU file-type code, upper case
 * @param mediaType the IANA media type, lower case
 * @param downloadUrl where the file is downloaded ({@code dcat:downloadURL})
 * @param accessUrl where the data is accessed ({@code dcat:accessURL})
 * @param byteSize the file size in bytes
 * @param characterEncoding the character encoding (IANA charset name)
 * @param bom whether the file starts with a byte-order mark
 * @param checksum the file's checksum
 */
public record Distribution(
        Optional<String> title,
        Optional<String> description,
        String format,
        Optional<String> mediaType,
        Optional<URI> downloadUrl,
        Optional<URI> accessUrl,
        OptionalLong byteSize,
        Optional<String> characterEncoding,
        Optional<Boolean> bom,
        Optional<Checksum> checksum) {

    /** The form of a format code (after upper-casing). */
    public static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9_.+-]{0,39}");
    /** The form of a media type (after lower-casing). */
    public static final Pattern MEDIA_TYPE =
            Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}");
    /** The form of a charset name (RFC 2978). */
    public static final Pattern CHARSET = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:+-]{0,39}");

    /**
     * Validates and normalises the parts (format upper case, media type lower case).
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if a part is malformed
     */
    public Distribution {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(downloadUrl, "downloadUrl");
        Objects.requireNonNull(accessUrl, "accessUrl");
        Objects.requireNonNull(byteSize, "byteSize");
        Objects.requireNonNull(characterEncoding, "characterEncoding");
        Objects.requireNonNull(bom, "bom");
        Objects.requireNonNull(checksum, "checksum");
        title.ifPresent(t -> Texts.requireText(t, "title"));
        description.ifPresent(d -> Texts.requireText(d, "description"));
        format = format.toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(format).matches()) {
            throw ValueException.of("metadata.schema.expected.format", format);
        }
        mediaType = mediaType.map(m -> m.toLowerCase(Locale.ROOT));
        mediaType.ifPresent(m -> {
            if (!MEDIA_TYPE.matcher(m).matches()) {
                throw ValueException.of("metadata.schema.expected.media-type", m);
            }
        });
        downloadUrl = downloadUrl.map(u -> WebUrls.require(u, "downloadUrl"));
        accessUrl = accessUrl.map(u -> WebUrls.require(u, "accessUrl"));
        if (byteSize.isPresent() && byteSize.getAsLong() < 0) {
            throw ValueException.of("metadata.schema.minimum", byteSize.getAsLong());
        }
        characterEncoding.ifPresent(c -> {
            if (!CHARSET.matcher(c).matches()) {
                throw ValueException.of("metadata.schema.expected.charset", c);
            }
        });
    }

    /**
     * @param format the file-type code, e.g. {@code CSV}
     * @return a new builder
     */
    public static Builder builder(String format) {
        return new Builder(format);
    }

    /**
     * A builder seeded with this distribution's parts.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(format);
        b.title = title;
        b.description = description;
        b.mediaType = mediaType;
        b.downloadUrl = downloadUrl;
        b.accessUrl = accessUrl;
        b.byteSize = byteSize;
        b.characterEncoding = characterEncoding;
        b.bom = bom;
        b.checksum = checksum;
        return b;
    }

    /** Builds a {@link Distribution}; not thread-safe. */
    public static final class Builder {
        private String format;
        private Optional<String> title = Optional.empty();
        private Optional<String> description = Optional.empty();
        private Optional<String> mediaType = Optional.empty();
        private Optional<URI> downloadUrl = Optional.empty();
        private Optional<URI> accessUrl = Optional.empty();
        private OptionalLong byteSize = OptionalLong.empty();
        private Optional<String> characterEncoding = Optional.empty();
        private Optional<Boolean> bom = Optional.empty();
        private Optional<Checksum> checksum = Optional.empty();

        private Builder(String format) {
            this.format = Objects.requireNonNull(format, "format");
        }

        /**
         * @param format the file-type code
         * @return this builder
         */
        public Builder format(String format) {
            this.format = Objects.requireNonNull(format, "format");
            return this;
        }

        /**
         * @param title the title
         * @return this builder
         */
        public Builder title(String title) {
            this.title = Optional.of(title);
            return this;
        }

        /**
         * @param description the description
         * @return this builder
         */
        public Builder description(String description) {
            this.description = Optional.of(description);
            return this;
        }

        /**
         * @param mediaType the media type, e.g. {@code text/csv}
         * @return this builder
         */
        public Builder mediaType(String mediaType) {
            this.mediaType = Optional.of(mediaType);
            return this;
        }

        /**
         * @param downloadUrl the download URL
         * @return this builder
         */
        public Builder downloadUrl(URI downloadUrl) {
            this.downloadUrl = Optional.of(downloadUrl);
            return this;
        }

        /**
         * @param accessUrl the access URL
         * @return this builder
         */
        public Builder accessUrl(URI accessUrl) {
            this.accessUrl = Optional.of(accessUrl);
            return this;
        }

        /**
         * @param byteSize the size in bytes
         * @return this builder
         */
        public Builder byteSize(long byteSize) {
            this.byteSize = OptionalLong.of(byteSize);
            return this;
        }

        /**
         * @param characterEncoding the charset name, e.g. {@code UTF-8}
         * @return this builder
         */
        public Builder characterEncoding(String characterEncoding) {
            this.characterEncoding = Optional.of(characterEncoding);
            return this;
        }

        /**
         * @param bom whether the file starts with a byte-order mark
         * @return this builder
         */
        public Builder bom(boolean bom) {
            this.bom = Optional.of(bom);
            return this;
        }

        /**
         * @param checksum the checksum
         * @return this builder
         */
        public Builder checksum(Checksum checksum) {
            this.checksum = Optional.of(checksum);
            return this;
        }

        /**
         * @return the distribution
         * @throws IllegalArgumentException if a part is malformed
         */
        public Distribution build() {
            return new Distribution(title, description, format, mediaType, downloadUrl, accessUrl, byteSize,
                    characterEncoding, bom, checksum);
        }
    }
}
