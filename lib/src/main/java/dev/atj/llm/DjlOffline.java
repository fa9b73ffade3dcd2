package dev.atj.llm;

/**
 * Keeps DJL from reaching the network before a tokenizer loads. DJL's HuggingFace tokenizers
 * "call home" (EC2 metadata and a telemetry server) on every {@code newInstance} unless offline,
 * and on a GPU machine would download a CUDA build of the tokenizer library instead of using
 * the CPU one inside the jar. Same rule as {@code dev.atj.ai.Devices}: the user's own choice,
 * by {@code DJL_OFFLINE} or the system property, wins.
 */
final class DjlOffline {
    private static final String PROPERTY = "ai.djl.offline";

    private DjlOffline() {
    }

    static void ensure() {
        if (System.getenv("DJL_OFFLINE") == null && System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, "true");
        }
    }
}
