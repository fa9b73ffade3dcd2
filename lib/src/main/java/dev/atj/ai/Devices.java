package dev.atj.ai;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;
import ai.djl.util.cuda.CudaUtils;

/**
 * Which hardware DJL's PyTorch engine can use on this machine: {@link #best()} is the first
 * GPU when PyTorch sees one, else the CPU. The library ships PyTorch's CPU build (from Maven
 * Central), so on most machines this is the CPU; a CUDA build of {@code pytorch-native} on the
 * class path makes the GPU the default without any change to notebook code.
 *
 * <p>DJL is kept offline. Before the engine first loads, this class sets the system property
 * {@code ai.djl.offline=true} unless the user already chose (with that property or the
 * {@code DJL_OFFLINE} environment variable). Two reasons:
 * <ul>
 *   <li>When DJL's {@code Engine} class loads it "calls home": it asks the EC2 metadata
 *       address (169.254.169.254) who the machine is and reports usage to a telemetry server,
 *       with one-second time-outs. Off AWS that is up to a few seconds of waiting for nothing;
 *       on AWS it sends data the notebook user never agreed to send. Offline mode skips it.</li>
 *   <li>If the PyTorch natives jar were missing, or {@code PYTORCH_VERSION} /
 *       {@code PYTORCH_FLAVOR} asked for another build, DJL would quietly download hundreds of
 *       megabytes from publish.djl.ai. Offline, it fails at once with an error instead.</li>
 * </ul>
 * To let DJL download (say, from its model zoo), set {@code DJL_OFFLINE=false} in the
 * environment, or call {@code System.setProperty("ai.djl.offline", "false")} after this class
 * has loaded the engine.
 *
 * <p>PyTorch runs on one CPU thread unless the system property
 * {@code ai.djl.pytorch.num_threads} says otherwise before the engine loads. The networks in
 * the course are small (matrices of a few dozen rows), where more threads only add
 * hand-offs: on a 2-core machine training iris for 100 epochs takes about 0.3 s with one
 * thread and anywhere from 0.6 s to 18 s with two, because PyTorch's OpenMP threads spin
 * waiting for each other whenever another process wants the cores.
 */
public final class Devices {
    static final String OFFLINE_PROPERTY = "ai.djl.offline";
    static final String THREADS_PROPERTY = "ai.djl.pytorch.num_threads";
    /**
     * Whether this thread has PyTorch's thread count set. OpenMP keeps that count per calling
     * thread: set once on the thread that loaded the engine, a notebook cell run on another
     * thread got OpenMP's default (all cores) and, on a busy 2-core machine, ran a 256×256
     * matrix multiply 30 times slower.
     */
    private static final ThreadLocal<Boolean> THREADS_SET_HERE = ThreadLocal.withInitial(() -> false);

    private Devices() {
    }

    /**
     * The DJL engine (PyTorch), loaded offline on first use. The first call extracts the
     * PyTorch natives into {@code ~/.djl.ai} and takes a few seconds; later calls are free.
     * The first call on each thread also limits PyTorch to one CPU thread for work started
     * from that thread (see the class comment), so call this before computing on a new thread.
     *
     * @return the engine
     * @throws IllegalStateException if PyTorch cannot be loaded, with what to check
     */
    public static synchronized Engine engine() {
        keepDjlOffline();
        try {
            Engine engine = Engine.getInstance();
            if (!THREADS_SET_HERE.get()) {
                THREADS_SET_HERE.set(true);
                if (System.getProperty(THREADS_PROPERTY) == null && engine.getEngineName().equals("PyTorch")) {
                    // Also covers an engine that other code loaded before this class saw it.
                    ai.djl.pytorch.jni.JniUtils.setNumThreads(1);
                }
            }
            return engine;
        } catch (EngineException | UnsatisfiedLinkError | IllegalStateException e) {
            throw new IllegalStateException("Cannot load DJL's PyTorch engine (" + reasons(e) + "). "
                    + "The library expects ai.djl.pytorch:pytorch-native-cpu:2.7.1:linux-x86_64 and "
                    + "ai.djl.pytorch:pytorch-jni on the class path, and ~/.djl.ai to be writable; "
                    + "unset PYTORCH_VERSION / PYTORCH_FLAVOR / PYTORCH_LIBRARY_PATH if you set them.", e);
        }
    }

