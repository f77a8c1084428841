/* An engine whose code runs in a jit-executor process (JitCreateCompilerInExecutor): the
 * module is compiled here, LLVMGetFunctionAddress gives the executor's addresses,
 * LLVMRunFunction and LLVMRunFunctionAsMain run there (main's exit status comes back), a
 * function that kills its process is an error, not this program's death; and the
 * bad-input paths. argv[1] is the command that starts this build's executor. */
#include <llvm-c/Core.h>
#include <llvm-c/ExecutionEngine.h>
#include <llvm-c/IRReader.h>
#include <jit.h>

#include <unistd.h>

#include "check.h"

static const char ir[] =
    "declare i32 @getpid()\n"
    "declare i32 @puts(ptr)\n"
    "@msg = private constant [15 x i8] c\"hello executor\\00\"\n"
    "define i32 @twice(i32 %x) {\n"
    "  %r = mul i32 %x, 2\n"
    "  ret i32 %r\n"
    "}\n"
    "define i32 @pid() {\n"
    "  %p = call i32 @getpid()\n"
    "  ret i32 %p\n"
    "}\n"
    "define i32 @main(i32 %argc, ptr %argv) {\n"
    "  call i32 @puts(ptr @msg)\n"
    "  %r = add i32 %argc, 6\n"
    "  ret i32 %r\n"
    "}\n";

static LLVMModuleRef parse(void) {
  LLVMMemoryBufferRef buf = LLVMCreateMemoryBufferWithMemoryRangeCopy(ir, sizeof(ir) - 1, "executor.ll");
  LLVMModuleRef mod = NULL;
  char *error = NULL;
  if (LLVMParseIRInContext(LLVMGetGlobalContext(), buf, &mod, &error) != 0) {
    fprintf(stderr, "parse: %s\n", error);
    exit(1);
  }
  return mod;
}

static LLVMExecutionEngineRef create(const char *command, const char *address, char **error) {
  struct LLVMMCJITCompilerOptions options;
  LLVMInitializeMCJITCompilerOptions(&options, sizeof(options));
  options.OptLevel = 2;
  JitExecutorOptions executor;
  JitInitializeExecutorOptions(&executor, sizeof(executor));
  executor.command = command;
  executor.address = address;
  LLVMExecutionEngineRef ee = (LLVMExecutionEngineRef)1;
  LLVMModuleRef mod = parse();
  if (JitCreateCompilerInExecutor(&ee, mod, &options, sizeof(options), &executor, sizeof(executor), error) != 0) {
    CHECK(ee == NULL);
    /* Refused before the executor answered: the module was not taken. */
    LLVMDisposeModule(mod);
    return NULL;
  }
  return ee;
}

static LLVMValueRef function(LLVMExecutionEngineRef ee, const char *name) {
  LLVMValueRef fn = NULL;
  CHECK(LLVMFindFunction(ee, name, &fn) == 0);
  return fn;
}

static unsigned long long call_int(LLVMExecutionEngineRef ee, const char *name, unsigned n, unsigned long long x) {
  LLVMGenericValueRef arg = LLVMCreateGenericValueOfInt(LLVMInt32Type(), x, 1);
  LLVMGenericValueRef r = LLVMRunFunction(ee, function(ee, name), n, &arg);
  CHECK(r != NULL);
  unsigned long long v = LLVMGenericValueToInt(r, 0);
  LLVMDisposeGenericValue(arg);
  LLVMDisposeGenericValue(r);
  return v;
}

int main(int argc, char **argv) {
  CHECK(argc == 2);
  char *error = NULL;
  LLVMExecutionEngineRef ee = create(argv[1], NULL, &error);
  if (ee == NULL) {
    fprintf(stderr, "engine: %s\n", error);
    return 1;
  }
  /* Addresses are the executor's; calls run there. */
  CHECK(LLVMGetFunctionAddress(ee, "twice") != 0);
  CHECK(call_int(ee, "twice", 1, 21) == 42);
  unsigned long long pid = call_int(ee, "pid", 0, 0);
  CHECK(pid != 0 && pid != (unsigned long long)getpid());
  printf("calls: twice(21) = 42 in another process\n");
  /* main runs there; its status comes back. */
  const char *args[] = {"prog", "x"};
  fflush(stdout);
  int code = LLVMRunFunctionAsMain(ee, function(ee, "main"), 2, args, NULL);
  printf("main returned %d\n", code);
  CHECK(code == 8);
  LLVMDisposeExecutionEngine(ee);

  /* Bad input. */
  CHECK(create(argv[1], "unix:/nonexistent", &error) == NULL);
  CHECK_MSG(error, "exactly one of");
  CHECK(create(NULL, NULL, &error) == NULL);
  CHECK_MSG(error, "exactly one of");
  CHECK(create("/nonexistent/jit-executor", NULL, &error) == NULL);
  CHECK_MSG(error, "/nonexistent/jit-executor");
  CHECK(create(NULL, "unix:/nonexistent/socket", &error) == NULL);
  CHECK_MSG(error, "/nonexistent/socket");
  {
    struct LLVMMCJITCompilerOptions options;
    LLVMInitializeMCJITCompilerOptions(&options, sizeof(options));
    JitExecutorOptions executor;
    JitInitializeExecutorOptions(&executor, sizeof(executor));
    executor.command = argv[1];
    LLVMExecutionEngineRef bad = NULL;
    LLVMModuleRef mod = parse();
    CHECK(JitCreateCompilerInExecutor(&bad, mod, &options, sizeof(options), &executor, sizeof(executor) + 8, &error) != 0);
    CHECK_MSG(error, "do not match");
    CHECK(JitCreateCompilerInExecutor(&bad, mod, &options, sizeof(options), NULL, 0, &error) != 0);
    CHECK_MSG(error, "Executor is NULL");
    CHECK(bad == NULL);
    LLVMDisposeModule(mod);
  }
  printf("ok\n");
  return 0;
}
