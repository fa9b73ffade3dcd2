package dev.atj.ethics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Checks of the arrays every fairness method takes, and splitting examples by group. */
final class FairnessInputs {
    private FairnessInputs() {
    }

    /** All arrays must describe the same examples, one value per example, none missing. */
    static void checkSameLength(int[] yTrue, int[] yPred, String[] sensitive) {
        if (yTrue.length != yPred.length || yTrue.length != sensitive.length) {
            throw new IllegalArgumentException("yTrue has " + yTrue.length + " values, yPred " + yPred.length
                    + " and sensitive " + sensitive.length + "; give one value per example in each.");
        }
        if (yTrue.length == 0) {
            throw new IllegalArgumentException("There are no examples; fairness metrics need at least one.");
        }
        checkGroups(sensitive);
    }

    /** Two label arrays for the same non-empty set of examples, each label 0 or 1. */
    static void checkLabels(int[] yTrue, int[] yPred) {
        if (yTrue.length != yPred.length) {
            throw new IllegalArgumentException("yTrue has " + yTrue.length + " values but yPred has " + yPred.length
                    + "; give one prediction per example.");
        }
        if (yTrue.length == 0) {
            throw new IllegalArgumentException("There are no examples; fairness metrics need at least one.");
        }
        checkBinary("yTrue", yTrue);
        checkBinary("yPred", yPred);
    }

    static void checkGroups(String[] sensitive) {
        for (int i = 0; i < sensitive.length; i++) {
            if (sensitive[i] == null) {
                throw new IllegalArgumentException("sensitive[" + i + "] is missing (null); give every example a "
                        + "group, for example \"unknown\".");
            }
        }
    }

    /** Labels for the binary fairness metrics: 1 is the favourable outcome (selected), 0 the other. */
    static void checkBinary(String name, int[] labels) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException(name + "[" + i + "] is " + labels[i] + "; fairness metrics "
                        + "need binary labels, 1 for the favourable outcome and 0 for the other.");
            }
        }
    }

    /** The positions of each group's examples, groups sorted alphabetically (as Fairlearn sorts them). */
    static Map<String, int[]> rowsByGroup(String[] sensitive) {
        Map<String, List<Integer>> rows = new TreeMap<>();
        for (int i = 0; i < sensitive.length; i++) {
            rows.computeIfAbsent(sensitive[i], group -> new ArrayList<>()).add(i);
        }
        Map<String, int[]> result = new LinkedHashMap<>();
        rows.forEach((group, list) -> result.put(group, list.stream().mapToInt(Integer::intValue).toArray()));
        return result;
    }

    static int[] pick(int[] values, int[] rows) {
        return Arrays.stream(rows).map(row -> values[row]).toArray();
    }

    static double[] pick(double[] values, int[] rows) {
        return Arrays.stream(rows).mapToDouble(row -> values[row]).toArray();
    }

    /** A group that must be among those seen; otherwise say which there are. */
    static void requireKnown(String group, java.util.Collection<String> known, String what) {
        if (!known.contains(group)) {
            throw new IllegalArgumentException("Unknown group '" + group + "' for " + what + "; the groups are "
                    + known + ".");
        }
    }
}
