/* A frontend the way Kaleidoscope-style LLVM-C clients write one: every local variable is an
 * alloca, and LLVMRunPasses(M, "mem2reg,instcombine,simplifycfg", ...) turns them into SSA
 * values. Checks that no alloca is left, that the optimized functions compute what the
 * unoptimized ones do (interpreter, and native code where the host has a backend), and the
 * error paths of LLVMRunPasses and Error.h. */
#include <llvm-c/Analysis.h>
#include <llvm-c/Core.h>
#include <llvm-c/Error.h>
#include <llvm-c/ExecutionEngine.h>
#include <llvm-c/Target.h>
#include <llvm-c/Transforms/PassBuilder.h>

#include "check.h"

/* int gcd(int a, int b) { while (b != 0) { int t = a % b; a = b; b = t; } return a; }
 * int tally(int n) { int s = 0; for (int i = 0; i < n; i++) if (i % 3 == 0) s += i; else s -= 1;
 *                    return s; }
 * int pair(int x) { struct { int a, b; } p; p.a = x; p.b = x * 2; return p.a + p.b; } */
static LLVMModuleRef build_module(LLVMContextRef ctx) {
  LLVMModuleRef mod = LLVMModuleCreateWithNameInContext("frontend", ctx);
  LLVMTypeRef i32 = LLVMInt32TypeInContext(ctx);
  LLVMBuilderRef b = LLVMCreateBuilderInContext(ctx);
  LLVMValueRef zero = LLVMConstInt(i32, 0, 0);
  LLVMValueRef one = LLVMConstInt(i32, 1, 0);

  LLVMTypeRef two_ints[] = {i32, i32};
  LLVMValueRef gcd = LLVMAddFunction(mod, "gcd", LLVMFunctionType(i32, two_ints, 2, 0));
  LLVMBasicBlockRef entry = LLVMAppendBasicBlockInContext(ctx, gcd, "entry");
  LLVMBasicBlockRef cond = LLVMAppendBasicBlockInContext(ctx, gcd, "cond");
  LLVMBasicBlockRef body = LLVMAppendBasicBlockInContext(ctx, gcd, "body");
  LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(ctx, gcd, "done");
  LLVMPositionBuilderAtEnd(b, entry);
  LLVMValueRef a = LLVMBuildAlloca(b, i32, "a");
  LLVMValueRef bb = LLVMBuildAlloca(b, i32, "b");
  LLVMValueRef t = LLVMBuildAlloca(b, i32, "t");
  LLVMBuildStore(b, LLVMGetParam(gcd, 0), a);
  LLVMBuildStore(b, LLVMGetParam(gcd, 1), bb);
  LLVMBuildBr(b, cond);
  LLVMPositionBuilderAtEnd(b, cond);
  LLVMValueRef bv = LLVMBuildLoad2(b, i32, bb, "bv");
  LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntNE, bv, zero, "more"), body, done);
  LLVMPositionBuilderAtEnd(b, body);
  LLVMValueRef av = LLVMBuildLoad2(b, i32, a, "av");
  LLVMValueRef bv2 = LLVMBuildLoad2(b, i32, bb, "bv2");
  LLVMBuildStore(b, LLVMBuildSRem(b, av, bv2, "rem"), t);
  LLVMBuildStore(b, LLVMBuildLoad2(b, i32, bb, "bv3"), a);
  LLVMBuildStore(b, LLVMBuildLoad2(b, i32, t, "tv"), bb);
  LLVMBuildBr(b, cond);
  LLVMPositionBuilderAtEnd(b, done);
  LLVMBuildRet(b, LLVMBuildLoad2(b, i32, a, "result"));

  LLVMValueRef tally = LLVMAddFunction(mod, "tally", LLVMFunctionType(i32, &i32, 1, 0));
  entry = LLVMAppendBasicBlockInContext(ctx, tally, "entry");
  cond = LLVMAppendBasicBlockInContext(ctx, tally, "cond");
  body = LLVMAppendBasicBlockInContext(ctx, tally, "body");
  LLVMBasicBlockRef add = LLVMAppendBasicBlockInContext(ctx, tally, "add");
  LLVMBasicBlockRef sub = LLVMAppendBasicBlockInContext(ctx, tally, "sub");
  LLVMBasicBlockRef next = LLVMAppendBasicBlockInContext(ctx, tally, "next");
  done = LLVMAppendBasicBlockInContext(ctx, tally, "done");
  LLVMPositionBuilderAtEnd(b, entry);
  LLVMValueRef n = LLVMBuildAlloca(b, i32, "n");
  LLVMValueRef s = LLVMBuildAlloca(b, i32, "s");
  LLVMValueRef i = LLVMBuildAlloca(b, i32, "i");
  LLVMBuildStore(b, LLVMGetParam(tally, 0), n);
  LLVMBuildStore(b, zero, s);
  LLVMBuildStore(b, zero, i);
  LLVMBuildBr(b, cond);
  LLVMPositionBuilderAtEnd(b, cond);
  LLVMValueRef iv = LLVMBuildLoad2(b, i32, i, "iv");
  LLVMValueRef nv = LLVMBuildLoad2(b, i32, n, "nv");
  LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntSLT, iv, nv, "lt"), body, done);
  LLVMPositionBuilderAtEnd(b, body);
  LLVMValueRef iv2 = LLVMBuildLoad2(b, i32, i, "iv2");
  LLVMValueRef r3 = LLVMBuildSRem(b, iv2, LLVMConstInt(i32, 3, 0), "r3");
  LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntEQ, r3, zero, "div3"), add, sub);
  LLVMPositionBuilderAtEnd(b, add);
  LLVMValueRef sv = LLVMBuildLoad2(b, i32, s, "sv");
  LLVMBuildStore(b, LLVMBuildAdd(b, sv, LLVMBuildLoad2(b, i32, i, "iv3"), "sum"), s);
  LLVMBuildBr(b, next);
  LLVMPositionBuilderAtEnd(b, sub);
  LLVMValueRef sv2 = LLVMBuildLoad2(b, i32, s, "sv2");
  LLVMBuildStore(b, LLVMBuildSub(b, sv2, one, "dec"), s);
  LLVMBuildBr(b, next);
  LLVMPositionBuilderAtEnd(b, next);
  LLVMBuildStore(b, LLVMBuildAdd(b, LLVMBuildLoad2(b, i32, i, "iv4"), one, "inc"), i);
  LLVMBuildBr(b, cond);
  LLVMPositionBuilderAtEnd(b, done);
  LLVMBuildRet(b, LLVMBuildLoad2(b, i32, s, "total"));

  LLVMTypeRef pair_ty = LLVMStructTypeInContext(ctx, two_ints, 2, 0);
  LLVMValueRef pair = LLVMAddFunction(mod, "pair", LLVMFunctionType(i32, &i32, 1, 0));
  entry = LLVMAppendBasicBlockInContext(ctx, pair, "entry");
  LLVMPositionBuilderAtEnd(b, entry);
  LLVMValueRef p = LLVMBuildAlloca(b, pair_ty, "p");
  LLVMValueRef pa = LLVMBuildStructGEP2(b, pair_ty, p, 0, "pa");
  LLVMValueRef pb = LLVMBuildStructGEP2(b, pair_ty, p, 1, "pb");
  LLVMValueRef x = LLVMGetParam(pair, 0);
  LLVMBuildStore(b, x, pa);
  LLVMBuildStore(b, LLVMBuildMul(b, x, LLVMConstInt(i32, 2, 0), "twice"), pb);
  LLVMValueRef fa = LLVMBuildLoad2(b, i32, LLVMBuildStructGEP2(b, pair_ty, p, 0, "ra"), "fa");
  LLVMValueRef fb = LLVMBuildLoad2(b, i32, LLVMBuildStructGEP2(b, pair_ty, p, 1, "rb"), "fb");
  LLVMBuildRet(b, LLVMBuildAdd(b, fa, fb, "both"));

  LLVMDisposeBuilder(b);
  char *error = NULL;
  CHECK(LLVMVerifyModule(mod, LLVMReturnStatusAction, &error) == 0);
  LLVMDisposeMessage(error);
  return mod;
}

