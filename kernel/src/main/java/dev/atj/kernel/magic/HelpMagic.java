package dev.atj.kernel.magic;

/** %help [NAME]: what a magic does and how to call it. */
public final class HelpMagic implements LineMagic {
    @Override
    public String name() {
        return "help";
    }

    @Override
    public String usage() {
        return "%help [NAME]";
    }

    @Override
    public String help() {
        return "Explains the magic NAME (with or without its % signs); without NAME, how to get help.";
    }

    @Override
    public void run(String args, MagicContext context) throws MagicException {
        String name = args.strip().replaceFirst("^%+", "");
        if (name.isEmpty()) {
            System.out.println("""
                    ATJ cells are Java (JShell). Lines starting with % are magics: %lsmagic lists them,
                    %help NAME explains one. Press Tab to complete, Shift-Tab for Javadoc, and the
                    stop button to interrupt a cell. display(x), html(...), markdown(...), latex(...)
                    and image(...) show rich output.""");
            return;
        }
        Magic magic = context.magics().line(name).map(Magic.class::cast)
                .or(() -> context.magics().cell(name))
                .orElseThrow(() -> new MagicException("There is no magic %" + name + "; %lsmagic lists them."));
        System.out.println(magic.usage() + "\n\n" + magic.help());
    }
}
