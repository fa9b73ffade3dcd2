package dev.atj.gpu;

import ai.djl.Device;
import ai.djl.ndarray.types.DataType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The floating-point types the benchmarks compare, and which of them cannot be tried at all.
 * {@code float32} is the default everywhere. {@code float16} (half precision) works on the CPU
 * with PyTorch, but CPUs without native half-precision arithmetic run it far slower than float32;
 * on GPUs with tensor cores it is several times faster. {@code bfloat16} is refused on every
 * device: DJL 0.36's PyTorch bridge ends the whole JVM (not an exception: the process stops)
 * when it creates a bfloat16 array, so the benchmarks report it instead of running it.
 */
public final class Precision {
    /** The types the benchmarks know, in the order they are shown. */
    public static final List<DataType> TYPES = List.of(DataType.FLOAT32, DataType.FLOAT16, DataType.BFLOAT16);

    private Precision() {
    }

    /**
     * Why a type cannot be benchmarked on a device, if it cannot.
     *
     * @param device the device
     * @param type the element type
     * @return the reason, or empty when the benchmarks may try it
     */
    public static Optional<String> whyUnsupported(Device device, DataType type) {
        if (type == DataType.BFLOAT16) {
            return Optional.of("bfloat16 not run: DJL 0.36's PyTorch bridge stops the JVM when it creates a bfloat16 array");
        }
        if (!type.isFloating()) {
            return Optional.of(type + " is not a floating-point type; matrix multiply benchmarks use float32, float16 or bfloat16");
        }
        return Optional.empty();
    }

    /**
     * A type from its usual name: "float32", "float16", "fp16", "half", "bfloat16" or "bf16".
     *
     * @param name the name, any case
     * @return the DJL type
     * @throws IllegalArgumentException for any other name, listing the ones it knows
     */
    public static DataType of(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "float32", "fp32", "float" -> DataType.FLOAT32;
            case "float16", "fp16", "half" -> DataType.FLOAT16;
            case "bfloat16", "bf16" -> DataType.BFLOAT16;
            default -> throw new IllegalArgumentException("Unknown precision \"" + name
                    + "\": use float32, float16 (fp16, half) or bfloat16 (bf16).");
        };
    }
}
