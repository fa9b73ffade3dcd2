package dev.atj.kernel.magic.maven;

import dev.atj.kernel.eval.EvalOutcome;
import dev.atj.kernel.magic.MagicContext;
import dev.atj.kernel.magic.MagicRegistry;
import dev.atj.viz.MimeBundle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A session that only records what magics add to its class path. */
final class RecordingContext implements MagicContext {
    final List<List<Path>> additions = new ArrayList<>();
    private final List<String> classpath = new ArrayList<>();
    private final Path workingDirectory;

    RecordingContext(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    /** Every jar added so far, in order. */
    List<Path> added() {
        return additions.stream().flatMap(List::stream).toList();
    }

    List<String> addedNames() {
        return added().stream().map(p -> p.getFileName().toString()).toList();
    }

    @Override
    public void addToClasspath(List<Path> entries) {
        additions.add(List.copyOf(entries));
        entries.forEach(e -> classpath.add(e.toString()));
    }

    @Override
    public List<String> classpath() {
        return List.copyOf(classpath);
    }

    @Override
    public Path workingDirectory() {
        return workingDirectory;
    }

    @Override
    public EvalOutcome evaluate(String code) {
        throw new UnsupportedOperationException("these magics run no Java");
    }

    @Override
    public void display(MimeBundle bundle) {
        throw new UnsupportedOperationException("these magics display nothing");
    }

    @Override
    public MagicRegistry magics() {
        return new MagicRegistry();
    }
}
