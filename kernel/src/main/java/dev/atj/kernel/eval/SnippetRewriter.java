package dev.atj.kernel.eval;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Rewrites the bytecode of compiled snippets before JShell loads them: exits become
 * {@link ExitTrap} calls, each snippet starts with a {@link StopSignal} check, and the value
 * a snippet returns is reported to {@link LastValue}.
 */
final class SnippetRewriter {
    private static final String TRAP = Type.getInternalName(ExitTrap.class);
    private static final String LAST_VALUE = Type.getInternalName(LastValue.class);
    private static final String STOP_SIGNAL = Type.getInternalName(StopSignal.class);
    private static final String SNIPPET_ENTRY = "do_it$";

    private SnippetRewriter() {
    }

    static byte[] rewrite(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, 0);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
                boolean entry = SNIPPET_ENTRY.equals(name);
                return new CallRewriter(next, entry, entry && descriptor.endsWith(")Ljava/lang/Object;"));
            }
        }, 0);
        return writer.toByteArray();
    }

    private static final class CallRewriter extends MethodVisitor {
        private final boolean checksStop;
        private final boolean reportsValue;

        CallRewriter(MethodVisitor next, boolean checksStop, boolean reportsValue) {
            super(Opcodes.ASM9, next);
            this.checksStop = checksStop;
            this.reportsValue = reportsValue;
        }

        @Override
        public void visitCode() {
            super.visitCode();
            if (checksStop) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, STOP_SIGNAL, "check", "()V", false);
            }
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            if (opcode == Opcodes.INVOKESTATIC && owner.equals("java/lang/System")
                    && name.equals("exit") && descriptor.equals("(I)V")) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, TRAP, "exit", "(I)V", false);
            } else if (opcode == Opcodes.INVOKEVIRTUAL && owner.equals("java/lang/Runtime")
                    && (name.equals("exit") || name.equals("halt")) && descriptor.equals("(I)V")) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, TRAP, "exit", "(Ljava/lang/Runtime;I)V", false);
            } else {
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            }
        }

        @Override
        public void visitInsn(int opcode) {
            if (reportsValue && opcode == Opcodes.ARETURN) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, LAST_VALUE, "record",
                        "(Ljava/lang/Object;)Ljava/lang/Object;", false);
            }
            super.visitInsn(opcode);
        }
    }
}