static long long run_int(LLVMExecutionEngineRef ee, LLVMModuleRef mod, const char *name,
                         unsigned nargs, long long a0, long long a1, LLVMTypeRef ty) {
  LLVMValueRef f = LLVMGetNamedFunction(mod, name);
  CHECK(f != NULL);
  LLVMGenericValueRef args[2] = {LLVMCreateGenericValueOfInt(ty, (unsigned long long)a0, 1),
                                 LLVMCreateGenericValueOfInt(ty, (unsigned long long)a1, 1)};
  LLVMGenericValueRef r = LLVMRunFunction(ee, f, nargs, args);
  CHECK(r != NULL);
  long long v = (long long)LLVMGenericValueToInt(r, 1);
  LLVMDisposeGenericValue(r);
  LLVMDisposeGenericValue(args[0]);
  LLVMDisposeGenericValue(args[1]);
  return v;
}

/* The results of every function on a few inputs, on the interpreter. */
static void results(LLVMModuleRef mod, LLVMTypeRef i32, long long out[9]) {
  LLVMExecutionEngineRef ee = NULL;
  char *error = NULL;
  CHECK(LLVMCreateInterpreterForModule(&ee, mod, &error) == 0);
  out[0] = run_int(ee, mod, "gcd", 2, 1071, 462, i32);
  out[1] = run_int(ee, mod, "gcd", 2, 17, 5, i32);
  out[2] = run_int(ee, mod, "gcd", 2, 0, 9, i32);
  out[3] = run_int(ee, mod, "tally", 1, 10, 0, i32);
  out[4] = run_int(ee, mod, "tally", 1, 0, 0, i32);
  out[5] = run_int(ee, mod, "tally", 1, 1000, 0, i32);
  out[6] = run_int(ee, mod, "pair", 1, 7, 0, i32);
  out[7] = run_int(ee, mod, "pair", 1, -21, 0, i32);
  out[8] = run_int(ee, mod, "pair", 1, 0, 0, i32);
  LLVMDisposeExecutionEngine(ee);
}

