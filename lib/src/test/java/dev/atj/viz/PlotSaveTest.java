package dev.atj.viz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

class PlotSaveTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path folder;

    private final XYChart chart = Plot.scatter(Penguins.table(), "flipper_length_mm", "body_mass_g", "species");

    @Test
    void pngFileIsARealPictureOfTheChartsSize() throws Exception {
        Path file = Plot.save(chart, folder.resolve("penguins.png"));
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(bytes, PNG_SIGNATURE.length));
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(Plot.WIDTH, image.getWidth());
        assertEquals(Plot.HEIGHT, image.getHeight());
    }

    @Test
    void svgFileIsAnSvgDocument() throws Exception {
        Path file = Plot.save(chart, folder.resolve("penguins.SVG").toString());
        String svg = Files.readString(file);
        assertTrue(svg.startsWith("<?xml"), svg.substring(0, Math.min(80, svg.length())));
        assertTrue(svg.contains("<svg"));
    }

    @Test
    void missingFoldersAreMade() {
        Path file = Plot.save(chart, folder.resolve("charts/2024/loss.png"));
        assertTrue(Files.isRegularFile(file));
    }
}
