package io.github.civicdata.anonymize;

import java.util.Objects;

/**
 * A privacy model that every equivalence class of the output must satisfy (classes that do not
 * are suppressed, within the suppression limit). Models combine: an anonymiser enforces all of
 * the models it is given.
 *
 * <p>Implementations are immutable records, validated on construction; thread-safe.
 *
 * <pre>{@code
 * List<PrivacyModel> models = List.of(PrivacyModel.kAnonymity(5),
 *         PrivacyModel.recursiveLDiversity("occupation", 4, 3),
 *         PrivacyModel.tCloseness("occupation", 0.2, TCloseness.Distance.HIERARCHICAL));
 * }</pre>
 */
public sealed interface PrivacyModel permits PrivacyModel.KAnonymity, PrivacyModel.DistinctLDiversity,
        PrivacyModel.EntropyLDiversity, PrivacyModel.RecursiveLDiversity, PrivacyModel.TCloseness {

    /**
     * @param k at least 2
     * @return k-anonymity
     * @throws AnonymizationException if {@code k < 2}
     */
    static KAnonymity kAnonymity(int k) {
        return new KAnonymity(k);
    }

    /**
     * @param attribute the sensitive attribute
     * @param l at least 2
     * @return distinct l-diversity
     */
    static DistinctLDiversity distinctLDiversity(String attribute, int l) {
        return new DistinctLDiversity(attribute, l);
    }

    /**
     * @param attribute the sensitive attribute
     * @param l greater than 1
     * @return entropy l-diversity
     */
    static EntropyLDiversity entropyLDiversity(String attribute, double l) {
        return new EntropyLDiversity(attribute, l);
    }

    /**
     * @param attribute the sensitive attribute
     * @param c positive
     * @param l at least 2
     * @return recursive (c,l)-diversity
     */
    static RecursiveLDiversity recursiveLDiversity(String attribute, double c, int l) {
        return new RecursiveLDiversity(attribute, c, l);
    }

    /**
     * @param attribute the sensitive attribute
     * @param t in (0, 1]
     * @param distance the ground distance of the earth mover's distance
     * @return t-closeness
     */
    static TCloseness tCloseness(String attribute, double t, TCloseness.Distance distance) {
        return new TCloseness(attribute, t, distance);
    }

    /**
     * @return the sensitive attribute this model protects, or empty for k-anonymity
     */
    default java.util.Optional<String> sensitiveAttribute() {
        return java.util.Optional.empty();
    }

    /**
     * @return whether the model still holds for a class made by merging a class that holds it with
     *     any other class (so that, under a suppression limit, generalising never increases the
     *     number of suppressed records). True for k-anonymity and distinct l-diversity.
     */
    boolean monotoneWithSuppression();

    /**
     * k-anonymity: every equivalence class (records equal on all quasi-identifiers) has at least
     * {@code k} records. L. Sweeney, "k-anonymity: a model for protecting privacy", International
     * Journal of Uncertainty, Fuzziness and Knowledge-Based Systems 10(5), 2002, pp. 557–570;
     * P. Samarati, "Protecting respondents' identities in microdata release", IEEE TKDE 13(6), 2001.
     *
     * @param k the smallest class size, at least 2
     */
    record KAnonymity(int k) implements PrivacyModel {
        /**
         * @throws AnonymizationException if {@code k < 2}
         */
        public KAnonymity {
            if (k < 2) {
                throw AnonymizationException.config("anon.config.k-too-small", k);
            }
        }

        @Override
        public boolean monotoneWithSuppression() {
            return true;
        }
    }

    /**
     * Distinct l-diversity: every class has at least {@code l} distinct values of the sensitive
     * attribute. A. Machanavajjhala, D. Kifer, J. Gehrke, M. Venkitasubramaniam, "l-diversity:
     * privacy beyond k-anonymity", ACM TKDD 1(1), 2007 (ICDE 2006).
     *
     * @param attribute the sensitive attribute
     * @param l at least 2
     */
    record DistinctLDiversity(String attribute, int l) implements PrivacyModel {
        /**
         * @throws AnonymizationException if {@code l < 2}
         */
        public DistinctLDiversity {
            Objects.requireNonNull(attribute, "attribute");
            if (l < 2) {
                throw AnonymizationException.config("anon.config.l-too-small", attribute, String.valueOf(l));
            }
        }

        @Override
        public java.util.Optional<String> sensitiveAttribute() {
            return java.util.Optional.of(attribute);
        }

        @Override
        public boolean monotoneWithSuppression() {
            return true;
        }
    }

    /**
     * Entropy l-diversity: in every class the entropy of the sensitive attribute's distribution,
     * {@code -Σ p·ln p}, is at least {@code ln l}. Machanavajjhala et al., ACM TKDD 1(1), 2007.
     *
     * @param attribute the sensitive attribute
     * @param l greater than 1
     */
    record EntropyLDiversity(String attribute, double l) implements PrivacyModel {
        /**
         * @throws AnonymizationException if {@code l <= 1}
         */
        public EntropyLDiversity {
            Objects.requireNonNull(attribute, "attribute");
            if (!(l > 1)) {
                throw AnonymizationException.config("anon.config.l-too-small", attribute, String.valueOf(l));
            }
        }

        @Override
        public java.util.Optional<String> sensitiveAttribute() {
            return java.util.Optional.of(attribute);
        }

        @Override
        public boolean monotoneWithSuppression() {
            return false;
        }
    }

    /**
     * Recursive (c,l)-diversity: in every class, with the sensitive values' frequencies sorted
     * descending {@code r1 ≥ r2 ≥ … ≥ rm}, {@code r1 < c·(rl + r(l+1) + … + rm)} (a class with fewer
     * than {@code l} distinct values fails). Machanavajjhala et al., ACM TKDD 1(1), 2007.
     *
     * @param attribute the sensitive attribute
     * @param c positive
     * @param l at least 2
     */
    record RecursiveLDiversity(String attribute, double c, int l) implements PrivacyModel {
        /**
         * @throws AnonymizationException if {@code c <= 0} or {@code l < 2}
         */
        public RecursiveLDiversity {
            Objects.requireNonNull(attribute, "attribute");
            if (l < 2) {
                throw AnonymizationException.config("anon.config.l-too-small", attribute, String.valueOf(l));
            }
            if (!(c > 0)) {
                throw AnonymizationException.config("anon.config.c-not-positive", attribute, String.valueOf(c));
            }
        }

        @Override
        public java.util.Optional<String> sensitiveAttribute() {
            return java.util.Optional.of(attribute);
        }

        @Override
        public boolean monotoneWithSuppression() {
            return false;
        }
    }

    /**
     * t-closeness: in every class the earth mover's distance between the sensitive attribute's
     * distribution in the class and in the whole table is at most {@code t}. N. Li, T. Li,
     * S. Venkatasubramanian, "t-closeness: privacy beyond k-anonymity and l-diversity", ICDE 2007.
     * With {@link Distance#EQUAL} the ground distance between any two values is 1 (the EMD is half
     * the L1 distance); with {@link Distance#HIERARCHICAL} it is the height of their lowest common
     * ancestor in the attribute's hierarchy divided by the hierarchy's height (Li et al. §4.3).
     *
     * @param attribute the sensitive attribute
     * @param t the largest distance allowed, in (0, 1]
     * @param distance the ground distance
     */
    record TCloseness(String attribute, double t, Distance distance) implements PrivacyModel {

        /** The ground distance between sensitive values. */
        public enum Distance {
            /** Every two distinct values are at distance 1. */
            EQUAL,
            /** Distance through the attribute's generalisation hierarchy (which must be given). */
            HIERARCHICAL
        }

        /**
         * @throws AnonymizationException if {@code t} is not in (0, 1]
         */
        public TCloseness {
            Objects.requireNonNull(attribute, "attribute");
            Objects.requireNonNull(distance, "distance");
            if (!(t > 0 && t <= 1)) {
                throw AnonymizationException.config("anon.config.t-out-of-range", attribute, String.valueOf(t));
            }
        }

        @Override
        public java.util.Optional<String> sensitiveAttribute() {
            return java.util.Optional.of(attribute);
        }

        @Override
        public boolean monotoneWithSuppression() {
            return false;
        }
    }
}
