package dev.atj.kernel.magic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

/** %%bash and %%sh: runs the cell as a shell script, streaming its output as it comes. */
public abstract class ShellMagic implements CellMagic {
    /** The script running now, if any: an interrupt destroys it (see {@link #stopRunningScript}). */
    private static final AtomicReference<Process> RUNNING = new AtomicReference<>();
    private final String shell;

    protected ShellMagic(String shell) {
        this.shell = shell;
    }

    @Override
    public String name() {
        return shell;
    }

    @Override
    public String usage() {
        return "%%" + shell + " (then the script on the following lines)";
    }

    @Override
    public String help() {
        return "Runs the rest of the cell with " + shell + " in the kernel's working directory; output streams"
                + " while it runs and a non-zero exit status is an error. Interrupt stops the script.";
    }

    @Override
    public Object run(String args, String body, MagicContext context) throws MagicException {
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(shell, "-c", body)
                    .directory(context.workingDirectory().toFile()).redirectErrorStream(true);
            builder.environment().putAll(EnvMagic.overrides());
            process = builder.start();
            RUNNING.set(process);
        } catch (IOException e) {
            throw new MagicException("Cannot start " + shell + ": " + e.getMessage(), e);
        }
        try (InputStream output = process.getInputStream()) {
            byte[] buffer = new byte[4096];
            int read;
            while ((read = output.read(buffer)) >= 0) {
                System.out.print(new String(buffer, 0, read, StandardCharsets.UTF_8));
            }
            int status = process.waitFor();
            if (RUNNING.get() == null) {
                throw new MagicException(shell + " was interrupted");
            }
            if (status != 0) {
                throw new MagicException(shell + " exited with status " + status);
            }
            return null;
        } catch (IOException e) {
            throw new MagicException("Lost the output of " + shell + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MagicException(shell + " was interrupted");
        } finally {
            RUNNING.set(null);
            process.destroy();
        }
    }

    /** Ends the running script and its children, for an interrupt; does nothing when none runs. */
    public static void stopRunningScript() {
        Process process = RUNNING.getAndSet(null);
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    /** %%bash */
    public static final class Bash extends ShellMagic {
        public Bash() {
            super("bash");
        }
    }

    /** %%sh */
    public static final class Sh extends ShellMagic {
        public Sh() {
            super("sh");
        }
    }
}
