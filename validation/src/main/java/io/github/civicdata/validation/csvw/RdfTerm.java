package io.github.civicdata.validation.csvw;

import java.util.Objects;
import java.util.Optional;

/**
 * A term of an RDF triple produced by the CSVW conversion ("Generating RDF from Tabular Data on
 * the Web"), without any RDF library: an IRI, a blank node or a literal. {@link RdfTriple} writes
 * them as N-Triples, the plain form an RDF library reads.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * RdfTerm s = new RdfTerm.Iri("http://example.org/aed/1");
 * RdfTerm o = RdfTerm.Literal.of("市役所", "ja");
 * }</pre>
 */
public sealed interface RdfTerm permits RdfTerm.Iri, RdfTerm.Blank, RdfTerm.Literal {

    /** The term in N-Triples syntax. */
    String toNTriples();

    /**
     * An IRI.
     *
     * @param iri the absolute IRI
     */
    record Iri(String iri) implements RdfTerm {
        /** @throws NullPointerException if the IRI is null */
        public Iri {
            Objects.requireNonNull(iri, "iri");
        }

        @Override
        public String toNTriples() {
            int clean = 0;
            while (clean < iri.length() && allowed(iri.charAt(clean))) {
                clean++;
            }
            if (clean == iri.length()) {
                return "<" + iri + ">";
            }
            StringBuilder sb = new StringBuilder("<");
            for (int i = 0; i < iri.length(); i++) {
                char c = iri.charAt(i);
                if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^'
                        || c == '`' || c == '\\') {
                    // not allowed in an IRI: percent-encoded, as URL resolution would have done
                    sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
                } else {
                    sb.append(c);
                }
            }
            return sb.append('>').toString();
        }

        private static boolean allowed(char c) {
            return c > 0x20 && c != '<' && c != '>' && c != '"' && c != '{' && c != '}' && c != '|' && c != '^'
                    && c != '`' && c != '\\';
        }
    }

    /**
     * A blank node.
     *
     * @param label its label, unique within one conversion ({@code b12})
     */
    record Blank(String label) implements RdfTerm {
        /** @throws NullPointerException if the label is null */
        public Blank {
            Objects.requireNonNull(label, "label");
        }

        @Override
        public String toNTriples() {
            return "_:" + label;
        }
    }

    /**
     * A literal.
     *
     * @param lexical the lexical form
     * @param datatype the datatype IRI ({@code rdf:langString} when there is a language)
     * @param language the language tag, if any
     */
    record Literal(String lexical, String datatype, Optional<String> language) implements RdfTerm {
        /** The IRI of {@code xsd:string}. */
        public static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";
        /** The IRI of {@code rdf:langString}. */
        public static final String LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

        /** @throws NullPointerException if a part is null */
        public Literal {
            Objects.requireNonNull(lexical, "lexical");
            Objects.requireNonNull(datatype, "datatype");
            Objects.requireNonNull(language, "language");
        }

        /**
         * A string, with a language tag unless {@code lang} is null or {@code und}.
         *
         * @param value the string
         * @param lang the language tag, or null
         * @return the literal
         */
        public static Literal of(String value, String lang) {
            return lang == null || lang.equals("und") ? new Literal(value, XSD_STRING, Optional.empty())
                    : new Literal(value, LANG_STRING, Optional.of(lang));
        }

        /**
         * A typed literal.
         *
         * @param lexical the lexical form
         * @param datatype the datatype IRI
         * @return the literal
         */
        public static Literal typed(String lexical, String datatype) {
            return new Literal(lexical, datatype, Optional.empty());
        }

        @Override
        public String toNTriples() {
            StringBuilder sb = new StringBuilder("\"");
            for (int i = 0; i < lexical.length(); i++) {
                char c = lexical.charAt(i);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    default -> {
                        if (c < 0x20 || c == 0x7f) {
                            sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
                        } else {
                            sb.append(c);
                        }
                    }
                }
            }
            sb.append('"');
            if (language.isPresent()) {
                sb.append('@').append(language.get());
            } else if (!datatype.equals(XSD_STRING)) {
                sb.append("^^").append(new Iri(datatype).toNTriples());
            }
            return sb.toString();
        }
    }
}
