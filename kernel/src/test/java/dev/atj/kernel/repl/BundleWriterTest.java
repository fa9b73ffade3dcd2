package dev.atj.kernel.repl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atj.viz.Display;
import dev.atj.viz.MimeBundle;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleWriterTest {
    @TempDir
    Path folder;

    private final StringWriter printed = new StringWriter();

    private BundleWriter writer() {
        return new BundleWriter(new TerminalPrinter(new PrintWriter(printed), false), new ImageFiles(folder));
    }

    @Test
    void aPictureIsSavedAndItsPathPrinted() throws Exception {
        MimeBundle picture = Display.imageBundle(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB));
        writer().write(picture);
        Path saved = folder.resolve("image-1.png").toAbsolutePath();
        assertEquals("image saved to " + saved, printed.toString().strip());
        assertArrayEquals((byte[]) picture.data().get("image/png"), Files.readAllBytes(saved));
    }

    @Test
    void aLaterPictureNeverOverwritesAnEarlierFile() throws Exception {
        Files.writeString(folder.resolve("image-1.png"), "kept");
        writer().write(MimeBundle.of("image/svg+xml", "<svg/>").with("text/plain", "a drawing"));
        writer().write(MimeBundle.of("image/png", new byte[] {1, 2}).with("text/plain", "a chart"));
        assertEquals("kept", Files.readString(folder.resolve("image-1.png")));
        assertEquals("<svg/>", Files.readString(folder.resolve("image-1.svg")));
        assertArrayEquals(new byte[] {1, 2}, Files.readAllBytes(folder.resolve("image-2.png")));
    }

    @Test
    void textIsPrintedAsItsPlainForm() {
        writer().write(MimeBundle.of("text/html", "<b>x</b>").with("text/plain", "x"));
        assertEquals("x", printed.toString().strip());
        assertTrue(folder.toFile().list().length == 0);
    }

    @Test
    void errorsAreRedOnlyWhenColourIsWanted() {
        StringWriter coloured = new StringWriter();
        new TerminalPrinter(new PrintWriter(coloured), true).error("boom");
        new TerminalPrinter(new PrintWriter(printed), false).error("boom");
        assertTrue(coloured.toString().contains("\u001b[31mboom"), coloured.toString());
        assertEquals("boom", printed.toString().strip());
    }
}
