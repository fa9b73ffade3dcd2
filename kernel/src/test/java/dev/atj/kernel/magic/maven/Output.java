package dev.atj.kernel.magic.maven;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What a magic printed on System.out, where the kernel sends it to the notebook. */
final class Output {
    interface Action {
        void run() throws Exception;
    }

    private Output() {
    }

    static String of(Action action) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        String printed = bytes.toString(StandardCharsets.UTF_8);
        original.print(printed);
        return printed;
    }
}
