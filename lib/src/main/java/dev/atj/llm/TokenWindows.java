package dev.atj.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Slices of a token sequence for next-token training: each window's inputs are tokens
 * {@code [s, s+length)} and its targets the same shifted by one, {@code [s+1, s+length+1)}.
 */
final class TokenWindows {
    private final int[] tokens;
    private final int length;

    /** Windows of {@code maxLength} tokens, or shorter if the sequence is shorter. */
    TokenWindows(int[] tokens, int maxLength, String what) {
        if (tokens.length < 2) {
            throw new IllegalArgumentException(what + " has " + tokens.length
                    + " token(s); it needs at least 2, one to read and one to predict");
        }
        this.tokens = tokens;
        this.length = Math.min(maxLength, tokens.length - 1);
    }

    /** Inputs and targets of {@code rows} windows, flattened row by row. */
    record Batch(long[] inputs, long[] targets, int rows, int length) {
    }

    int length() {
        return length;
    }

    /** {@code rows} windows starting at random places. */
    Batch random(Random random, int rows) {
        int[] starts = new int[rows];
        for (int i = 0; i < rows; i++) {
            starts[i] = random.nextInt(tokens.length - length);
        }
        return at(starts, length);
    }

    /** Windows side by side covering every token once as a target, in batches of up to {@code rows}. */
    List<Batch> covering(int rows) {
        List<Batch> batches = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (int s = 0; s + length < tokens.length; s += length) {
            starts.add(s);
        }
        for (int from = 0; from < starts.size(); from += rows) {
            List<Integer> part = starts.subList(from, Math.min(from + rows, starts.size()));
            batches.add(at(part.stream().mapToInt(Integer::intValue).toArray(), length));
        }
        int covered = starts.size() * length;
        if (covered + 1 < tokens.length) {
            int rest = tokens.length - 1 - covered;
            batches.add(at(new int[] {covered}, rest));
        }
        return batches;
    }

    private Batch at(int[] starts, int size) {
        long[] inputs = new long[starts.length * size];
        long[] targets = new long[starts.length * size];
        for (int row = 0; row < starts.length; row++) {
            for (int i = 0; i < size; i++) {
                inputs[row * size + i] = tokens[starts[row] + i];
                targets[row * size + i] = tokens[starts[row] + i + 1];
            }
        }
        return new Batch(inputs, targets, starts.length, size);
    }
}
