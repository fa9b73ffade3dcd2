package dev.atj.kernel.kernel;

/** Jupyter counts cursor positions in Unicode code points; Java strings count UTF-16 chars. */
final class CodePoints {
    private CodePoints() {
    }

    static int toCharIndex(String code, int codePoint) {
        int total = code.codePointCount(0, code.length());
        return code.offsetByCodePoints(0, Math.max(0, Math.min(codePoint, total)));
    }

    static int toCodePoint(String code, int charIndex) {
        return code.codePointCount(0, Math.max(0, Math.min(charIndex, code.length())));
    }
}
