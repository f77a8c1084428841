/* Parse .ll text through memory buffers (a file and a memory range) and run main with
 * LLVMRunFunctionAsMain. argv[1] is the path of examples/hello.ll. */
#include <llvm-c/Core.h>
#include <llvm-c/ExecutionEngine.h>
#include <llvm-c/IRReader.h>

#include "check.h"

static int run_main(LLVMContextRef ctx, LLVMMemoryBufferRef buf, const char *prog) {
  LLVMModuleRef mod = NULL;
  char *error = NULL;
  if (LLVMParseIRInContext(ctx, buf, &mod, &error) != 0) {
    fprintf(stderr, "parse error: %s\n", error);
    exit(1);
  }
  LLVMExecutionEngineRef ee = NULL;
  CHECK(LLVMCreateInterpreterForModule(&ee, mod, &error) == 0);
  LLVMValueRef main_fn = NULL;
  CHECK(LLVMFindFunction(ee, "main", &main_fn) == 0);
  const char *argv[] = {prog, "one"};
  const char *envp[] = {"JIT_TEST=1", NULL};
  LLVMRunStaticConstructors(ee);
  int code = LLVMRunFunctionAsMain(ee, main_fn, 2, argv, envp);
  LLVMRunStaticDestructors(ee);
  LLVMDisposeExecutionEngine(ee);
  return code;
}

int main(int argc, char **argv) {
  CHECK(argc == 2);
  LLVMContextRef ctx = LLVMContextCreate();

  LLVMMemoryBufferRef buf = NULL;
  char *error = NULL;
  CHECK(LLVMCreateMemoryBufferWithContentsOfFile(argv[1], &buf, &error) == 0);
  CHECK(LLVMGetBufferSize(buf) > 0);
  int code = run_main(ctx, buf, "hello");
  fflush(stdout);
  printf("hello exit code = %d\n", code);

  static const char text[] =
      "define i32 @twice(i32 %x) {\n"
      "  %y = mul i32 %x, 2\n"
      "  ret i32 %y\n"
      "}\n"
      "define i32 @main(i32 %argc, ptr %argv) {\n"
      "  %r = call i32 @twice(i32 %argc)\n"
      "  %s = add i32 %r, 38\n"
      "  ret i32 %s\n"
      "}\n";
  buf = LLVMCreateMemoryBufferWithMemoryRange(text, sizeof(text) - 1, "inline.ll", 0);
  CHECK(buf != NULL);
  printf("inline exit code = %d\n", run_main(ctx, buf, "inline"));

  buf = LLVMCreateMemoryBufferWithMemoryRangeCopy(text, sizeof(text) - 1, "copy.ll");
  CHECK(strncmp(LLVMGetBufferStart(buf), "define", 6) == 0);
  LLVMDisposeMemoryBuffer(buf);

  CHECK(LLVMCreateMemoryBufferWithContentsOfFile("/nonexistent/file.ll", &buf, &error) == 1);
  CHECK_MSG(error, "nonexistent");

  LLVMContextDispose(ctx);
  printf("ok\n");
  return 0;
}
