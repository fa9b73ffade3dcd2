package dev.atj.kernel.magic;

import java.util.Map;
import java.util.TreeMap;

/**
 * %env [NAME | NAME=VALUE]: shows environment variables, or sets one for the processes the
 * kernel starts (%%bash) and for {@code System.getProperty("env.NAME")}; Java cannot change
 * its own environment, so {@code System.getenv} keeps the value the kernel started with.
 */
public final class EnvMagic implements LineMagic {
    private static final Map<String, String> OVERRIDES = new TreeMap<>();

    @Override
    public String name() {
        return "env";
    }

    @Override
    public String usage() {
        return "%env [NAME | NAME=VALUE]";
    }

    @Override
    public String help() {
        return "Without arguments lists the environment; with NAME prints one variable; with NAME=VALUE"
                + " sets it for %%bash / %%sh scripts started afterwards (System.getenv cannot change"
                + " inside a running JVM).";
    }

    /** The environment as changed by %env, for child processes. */
    static Map<String, String> overrides() {
        synchronized (OVERRIDES) {
            return Map.copyOf(OVERRIDES);
        }
    }

    @Override
    public void run(String args, MagicContext context) throws MagicException {
        String text = args.strip();
        Map<String, String> environment = new TreeMap<>(System.getenv());
        environment.putAll(overrides());
        if (text.isEmpty()) {
            environment.forEach((name, value) -> System.out.println(name + "=" + value));
        } else if (text.contains("=")) {
            String name = text.substring(0, text.indexOf('=')).strip();
            if (name.isEmpty() || name.contains(" ")) {
                throw new MagicException("'" + name + "' is not a variable name");
            }
            synchronized (OVERRIDES) {
                OVERRIDES.put(name, text.substring(text.indexOf('=') + 1).strip());
            }
            System.out.println("env: " + name + "=" + OVERRIDES.get(name));
        } else if (environment.containsKey(text)) {
            System.out.println(environment.get(text));
        } else {
            throw new MagicException("the environment has no variable " + text);
        }
    }
}