/* Runs `passes` on a fresh module, checks that it still verifies and how many allocas are
 * left; returns the module. */
static LLVMModuleRef optimized(LLVMContextRef ctx, const char *passes, int allocas_left) {
  LLVMModuleRef mod = build_module(ctx);
  LLVMPassBuilderOptionsRef opts = LLVMCreatePassBuilderOptions();
  LLVMPassBuilderOptionsSetVerifyEach(opts, 1);
  LLVMErrorRef err = LLVMRunPasses(mod, passes, NULL, opts);
  LLVMDisposePassBuilderOptions(opts);
  if (err != LLVMErrorSuccess) {
    char *msg = LLVMGetErrorMessage(err);
    fprintf(stderr, "LLVMRunPasses(%s): %s\n", passes, msg);
    LLVMDisposeErrorMessage(msg);
    exit(1);
  }
  char *error = NULL;
  CHECK(LLVMVerifyModule(mod, LLVMReturnStatusAction, &error) == 0);
  LLVMDisposeMessage(error);
  char *text = LLVMPrintModuleToString(mod);
  int count = 0;
  for (const char *at = text; (at = strstr(at, "alloca")) != NULL; at++) {
    count++;
  }
  printf("%s: %d allocas left\n", passes, count);
  if (count != allocas_left) {
    fprintf(stderr, "after %s:\n%s\n", passes, text);
  }
  CHECK(count == allocas_left);
  LLVMDisposeMessage(text);
  return mod;
}

