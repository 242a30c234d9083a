package io.github.civicdata.core.report;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as inline SVG (no script, no external resource): one bar per label with
 * its count, longest bar scaled to the chart's width. Labels are escaped text. Not thread-safe.
 */
final class SvgBarChart {

    /** One bar. */
    record Bar(String label, long count, String cssClass) {
    }

    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 220;
    private static final int BAR_HEIGHT = 18;
    private static final int GAP = 6;
    private static final int LABEL_CHARS = 28;

    private SvgBarChart() {
    }

    /**
     * Writes the chart.
     *
     * @param h where to write
     * @param id a unique id for the chart's title element
     * @param title the accessible title (one language: the chart's labels are data or rule ids)
     * @param bars the bars, in the order shown
     */
    static void write(Html h, String id, String title, List<Bar> bars) throws IOException {
        long max = 1;
        for (Bar b : bars) {
            max = Math.max(max, b.count());
        }
        int height = bars.size() * (BAR_HEIGHT + GAP) + GAP;
        h.raw("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 " + WIDTH + " "
                + height + "\" width=\"" + WIDTH + "\" height=\"" + height + "\" aria-labelledby=\"" + id + "\">");
        h.raw("<title id=\"" + id + "\">").text(title).raw("</title>");
        int y = GAP;
        int room = WIDTH - LABEL_WIDTH - 70;
        for (Bar b : bars) {
            int w = (int) Math.max(1, Math.round((double) b.count() / max * room));
            String label = b.label().codePointCount(0, b.label().length()) > LABEL_CHARS
                    ? b.label().substring(0, b.label().offsetByCodePoints(0, LABEL_CHARS - 1)) + "…" : b.label();
            int baseline = y + BAR_HEIGHT - 5;
            h.raw("<text x=\"" + (LABEL_WIDTH - 6) + "\" y=\"" + baseline + "\" text-anchor=\"end\">").text(label)
                    .raw("</text>");
            h.raw("<rect class=\"" + b.cssClass() + "\" x=\"" + LABEL_WIDTH + "\" y=\"" + y + "\" width=\"" + w
                    + "\" height=\"" + BAR_HEIGHT + "\"/>");
            h.raw(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">", LABEL_WIDTH + w + 6, baseline))
                    .num(b.count()).raw("</text>");
            y += BAR_HEIGHT + GAP;
        }
        h.raw("</svg>");
    }
}
