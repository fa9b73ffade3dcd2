package dev.atj.ethics;

import dev.atj.data.Datasets;
import dev.atj.viz.MimeBundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A data sheet: the questions of Gebru et al., "Datasheets for Datasets" (Communications of the
 * ACM 64(12), 2021, <a href="https://arxiv.org/abs/1803.09010">arXiv:1803.09010</a>) answered for
 * one dataset, in their seven sections: motivation, composition, collection process,
 * preprocessing, uses, distribution and maintenance.
 *
 * <p>The composition is computed from the data itself (rows, columns, each column's type, missing
 * and distinct values, and which columns are sensitive attributes); the rest is written by people.
 * {@link #of(String)} gives the sheet of every dataset bundled with ATJ, from the facts in
 * {@code datasets/README.md}; {@link #builder(String, Table)} makes one for your own data.
 *
 * <pre>{@code
 * DataSheet sheet = DataSheet.of("cps-wages-1985");
 * sheet;                          // shown inline as HTML
 * sheet.sensitiveAttributes();    // [gender, race]
 * sheet.composition();            // column, type, missing, distinct, sensitive
 * sheet.save(Path.of("cps-wages-1985-datasheet.md"));
 *
 * DataSheet mine = DataSheet.builder("survey-2025", table)
 *         .motivation("Why the data was collected").sensitive("age", "postcode")
 *         .licence("CC BY 4.0").build();
 * }</pre>
 */
public final class DataSheet {
    /** The section headings, in the order of Gebru et al. (2021). */
    public static final List<String> SECTIONS = List.of("Motivation", "Composition", "Collection process",
            "Preprocessing, cleaning and labelling", "Uses", "Distribution", "Maintenance");

    private static final String RESOURCES = "/dev/atj/ethics/datasheets/";

    private final String name;
    private final Map<String, String> answers;
    private final List<String> sensitive;
    private final Table composition;
    private final int rows;

    private DataSheet(Builder builder) {
        this.name = builder.name;
        this.answers = Map.copyOf(builder.answers);
        this.sensitive = List.copyOf(builder.sensitive);
        this.composition = compose(builder.data, sensitive);
        this.rows = builder.data.rowCount();
    }

    /**
     * The data sheet of a dataset bundled with ATJ (every name in {@link Datasets#names()}); the
     * dataset is loaded to compute its composition.
     *
     * @param name a bundled dataset's name, for example {@code "cps-wages-1985"}; spelled as
     *        {@link Datasets#load(String)} accepts it
     * @return the sheet
     * @throws IllegalArgumentException for an unknown name; the message lists the known ones
     */
    public static DataSheet of(String name) {
        Table data = Datasets.load(name);
        String canonical = data.name();
        Properties facts = facts(canonical);
        Builder builder = builder(canonical, data);
        builder.title(facts.getProperty("title"))
                .motivation(facts.getProperty("motivation"))
                .creators(facts.getProperty("creators"))
                .instances(facts.getProperty("instances"))
                .target(facts.getProperty("target"))
                .sensitiveNote(facts.getProperty("sensitiveNote"))
                .collectionProcess(facts.getProperty("collection"))
                .preprocessing(facts.getProperty("preprocessing"))
                .uses(facts.getProperty("uses"))
                .outOfScopeUses(facts.getProperty("outOfScope"))
                .source(facts.getProperty("source"))
                .licence(facts.getProperty("licence"))
                .maintenance(facts.getProperty("maintenance"));
        String sensitive = facts.getProperty("sensitive", "").strip();
        if (!sensitive.isEmpty()) {
            builder.sensitive(Arrays.stream(sensitive.split(",")).map(String::strip).toArray(String[]::new));
        }
        return builder.build();
    }

    /**
     * Starts a data sheet for your own data. The composition is computed from {@code data}; the
     * other answers are yours to give.
     *
     * @param name the dataset's name
     * @param data the dataset
     * @return a builder; every answer is optional and shown as "Not provided." when missing
     */
    public static Builder builder(String name, Table data) {
        return new Builder(name, data);
    }

    /**
     * The dataset's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The columns that hold sensitive attributes (protected characteristics such as sex, race or
     * age, or other personal data), as flagged for this dataset.
     *
     * @return the column names
     */
    public List<String> sensitiveAttributes() {
        return sensitive;
    }

    /**
     * The licence the data is distributed under.
     *
     * @return for example {@code "PDDL-1.0"}, or "Not provided."
     */
    public String licence() {
        return answer("licence");
    }

    /**
     * Where the data comes from.
     *
     * @return the source, or "Not provided."
     */
    public String source() {
        return answer("source");
    }

    /**
     * One row per column: {@code column}, {@code type}, {@code missing} (count), {@code distinct}
     * (count of different values) and {@code sensitive} ("yes" or empty).
     *
     * @return a copy of the composition table
     */
    public Table composition() {
        return composition.copy();
    }

    /**
     * The sheet as Markdown.
     *
     * @return the Markdown, all data-derived text escaped
     */
    public String toMarkdown() {
        return document().toMarkdown();
    }

    /**
     * The sheet as an HTML fragment.
     *
     * @return the HTML, all text escaped
     */
    public String toHtml() {
        return document().toHtml();
    }

    /**
     * The sheet as a notebook shows it: HTML, Markdown and plain text (the Markdown).
     *
     * @return the bundle
     */
    public MimeBundle toMimeBundle() {
        return document().toMimeBundle();
    }

    /**
     * Writes the sheet: Markdown for {@code .md}, a complete HTML page for {@code .html}.
     *
     * @param file where to write; parent folders are created, an existing file replaced
     * @return {@code file}
     * @throws IllegalArgumentException if the extension is not .md, .markdown, .html or .htm
     * @throws UncheckedIOException if the file cannot be written
     */
    public Path save(Path file) {
        return document().save(file);
    }

    /**
     * The sheet as Markdown.
     *
     * @return {@link #toMarkdown()}
     */
    @Override
    public String toString() {
        return toMarkdown();
    }

    private String answer(String key) {
        String value = answers.getOrDefault(key, "");
        return value.isBlank() ? GovernanceDocument.NOT_PROVIDED : value;
    }

    private GovernanceDocument document() {
        String title = answers.getOrDefault("title", "");
        GovernanceDocument document = new GovernanceDocument("Data sheet: " + name + (title.isBlank() ? "" : " — " + title),
                "Questions after Gebru et al., \"Datasheets for Datasets\" (2021)");
        document.section("Motivation")
                .field("Why was the dataset created?", answers.get("motivation"))
                .field("Who created it?", answers.get("creators"));
        long missing = (long) composition.intColumn("missing").sum();
        document.section("Composition")
                .field("What does one row represent?", answers.get("instances"))
                .field("Size", rows + " rows × " + composition.rowCount() + " columns")
                .field("Label or target", answers.get("target"))
                .field("Missing values", missing + " cells in all; per column below")
                .field("Sensitive attributes", sensitive.isEmpty() ? "none flagged" : String.join(", ", sensitive))
                .field("Notes on sensitive data", answers.get("sensitiveNote"))
                .table(composition);
        document.section("Collection process").field("How was the data collected?", answers.get("collection"));
        document.section("Preprocessing, cleaning and labelling")
                .field("What was done to the raw data?", answers.get("preprocessing"));
        document.section("Uses")
                .field("What is it used for here?", answers.get("uses"))
                .field("What should it not be used for?", answers.get("outOfScope"));
        document.section("Distribution")
                .field("Source", answers.get("source"))
                .field("Licence", answers.get("licence"));
        document.section("Maintenance").field("Who maintains it, and how are errors fixed?", answers.get("maintenance"));
        return document;
    }

    private static Table compose(Table data, List<String> sensitive) {
        List<Column<?>> columns = data.columns();
        Table table = Table.create("Columns of " + data.name());
        table.addColumns(
                StringColumn.create("column", columns.stream().map(Column::name).toList()),
                StringColumn.create("type", columns.stream().map(c -> c.type().name()).toList()),
                IntColumn.create("missing", columns.stream().mapToInt(Column::countMissing).toArray()),
                IntColumn.create("distinct", columns.stream().mapToInt(Column::countUnique).toArray()),
                StringColumn.create("sensitive", columns.stream().map(c -> sensitive.contains(c.name()) ? "yes" : "")
                        .toList()));
        return table;
    }

    private static Properties facts(String dataset) {
        String resource = RESOURCES + dataset + ".properties";
        try (InputStream in = DataSheet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No data sheet facts for the bundled dataset \"" + dataset + "\" ("
                        + resource.substring(1) + " is missing from atj-lib). Add that file, with the facts from "
                        + "datasets/README.md, or use DataSheet.builder for your own data.");
            }
            Properties facts = new Properties();
            facts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return facts;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource.substring(1) + ": " + e.getMessage(), e);
        }
    }

    /** Collects a {@link DataSheet}'s answers; every method returns the builder. */
    public static final class Builder {
        private final String name;
        private final Table data;
        private final Map<String, String> answers = new LinkedHashMap<>();
        private final List<String> sensitive = new ArrayList<>();

        private Builder(String name, Table data) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("A data sheet needs the dataset's name.");
            }
            this.name = name.strip();
            this.data = Objects.requireNonNull(data, "data");
        }

        /**
         * A descriptive title, shown after the name.
         *
         * @param title for example {@code "Current Population Survey, May 1985"}
         * @return this builder
         */
        public Builder title(String title) {
            return set("title", title);
        }

        /**
         * Why the dataset was created, and for what task.
         *
         * @param motivation the answer
         * @return this builder
         */
        public Builder motivation(String motivation) {
            return set("motivation", motivation);
        }

        /**
         * Who created the dataset, and on whose behalf.
         *
         * @param creators the answer
         * @return this builder
         */
        public Builder creators(String creators) {
            return set("creators", creators);
        }

        /**
         * What one row represents (a person, a day, an image...).
         *
         * @param instances the answer
         * @return this builder
         */
        public Builder instances(String instances) {
            return set("instances", instances);
        }

        /**
         * The label or target column, if any, and what it means.
         *
         * @param target the answer
         * @return this builder
         */
        public Builder target(String target) {
            return set("target", target);
        }

        /**
         * Flags columns as sensitive attributes.
         *
         * @param columns column names of the data
         * @return this builder
         * @throws IllegalArgumentException if a name is not a column of the data
         */
        public Builder sensitive(String... columns) {
            for (String column : columns) {
                if (!data.columnNames().contains(column)) {
                    throw new IllegalArgumentException("\"" + column + "\" is not a column of " + name
                            + ". Its columns are: " + String.join(", ", data.columnNames()) + ".");
                }
                if (!sensitive.contains(column)) {
                    sensitive.add(column);
                }
            }
            return this;
        }

        /**
         * Notes on sensitive or personal data: which, why it is there, how it is protected.
         *
         * @param note the answer
         * @return this builder
         */
        public Builder sensitiveNote(String note) {
            return set("sensitiveNote", note);
        }

        /**
         * How the data was collected: instruments, sampling, time frame, consent.
         *
         * @param process the answer
         * @return this builder
         */
        public Builder collectionProcess(String process) {
            return set("collection", process);
        }

        /**
         * What was done to the raw data: cleaning, relabelling, format changes.
         *
         * @param preprocessing the answer
         * @return this builder
         */
        public Builder preprocessing(String preprocessing) {
            return set("preprocessing", preprocessing);
        }

        /**
         * What the dataset is used for.
         *
         * @param uses the answer
         * @return this builder
         */
        public Builder uses(String uses) {
            return set("uses", uses);
        }

        /**
         * Uses the dataset is not fit for, and why.
         *
         * @param uses the answer
         * @return this builder
         */
        public Builder outOfScopeUses(String uses) {
            return set("outOfScope", uses);
        }

        /**
         * Where the data comes from (publisher, package, version, file).
         *
         * @param source the answer
         * @return this builder
         */
        public Builder source(String source) {
            return set("source", source);
        }

        /**
         * The licence the data is distributed under.
         *
         * @param licence for example an SPDX identifier such as {@code "CC-BY-4.0"}
         * @return this builder
         */
        public Builder licence(String licence) {
            return set("licence", licence);
        }

        /**
         * Who maintains the dataset and how errors are reported and fixed.
         *
         * @param maintenance the answer
         * @return this builder
         */
        public Builder maintenance(String maintenance) {
            return set("maintenance", maintenance);
        }

        /**
         * Makes the sheet, computing the composition from the data.
         *
         * @return the sheet
         */
        public DataSheet build() {
            return new DataSheet(this);
        }

        private Builder set(String key, String value) {
            answers.put(key, value == null ? "" : value.strip());
            return this;
        }
    }
}
