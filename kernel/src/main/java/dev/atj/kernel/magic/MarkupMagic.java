package dev.atj.kernel.magic;

import dev.atj.viz.MimeBundle;

/** Cell magics that show their body as it is, in one MIME type: %%html, %%markdown, %%latex, %%javascript. */
public abstract class MarkupMagic implements CellMagic {
    private final String name;
    private final String mimeType;

    protected MarkupMagic(String name, String mimeType) {
        this.name = name;
        this.mimeType = mimeType;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String usage() {
        return "%%" + name + " (then the content on the following lines)";
    }

    @Override
    public String help() {
        return "Shows the rest of the cell as " + mimeType + ".";
    }

    @Override
    public Object run(String args, String body, MagicContext context) {
        context.display(MimeBundle.of(mimeType, content(body)).with("text/plain", body));
        return null;
    }

    protected String content(String body) {
        return body;
    }

    /** %%html */
    public static final class Html extends MarkupMagic {
        public Html() {
            super("html", "text/html");
        }
    }

    /** %%markdown */
    public static final class Markdown extends MarkupMagic {
        public Markdown() {
            super("markdown", "text/markdown");
        }
    }

    /** %%latex: the body is typeset as display math unless it brings its own $ delimiters. */
    public static final class Latex extends MarkupMagic {
        public Latex() {
            super("latex", "text/latex");
        }

        @Override
        protected String content(String body) {
            return body.strip().startsWith("$") ? body.strip() : "$$" + body.strip() + "$$";
        }
    }

    /** %%javascript */
    public static final class Javascript extends MarkupMagic {
        public Javascript() {
            super("javascript", "application/javascript");
        }
    }
}
