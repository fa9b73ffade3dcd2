package dev.atj.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import org.w3c.dom.Document;

class RenderersTest {

    @Test
    void aChartBecomesAPngOfItsSizeAndOnRequestValidSvg() throws Exception {
        XYChart chart = new XYChartBuilder().width(320).height(200).title("Squares").build();
        chart.addSeries("x²", new double[] {1, 2, 3}, new double[] {1, 4, 9});
        MimeBundle bundle = new ChartRenderer().render(chart).orElseThrow();
        BufferedImage png = ImageIO.read(new ByteArrayInputStream((byte[]) bundle.data().get("image/png")));
        assertEquals(320, png.getWidth());
        assertEquals(200, png.getHeight());
        assertFalse(bundle.has("image/svg+xml"), "SVG only when asked for: it is large");
        String svg = (String) Plot.svg(chart).data().get("image/svg+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // the SVG names the W3C DTD; this machine has no network for it, and parsing needs none
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("svg", document.getDocumentElement().getTagName());
        assertEquals("<chart \"Squares\" 320x200>", bundle.data().get("text/plain"));
    }

    @Test
    void aLongTableShowsTwentyRowsAndCountsTheRest() {
        int[] ids = new int[25];
        String[] names = new String[25];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i;
            names[i] = "n<" + i + ">";
        }
        Table table = Table.create("people", IntColumn.create("id", ids), StringColumn.create("name", names));
        MimeBundle bundle = new TableRenderer().render(table).orElseThrow();
        String html = (String) bundle.data().get("text/html");
        assertEquals(TableRenderer.MAX_ROWS + 1, html.split("<tr>", -1).length - 1, "header row + 20 rows");
        assertTrue(html.contains("<td>n&lt;19&gt;</td>") && !html.contains("n&lt;20&gt;"), html);
        assertTrue(html.contains("5 more rows"), html);
        assertTrue(((String) bundle.data().get("text/plain")).endsWith("... 5 more rows"));
    }

    @Test
    void otherObjectsAreLeftToOtherRenderers() throws IOException {
        assertTrue(new ChartRenderer().render("text").isEmpty());
        assertTrue(new TableRenderer().render(42).isEmpty());
    }
}
