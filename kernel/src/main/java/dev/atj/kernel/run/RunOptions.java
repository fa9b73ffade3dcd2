package dev.atj.kernel.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code atj run} was asked to do: which notebooks, where the executed copies go
 * ({@code --output DIR}, {@code --inplace}, or beside each as NAME.executed.ipynb), the per-cell
 * {@code --timeout}, whether to write HTML too ({@code --html}), and extra JVM options.
 */
public record RunOptions(List<Path> notebooks, Path outputDirectory, boolean inPlace, Duration cellTimeout,
                         boolean html, List<String> jvmOptions) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(600);
    static final String EXECUTED_SUFFIX = ".executed.ipynb";

    public static RunOptions parse(List<String> args) {
        List<Path> notebooks = new ArrayList<>();
        List<String> jvmOptions = new ArrayList<>();
        Path output = null;
        boolean inPlace = false;
        boolean html = false;
        Duration timeout = DEFAULT_TIMEOUT;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--output", "-o" -> output = Path.of(value(args, ++i, arg));
                case "--inplace" -> inPlace = true;
                case "--html" -> html = true;
                case "--timeout" -> timeout = seconds(value(args, ++i, arg));
                case "--jvm-opt" -> jvmOptions.add(value(args, ++i, arg));
                default -> {
                    if (arg.startsWith("--output=")) {
                        output = Path.of(arg.substring("--output=".length()));
                    } else if (arg.startsWith("--timeout=")) {
                        timeout = seconds(arg.substring("--timeout=".length()));
                    } else if (arg.startsWith("--jvm-opt=")) {
                        jvmOptions.add(arg.substring("--jvm-opt=".length()));
                    } else if (arg.startsWith("-")) {
                        throw new IllegalArgumentException("Unknown option '" + arg
                                + "'. Use --output DIR, --inplace, --timeout SECONDS, --html or --jvm-opt OPTION.");
                    } else {
                        notebooks.add(Path.of(arg));
                    }
                }
            }
        }
        if (notebooks.isEmpty()) {
            throw new IllegalArgumentException("Name at least one notebook, e.g. atj run notebooks/00-welcome.ipynb");
        }
        if (inPlace && output != null) {
            throw new IllegalArgumentException("--inplace and --output exclude each other: choose one");
        }
        return new RunOptions(List.copyOf(notebooks), output, inPlace, timeout, html, List.copyOf(jvmOptions));
    }

    /** Where the executed copy of {@code notebook} is written. */
    public Path executedPath(Path notebook) {
        if (inPlace) {
            return notebook;
        }
        String name = notebook.getFileName().toString();
        if (outputDirectory != null) {
            return outputDirectory.resolve(name);
        }
        // Running a folder twice (atj run notebooks/*.ipynb) must not make NAME.executed.executed.ipynb.
        String stem = stem(name);
        if (stem.endsWith(".executed")) {
            stem = stem.substring(0, stem.length() - ".executed".length());
        }
        return notebook.resolveSibling(stem + EXECUTED_SUFFIX);
    }

    /** The HTML page beside the executed notebook: NAME.html. */
    public Path htmlPath(Path notebook) {
        Path executed = executedPath(notebook);
        String stem = stem(notebook.getFileName().toString());
        if (stem.endsWith(".executed")) {
            stem = stem.substring(0, stem.length() - ".executed".length());
        }
        return executed.resolveSibling(stem + ".html");
    }

    /** The options a JVM that runs one notebook needs, as arguments it can parse again. */
    public List<String> arguments(Path notebook) {
        List<String> args = new ArrayList<>();
        if (outputDirectory != null) {
            args.add("--output");
            args.add(outputDirectory.toAbsolutePath().toString());
        }
        if (inPlace) {
            args.add("--inplace");
        }
        if (html) {
            args.add("--html");
        }
        args.add("--timeout");
        args.add(String.valueOf(cellTimeout.toSeconds()));
        args.add(notebook.toAbsolutePath().toString());
        return args;
    }

    private static String stem(String name) {
        return name.endsWith(".ipynb") ? name.substring(0, name.length() - ".ipynb".length()) : name;
    }

    private static Duration seconds(String text) {
        try {
            long seconds = Long.parseLong(text);
            if (seconds <= 0) {
                throw new IllegalArgumentException("--timeout must be a positive number of seconds, not " + text);
            }
            return Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--timeout takes whole seconds, e.g. --timeout 600; got '" + text + "'", e);
        }
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(index);
    }
}
