package io.github.civicdata.anonymize;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/** A minimal streaming JSON text builder (objects, arrays, strings, numbers, booleans). */
final class Json {
    private final StringBuilder sb = new StringBuilder();
    private final Deque<boolean[]> first = new ArrayDeque<>();
    private boolean afterKey;

    private void sep() {
        if (afterKey) {
            afterKey = false;
            return;
        }
        if (!first.isEmpty()) {
            boolean[] f = first.peek();
            if (!f[0]) {
                sb.append(',');
            }
            f[0] = false;
        }
    }

    Json begin() {
        sep();
        sb.append('{');
        first.push(new boolean[] {true});
        return this;
    }

    Json end() {
        first.pop();
        sb.append('}');
        return this;
    }

    Json beginArray() {
        sep();
        sb.append('[');
        first.push(new boolean[] {true});
        return this;
    }

    Json endArray() {
        first.pop();
        sb.append(']');
        return this;
    }

    Json key(String k) {
        sep();
        string(k);
        sb.append(':');
        afterKey = true;
        return this;
    }

    Json value(String v) {
        sep();
        string(v);
        return this;
    }

    Json value(long v) {
        sep();
        sb.append(v);
        return this;
    }

    Json value(boolean v) {
        sep();
        sb.append(v);
        return this;
    }

    Json value(double v) {
        sep();
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            sb.append("null");
        } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            sb.append((long) v);
        } else {
            sb.append(String.format(Locale.ROOT, "%.10g", v).replaceAll("0+$", "").replaceAll("\\.$", ""));
        }
        return this;
    }

    Json field(String k, String v) {
        return key(k).value(v);
    }

    Json field(String k, long v) {
        return key(k).value(v);
    }

    Json field(String k, Integer v) {
        return key(k).value((long) v);
    }

    Json field(String k, double v) {
        return key(k).value(v);
    }

    Json field(String k, Double v) {
        return key(k).value((double) v);
    }

    Json field(String k, boolean v) {
        return key(k).value(v);
    }

    private void string(String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
