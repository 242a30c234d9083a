package io.github.civicdata.core.report;

import io.github.civicdata.core.LocalizedText;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes HTML text with every user value escaped: the five markup characters become references,
 * and code points that HTML forbids (controls other than white space, noncharacters, lone
 * surrogates) are shown as {@code \\uXXXX} text, so that a cell value can never become markup or
 * make the page invalid. Not thread-safe.
 */
final class Html {

    private final Writer w;

    Html(Writer w) {
        this.w = w;
    }

    /** Markup written as given (never user data). */
    Html raw(String markup) throws IOException {
        w.write(markup);
        return this;
    }

    /** Text, escaped for element content and attribute values alike. */
    Html text(String s) throws IOException {
        w.write(escape(s));
        return this;
    }

    /** A number in the report's digits (no grouping: both languages read it). */
    Html num(long n) throws IOException {
        w.write(Long.toString(n));
        return this;
    }

    /**
     * Both languages: {@code <tag lang="ja">…</tag><tag lang="en">…</tag>}; the page's style sheet
     * shows the one chosen.
     */
    Html bi(String tag, LocalizedText t) throws IOException {
        return bi(tag, t, null);
    }

    Html bi(String tag, LocalizedText t, String cls) throws IOException {
        String c = cls == null ? "" : " class=\"" + cls + "\"";
        w.write("<" + tag + " lang=\"ja\"" + c + ">");
        text(t.ja());
        w.write("</" + tag + "><" + tag + " lang=\"en\"" + c + ">");
        text(t.en());
        w.write("</" + tag + ">");
        return this;
    }

    /**
     * Escapes {@code & < > " '} and replaces the code points HTML does not allow in a document.
     *
     * @param s the text
     * @return the escaped text
     */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (forbidden(cp)) {
                        sb.append(cp > 0xFFFF ? String.format("\\u{%X}", cp) : String.format("\\u%04X", cp));
                    } else {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Controls other than ASCII white space, DEL and C1 controls, BMP noncharacters, lone surrogates. */
    static boolean forbidden(int cp) {
        if (cp < 0x20) {
            return cp != '\t' && cp != '\n' && cp != '\f' && cp != '\r';
        }
        if (cp >= 0x7F && cp <= 0x9F) {
            return true;
        }
        return (cp >= 0xD800 && cp <= 0xDFFF) || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }
}
