/* The classic LLVM-C getting-started program: build sum(a, b), verify it, make an MCJIT
 * with options and call the function through its address; plus the interpreter and a few
 * more builder instructions (loops with phi, switch, memory, calls, casts, strings). */
#include <llvm-c/Analysis.h>
#include <llvm-c/Core.h>
#include <llvm-c/ExecutionEngine.h>
#include <llvm-c/Target.h>
#include <jit.h>

#include "check.h"

/* The address of a function; 0 after printing "mcjit unavailable: <the engine's message>"
 * (a host without a native code generator; the Rust test decides whether that is allowed). */
static uint64_t address_of(LLVMExecutionEngineRef ee, const char *name) {
  uint64_t a = LLVMGetFunctionAddress(ee, name);
  if (a == 0) {
    char *msg = NULL;
    CHECK(LLVMExecutionEngineGetErrMsg(ee, &msg) == 1);
    printf("mcjit unavailable: %s\n", msg);
    LLVMDisposeMessage(msg);
  }
  return a;
}

static LLVMModuleRef build_module(LLVMContextRef ctx) {
  LLVMModuleRef mod = LLVMModuleCreateWithNameInContext("my_module", ctx);
  LLVMTypeRef i32 = LLVMInt32TypeInContext(ctx);
  LLVMTypeRef i64 = LLVMInt64TypeInContext(ctx);
  LLVMTypeRef f64 = LLVMDoubleTypeInContext(ctx);
  LLVMTypeRef ptr = LLVMPointerTypeInContext(ctx, 0);
  LLVMBuilderRef b = LLVMCreateBuilderInContext(ctx);

  /* int sum(int a, int b) { return a + b; } */
  LLVMTypeRef sum_params[] = {i32, i32};
  LLVMTypeRef sum_ty = LLVMFunctionType(i32, sum_params, 2, 0);
  LLVMValueRef sum = LLVMAddFunction(mod, "sum", sum_ty);
  LLVMBasicBlockRef entry = LLVMAppendBasicBlockInContext(ctx, sum, "entry");
  LLVMPositionBuilderAtEnd(b, entry);
  LLVMValueRef tmp = LLVMBuildAdd(b, LLVMGetParam(sum, 0), LLVMGetParam(sum, 1), "tmp");
  LLVMBuildRet(b, tmp);
  LLVMSetValueName2(LLVMGetParam(sum, 0), "a", 1);
  LLVMSetValueName(LLVMGetParam(sum, 1), "b");

  /* i64 fact(i64 n): a loop with phis. */
  LLVMTypeRef fact_ty = LLVMFunctionType(i64, &i64, 1, 0);
  LLVMValueRef fact = LLVMAddFunction(mod, "fact", fact_ty);
  LLVMValueRef n = LLVMGetParam(fact, 0);
  LLVMSetValueName2(n, "n", 1);
  LLVMBasicBlockRef fe = LLVMAppendBasicBlock(fact, "entry");
  LLVMBasicBlockRef loop = LLVMAppendBasicBlock(fact, "loop");
  LLVMBasicBlockRef done = LLVMAppendBasicBlock(fact, "done");
  LLVMPositionBuilderAtEnd(b, fe);
  LLVMBuildBr(b, loop);
  LLVMPositionBuilderAtEnd(b, loop);
  LLVMValueRef i = LLVMBuildPhi(b, i64, "i");
  LLVMValueRef acc = LLVMBuildPhi(b, i64, "acc");
  LLVMValueRef acc2 = LLVMBuildMul(b, acc, i, "acc");
  LLVMValueRef i2 = LLVMBuildAdd(b, i, LLVMConstInt(i64, 1, 0), "i");
  LLVMValueRef more = LLVMBuildICmp(b, LLVMIntSLE, i2, n, "more");
  LLVMBuildCondBr(b, more, loop, done);
  LLVMValueRef one = LLVMConstInt(i64, 1, 0);
  LLVMValueRef i_in[] = {one, i2};
  LLVMValueRef acc_in[] = {one, acc2};
  LLVMBasicBlockRef from[] = {fe, loop};
  LLVMAddIncoming(i, i_in, from, 2);
  LLVMAddIncoming(acc, acc_in, from, 2);
  LLVMPositionBuilderAtEnd(b, done);
  LLVMBuildRet(b, acc2);

  /* i32 pick(i32 x): switch, select, casts. */
  LLVMTypeRef pick_ty = LLVMFunctionType(i32, &i32, 1, 0);
  LLVMValueRef pick = LLVMAddFunction(mod, "pick", pick_ty);
  LLVMValueRef x = LLVMGetParam(pick, 0);
  LLVMBasicBlockRef pe = LLVMAppendBasicBlock(pick, "entry");
  LLVMBasicBlockRef c1 = LLVMAppendBasicBlock(pick, "one");
  LLVMBasicBlockRef c2 = LLVMAppendBasicBlock(pick, "two");
  LLVMBasicBlockRef other = LLVMAppendBasicBlock(pick, "other");
  LLVMPositionBuilderAtEnd(b, pe);
  LLVMValueRef sw = LLVMBuildSwitch(b, x, other, 2);
  LLVMAddCase(sw, LLVMConstInt(i32, 1, 0), c1);
  LLVMAddCase(sw, LLVMConstInt(i32, 2, 0), c2);
  LLVMPositionBuilderAtEnd(b, c1);
  LLVMBuildRet(b, LLVMConstInt(i32, 100, 0));
  LLVMPositionBuilderAtEnd(b, c2);
  LLVMValueRef d = LLVMBuildSIToFP(b, x, f64, "d");
  LLVMValueRef half = LLVMBuildFMul(b, d, LLVMConstReal(f64, 10.5), "half");
  LLVMBuildRet(b, LLVMBuildFPToSI(b, half, i32, "r"));
  LLVMPositionBuilderAtEnd(b, other);
  LLVMValueRef neg = LLVMBuildICmp(b, LLVMIntSLT, x, LLVMConstInt(i32, 0, 0), "neg");
  LLVMValueRef wide = LLVMBuildSExt(b, x, i64, "wide");
  LLVMValueRef back = LLVMBuildTrunc(b, wide, i32, "back");
  LLVMBuildRet(b, LLVMBuildSelect(b, neg, LLVMBuildNeg(b, back, "minus"), back, "abs"));

  /* i32 mem(): an array on the stack, GEP, store, load, a struct GEP and a call. */
  LLVMTypeRef mem_ty = LLVMFunctionType(i32, NULL, 0, 0);
  LLVMValueRef mem = LLVMAddFunction(mod, "mem", mem_ty);
  LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlock(mem, "entry"));
  LLVMTypeRef arr_ty = LLVMArrayType2(i32, 4);
  LLVMValueRef arr = LLVMBuildAlloca(b, arr_ty, "arr");
  LLVMValueRef idx[] = {LLVMConstInt(i64, 0, 0), LLVMConstInt(i64, 3, 0)};
  LLVMValueRef slot = LLVMBuildGEP2(b, arr_ty, arr, idx, 2, "slot");
  LLVMBuildStore(b, LLVMConstInt(i32, 40, 0), slot);
  LLVMTypeRef pair_fields[] = {i64, i32};
  LLVMTypeRef pair = LLVMStructTypeInContext(ctx, pair_fields, 2, 0);
  LLVMValueRef s = LLVMBuildAlloca(b, pair, "s");
  LLVMValueRef f1 = LLVMBuildStructGEP2(b, pair, s, 1, "f1");
  LLVMBuildStore(b, LLVMConstInt(i32, 2, 0), f1);
  LLVMValueRef args[] = {LLVMBuildLoad2(b, i32, slot, "v"), LLVMBuildLoad2(b, i32, f1, "w")};
  LLVMValueRef call = LLVMBuildCall2(b, sum_ty, sum, args, 2, "call");
  LLVMBuildRet(b, call);

  /* A global counter and a string: i64 strsize() returns the string's address distance. */
  LLVMValueRef counter = LLVMAddGlobal(mod, i32, "counter");
  LLVMSetInitializer(counter, LLVMConstInt(i32, 7, 0));
  LLVMTypeRef gs_ty = LLVMFunctionType(i64, NULL, 0, 0);
  LLVMValueRef gs = LLVMAddFunction(mod, "strsize", gs_ty);
  LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlock(gs, "entry"));
  LLVMValueRef str = LLVMBuildGlobalStringPtr(b, "hello", "greeting");
  LLVMValueRef p0 = LLVMBuildPtrToInt(b, str, i64, "p0");
  LLVMValueRef end_idx = LLVMConstInt(i64, 5, 0);
  LLVMValueRef endp = LLVMBuildGEP2(b, LLVMInt8TypeInContext(ctx), str, &end_idx, 1, "endp");
  LLVMValueRef p1 = LLVMBuildPtrToInt(b, endp, i64, "p1");
  LLVMValueRef c = LLVMBuildLoad2(b, i32, counter, "c");
  LLVMValueRef cz = LLVMBuildZExt(b, c, i64, "cz");
  LLVMBuildRet(b, LLVMBuildAdd(b, LLVMBuildSub(b, p1, p0, "len"), cz, "r"));
  (void)ptr;

  LLVMDisposeBuilder(b);
  return mod;
}