int main(void) {
  LLVMLinkInMCJIT();
  LLVMLinkInInterpreter();
  CHECK(LLVMInitializeNativeTarget() == 0);
  LLVMContextRef ctx = LLVMContextCreate();
  LLVMTypeRef i32 = LLVMInt32TypeInContext(ctx);

  long long want[9], got[9];
  results(build_module(ctx), i32, want);
  printf("gcd(1071, 462) = %lld, tally(1000) = %lld, pair(7) = %lld\n", want[0], want[5],
         want[6]);

  /* mem2reg promotes the scalar locals; the struct needs SROA. */
  LLVMModuleRef mod = optimized(ctx, "mem2reg,instcombine,simplifycfg", 1);
  results(mod, i32, got);
  CHECK(memcmp(want, got, sizeof want) == 0);
  mod = optimized(ctx, "function(sroa,early-cse),instcombine,simplifycfg", 0);
  results(mod, i32, got);
  CHECK(memcmp(want, got, sizeof want) == 0);
  mod = optimized(ctx, "default<O2>", 0);
  results(mod, i32, got);
  CHECK(memcmp(want, got, sizeof want) == 0);

  /* Native code for the optimized module where the host has a backend. */
  mod = optimized(ctx, "default<O3>", 0);
  LLVMExecutionEngineRef ee = NULL;
  char *error = NULL;
  struct LLVMMCJITCompilerOptions options;
  LLVMInitializeMCJITCompilerOptions(&options, sizeof(options));
  if (LLVMCreateMCJITCompilerForModule(&ee, mod, &options, sizeof(options), &error) == 0) {
    int (*gcd)(int, int) = (int (*)(int, int))LLVMGetFunctionAddress(ee, "gcd");
    int (*tally)(int) = (int (*)(int))LLVMGetFunctionAddress(ee, "tally");
    if (gcd != NULL && tally != NULL) {
      CHECK(gcd(1071, 462) == want[0] && tally(1000) == want[5]);
      printf("mcjit gcd(1071, 462) = %d\n", gcd(1071, 462));
    }
    /* A module an engine owns can no longer be changed. */
    LLVMErrorRef err = LLVMRunPasses(mod, "instcombine", NULL, NULL);
    CHECK(err != LLVMErrorSuccess);
    char *msg = LLVMGetErrorMessage(err);
    CHECK(strstr(msg, "owned by an execution engine") != NULL);
    LLVMDisposeErrorMessage(msg);
    LLVMDisposeExecutionEngine(ee);
  } else {
    printf("mcjit unavailable: %s\n", error);
    LLVMDisposeMessage(error);
  }

  /* Errors: an unknown pass is named, the module is unchanged, every setter is accepted. */
  mod = build_module(ctx);
  LLVMPassBuilderOptionsRef opts = LLVMCreatePassBuilderOptions();
  LLVMPassBuilderOptionsSetDebugLogging(opts, 0);
  LLVMPassBuilderOptionsSetLoopInterleaving(opts, 1);
  LLVMPassBuilderOptionsSetLoopVectorization(opts, 1);
  LLVMPassBuilderOptionsSetSLPVectorization(opts, 1);
  LLVMPassBuilderOptionsSetLoopUnrolling(opts, 1);
  LLVMPassBuilderOptionsSetForgetAllSCEVInLoopUnroll(opts, 0);
  LLVMPassBuilderOptionsSetLicmMssaOptCap(opts, 100);
  LLVMPassBuilderOptionsSetLicmMssaNoAccForPromotionCap(opts, 250);
  LLVMPassBuilderOptionsSetCallGraphProfile(opts, 1);
  LLVMPassBuilderOptionsSetMergeFunctions(opts, 0);
  LLVMPassBuilderOptionsSetInlinerThreshold(opts, 500);
  char *before = LLVMPrintModuleToString(mod);
  LLVMErrorRef err = LLVMRunPasses(mod, "mem2reg,frobnicate", NULL, opts);
  CHECK(err != LLVMErrorSuccess);
  CHECK(LLVMGetErrorTypeId(err) == LLVMGetStringErrorTypeId());
  char *msg = LLVMGetErrorMessage(err);
  CHECK(strstr(msg, "frobnicate") != NULL);
  printf("error: %s\n", msg);
  LLVMDisposeErrorMessage(msg);
  char *after = LLVMPrintModuleToString(mod);
  CHECK(strcmp(before, after) == 0);
  LLVMDisposeMessage(before);
  LLVMDisposeMessage(after);
  err = LLVMRunPasses(mod, "function(cgscc(inline))", NULL, opts);
  CHECK(err != LLVMErrorSuccess);
  LLVMConsumeError(err);
  err = LLVMRunPasses(mod, "function(sroa", NULL, opts);
  CHECK(err != LLVMErrorSuccess);
  LLVMConsumeError(err);
  /* No-op passes are accepted. */
  err = LLVMRunPasses(mod, "loop-rotate,loop-vectorize,slp-vectorizer,reassociate", NULL, opts);
  CHECK(err == LLVMErrorSuccess);
  LLVMDisposePassBuilderOptions(opts);
  err = LLVMRunPasses(NULL, "mem2reg", NULL, NULL);
  CHECK(err != LLVMErrorSuccess);
  LLVMConsumeError(err);
  err = LLVMCreateStringError("made by the client");
  msg = LLVMGetErrorMessage(err);
  CHECK(strcmp(msg, "made by the client") == 0);
  LLVMDisposeErrorMessage(msg);
  LLVMDisposeModule(mod);

  LLVMContextDispose(ctx);
  printf("ok\n");
  return 0;
}
