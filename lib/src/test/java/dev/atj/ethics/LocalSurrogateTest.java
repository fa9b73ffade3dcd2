package dev.atj.ethics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LocalSurrogateTest {

    @Test
    void surrogateOfALinearFunctionRecoversItsCoefficients() {
        double[][] train = ExplanationData.gaussian(300, 6);
        LocalSurrogate why = LocalSurrogate.of(ExplanationData.LINEAR, train, ExplanationData.NAMES,
                new double[] {0.5, -1, 2}, 3, 500, new Random(1));
        assertEquals(2, why.coefficients()[0], 1e-9);
        assertEquals(1, why.coefficients()[1], 1e-9);
        assertEquals(0, why.coefficients()[2], 1e-9);
        assertEquals(0, why.intercept(), 1e-9);
        assertEquals(1, why.r2(), 1e-12);
        assertEquals(why.prediction(), why.localPrediction(), 1e-9);
    }

    @Test
    void forwardSelectionKeepsTheFeaturesThatMatter() {
        double[][] train = ExplanationData.gaussian(300, 7);
        LocalSurrogate why = LocalSurrogate.of(ExplanationData.LINEAR, train, ExplanationData.NAMES,
                new double[] {0, 0, 0}, 2, 500, new Random(2));
        assertTrue(why.selected()[0]);
        assertTrue(why.selected()[1]);
        assertFalse(why.selected()[2]);
        assertEquals(2, why.table().rowCount());
    }

    @Test
    void curvedFunctionGetsTheLocalSlopeWithFidelityBelowOne() {
        double[][] train = ExplanationData.gaussian(300, 8);
        LocalSurrogate why = LocalSurrogate.of(rows -> java.util.Arrays.stream(rows).mapToDouble(r -> r[0] * r[0]).toArray(),
                train, ExplanationData.NAMES, new double[] {1, 0, 0}, 1, 5000, new Random(3));
        assertTrue(why.selected()[0]);
        // Near a = 1 the slope of a^2 is 2; the samples reach about a standard deviation away.
        assertEquals(2, why.coefficients()[0], 0.3);
        assertTrue(why.r2() < 1 && why.r2() > 0.5, "fidelity " + why.r2());
        assertTrue(why.chart().getTitle().startsWith("Local surrogate"));
    }
}
