package dev.atj.kernel.display;

import java.lang.reflect.Array;

/** The text/plain form of a value shown with display(): arrays spelled out, the rest by toString. */
final class PlainText {
    private PlainText() {
    }

    static String of(Object value) {
        if (value == null || !value.getClass().isArray()) {
            return String.valueOf(value);
        }
        StringBuilder text = new StringBuilder("[");
        int length = Array.getLength(value);
        for (int i = 0; i < length; i++) {
            text.append(i == 0 ? "" : ", ").append(of(Array.get(value, i)));
        }
        return text.append(']').toString();
    }
}