static long long run_int(LLVMExecutionEngineRef ee, LLVMModuleRef mod, const char *name, int nargs,
                         long long a0, long long a1, LLVMTypeRef ty) {
  LLVMValueRef f = LLVMGetNamedFunction(mod, name);
  CHECK(f != NULL);
  LLVMGenericValueRef args[2] = {LLVMCreateGenericValueOfInt(ty, (unsigned long long)a0, 1),
                                 LLVMCreateGenericValueOfInt(ty, (unsigned long long)a1, 1)};
  LLVMGenericValueRef r = LLVMRunFunction(ee, f, (unsigned)nargs, args);
  CHECK(r != NULL);
  long long v = (long long)LLVMGenericValueToInt(r, 1);
  LLVMDisposeGenericValue(r);
  LLVMDisposeGenericValue(args[0]);
  LLVMDisposeGenericValue(args[1]);
  return v;
}

int main(void) {
  LLVMLinkInMCJIT();
  CHECK(LLVMInitializeNativeTarget() == 0);
  CHECK(LLVMInitializeNativeAsmPrinter() == 0);

  LLVMContextRef ctx = LLVMContextCreate();
  LLVMModuleRef mod = build_module(ctx);
  char *error = NULL;
  CHECK(LLVMVerifyModule(mod, LLVMReturnStatusAction, &error) == 0);
  CHECK(error != NULL && error[0] == 0);
  LLVMDisposeMessage(error);

  char *text = LLVMPrintModuleToString(mod);
  CHECK(strstr(text, "define i32 @sum(i32 %a, i32 %b)") != NULL);
  CHECK(strstr(text, "%tmp = add i32 %a, %b") != NULL);
  LLVMDisposeMessage(text);

  size_t len = 0;
  CHECK(strcmp(LLVMGetValueName2(LLVMGetNamedFunction(mod, "sum"), &len), "sum") == 0 && len == 3);

  /* MCJIT with options. Until the native engine is wired into the facade this reports
   * that it is not built, and the module is consumed (as LLVM does on failure). */
  struct LLVMMCJITCompilerOptions options;
  LLVMInitializeMCJITCompilerOptions(&options, sizeof(options));
  CHECK(options.CodeModel == LLVMCodeModelJITDefault);
  options.OptLevel = 2;
  options.NoFramePointerElim = 1;
  LLVMExecutionEngineRef engine = NULL;
  error = NULL;
  if (LLVMCreateMCJITCompilerForModule(&engine, mod, &options, sizeof(options), &error) != 0) {
    CHECK(engine == NULL);
    CHECK_MSG(error, "mcjit engine");
  } else {
    int (*sum_fn)(int, int) = (int (*)(int, int))address_of(engine, "sum");
    if (sum_fn != NULL) {
      printf("mcjit sum(2, 3) = %d\n", sum_fn(2, 3));
      long long (*fact_fn)(long long) = (long long (*)(long long))address_of(engine, "fact");
      CHECK(fact_fn != NULL);
      printf("mcjit fact(10) = %lld\n", fact_fn(10));
      int (*mem_fn)(void) = (int (*)(void))address_of(engine, "mem");
      CHECK(mem_fn != NULL);
      printf("mcjit mem() = %d\n", mem_fn());
      int *counter = (int *)LLVMGetPointerToGlobal(engine, LLVMGetNamedGlobal(mod, "counter"));
      CHECK(counter != NULL && *counter == 7);
      CHECK(JitFinalizeAllModules(engine, NULL) == 0);
    }
    LLVMDisposeExecutionEngine(engine);
  }

  /* The interpreter: LLVMRunFunction and (trampoline) function addresses. */
  mod = build_module(ctx);
  LLVMTypeRef i32 = LLVMInt32TypeInContext(ctx);
  LLVMTypeRef i64 = LLVMInt64TypeInContext(ctx);
  CHECK(LLVMCreateInterpreterForModule(&engine, mod, &error) == 0);
  CHECK(strcmp(JitGetEngineKindName(engine), "interpreter") == 0);
  printf("interp sum(2, 3) = %lld\n", run_int(engine, mod, "sum", 2, 2, 3, i32));
  printf("interp fact(10) = %lld\n", run_int(engine, mod, "fact", 1, 10, 0, i64));
  printf("interp pick(1) = %lld\n", run_int(engine, mod, "pick", 1, 1, 0, i32));
  printf("interp pick(2) = %lld\n", run_int(engine, mod, "pick", 1, 2, 0, i32));
  printf("interp pick(-9) = %lld\n", run_int(engine, mod, "pick", 1, -9, 0, i32));
  printf("interp mem() = %lld\n", run_int(engine, mod, "mem", 0, 0, 0, i32));
  printf("interp strsize() = %lld\n", run_int(engine, mod, "strsize", 0, 0, 0, i32));
  uint64_t addr = LLVMGetFunctionAddress(engine, "sum");
  if (addr != 0) {
    int (*sum_fn)(int, int) = (int (*)(int, int))addr;
    printf("interp address sum(20, 22) = %d\n", sum_fn(20, 22));
  } else {
    CHECK(LLVMExecutionEngineGetErrMsg(engine, &error) == 1);
    printf("interp address: %s\n", error);
    LLVMDisposeMessage(error);
  }
  int *counter = (int *)LLVMGetGlobalValueAddress(engine, "counter");
  CHECK(counter != NULL && *counter == 7);
  LLVMValueRef found = NULL;
  CHECK(LLVMFindFunction(engine, "fact", &found) == 0 && found == LLVMGetNamedFunction(mod, "fact"));
  JitEngineStats stats;
  CHECK(JitGetEngineStats(engine, &stats, sizeof(stats), NULL) == 0);
  CHECK(stats.modules == 1 && stats.is_native == 0);
  CHECK(JitFinalizeAllModules(engine, NULL) == 0);
  LLVMTargetDataRef td = LLVMGetExecutionEngineTargetData(engine);
  char *layout = LLVMCopyStringRepOfTargetData(td);
  CHECK(layout != NULL && layout[0] == 'e');
  LLVMDisposeMessage(layout);
  LLVMDisposeExecutionEngine(engine);

  /* LLVMCreateExecutionEngineForModule: the native engine when built, else the interpreter. */
  mod = build_module(ctx);
  CHECK(LLVMCreateExecutionEngineForModule(&engine, mod, &error) == 0);
  CHECK(JitGetEngineStats(engine, &stats, sizeof(stats), NULL) == 0);
  printf("any-engine kind = %s (native %d)\n", JitGetEngineKindName(engine), stats.is_native);
  if (JitFinalizeAllModules(engine, &error) == 0) {
    printf("any-engine fact(5) = %lld\n", run_int(engine, mod, "fact", 1, 5, 0, i64));
  } else {
    printf("mcjit unavailable: %s\n", error);
    LLVMDisposeMessage(error);
  }
  LLVMDisposeExecutionEngine(engine);

  LLVMContextDispose(ctx);
  printf("ok\n");
  return 0;
}
