package dev.atj.ethics;

import dev.atj.ai.Classifier;
import dev.atj.viz.MimeBundle;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A model card: a short document that says what a trained model is, what it is for, how it was
 * evaluated and for whom it works less well, in the nine sections of Mitchell et al.,
 * "Model Cards for Model Reporting" (FAT* 2019, <a href="https://arxiv.org/abs/1810.03993">arXiv:1810.03993</a>):
 * model details, intended use, factors, metrics, evaluation data, training data, quantitative
 * analyses, ethical considerations, caveats and recommendations.
 *
 * <p>A card is built from the things it describes (the {@link Classifier}, the training and
 * evaluation {@link Table}s, tables of per-group metrics such as a fairness report) plus the
 * prose only people can write. Fields left empty are shown as "Not provided." rather than hidden,
 * and {@link #missingSections()} lists empty sections, so a governance check can ask for them.
 * In a notebook a card shows itself as formatted HTML; {@link #save(Path)} writes Markdown or HTML.
 *
 * <pre>{@code
 * ModelCard card = ModelCard.builder("Wage above median")
 *         .model(classifier)                       // type, features and classes from the model
 *         .developers("ATJ course").version("1.0").date(LocalDate.of(2025, 1, 31))
 *         .primaryUses("Teaching fairness assessment; not for pay decisions.")
 *         .relevantFactors("gender, race")
 *         .performanceMeasures("accuracy; selection rate and true positive rate per group")
 *         .trainingData(train, "CPS May 1985, 75% random split")
 *         .evaluationData(test, "the other 25%")
 *         .quantitativeAnalysis("Metrics by gender", byGender)   // any Table
 *         .ethicalConsiderations("Gender and race are sensitive attributes.")
 *         .caveatsAndRecommendations("1985 data: wages and roles have changed since.")
 *         .build();
 * card;                                  // shown inline as HTML
 * card.save(Path.of("model-card.md"));   // or .html
 * }</pre>
 */
public final class ModelCard {
    /** The section headings, in the order of Mitchell et al. (2019), Figure 1. */
    public static final List<String> SECTIONS = List.of("Model details", "Intended use", "Factors", "Metrics",
            "Evaluation data", "Training data", "Quantitative analyses", "Ethical considerations",
            "Caveats and recommendations");

    private final String name;
    private final Map<String, Map<String, String>> fields;
    private final List<Table> analyses;

    private ModelCard(Builder builder) {
        this.name = builder.name;
        this.fields = new LinkedHashMap<>();
        builder.fields.forEach((section, values) -> fields.put(section, new LinkedHashMap<>(values)));
        this.analyses = builder.analyses.stream().map(Table::copy).toList();
    }

    /**
     * Starts a card for a model.
     *
     * @param modelName what the model is called, for example {@code "Wage above median"}
     * @return a builder; every field is optional
     */
    public static Builder builder(String modelName) {
        return new Builder(modelName);
    }

    /**
     * The model's name, as given to {@link #builder(String)}.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The sections in which nothing was filled in, in {@link #SECTIONS} order. An empty list means
     * every section of Mitchell et al. says something.
     *
     * @return the empty sections' headings
     */
    public List<String> missingSections() {
        List<String> missing = new ArrayList<>();
        for (String section : SECTIONS) {
            boolean filled = fields.get(section).values().stream().anyMatch(value -> !value.isBlank())
                    || section.equals("Quantitative analyses") && !analyses.isEmpty();
            if (!filled) {
                missing.add(section);
            }
        }
        return missing;
    }

    /**
     * The card as Markdown: a title, then one {@code ##} heading per section. All text from the
     * card's inputs is escaped, so a name such as {@code <script>} stays text.
     *
     * @return the Markdown
     */
    public String toMarkdown() {
        return document().toMarkdown();
    }

    /**
     * The card as an HTML fragment (a {@code <div>}), for embedding in a page or a notebook. All
     * text is HTML-escaped.
     *
     * @return the HTML
     */
    public String toHtml() {
        return document().toHtml();
    }

    /**
     * The card as a notebook shows it: HTML, Markdown and plain text (the Markdown).
     *
     * @return the bundle
     */
    public MimeBundle toMimeBundle() {
        return document().toMimeBundle();
    }

    /**
     * Writes the card to a file: Markdown for {@code .md} or {@code .markdown}, a complete HTML page
     * for {@code .html} or {@code .htm}. Missing parent folders are created; an existing file is replaced.
     *
     * @param file where to write
     * @return {@code file}, for chaining or display
     * @throws IllegalArgumentException if the extension is none of those four
     * @throws UncheckedIOException if the file cannot be written
     */
    public Path save(Path file) {
        return document().save(file);
    }

    /**
     * The card as Markdown.
     *
     * @return {@link #toMarkdown()}
     */
    @Override
    public String toString() {
        return toMarkdown();
    }

    private GovernanceDocument document() {
        GovernanceDocument document = new GovernanceDocument("Model card: " + name,
                "Sections after Mitchell et al., \"Model Cards for Model Reporting\" (2019)");
        for (String heading : SECTIONS) {
            GovernanceDocument.Section section = document.section(heading);
            fields.get(heading).forEach(section::field);
            if (heading.equals("Quantitative analyses")) {
                analyses.forEach(section::table);
            }
        }
        return document;
    }

    /** Collects a {@link ModelCard}'s contents; every method returns the builder. */
    public static final class Builder {
        private final String name;
        private final Map<String, Map<String, String>> fields = new LinkedHashMap<>();
        private final List<Table> analyses = new ArrayList<>();

        private Builder(String name) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("A model card needs the model's name, for example "
                        + "ModelCard.builder(\"Wage above median\").");
            }
            this.name = name.strip();
            set("Model details", "Developed by", "");
            set("Model details", "Date", "");
            set("Model details", "Version", "");
            set("Model details", "Model type", "");
            set("Model details", "Features", "");
            set("Model details", "Classes", "");
            set("Model details", "Paper or other resources", "");
            set("Model details", "Citation", "");
            set("Model details", "Licence", "");
            set("Model details", "Contact", "");
            set("Intended use", "Primary intended uses", "");
            set("Intended use", "Primary intended users", "");
            set("Intended use", "Out-of-scope uses", "");
            set("Factors", "Relevant factors", "");
            set("Factors", "Evaluation factors", "");
            set("Metrics", "Model performance measures", "");
            set("Metrics", "Decision thresholds", "");
            set("Metrics", "Variation approaches", "");
            set("Evaluation data", "Datasets", "");
            set("Evaluation data", "Motivation and preprocessing", "");
            set("Training data", "Datasets", "");
            set("Training data", "Motivation and preprocessing", "");
            set("Quantitative analyses", "Notes", "");
            set("Ethical considerations", "Considerations", "");
            set("Caveats and recommendations", "Caveats and recommendations", "");
        }

        /**
         * Fills the model type, features and classes from a trained ATJ model.
         *
         * @param model a model from {@code dev.atj.ai.Classifiers} or any {@link Classifier}
         * @return this builder
         */
        public Builder model(Classifier model) {
            Objects.requireNonNull(model, "model");
            set("Model details", "Model type", model.name() + " classifier");
            set("Model details", "Features", model.featureNames().size() + ": " + String.join(", ", model.featureNames()));
            set("Model details", "Classes", String.join(", ", model.classNames()));
            return this;
        }

        /**
         * The kind of model in words, replacing what {@link #model(Classifier)} filled in.
         *
         * @param type for example {@code "Logistic regression, L2 penalty 0.1"}
         * @return this builder
         */
        public Builder modelType(String type) {
            return set("Model details", "Model type", type);
        }

        /**
         * Who developed the model: person or organisation.
         *
         * @param developers the names
         * @return this builder
         */
        public Builder developers(String developers) {
            return set("Model details", "Developed by", developers);
        }

        /**
         * When the model was made.
         *
         * @param date the date (written ISO 8601)
         * @return this builder
         */
        public Builder date(LocalDate date) {
            return set("Model details", "Date", date.toString());
        }

        /**
         * The model's version.
         *
         * @param version for example {@code "1.0"}
         * @return this builder
         */
        public Builder version(String version) {
            return set("Model details", "Version", version);
        }

        /**
         * Where to learn more: paper, repository, notebook.
         *
         * @param resources links or references
         * @return this builder
         */
        public Builder resources(String resources) {
            return set("Model details", "Paper or other resources", resources);
        }

        /**
         * How to cite the model.
         *
         * @param citation the citation
         * @return this builder
         */
        public Builder citation(String citation) {
            return set("Model details", "Citation", citation);
        }

        /**
         * The licence the model is released under.
         *
         * @param licence for example {@code "Apache-2.0"}
         * @return this builder
         */
        public Builder licence(String licence) {
            return set("Model details", "Licence", licence);
        }

        /**
         * Where to send questions or comments about the model.
         *
         * @param contact an address or team
         * @return this builder
         */
        public Builder contact(String contact) {
            return set("Model details", "Contact", contact);
        }

        /**
         * What the model is meant for.
         *
         * @param uses the primary intended uses
         * @return this builder
         */
        public Builder primaryUses(String uses) {
            return set("Intended use", "Primary intended uses", uses);
        }

        /**
         * Who the model is meant for.
         *
         * @param users the primary intended users
         * @return this builder
         */
        public Builder primaryUsers(String users) {
            return set("Intended use", "Primary intended users", users);
        }

        /**
         * Uses the model must not be put to, and why.
         *
         * @param uses the out-of-scope uses
         * @return this builder
         */
        public Builder outOfScopeUses(String uses) {
            return set("Intended use", "Out-of-scope uses", uses);
        }

        /**
         * Groups, conditions or settings that may change how well the model works (Mitchell et al.
         * §4.3: demographic groups, instrumentation, environment).
         *
         * @param factors for example {@code "gender, race"}
         * @return this builder
         */
        public Builder relevantFactors(String factors) {
            return set("Factors", "Relevant factors", factors);
        }

        /**
         * Which of the factors the evaluation actually reports on, and why those.
         *
         * @param factors the evaluation factors
         * @return this builder
         */
        public Builder evaluationFactors(String factors) {
            return set("Factors", "Evaluation factors", factors);
        }

        /**
         * The measures reported and why they were chosen.
         *
         * @param measures for example {@code "accuracy, selection rate per group"}
         * @return this builder
         */
        public Builder performanceMeasures(String measures) {
            return set("Metrics", "Model performance measures", measures);
        }

        /**
         * The decision threshold(s) used, and why.
         *
         * @param thresholds for example {@code "0.5 on the predicted probability"}
         * @return this builder
         */
        public Builder decisionThresholds(String thresholds) {
            return set("Metrics", "Decision thresholds", thresholds);
        }

        /**
         * How uncertainty in the measures was estimated (cross-validation, bootstrap, ...).
         *
         * @param approaches the variation approaches
         * @return this builder
         */
        public Builder variationApproaches(String approaches) {
            return set("Metrics", "Variation approaches", approaches);
        }

        /**
         * The training data: its size and columns are read from the table.
         *
         * @param data the table the model was trained on
         * @param description where it comes from and how it was preprocessed
         * @return this builder
         */
        public Builder trainingData(Table data, String description) {
            set("Training data", "Datasets", describe(data));
            return set("Training data", "Motivation and preprocessing", description);
        }

        /**
         * The evaluation data: its size and columns are read from the table.
         *
         * @param data the table the model was evaluated on
         * @param description why this data, and how it was preprocessed
         * @return this builder
         */
        public Builder evaluationData(Table data, String description) {
            set("Evaluation data", "Datasets", describe(data));
            return set("Evaluation data", "Motivation and preprocessing", description);
        }

        /**
         * Adds a table of results to the quantitative analyses: overall metrics, or metrics per group
         * (unitary) or per combination of groups (intersectional), for example the by-group table of
         * a fairness report. The table is copied, so later changes to it do not alter the card.
         *
         * @param title a caption, for example {@code "Metrics by gender"}
         * @param results any table
         * @return this builder
         */
        public Builder quantitativeAnalysis(String title, Table results) {
            Table copy = results.copy();
            copy.setName(title);
            analyses.add(copy);
            return this;
        }

        /**
         * What the quantitative analyses show, in words.
         *
         * @param notes the reading of the results
         * @return this builder
         */
        public Builder quantitativeAnalysisNotes(String notes) {
            return set("Quantitative analyses", "Notes", notes);
        }

        /**
         * Ethical considerations: sensitive data, risks and harms, mitigations, use cases to watch.
         *
         * @param considerations the text
         * @return this builder
         */
        public Builder ethicalConsiderations(String considerations) {
            return set("Ethical considerations", "Considerations", considerations);
        }

        /**
         * Further concerns and advice not covered elsewhere, for example groups missing from the data.
         *
         * @param caveats the text
         * @return this builder
         */
        public Builder caveatsAndRecommendations(String caveats) {
            return set("Caveats and recommendations", "Caveats and recommendations", caveats);
        }

        /**
         * Makes the card.
         *
         * @return the card, unaffected by later changes to this builder
         */
        public ModelCard build() {
            return new ModelCard(this);
        }

        private Builder set(String section, String label, String value) {
            fields.computeIfAbsent(section, key -> new LinkedHashMap<>()).put(label, value == null ? "" : value.strip());
            return this;
        }

        private static String describe(Table data) {
            Objects.requireNonNull(data, "data");
            List<String> columns = data.columns().stream().map(Column::name).toList();
            String name = data.name() == null || data.name().isBlank() ? "unnamed table" : data.name();
            return name + ": " + data.rowCount() + " rows × " + data.columnCount() + " columns ("
                    + String.join(", ", columns) + ")";
        }
    }
}
