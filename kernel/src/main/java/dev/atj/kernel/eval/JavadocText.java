package dev.atj.kernel.eval;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Javadoc comments as plain text for Shift-Tab. The JDK ships the formatter the jshell tool
 * uses ({@code jdk.internal.shellsupport.doc.JavadocFormatter}) but does not export it; the
 * kernelspec exports it to us. Without that, tags and HTML are stripped the simple way.
 */
final class JavadocText {
    private static final Logger LOG = Logger.getLogger(JavadocText.class.getName());
    private static final int LINE_WIDTH = 100;
    private static final Formatter FORMATTER = jdkFormatter();

    private interface Formatter {
        String format(String header, String javadoc) throws ReflectiveOperationException;
    }

    private JavadocText() {
    }

    static String format(String signature, String javadoc) {
        try {
            if (FORMATTER != null) {
                return FORMATTER.format(signature, javadoc).strip();
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.FINE, "The JDK's Javadoc formatter failed; using plain stripping", e);
        }
        return signature + "\n\n" + stripMarkup(javadoc);
    }

    /** Inline tags keep their text, HTML tags go, paragraphs become blank lines. */
    static String stripMarkup(String javadoc) {
        return javadoc
                .replaceAll("\\{@(?:code|literal)\\s+([^}]*)}", "$1")
                .replaceAll("\\{@(?:link|linkplain)\\s+([^}\\s]*)(?:\\s+([^}]*))?}", "$1")
                .replaceAll("(?i)<p>|<br\\s*/?>", "\n\n")
                .replaceAll("<[^>]+>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replaceAll("\n{3,}", "\n\n")
                .strip();
    }

    private static Formatter jdkFormatter() {
        try {
            Class<?> type = Class.forName("jdk.internal.shellsupport.doc.JavadocFormatter");
            Constructor<?> constructor = type.getConstructor(int.class, boolean.class);
            Method format = type.getMethod("formatJavadoc", String.class, String.class);
            Object formatter = constructor.newInstance(LINE_WIDTH, false);
            return (header, javadoc) -> (String) format.invoke(formatter, header, javadoc);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.FINE, "The JDK's Javadoc formatter is not exported to ATJ", e);
            return null;
        }
    }
}
