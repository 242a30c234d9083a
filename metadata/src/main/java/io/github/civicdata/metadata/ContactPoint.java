package io.github.civicdata.metadata;

import io.github.civicdata.metadata.internal.Texts;
import io.github.civicdata.metadata.internal.ValueException;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who answers questions about a dataset ({@code dcat:contactPoint}, a vCard): a name (usually
 * the section, e.g. {@code 総務部情報政策課}) with an e-mail address, a telephone number and a
 * web form or page where known.
 *
 * <p>The e-mail address is {@code local@domain} without spaces; the telephone number is ASCII
 * digits with optional hyphens, parentheses and a leading {@code +} (e.g. {@code 03-1234-5678});
 * the URL is an absolute {@code http} or {@code https} URL.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ContactPoint c = ContactPoint.builder("情報政策課")
 *         .email("johosei@city.example.lg.jp")
 *         .telephone("03-1234-5678")
 *         .build();
 * }</pre>
 *
 * @param name the contact's name
 * @param email the e-mail address
 * @param telephone the telephone number
 * @param url a contact form or page
 */
public record ContactPoint(String name, Optional<String> email, Optional<String> telephone, Optional<URI> url) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");
    private static final Pattern TELEPHONE = Pattern.compile("\\+?[0-9][0-9()-]{1,24}");

    /**
     * Validates the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the name is blank, or the e-mail, telephone or URL is
     *     malformed
     */
    public ContactPoint {
        Texts.requireText(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(telephone, "telephone");
        Objects.requireNonNull(url, "url");
        email.ifPresent(e -> {
            if (!EMAIL.matcher(e).matches()) {
                throw ValueException.of("metadata.schema.expected.email", e);
            }
        });
        telephone.ifPresent(t -> {
            if (!TELEPHONE.matcher(t).matches()) {
                throw ValueException.of("metadata.schema.expected.telephone", t);
            }
        });
        url = url.map(u -> WebUrls.require(u, "url"));
    }

    /**
     * @param name the contact's name
     * @return a new builder
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Builds a {@link ContactPoint}; not thread-safe. */
    public static final class Builder {
        private final String name;
        private Optional<String> email = Optional.empty();
        private Optional<String> telephone = Optional.empty();
        private Optional<URI> url = Optional.empty();

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /**
         * @param email the e-mail address
         * @return this builder
         */
        public Builder email(String email) {
            this.email = Optional.of(email);
            return this;
        }

        /**
         * @param telephone the telephone number
         * @return this builder
         */
        public Builder telephone(String telephone) {
            this.telephone = Optional.of(telephone);
            return this;
        }

        /**
         * @param url a contact form or page ({@code http} or {@code https})
         * @return this builder
         */
        public Builder url(URI url) {
            this.url = Optional.of(url);
            return this;
        }

        /**
         * @return the contact point
         * @throws IllegalArgumentException if a part is malformed
         */
        public ContactPoint build() {
            return new ContactPoint(name, email, telephone, url);
        }
    }
}
