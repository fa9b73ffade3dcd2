package dev.atj.data;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The small datasets that come with ATJ, loaded by name. They are packaged inside the library,
 * so they load the same way in a notebook, a REPL or a plain Java program, with no download.
 * Where each comes from, its licence and what its columns mean: {@code datasets/README.md}.
 *
 * <pre>{@code
 * Table penguins = Datasets.load("penguins");
 * Datasets.names();   // [breast_cancer, cps-wages-1985, digits, gapminder, iris, penguins, seattle-weather, titanic, wine]
 * }</pre>
 */
public final class Datasets {
    /** Where the files sit on the class path (lib/pom.xml packages ../datasets there). */
    static final String RESOURCE_FOLDER = "/dev/atj/data/datasets/";

    /** One bundled dataset: its name, its file, its row count and one line about it. */
    record Entry(String name, String file, int rows, String about) {
    }

    static final List<Entry> ALL = List.of(
            new Entry("breast_cancer", "breast_cancer.csv", 569,
                    "Breast tumour measurements from cell images, labelled malignant or benign"),
            new Entry("cps-wages-1985", "cps-wages-1985.csv", 534,
                    "Hourly wages of 534 US workers in 1985 with education, experience, gender and race"),
            new Entry("digits", "digits.csv", 1797, "8x8 images of handwritten digits 0-9, one pixel (0-16) per column"),
            new Entry("gapminder", "gapminder.json", 682,
                    "Population, life expectancy and fertility of 62 countries, every 5 years 1955-2005 (JSON)"),
            new Entry("iris", "iris.csv", 150, "Petal and sepal sizes of 150 irises of three species"),
            new Entry("penguins", "penguins.csv", 344,
                    "Bill, flipper and body size of 344 Antarctic penguins of three species"),
            new Entry("seattle-weather", "seattle-weather.csv", 1461,
                    "Daily weather in Seattle, 2012-2015: rain, temperatures, wind"),
            new Entry("titanic", "titanic.csv", 1309, "Passengers of the Titanic and whether they survived"),
            new Entry("wine", "wine.csv", 178, "Chemical analysis of 178 Italian wines from three cultivars"));

    private static final List<String> TEXTS = List.of("pride-and-prejudice");

    private Datasets() {
    }

    /**
     * Loads a bundled dataset. Names are case-insensitive and {@code -} and {@code _} are
     * interchangeable, so {@code "Seattle_Weather"} works too.
     *
     * @param name one of {@link #names()}, for example {@code "penguins"}
     * @return the dataset as a table named {@code name}
     * @throws IllegalArgumentException for an unknown name; the message lists the known ones
     */
    public static Table load(String name) {
        Entry entry = find(name).orElseThrow(() -> unknown(name));
        String resource = RESOURCE_FOLDER + entry.file();
        TextSource source = () -> new InputStreamReader(open(resource), StandardCharsets.UTF_8);
        return entry.file().endsWith(".json")
                ? Load.json(source, entry.file(), entry.name())
                : Load.csv(source, entry.file(), entry.name(), ',');
    }

    /**
     * Reads a bundled plain-text corpus, for language models: {@code "pride-and-prejudice"}
     * (Jane Austen's novel, public domain, about 680,000 characters).
     *
     * @param name one of {@link #texts()}; case-insensitive
     * @return the whole text, with Unix line endings
     * @throws IllegalArgumentException for an unknown name; the message lists the known ones
     */
    public static String text(String name) {
        String wanted = normalise(name).replace('_', '-');
        if (!TEXTS.contains(wanted)) {
            throw new IllegalArgumentException("No text named \"" + name + "\". Known texts: "
                    + String.join(", ", TEXTS) + ".");
        }
        try (InputStream in = open(RESOURCE_FOLDER + "text/" + wanted + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException("could not read the bundled text " + wanted, e);
        }
    }

    /**
     * The names {@link #text(String)} accepts.
     *
     * @return the text names
     */
    public static List<String> texts() {
        return TEXTS;
    }

    /**
     * The names {@link #load(String)} accepts, sorted.
     *
     * @return the dataset names
     */
    public static List<String> names() {
        return ALL.stream().map(Entry::name).sorted().toList();
    }

    /**
     * One row per bundled dataset: name, file, rows and a line about it.
     *
     * @return the catalogue as a table
     */
    public static Table catalog() {
        List<Entry> sorted = ALL.stream().sorted(Comparator.comparing(Entry::name)).toList();
        return Table.create("datasets",
                StringColumn.create("name", sorted.stream().map(Entry::name).toList()),
                StringColumn.create("file", sorted.stream().map(Entry::file).toList()),
                IntColumn.create("rows", sorted.stream().mapToInt(Entry::rows).toArray()),
                StringColumn.create("about", sorted.stream().map(Entry::about).toList()));
    }

    static Optional<Entry> find(String name) {
        String wanted = normalise(name);
        return ALL.stream().filter(entry -> normalise(entry.name()).equals(wanted)).findFirst();
    }

    private static String normalise(String name) {
        String lower = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return lower.replaceFirst("\\.(csv|json)$", "");
    }

    private static InputStream open(String resource) {
        InputStream in = Datasets.class.getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new java.io.FileNotFoundException(resource.substring(1)
                    + " is not on the class path. The datasets are packaged into atj-lib from the repository's "
                    + "datasets/ folder when lib is built with Maven (mvn -pl lib package); rebuild lib."));
        }
        return in;
    }

    private static IllegalArgumentException unknown(String name) {
        String hint = names().stream()
                .filter(known -> Spelling.distance(normalise(known), normalise(name)) <= 2
                        || !normalise(name).isEmpty() && normalise(known).startsWith(normalise(name)))
                .findFirst().map(known -> " Did you mean \"" + known + "\"?").orElse("");
        return new IllegalArgumentException("No dataset named \"" + name + "\"." + hint + " Known datasets: "
                + String.join(", ", names()) + ".");
    }
}
