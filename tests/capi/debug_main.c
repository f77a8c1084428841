/* An LLVM-C MCJIT client as one is usually written, run under gdb by c_programs.rs: it reads
 * the .ll file argv[1] (clang -g IR), makes an MCJIT engine and runs its main. The engine
 * registers its code with GDB's JIT interface by itself, as MCJIT does. */
#include <llvm-c/Core.h>
#include <llvm-c/ExecutionEngine.h>
#include <llvm-c/IRReader.h>
#include <llvm-c/Target.h>

#include "check.h"

int main(int argc, char **argv) {
  CHECK(argc == 2);
  LLVMLinkInMCJIT();
  CHECK(LLVMInitializeNativeTarget() == 0);
  LLVMContextRef ctx = LLVMContextCreate();
  LLVMMemoryBufferRef buf = NULL;
  char *error = NULL;
  if (LLVMCreateMemoryBufferWithContentsOfFile(argv[1], &buf, &error) != 0) {
    fprintf(stderr, "%s: %s\n", argv[1], error);
    return 1;
  }
  LLVMModuleRef mod = NULL;
  if (LLVMParseIRInContext(ctx, buf, &mod, &error) != 0) {
    fprintf(stderr, "parse error: %s\n", error);
    return 1;
  }
  struct LLVMMCJITCompilerOptions options;
  LLVMInitializeMCJITCompilerOptions(&options, sizeof(options));
  LLVMExecutionEngineRef ee = NULL;
  if (LLVMCreateMCJITCompilerForModule(&ee, mod, &options, sizeof(options), &error) != 0) {
    fprintf(stderr, "engine: %s\n", error);
    return 1;
  }
  LLVMValueRef main_fn = NULL;
  CHECK(LLVMFindFunction(ee, "main", &main_fn) == 0);
  const char *args[] = {argv[1]};
  int code = LLVMRunFunctionAsMain(ee, main_fn, 1, args, NULL);
  LLVMDisposeExecutionEngine(ee);
  LLVMContextDispose(ctx);
  printf("exit %d\nok\n", code);
  return 0;
}
