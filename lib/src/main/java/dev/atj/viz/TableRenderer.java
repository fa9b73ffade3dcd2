package dev.atj.viz;

import java.util.Optional;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Shows Tablesaw tables as an HTML table and as aligned text. Long tables show their first
 * {@value #MAX_ROWS} rows and a line saying how many more there are.
 */
public final class TableRenderer implements Renderer {
    /** The most rows shown before the rest is summarised. */
    public static final int MAX_ROWS = 20;

    /** Creates the renderer; the kernel finds it through {@link java.util.ServiceLoader}. */
    public TableRenderer() {
    }

    @Override
    public Optional<MimeBundle> render(Object value) {
        if (!(value instanceof Table table)) {
            return Optional.empty();
        }
        int shown = Math.min(table.rowCount(), MAX_ROWS);
        int hidden = table.rowCount() - shown;
        String more = hidden > 0 ? hidden + " more row" + (hidden == 1 ? "" : "s") : "";
        String text = table.print(shown) + (more.isEmpty() ? "" : "\n... " + more);
        return Optional.of(MimeBundle.of("text/html", html(table, shown, more)).with("text/plain", text));
    }

    private static String html(Table table, int rows, String more) {
        StringBuilder html = new StringBuilder("<table>\n<caption>")
                .append(escape(table.name() == null ? "" : table.name()))
                .append(" (").append(table.rowCount()).append(" rows × ").append(table.columnCount())
                .append(" columns)</caption>\n<thead><tr>");
        for (Column<?> column : table.columns()) {
            html.append("<th>").append(escape(column.name())).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (int row = 0; row < rows; row++) {
            html.append("<tr>");
            for (Column<?> column : table.columns()) {
                html.append("<td>").append(escape(column.getString(row))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>");
        if (!more.isEmpty()) {
            html.append("\n<p>… ").append(more).append("</p>");
        }
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
