package dev.atj.kernel.eval;

import java.util.Set;
import java.util.TreeSet;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Finds lambdas in a cell that read the cell's variables. JShell keeps a cell variable in a
 * static field of the cell's class; a lambda shipped to another JVM (a Spark executor) loads
 * that class afresh, so it reads 0 or null there, and the job quietly computes the wrong answer.
 */
final class RemoteLambdaCheck {
    /** Set (to "true") by code that runs cell lambdas in other JVMs, such as a Spark session on a cluster. */
    static final String REMOTE_PROPERTY = "atj.cells.runRemotely";
    private static final String CELL_CLASS_PREFIX = "REPL/$JShell$";

    private RemoteLambdaCheck() {
    }

    static boolean enabled() {
        return Boolean.getBoolean(REMOTE_PROPERTY);
    }

    /** The cell variables that lambda bodies in this class read, by name. */
    static Set<String> cellVariablesReadByLambdas(byte[] classFile) {
        Set<String> names = new TreeSet<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                if (!name.startsWith("lambda$")) {
                    return null;
                }
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitFieldInsn(int opcode, String owner, String field, String fieldDescriptor) {
                        if (opcode == Opcodes.GETSTATIC && isCellWrapper(owner) && !field.contains("$")) {
                            names.add(field);
                        }
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return names;
    }

    static String warning(Set<String> variables) {
        String list = String.join(", ", variables);
        String first = variables.iterator().next();
        return "Warning: a lambda in this cell reads the cell variable" + (variables.size() == 1 ? " " : "s ") + list
                + ". If Spark runs it on the cluster's executors, it finds " + (variables.size() == 1 ? "that" : "those")
                + " unset there (0 or null), and the results are wrong. Copy the value into a local variable"
                + " or a method parameter and use that in the lambda, e.g. MapFunction<Integer, Integer> scaleBy(int f)"
                + " { return x -> x * f; } called as scaleBy(" + first + ").";
    }

    private static boolean isCellWrapper(String owner) {
        return owner.startsWith(CELL_CLASS_PREFIX) && owner.indexOf('$', CELL_CLASS_PREFIX.length()) < 0;
    }
}
