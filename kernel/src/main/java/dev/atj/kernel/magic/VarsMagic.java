package dev.atj.kernel.magic;

import dev.atj.kernel.eval.JShellEvaluator;
import java.util.List;

/** %vars: name, type and a short value of every variable the cells declared. */
public final class VarsMagic implements LineMagic {
    private static final int VALUE_WIDTH = 60;

    @Override
    public String name() {
        return "vars";
    }

    @Override
    public String usage() {
        return "%vars";
    }

    @Override
    public String help() {
        return "Lists the variables declared so far with their types and (shortened) values.";
    }

    @Override
    public void run(String args, MagicContext context) {
        List<JShellEvaluator.Variable> variables = context.variables();
        if (variables.isEmpty()) {
            System.out.println("No variables yet.");
            return;
        }
        int nameWidth = Math.max(4, variables.stream().mapToInt(v -> v.name().length()).max().orElse(4));
        int typeWidth = Math.max(4, variables.stream().mapToInt(v -> v.type().length()).max().orElse(4));
        String format = "%-" + nameWidth + "s  %-" + typeWidth + "s  %s%n";
        System.out.printf(format, "Name", "Type", "Value");
        for (JShellEvaluator.Variable variable : variables) {
            System.out.printf(format, variable.name(), variable.type(), shorten(variable.value()));
        }
    }

    private static String shorten(String value) {
        String oneLine = value.replace('\n', ' ');
        return oneLine.length() <= VALUE_WIDTH ? oneLine : oneLine.substring(0, VALUE_WIDTH - 1) + "…";
    }
}
