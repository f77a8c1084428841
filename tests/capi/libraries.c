/* Support.h for C++ programs: the engines find the C++ runtime (operator new and delete in
 * libstdc++) without being asked; LLVMAddSymbol overrides a library's symbol for JIT code;
 * LLVMLoadLibraryPermanently loads a library by path (argv[1]) whose function JIT code
 * then calls, and names the library and the loader's reason when it fails;
 * LLVMSearchForAddressOfSymbol searches as the engines do; an undefined symbol's message
 * names who needs it and every library searched. Each on the interpreter and MCJIT. */
#include <llvm-c/Core.h>
#include <llvm-c/ExecutionEngine.h>
#include <llvm-c/IRReader.h>
#include <llvm-c/Support.h>
#include <llvm-c/Target.h>
#include <jit.h>

#include "check.h"

static const char new_delete_text[] =
    "declare ptr @_Znwm(i64)\n"
    "declare void @_ZdlPv(ptr)\n"
    "define i32 @roundtrip(i32 %x) {\n"
    "  %p = call ptr @_Znwm(i64 8)\n"
    "  store i32 %x, ptr %p\n"
    "  %v = load i32, ptr %p\n"
    "  call void @_ZdlPv(ptr %p)\n"
    "  %r = add i32 %v, 1\n"
    "  ret i32 %r\n"
    "}\n";

static const char plugin_text[] =
    "declare i32 @plugin_scale(i32)\n"
    "define i32 @scaled(i32 %x) {\n"
    "  %r = call i32 @plugin_scale(i32 %x)\n"
    "  ret i32 %r\n"
    "}\n";

static const char missing_text[] =
    "declare i32 @_Z7missingi(i32)\n"
    "define i32 @needs_missing(i32 %x) {\n"
    "  %r = call i32 @_Z7missingi(i32 %x)\n"
    "  ret i32 %r\n"
    "}\n";

/* operator new and delete for JIT code once LLVMAddSymbol maps them here. */
static int news = 0, deletes = 0;
static void *counting_new(unsigned long n) {
  news++;
  return malloc(n);
}
static void counting_delete(void *p) {
  deletes++;
  free(p);
}

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

/* Runs fn(x) on a fresh engine; returns 1 and the result, or 0 and prints the error
 * ("mcjit unavailable" when this build has no native backend). */
static int run(LLVMModuleRef m, int interp, const char *fn, int x, int *out, char **error_out) {
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
      return 0;
    }
  }
  LLVMValueRef f = NULL;
  CHECK(LLVMFindFunction(ee, fn, &f) == 0);
  LLVMGenericValueRef arg = LLVMCreateGenericValueOfInt(LLVMInt32Type(), (unsigned long long)x, 1);
  LLVMGenericValueRef r = LLVMRunFunction(ee, f, 1, &arg);
  LLVMDisposeGenericValue(arg);
  int ok = r != NULL;
  if (ok) {
    *out = (int)LLVMGenericValueToInt(r, 1);
    LLVMDisposeGenericValue(r);
  } else {
    char *msg = NULL;
    CHECK(LLVMExecutionEngineGetErrMsg(ee, &msg));
    if (error_out)
      *error_out = msg;
    else
      LLVMDisposeMessage(msg);
  }
  LLVMDisposeExecutionEngine(ee);
  return ok;
}

int main(int argc, char **argv) {
  CHECK(argc == 2);
  const char *plugin_path = argv[1];
  LLVMInitializeNativeTarget();
  LLVMLinkInMCJIT();
  LLVMContextRef ctx = LLVMContextCreate();
  const char *names[2] = {"mcjit", "interp"};

  /* The program itself is searchable; the plugin's function is not yet. */
  CHECK(LLVMLoadLibraryPermanently(NULL) == 0);
  CHECK(LLVMSearchForAddressOfSymbol("plugin_scale") == NULL);

  for (int interp = 0; interp <= 1; interp++) {
    int r = 0;
    /* operator new from libstdc++, which this program does not link. */
    if (run(parse(ctx, new_delete_text, sizeof new_delete_text - 1, "new.ll"), interp, "roundtrip", 41,
            &r, NULL))
      printf("%s: roundtrip(41) = %d through libstdc++\n", names[interp], r);
  }
  CHECK(LLVMSearchForAddressOfSymbol("_Znwm") != NULL);

  /* LLVMAddSymbol comes before every library. */
  LLVMAddSymbol("_Znwm", (void *)(uintptr_t)&counting_new);
  LLVMAddSymbol("_ZdlPv", (void *)(uintptr_t)&counting_delete);
  CHECK(LLVMSearchForAddressOfSymbol("_Znwm") == (void *)(uintptr_t)&counting_new);
  for (int interp = 0; interp <= 1; interp++) {
    int r = 0, before = news;
    if (run(parse(ctx, new_delete_text, sizeof new_delete_text - 1, "new.ll"), interp, "roundtrip", 9, &r,
            NULL)) {
      CHECK(r == 10);
      printf("%s: overridden operator new called %d time(s)\n", names[interp], news - before);
    }
  }
  CHECK(news == deletes);

  /* A library by path: a failure names it with the loader's reason. */
  CHECK(LLVMLoadLibraryPermanently("/nonexistent/libsurely-missing.so") == 1);
  CHECK_MSG(JitGetLastErrorMessage(), "cannot load library `/nonexistent/libsurely-missing.so`: ");
  CHECK(LLVMLoadLibraryPermanently(plugin_path) == 0);
  CHECK(LLVMSearchForAddressOfSymbol("plugin_scale") != NULL);
  for (int interp = 0; interp <= 1; interp++) {
    int r = 0;
    if (run(parse(ctx, plugin_text, sizeof plugin_text - 1, "plugin.ll"), interp, "scaled", 6, &r, NULL))
      printf("%s: scaled(6) = %d from the loaded library\n", names[interp], r);
  }

  /* Nothing defines it: the message says who needs it and where the engine looked. */
  for (int interp = 0; interp <= 1; interp++) {
    int r = 0;
    char *error = NULL;
    LLVMModuleRef m = parse(ctx, missing_text, sizeof missing_text - 1, "missing.ll");
    if (run(m, interp, "needs_missing", 1, &r, &error)) {
      fprintf(stderr, "%s: a missing symbol resolved\n", names[interp]);
      return 1;
    }
    if (error == NULL)
      continue; /* mcjit unavailable */
    CHECK(strstr(error, "undefined symbol `_Z7missingi` referenced by `needs_missing` in module `missing.ll`") != NULL);
    CHECK(strstr(error, "libstdc++.so.6") != NULL);
    CHECK(strstr(error, "libraries_plugin.so (loaded)") != NULL);
    printf("%s: error names the libraries searched\n", names[interp]);
    LLVMDisposeMessage(error);
  }
  LLVMContextDispose(ctx);
  printf("ok\n");
  return 0;
}
