package dev.atj.llm;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A saved GPT on disk: DJL's parameter file for the weights, and {@code gpt.properties} for
 * what is needed to rebuild the network and its tokenizer before the weights are read back.
 */
final class GptFiles {
    static final String PROPERTIES = "gpt.properties";

    private GptFiles() {
    }

    static void save(GptModel gpt, Path directory) {
        if (!(gpt.tokenizer() instanceof CharTokenizer chars)) {
            throw new IllegalStateException("Only models with a CharTokenizer can be saved; this one uses "
                    + gpt.tokenizer().getClass().getSimpleName());
        }
        GptConfig config = gpt.config();
        Properties properties = new Properties();
        properties.setProperty("vocabularySize", Integer.toString(config.vocabularySize()));
        properties.setProperty("contextLength", Integer.toString(config.contextLength()));
        properties.setProperty("embeddingSize", Integer.toString(config.embeddingSize()));
        properties.setProperty("heads", Integer.toString(config.heads()));
        properties.setProperty("layers", Integer.toString(config.layers()));
        properties.setProperty("dropout", Double.toString(config.dropout()));
        properties.setProperty("characters", chars.characters());
        try {
            Files.createDirectories(directory);
            try (Writer out = Files.newBufferedWriter(directory.resolve(PROPERTIES), StandardCharsets.UTF_8)) {
                properties.store(out, "A GPT saved by dev.atj.llm.GptModel; weights in " + GptModel.NAME + "-0000.params");
            }
            gpt.djlModel().save(directory, GptModel.NAME);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the model to " + directory + ": " + e.getMessage(), e);
        }
    }

    static GptModel load(Path directory) {
        Path file = directory.resolve(PROPERTIES);
        if (!Files.isRegularFile(file)) {
            throw new UncheckedIOException(new IOException("No saved GPT in " + directory.toAbsolutePath()
                    + ": " + PROPERTIES + " is missing; give the folder that GptModel.save wrote"));
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        GptConfig config = new GptConfig(number(properties, "vocabularySize"), number(properties, "contextLength"),
                number(properties, "embeddingSize"), number(properties, "heads"), number(properties, "layers"),
                Double.parseDouble(required(properties, "dropout")));
        GptModel gpt = GptModel.unloaded(config, CharTokenizer.of(required(properties, "characters")));
        try {
            gpt.djlModel().getBlock().initialize(gpt.djlModel().getNDManager(), DataType.FLOAT32,
                    new Shape(1, config.contextLength()));
            gpt.djlModel().load(directory, GptModel.NAME);
            return gpt;
        } catch (IOException e) {
            gpt.close();
            throw new UncheckedIOException("Cannot read the weights in " + directory + " (" + e
                    + "): the params file is missing or does not fit the network that " + PROPERTIES
                    + " describes; save the model again with GptModel.save", e);
        } catch (MalformedModelException | RuntimeException e) {
            gpt.close();
            throw new IllegalStateException("The weights in " + directory + " do not fit the network that "
                    + PROPERTIES + " describes (" + e.getMessage() + "); save the model again with GptModel.save", e);
        }
    }

    private static int number(Properties properties, String key) {
        return Integer.parseInt(required(properties, key));
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException(PROPERTIES + " has no " + key + "; it was not written by GptModel.save");
        }
        return value;
    }
}
