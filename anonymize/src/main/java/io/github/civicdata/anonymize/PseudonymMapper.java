package io.github.civicdata.anonymize;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The pseudonyms of one column in one run: keyed hashes, or surrogates remembered in a table
 * (value → surrogate) that can be written out separately. Counts the cells replaced. Not
 * thread-safe.
 */
final class PseudonymMapper implements Release.CellMapper {

    private final Pseudonym method;
    private final Mac mac;
    private final SecureRandom random;
    private final Map<String, String> surrogates;
    private final java.util.Set<String> used;
    private final Map<String, String> lastHashes = new HashMap<>();
    long cells;

    PseudonymMapper(Pseudonym method) {
        this.method = method;
        if (method instanceof Pseudonym.KeyedHash k) {
            try {
                mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(k.key(), "HmacSHA256"));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 unavailable", e);
            }
            random = null;
            surrogates = null;
            used = null;
        } else {
            mac = null;
            random = new SecureRandom();
            surrogates = new LinkedHashMap<>();
            used = new java.util.HashSet<>();
        }
    }

    Pseudonym method() {
        return method;
    }

    @Override
    public String apply(String value) {
        cells++;
        if (mac != null) {
            // a small cache: the same value often repeats in a row of records
            String h = lastHashes.get(value);
            if (h == null) {
                byte[] d = mac.doFinal(value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                h = HexFormat.of().formatHex(d, 0, 16);
                if (lastHashes.size() > 4096) {
                    lastHashes.clear();
                }
                lastHashes.put(value, h);
            }
            return h;
        }
        String s = surrogates.get(value);
        if (s == null) {
            do {
                s = "R" + HexFormat.of().toHexDigits(random.nextLong());
            } while (!used.add(s));
            surrogates.put(value, s);
        }
        return s;
    }

    /** Distinct values replaced so far (surrogates); -1 for keyed hashing (not counted). */
    long distinct() {
        return surrogates == null ? -1 : surrogates.size();
    }

    /** The value → surrogate table so far (empty for keyed hashing). */
    Map<String, String> mapping() {
        return surrogates == null ? Map.of() : java.util.Collections.unmodifiableMap(surrogates);
    }
}
