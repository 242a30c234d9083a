package io.github.civicdata.anonymize;

import java.util.Arrays;

/**
 * The dictionary codes of one column, one per row, stored in the narrowest array that holds the
 * largest code: {@code byte} (up to 256 distinct values), {@code char} (up to 65,536) or
 * {@code int}. Appending a code beyond the current width widens the array once. A million rows
 * of a column with a few hundred values take 1 MB instead of 4.
 *
 * <p>Not thread-safe while appended to; immutable afterwards ({@link #trim()}).
 */
final class CodeColumn {

    private byte[] bytes;
    private char[] chars;
    private int[] ints;
    /** Bytes per code: 1, 2 or 4. */
    private int width;
    private int size;

    CodeColumn(int capacity) {
        this.bytes = new byte[Math.max(16, capacity)];
        this.width = 1;
    }

    /** A column holding the given codes (copied into the narrowest width). */
    static CodeColumn of(int[] codes, int length) {
        int max = 0;
        for (int i = 0; i < length; i++) {
            max = Math.max(max, codes[i]);
        }
        CodeColumn c = new CodeColumn(1);
        c.size = length;
        if (max < 256) {
            c.bytes = new byte[length];
            for (int i = 0; i < length; i++) {
                c.bytes[i] = (byte) codes[i];
            }
        } else if (max < 65_536) {
            c.bytes = null;
            c.chars = new char[length];
            c.width = 2;
            for (int i = 0; i < length; i++) {
                c.chars[i] = (char) codes[i];
            }
        } else {
            c.bytes = null;
            c.ints = Arrays.copyOf(codes, length);
            c.width = 4;
        }
        return c;
    }

    int size() {
        return size;
    }

    /** Bytes per code (1, 2 or 4). */
    int width() {
        return width;
    }

    int get(int row) {
        switch (width) {
            case 1:
                return bytes[row] & 0xFF;
            case 2:
                return chars[row];
            default:
                return ints[row];
        }
    }

    /** Copies the codes of rows {@code from … from + len - 1} into {@code out}. */
    void copyTo(int from, int[] out, int len) {
        switch (width) {
            case 1:
                for (int i = 0; i < len; i++) {
                    out[i] = bytes[from + i] & 0xFF;
                }
                break;
            case 2:
                for (int i = 0; i < len; i++) {
                    out[i] = chars[from + i];
                }
                break;
            default:
                System.arraycopy(ints, from, out, 0, len);
        }
    }

    void add(int code) {
        if (code >= 256 && width == 1 || code >= 65_536 && width == 2) {
            widen(code);
        }
        int cap = width == 1 ? bytes.length : width == 2 ? chars.length : ints.length;
        if (size == cap) {
            if (cap >= Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("more than " + cap + " rows");
            }
            int next = (int) Math.min(Integer.MAX_VALUE - 8L, cap + (cap >> 1) + 16L);
            switch (width) {
                case 1 -> bytes = Arrays.copyOf(bytes, next);
                case 2 -> chars = Arrays.copyOf(chars, next);
                default -> ints = Arrays.copyOf(ints, next);
            }
        }
        switch (width) {
            case 1 -> bytes[size++] = (byte) code;
            case 2 -> chars[size++] = (char) code;
            default -> ints[size++] = code;
        }
    }

    private void widen(int code) {
        int cap = Math.max(16, width == 1 ? bytes.length : chars.length);
        if (code < 65_536) {
            char[] c = new char[cap];
            for (int i = 0; i < size; i++) {
                c[i] = (char) (bytes[i] & 0xFF);
            }
            chars = c;
            bytes = null;
            width = 2;
        } else {
            int[] n = new int[cap];
            for (int i = 0; i < size; i++) {
                n[i] = width == 1 ? bytes[i] & 0xFF : chars[i];
            }
            ints = n;
            bytes = null;
            chars = null;
            width = 4;
        }
    }

    /** Drops spare capacity; returns this. */
    CodeColumn trim() {
        switch (width) {
            case 1 -> bytes = bytes.length == size ? bytes : Arrays.copyOf(bytes, size);
            case 2 -> chars = chars.length == size ? chars : Arrays.copyOf(chars, size);
            default -> ints = ints.length == size ? ints : Arrays.copyOf(ints, size);
        }
        return this;
    }

    /** Approximate heap bytes held. */
    long bytesHeld() {
        return 16L + (long) size * width;
    }
}
