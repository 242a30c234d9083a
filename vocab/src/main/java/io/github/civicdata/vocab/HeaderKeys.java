package io.github.civicdata.vocab;

import java.text.Normalizer;

/** Normalises header names for lenient matching: NFKC, then white space removed. */
final class HeaderKeys {

    private HeaderKeys() {
    }

    static String key(String header) {
        String n = Normalizer.normalize(header, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '\uFEFF') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
