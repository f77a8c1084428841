/* Bad input gives errors, never crashes: bad IR text, unknown functions, NULL handles,
 * malformed modules, out-of-range arguments, double ownership. */
#include <llvm-c/Analysis.h>
#include <llvm-c/Core.h>
#include <llvm-c/ExecutionEngine.h>
#include <llvm-c/IRReader.h>
#include <jit.h>

#include "check.h"

int main(void) {
  LLVMContextRef ctx = LLVMContextCreate();
  char *error = NULL;

  /* Bad IR text: the message has a position. */
  static const char bad[] = "define i32 @f() {\n  ret i32 %nope\n}\n";
  LLVMMemoryBufferRef buf = LLVMCreateMemoryBufferWithMemoryRangeCopy(bad, sizeof(bad) - 1, "bad.ll");
  LLVMModuleRef mod = (LLVMModuleRef)1;
  CHECK(LLVMParseIRInContext(ctx, buf, &mod, &error) == 1);
  CHECK(mod == NULL);
  CHECK_MSG(error, "bad.ll:2:");
  static const char garbage[] = "this is not IR";
  buf = LLVMCreateMemoryBufferWithMemoryRange(garbage, sizeof(garbage) - 1, "garbage.ll", 0);
  CHECK(LLVMParseIRInContext(ctx, buf, &mod, &error) == 1);
  CHECK_MSG(error, "garbage.ll:1:");

  /* A malformed module (a block without a terminator) fails verification. */
  mod = LLVMModuleCreateWithNameInContext("broken", ctx);
  LLVMTypeRef i32 = LLVMInt32TypeInContext(ctx);
  LLVMValueRef f = LLVMAddFunction(mod, "f", LLVMFunctionType(i32, NULL, 0, 0));
  LLVMBuilderRef b = LLVMCreateBuilderInContext(ctx);
  LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(ctx, f, "entry"));
  LLVMBuildAdd(b, LLVMConstInt(i32, 1, 0), LLVMConstInt(i32, 2, 0), "x");
  CHECK(LLVMVerifyModule(mod, LLVMReturnStatusAction, &error) == 1);
  CHECK_MSG(error, "terminator");
  CHECK(LLVMVerifyFunction(f, LLVMReturnStatusAction) == 1);

  /* Builder misuse: wrong types, out-of-range arguments, NULL handles. */
  CHECK(LLVMBuildAdd(b, LLVMConstInt(i32, 1, 0), LLVMConstReal(LLVMDoubleTypeInContext(ctx), 1.0), "y") == NULL);
  CHECK_MSG(JitGetLastErrorMessage(), "different types");
  CHECK(LLVMBuildAdd(NULL, NULL, NULL, "z") == NULL);
  CHECK_MSG(JitGetLastErrorMessage(), "NULL");
  CHECK(LLVMGetParam(f, 3) == NULL);
  CHECK_MSG(JitGetLastErrorMessage(), "out of range");
  CHECK(LLVMIntTypeInContext(ctx, 0) == NULL);
  CHECK(LLVMBuildRet(b, (LLVMValueRef)LLVMInt32TypeInContext(ctx)) == NULL);
  CHECK_MSG(JitGetLastErrorMessage(), "not a valid");
  LLVMBuildRet(b, LLVMConstInt(i32, 3, 0));
  LLVMDisposeBuilder(b);
  CHECK(LLVMVerifyModule(mod, LLVMReturnStatusAction, NULL) == 0);

  /* Engines: unknown functions, then the module belongs to the engine. */
  LLVMExecutionEngineRef ee = NULL;
  CHECK(LLVMCreateInterpreterForModule(&ee, mod, &error) == 0);
  CHECK(LLVMGetFunctionAddress(ee, "no_such_function") == 0);
  CHECK(LLVMExecutionEngineGetErrMsg(ee, &error) == 1);
  CHECK_MSG(error, "no_such_function");
  CHECK(LLVMExecutionEngineGetErrMsg(ee, &error) == 0);
  LLVMValueRef found = (LLVMValueRef)1;
  CHECK(LLVMFindFunction(ee, "no_such_function", &found) == 1 && found == NULL);
  LLVMDisposeModule(mod); /* refused: the engine owns it */
  CHECK_MSG(JitGetLastErrorMessage(), "owned by an execution engine");
  CHECK(LLVMBuildRetVoid(NULL) == NULL);
  LLVMAddModule(ee, mod); /* already owned */
  CHECK(LLVMExecutionEngineGetErrMsg(ee, &error) == 1);
  CHECK_MSG(error, "already owned");

  /* RemoveModule gives it back; then it can be disposed. */
  LLVMModuleRef out = NULL;
  CHECK(LLVMRemoveModule(ee, mod, &out, &error) == 0 && out == mod);
  CHECK(LLVMRemoveModule(ee, mod, &out, &error) == 1);
  CHECK_MSG(error, "does not own");
  LLVMDisposeModule(mod);
  LLVMDisposeExecutionEngine(ee);

  /* NULL engine and NULL arguments everywhere. */
  CHECK(LLVMGetFunctionAddress(NULL, "f") == 0);
  CHECK(LLVMRunFunction(NULL, NULL, 0, NULL) == NULL);
  CHECK_MSG(JitGetLastErrorMessage(), "LLVMExecutionEngineRef is NULL");
  CHECK(LLVMRunFunctionAsMain(NULL, NULL, 0, NULL, NULL) == -1);
  CHECK(LLVMFindFunction(NULL, "main", &found) == 1);
  LLVMDisposeExecutionEngine(NULL);
  LLVMRunStaticConstructors(NULL);
  CHECK(LLVMGenericValueToInt(NULL, 0) == 0);
  LLVMDisposeGenericValue(NULL);
  LLVMDisposeMessage(NULL);
  CHECK(LLVMCreateInterpreterForModule(&ee, NULL, &error) == 1);
  CHECK_MSG(error, "LLVMModuleRef is NULL");
  CHECK(LLVMCreateInterpreterForModule(NULL, NULL, &error) == 1);
  CHECK_MSG(error, "NULL");
  CHECK(LLVMPrintModuleToString(NULL) == NULL);
  CHECK(LLVMVerifyModule(NULL, LLVMReturnStatusAction, &error) == 1);
  CHECK_MSG(error, "NULL");

  /* A runtime error inside the program is an error, not a crash. */
  static const char divz[] =
      "define i32 @div(i32 %a, i32 %b) {\n  %q = sdiv i32 %a, %b\n  ret i32 %q\n}\n";
  buf = LLVMCreateMemoryBufferWithMemoryRangeCopy(divz, sizeof(divz) - 1, "div.ll");
  CHECK(LLVMParseIRInContext(ctx, buf, &mod, &error) == 0);
  CHECK(LLVMCreateInterpreterForModule(&ee, mod, &error) == 0);
  LLVMGenericValueRef args[2] = {LLVMCreateGenericValueOfInt(i32, 1, 0), LLVMCreateGenericValueOfInt(i32, 0, 0)};
  LLVMGenericValueRef r = LLVMRunFunction(ee, LLVMGetNamedFunction(mod, "div"), 2, args);
  if (r == NULL) {
    CHECK(LLVMExecutionEngineGetErrMsg(ee, &error) == 1);
    CHECK_MSG(error, "div");
  } else {
    LLVMDisposeGenericValue(r);
  }
  LLVMDisposeGenericValue(args[0]);
  LLVMDisposeGenericValue(args[1]);
  LLVMDisposeExecutionEngine(ee);

  LLVMContextDispose(ctx);
  printf("ok\n");
  return 0;
}
