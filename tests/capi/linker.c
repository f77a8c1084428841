/* Linker.h and Support.h: two modules (each with a static constructor and a static helper
 * of the same name) linked with LLVMLinkModules2 and run; a clash of two definitions is an
 * error and still destroys the source; a symbol added with LLVMAddSymbol is called by JIT
 * code on both engines; libraries and process symbols through LLVMLoadLibraryPermanently
 * and LLVMSearchForAddressOfSymbol. */
#include <llvm-c/Core.h>
#include <llvm-c/ExecutionEngine.h>
#include <llvm-c/IRReader.h>
#include <llvm-c/Linker.h>
#include <llvm-c/Support.h>
#include <llvm-c/Target.h>
#include <jit.h>

#include "check.h"

static const char main_text[] =
    "@llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 10, ptr @init_a, ptr null }]\n"
    "@counter = global i32 0\n"
    "declare i32 @helper(i32)\n"
    "define internal void @init_a() {\n"
    "  %c = load i32, ptr @counter\n"
    "  %d = add i32 %c, 1\n"
    "  store i32 %d, ptr @counter\n"
    "  ret void\n"
    "}\n"
    "define internal i32 @local(i32 %x) {\n"
    "  %y = add i32 %x, 1000\n"
    "  ret i32 %y\n"
    "}\n"
    "define i32 @entry(i32 %x) {\n"
    "  %h = call i32 @helper(i32 %x)\n"
    "  %l = call i32 @local(i32 %h)\n"
    "  %c = load i32, ptr @counter\n"
    "  %r = add i32 %l, %c\n"
    "  ret i32 %r\n"
    "}\n"
    "";

static const char host_text[] =
    "declare i32 @host_triple(i32)\n"
    "define i32 @through_host(i32 %x) {\n"
    "  %r = call i32 @host_triple(i32 %x)\n"
    "  ret i32 %r\n"
    "}\n";

static const char lib_text[] =
    "@llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 20, ptr @init_b, ptr null }]\n"
    "@counter = external global i32\n"
    "define internal void @init_b() {\n"
    "  %c = load i32, ptr @counter\n"
    "  %d = mul i32 %c, 10\n"
    "  store i32 %d, ptr @counter\n"
    "  ret void\n"
    "}\n"
    "define internal i32 @local(i32 %x) {\n"
    "  %y = mul i32 %x, 2\n"
    "  ret i32 %y\n"
    "}\n"
    "define i32 @helper(i32 %x) {\n"
    "  %y = call i32 @local(i32 %x)\n"
    "  ret i32 %y\n"
    "}\n";

static const char clash_text[] = "define i32 @entry(i32 %x) {\n  ret i32 %x\n}\n";

static int32_t host_triple(int32_t x) { return 3 * x; }

static LLVMModuleRef parse(LLVMContextRef ctx, const char *text, size_t len, const char *name) {
  LLVMModuleRef m = NULL;
  char *error = NULL;
  LLVMMemoryBufferRef buf = LLVMCreateMemoryBufferWithMemoryRange(text, len, name, 0);
  if (LLVMParseIRInContext(ctx, buf, &m, &error) != 0) {
    fprintf(stderr, "%s\n", error);
    exit(1);
  }
  return m;
}

static int yields = 0;
static void on_yield(LLVMContextRef c, void *opaque) {
  (void)c;
  *(int *)opaque += 1;
}

