/* Itanium exception handling through LLVM-C: a function with a personality that invokes a
 * callee and has a cleanup landing pad that resumes, built with LLVMBuildInvoke2,
 * LLVMBuildLandingPad, LLVMAddClause, LLVMSetCleanup and LLVMBuildResume; inspected with the
 * clause, destination, personality and opcode getters; verified, printed, and run on the
 * interpreter (nothing throws, so the normal edge is taken). A missing landing pad is a
 * verifier error. */
#include <llvm-c/Analysis.h>
#include <llvm-c/Core.h>
#include <llvm-c/ExecutionEngine.h>

#include "check.h"

int main(void) {
  LLVMContextRef ctx = LLVMContextCreate();
  LLVMModuleRef mod = LLVMModuleCreateWithNameInContext("eh", ctx);
  LLVMTypeRef i32 = LLVMInt32TypeInContext(ctx);
  LLVMTypeRef ptr = LLVMPointerTypeInContext(ctx, 0);
  LLVMBuilderRef b = LLVMCreateBuilderInContext(ctx);

  LLVMValueRef pers = LLVMAddFunction(mod, "__gxx_personality_v0", LLVMFunctionType(i32, NULL, 0, 1));
  LLVMValueRef ti = LLVMAddGlobal(mod, ptr, "_ZTIi");
  LLVMSetGlobalConstant(ti, 1);

  /* i32 twice(i32 x) */
  LLVMTypeRef fn_ty = LLVMFunctionType(i32, &i32, 1, 0);
  LLVMValueRef twice = LLVMAddFunction(mod, "twice", fn_ty);
  LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(ctx, twice, "entry"));
  LLVMBuildRet(b, LLVMBuildMul(b, LLVMGetParam(twice, 0), LLVMConstInt(i32, 2, 0), "r"));

  /* i32 guarded(i32 x): invoke twice(x), a catch-and-cleanup pad that resumes. */
  LLVMValueRef guarded = LLVMAddFunction(mod, "guarded", fn_ty);
  LLVMBasicBlockRef entry = LLVMAppendBasicBlockInContext(ctx, guarded, "entry");
  LLVMBasicBlockRef ok = LLVMAppendBasicBlockInContext(ctx, guarded, "ok");
  LLVMBasicBlockRef lpad = LLVMAppendBasicBlockInContext(ctx, guarded, "lpad");
  LLVMPositionBuilderAtEnd(b, entry);
  LLVMValueRef arg = LLVMGetParam(guarded, 0);
  LLVMValueRef r = LLVMBuildInvoke2(b, fn_ty, twice, &arg, 1, ok, lpad, "r");
  CHECK(r != NULL);
  CHECK(LLVMGetInstructionOpcode(r) == LLVMInvoke);
  CHECK(LLVMGetNormalDest(r) == ok && LLVMGetUnwindDest(r) == lpad);
  LLVMPositionBuilderAtEnd(b, ok);
  LLVMBuildRet(b, r);
  LLVMPositionBuilderAtEnd(b, lpad);
  LLVMTypeRef fields[] = {ptr, i32};
  LLVMValueRef lp = LLVMBuildLandingPad(b, LLVMStructTypeInContext(ctx, fields, 2, 0), pers, 1, "lp");
  LLVMAddClause(lp, ti);
  LLVMSetCleanup(lp, 1);
  CHECK(LLVMGetInstructionOpcode(lp) == LLVMLandingPad);
  CHECK(LLVMIsCleanup(lp) && LLVMGetNumClauses(lp) == 1 && LLVMGetClause(lp, 0) == ti);
  CHECK(LLVMHasPersonalityFn(guarded) && LLVMGetPersonalityFn(guarded) == pers);
  CHECK(LLVMGetInstructionOpcode(LLVMBuildResume(b, lp)) == LLVMResume);

  char *msg = NULL;
  if (LLVMVerifyModule(mod, LLVMReturnStatusAction, &msg) != 0) {
    fprintf(stderr, "%s\n", msg);
    return 1;
  }
  LLVMDisposeMessage(msg);
  char *text = LLVMPrintModuleToString(mod);
  CHECK(strstr(text, "define i32 @guarded(i32 %0) personality ptr @__gxx_personality_v0 {") != NULL);
  CHECK(strstr(text, "%r = invoke i32 @twice(i32 %0)\n          to label %ok unwind label %lpad") != NULL);
  CHECK(strstr(text, "landingpad { ptr, i32 }\n          cleanup\n          catch ptr @_ZTIi") != NULL);
  printf("%s", text);
  LLVMDisposeMessage(text);

  /* Without a landing pad at the unwind destination the module is malformed. */
  LLVMSetUnwindDest(r, ok);
  CHECK(LLVMVerifyModule(mod, LLVMReturnStatusAction, &msg) == 1);
  CHECK_MSG(msg, "does not start with a landingpad");
  LLVMSetUnwindDest(r, lpad);

  LLVMExecutionEngineRef ee;
  char *error = NULL;
  CHECK(LLVMCreateInterpreterForModule(&ee, mod, &error) == 0);
  LLVMGenericValueRef a = LLVMCreateGenericValueOfInt(i32, 21, 1);
  LLVMGenericValueRef res = LLVMRunFunction(ee, guarded, 1, &a);
  printf("guarded(21) = %lld\n", (long long)LLVMGenericValueToInt(res, 1));
  LLVMDisposeGenericValue(res);
  LLVMDisposeGenericValue(a);
  LLVMDisposeExecutionEngine(ee);
  LLVMDisposeBuilder(b);
  LLVMContextDispose(ctx);
  printf("ok\n");
  return 0;
}
