/* The options-struct size idiom: an older (smaller) struct gets defaults for the missing
 * fields; a larger one is refused with a message that header and library do not match. */
#include <stddef.h>
#include <llvm-c/Core.h>
#include <llvm-c/ExecutionEngine.h>

#include "check.h"

static LLVMModuleRef small_module(void) {
  LLVMModuleRef mod = LLVMModuleCreateWithName("opts");
  LLVMValueRef f = LLVMAddFunction(mod, "f", LLVMFunctionType(LLVMVoidType(), NULL, 0, 0));
  LLVMBuilderRef b = LLVMCreateBuilder();
  LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlock(f, "entry"));
  LLVMBuildRetVoid(b);
  LLVMDisposeBuilder(b);
  return mod;
}

int main(void) {
  /* Initializing a smaller struct writes only its bytes. */
  unsigned char raw[sizeof(struct LLVMMCJITCompilerOptions) + 8];
  memset(raw, 0xAB, sizeof(raw));
  size_t small = offsetof(struct LLVMMCJITCompilerOptions, MCJMM);
  LLVMInitializeMCJITCompilerOptions((struct LLVMMCJITCompilerOptions *)raw, small);
  for (size_t i = small; i < sizeof(raw); i++) CHECK(raw[i] == 0xAB);
  CHECK(((struct LLVMMCJITCompilerOptions *)raw)->CodeModel == LLVMCodeModelJITDefault);

  /* Smaller: accepted (the outcome is the engine's: built, or "not built" for now). */
  struct LLVMMCJITCompilerOptions options;
  LLVMInitializeMCJITCompilerOptions(&options, sizeof(options));
  options.OptLevel = 1;
  LLVMExecutionEngineRef ee = NULL;
  char *error = NULL;
  if (LLVMCreateMCJITCompilerForModule(&ee, small_module(), &options, small, &error) != 0) {
    CHECK(strstr(error, "do not match") == NULL);
    CHECK_MSG(error, "mcjit engine");
  } else {
    printf("smaller struct: engine built\n");
    LLVMDisposeExecutionEngine(ee);
  }

  /* Larger: refused, and the module stays the caller's. */
  LLVMModuleRef mod = small_module();
  struct {
    struct LLVMMCJITCompilerOptions o;
    long long extra;
  } big;
  memset(&big, 0, sizeof(big));
  LLVMInitializeMCJITCompilerOptions(&big.o, sizeof(big.o));
  CHECK(LLVMCreateMCJITCompilerForModule(&ee, mod, &big.o, sizeof(big), &error) == 1);
  CHECK_MSG(error, "do not match");
  LLVMDisposeModule(mod);

  /* A bad code model is refused too. */
  options.CodeModel = (LLVMCodeModel)99;
  mod = small_module();
  CHECK(LLVMCreateMCJITCompilerForModule(&ee, mod, &options, sizeof(options), &error) == 1);
  CHECK_MSG(error, "LLVMCodeModel");
  LLVMDisposeModule(mod);
  printf("ok\n");
  return 0;
}
