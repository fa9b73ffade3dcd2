package dev.atj.kernel.magic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellParserTest {

    @Test
    void javaAroundLineMagicsKeepsItsLineNumbers() {
        List<CellPart> parts = CellParser.parse("int a = 1;\n%time a + 1\n\nint b = a;\nb");
        assertEquals(List.of(
                new CellPart.Java("int a = 1;\n", 1),
                new CellPart.LineCall("time", "a + 1", 2),
                new CellPart.Java("\nint b = a;\nb\n", 3)), parts);
    }

    @Test
    void aCellMagicTakesTheWholeBody() {
        assertEquals(List.of(new CellPart.CellCall("timeit", "-n 10", "Math.sqrt(2);\n%not a magic here")),
                CellParser.parse("\n%%timeit -n 10\nMath.sqrt(2);\n%not a magic here"));
    }

    @Test
    void plainJavaHasNoMagic() {
        assertFalse(CellParser.hasMagic("int percent = 5 % 3;"));
        assertTrue(CellParser.hasMagic("  %lsmagic"));
    }
}