static int run(LLVMModuleRef m, int interp, const char *fn, int x) {
  LLVMExecutionEngineRef ee = NULL;
  char *error = NULL;
  if (interp) {
    CHECK(LLVMCreateInterpreterForModule(&ee, m, &error) == 0);
  } else {
    struct LLVMMCJITCompilerOptions opts;
    LLVMInitializeMCJITCompilerOptions(&opts, sizeof opts);
    if (LLVMCreateMCJITCompilerForModule(&ee, m, &opts, sizeof opts, &error) != 0) {
      printf("mcjit unavailable: %s\n", error);
      LLVMDisposeMessage(error);
      return -1;
    }
  }
  LLVMRunStaticConstructors(ee);
  LLVMValueRef f = NULL;
  CHECK(LLVMFindFunction(ee, fn, &f) == 0);
  LLVMGenericValueRef arg = LLVMCreateGenericValueOfInt(LLVMInt32Type(), (unsigned long long)x, 1);
  LLVMGenericValueRef r = LLVMRunFunction(ee, f, 1, &arg);
  if (r == NULL) {
    char *msg = NULL;
    LLVMExecutionEngineGetErrMsg(ee, &msg);
    fprintf(stderr, "%s: %s\n", fn, msg);
    exit(1);
  }
  int out = (int)LLVMGenericValueToInt(r, 1);
  LLVMDisposeGenericValue(arg);
  LLVMDisposeGenericValue(r);
  LLVMRunStaticDestructors(ee);
  LLVMDisposeExecutionEngine(ee);
  return out;
}

int main(void) {
  LLVMInitializeNativeTarget();
  LLVMLinkInMCJIT();
  LLVMContextRef ctx = LLVMContextCreate();
  LLVMContextSetYieldCallback(ctx, on_yield, &yields);

  /* The process's symbols, and one of our own. */
  CHECK(LLVMLoadLibraryPermanently(NULL) == 0);
  CHECK(LLVMSearchForAddressOfSymbol("strlen") != NULL);
  CHECK(LLVMSearchForAddressOfSymbol("host_triple") == NULL);
  LLVMAddSymbol("host_triple", (void *)(uintptr_t)&host_triple);
  CHECK(LLVMSearchForAddressOfSymbol("host_triple") == (void *)(uintptr_t)&host_triple);
  CHECK(LLVMLoadLibraryPermanently("/nonexistent/libnothing.so") == 1);
  CHECK_MSG(JitGetLastErrorMessage(), "libnothing.so");

  for (int interp = 1; interp >= 0; interp--) {
    LLVMModuleRef a = parse(ctx, main_text, sizeof main_text - 1, "a.ll");
    LLVMModuleRef b = parse(ctx, lib_text, sizeof lib_text - 1, "b.ll");
    CHECK(LLVMLinkModules2(a, b) == 0);
    if (interp) {
      char *text = LLVMPrintModuleToString(a);
      CHECK(strstr(text, "@llvm.global_ctors = appending global [2 x") != NULL);
      CHECK(strstr(text, "define internal i32 @local.1(") != NULL);
      LLVMDisposeMessage(text);
      CHECK(LLVMGetNamedFunction(a, "helper") != NULL);
    }
    /* counter: 0 -> 1 (init_a, priority 10) -> 10 (init_b, priority 20);
     * entry(5) = (2 * 5 + 1000) + 10 */
    int r = run(a, interp, "entry", 5);
    if (r >= 0)
      printf("%s entry(5) = %d\n", interp ? "interp" : "mcjit", r);
    LLVMModuleRef c = parse(ctx, host_text, sizeof host_text - 1, "host.ll");
    r = run(c, interp, "through_host", 14);
    if (r >= 0)
      printf("%s through_host(14) = %d\n", interp ? "interp" : "mcjit", r);
  }

  /* Two strong definitions: an error; the source is destroyed all the same. */
  LLVMModuleRef a = parse(ctx, main_text, sizeof main_text - 1, "a.ll");
  LLVMModuleRef d = parse(ctx, clash_text, sizeof clash_text - 1, "clash.ll");
  CHECK(LLVMLinkModules2(a, d) == 1);
  CHECK_MSG(JitGetLastErrorMessage(), "symbol `@entry` is defined in both `a.ll` and `clash.ll`");
  CHECK(LLVMLinkModules2(a, a) == 1);
  CHECK_MSG(JitGetLastErrorMessage(), "into itself");
  CHECK(LLVMLinkModules2(a, NULL) == 1);
  LLVMDisposeMessage(JitGetLastErrorMessage());
  LLVMDisposeModule(a);

  CHECK(yields >= 2);
  printf("yield callback called: %s\n", yields >= 2 ? "yes" : "no");
  LLVMContextDispose(ctx);
  printf("ok\n");
  return 0;
}