    /**
     * The device to train on: the first GPU when PyTorch can use one, else the CPU.
     *
     * @return {@code gpu(0)} or {@code cpu()}
     */
    public static Device best() {
        return gpuCount() > 0 ? Device.gpu() : Device.cpu();
    }

    /**
     * How many GPUs PyTorch can use (0 with the CPU build the library ships).
     *
     * @return the number of usable GPUs
     */
    public static int gpuCount() {
        return engine().getGpuCount();
    }

    /**
     * One line saying what runs the networks, for example
     * {@code "DJL 0.36.0, PyTorch 2.7.1 on cpu() (0 GPUs)"}.
     *
     * @return a description for people
     */
    public static String describe() {
        Engine engine = engine();
        int gpus = engine.getGpuCount();
        return "DJL " + Engine.getDjlVersion() + ", " + engine.getEngineName() + " " + engine.getVersion()
                + " on " + best() + " (" + gpus + (gpus == 1 ? " GPU)" : " GPUs)");
    }

    /**
     * Why {@link #best()} chose what it chose, in one or two sentences: what was found (GPUs
     * PyTorch can use, CUDA GPUs it cannot, or none) and, when it is the CPU, why. For example
     * {@code "Using cpu(): no CUDA GPU found on this machine, so PyTorch 2.7.1 runs on the
     * CPU (2 cores)."}
     *
     * @return the reason, for people
     */
    public static String whyBest() {
        Engine engine = engine();
        String pytorch = engine.getEngineName() + " " + engine.getVersion();
        int usable = engine.getGpuCount();
        if (usable > 0) {
            return "Using " + Device.gpu() + ": " + pytorch + " can use " + usable
                    + (usable == 1 ? " CUDA GPU." : " CUDA GPUs; the first is the default.");
        }
        int present = cudaGpusPresent();
        if (present > 0) {
            return "Using " + Device.cpu() + ": this machine has " + present
                    + (present == 1 ? " CUDA GPU" : " CUDA GPUs") + ", but the " + pytorch
                    + " library on the class path is the CPU build (pytorch-native-cpu), which cannot use "
                    + (present == 1 ? "it" : "them") + ". Point PYTORCH_LIBRARY_PATH at a CUDA build of PyTorch "
                    + engine.getVersion() + " (with PYTORCH_FLAVOR=cu128) to use the GPU.";
        }
        return "Using " + Device.cpu() + ": no CUDA GPU found on this machine, so " + pytorch
                + " runs on the CPU (" + Runtime.getRuntime().availableProcessors() + " cores).";
    }

    /**
     * How many CUDA GPUs the CUDA runtime reports, whether or not PyTorch can use them; 0 when
     * there is no CUDA runtime (DJL looks for {@code libcudart} and finds none).
     *
     * @return the number of CUDA GPUs on this machine
     */
    public static int cudaGpusPresent() {
        return CudaUtils.hasCuda() ? CudaUtils.getGpuCount() : 0;
    }

    /** The messages of an error and its causes, outermost first: DJL's outer message is often vague. */
    private static String reasons(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null && t != t.getCause(); t = t.getCause()) {
            if (t.getMessage() != null && text.indexOf(t.getMessage()) < 0) {
                text.append(text.length() == 0 ? "" : ": ").append(t.getMessage());
            }
        }
        return text.toString();
    }

    /**
     * Sets offline mode unless the user chose already. DJL reads {@code DJL_OFFLINE} first,
     * then the system property, each time it would open a URL, and once when its engine class
     * loads; setting it before {@link Engine#getInstance()} covers both.
     */
    private static void keepDjlOffline() {
        if (System.getenv("DJL_OFFLINE") == null && System.getProperty(OFFLINE_PROPERTY) == null) {
            System.setProperty(OFFLINE_PROPERTY, "true");
        }
    }
}
