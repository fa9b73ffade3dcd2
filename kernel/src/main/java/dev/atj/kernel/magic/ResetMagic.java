package dev.atj.kernel.magic;

/** %reset: forgets every variable, method and class the cells declared. */
public final class ResetMagic implements LineMagic {
    @Override
    public String name() {
        return "reset";
    }

    @Override
    public String usage() {
        return "%reset";
    }

    @Override
    public String help() {
        return "Forgets every variable, method and class declared so far; imports and added jars stay."
                + " To start completely afresh, restart the kernel.";
    }

    @Override
    public void run(String args, MagicContext context) {
        context.reset();
        System.out.println("Forgot all declarations.");
    }
}
