package dev.atj.ai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.util.Utils;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class DevicesTest {

    @Test
    void bestIsTheCpuWithTheCpuBuildOfPyTorch() {
        assertEquals(0, Devices.gpuCount());
        assertEquals(Device.cpu(), Devices.best());
        assertFalse(Devices.best().isGpu());
    }

    @Test
    void describeNamesDjlPyTorchAndTheDevice() {
        String text = Devices.describe();
        assertTrue(text.contains("PyTorch 2.7.1"), text);
        assertTrue(text.contains("DJL 0.36.0"), text);
        assertTrue(text.contains("cpu()"), text);
        assertTrue(text.endsWith("(0 GPUs)"), text);
        assertFalse(text.contains("\n"), text);
    }

    @Test
    void whyBestNamesTheDeviceBestReturns() {
        String why = Devices.whyBest();
        assertTrue(why.startsWith("Using " + Devices.best() + ": "), why);
        assertTrue(why.contains("PyTorch 2.7.1"), why);
    }

    @Test
    void loadingTheEngineKeepsDjlOffline() {
        Devices.engine();
        assertTrue(Utils.isOfflineMode(), "DJL should be in offline mode once the engine is loaded");
        IOException refused = assertThrows(IOException.class,
                () -> Utils.openUrl("https://publish.djl.ai/pytorch/2.7.1/files.txt").close());
        assertTrue(refused.getMessage().contains("Offline"), refused.getMessage());
    }
}
