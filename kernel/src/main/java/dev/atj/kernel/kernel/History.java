package dev.atj.kernel.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The inputs (and text outputs) of this kernel session's cells, for history_request. */
public final class History {
    /** One executed cell. Session 1 is this kernel's session. */
    public record Entry(int session, int line, String input, String output) {
    }

    static final int SESSION = 1;
    private final List<Entry> entries = new ArrayList<>();

    public synchronized void add(int line, String input) {
        entries.add(new Entry(SESSION, line, input, null));
    }

    public synchronized void setOutput(int line, String output) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry entry = entries.get(i);
            if (entry.line() == line) {
                entries.set(i, new Entry(entry.session(), line, entry.input(), output));
                return;
            }
        }
    }

    public synchronized List<Entry> tail(int n) {
        return List.copyOf(entries.subList(Math.max(0, entries.size() - n), entries.size()));
    }

    /** Lines start (inclusive) to stop (exclusive) of a session; 0 and negative sessions count back from this one. */
    public synchronized List<Entry> range(int session, int start, int stop) {
        int wanted = session <= 0 ? SESSION + session : session;
        return entries.stream()
                .filter(e -> e.session() == wanted && e.line() >= start && (stop <= 0 || e.line() < stop))
                .toList();
    }

    /** Inputs matching a glob ({@code *} and {@code ?}), the last n of them, optionally without repeats. */
    public synchronized List<Entry> search(String glob, int n, boolean unique) {
        Pattern pattern = Pattern.compile(globToRegex(glob), Pattern.DOTALL);
        Map<String, Entry> found = new LinkedHashMap<>();
        List<Entry> all = new ArrayList<>();
        for (Entry entry : entries) {
            if (pattern.matcher(entry.input()).matches()) {
                if (unique) {
                    found.remove(entry.input());
                    found.put(entry.input(), entry);
                } else {
                    all.add(entry);
                }
            }
        }
        List<Entry> matches = unique ? new ArrayList<>(found.values()) : all;
        return n > 0 ? matches.subList(Math.max(0, matches.size() - n), matches.size()) : matches;
    }

    private static String globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
