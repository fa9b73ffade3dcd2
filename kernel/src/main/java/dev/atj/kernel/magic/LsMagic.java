package dev.atj.kernel.magic;

/** %lsmagic: every magic with its usage line. */
public final class LsMagic implements LineMagic {
    @Override
    public String name() {
        return "lsmagic";
    }

    @Override
    public String usage() {
        return "%lsmagic";
    }

    @Override
    public String help() {
        return "Lists the line magics (%name) and cell magics (%%name) with their usage.";
    }

    @Override
    public void run(String args, MagicContext context) {
        StringBuilder text = new StringBuilder("Line magics:\n");
        context.magics().lineNames().forEach(name ->
                text.append("  ").append(context.magics().line(name).orElseThrow().usage()).append('\n'));
        text.append("Cell magics:\n");
        context.magics().cellNames().forEach(name -> text.append("  %%").append(name).append('\n'));
        text.append("%help NAME explains one.");
        System.out.println(text);
    }
}
