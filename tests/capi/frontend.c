/* A modern LLVM-C frontend, compiled unchanged: target machine from the host, data layout
 * from it, a module built with the IR builder, a second module parsed from text and linked
 * in, the result verified, written to memory as bitcode and read back, emitted as an ELF
 * object, then run by MCJIT at OptLevel 2; LLVMRunPasses with the target machine runs the
 * default<O2> pipeline between linking and writing. argv[1] is a scratch file path for the
 * object. */
#include <llvm-c/Analysis.h>
#include <llvm-c/BitReader.h>
#include <llvm-c/BitWriter.h>
#include <llvm-c/Core.h>
#include <llvm-c/ExecutionEngine.h>
#include <llvm-c/IRReader.h>
#include <llvm-c/Linker.h>
#include <llvm-c/Support.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/Transforms/PassBuilder.h>

#include "check.h"

static const char runtime_ll[] =
    "@greeting = private unnamed_addr constant [21 x i8] c\"runtime says: %d %s\\0A\\00\"\n"
    "@ready = global i32 0\n"
    "@llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @rt_init, ptr null }]\n"
    "declare i32 @printf(ptr, ...)\n"
    "define internal void @rt_init() {\n"
    "  store i32 7, ptr @ready\n"
    "  ret void\n"
    "}\n"
    "define i32 @rt_report(i32 %v, ptr %s) {\n"
    "  %r = load i32, ptr @ready\n"
    "  %sum = add i32 %v, %r\n"
    "  %n = call i32 (ptr, ...) @printf(ptr @greeting, i32 %sum, ptr %s)\n"
    "  ret i32 %sum\n"
    "}\n";

/* fib(n) with a loop, and main() calling the runtime. */
static LLVMModuleRef build(LLVMContextRef ctx, const char *triple, LLVMTargetDataRef td) {
  LLVMModuleRef mod = LLVMModuleCreateWithNameInContext("frontend", ctx);
  LLVMSetTarget(mod, triple);
  LLVMSetModuleDataLayout(mod, td);
  LLVMTypeRef i32 = LLVMInt32TypeInContext(ctx);
  LLVMTypeRef ptr = LLVMPointerTypeInContext(ctx, 0);
  LLVMBuilderRef b = LLVMCreateBuilderInContext(ctx);

  LLVMValueRef fib = LLVMAddFunction(mod, "fib", LLVMFunctionType(i32, &i32, 1, 0));
  LLVMValueRef n = LLVMGetParam(fib, 0);
  LLVMBasicBlockRef entry = LLVMAppendBasicBlockInContext(ctx, fib, "entry");
  LLVMBasicBlockRef loop = LLVMAppendBasicBlockInContext(ctx, fib, "loop");
  LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(ctx, fib, "done");
  LLVMPositionBuilderAtEnd(b, entry);
  LLVMBuildBr(b, loop);
  LLVMPositionBuilderAtEnd(b, loop);
  LLVMValueRef i = LLVMBuildPhi(b, i32, "i");
  LLVMValueRef a = LLVMBuildPhi(b, i32, "a");
  LLVMValueRef c = LLVMBuildPhi(b, i32, "b");
  LLVMValueRef next = LLVMBuildAdd(b, a, c, "next");
  LLVMValueRef i1 = LLVMBuildAdd(b, i, LLVMConstInt(i32, 1, 0), "i1");
  LLVMValueRef more = LLVMBuildICmp(b, LLVMIntSLT, i1, n, "more");
  LLVMBuildCondBr(b, more, loop, done);
  LLVMValueRef zero = LLVMConstInt(i32, 0, 0), one = LLVMConstInt(i32, 1, 0);
  LLVMBasicBlockRef from[] = {entry, loop};
  LLVMValueRef iv[] = {zero, i1}, av[] = {zero, c}, bv[] = {one, next};
  LLVMAddIncoming(i, iv, from, 2);
  LLVMAddIncoming(a, av, from, 2);
  LLVMAddIncoming(c, bv, from, 2);
  LLVMPositionBuilderAtEnd(b, done);
  LLVMBuildRet(b, c);

  LLVMTypeRef report_params[] = {i32, ptr};
  LLVMTypeRef report_ty = LLVMFunctionType(i32, report_params, 2, 0);
  LLVMValueRef report = LLVMAddFunction(mod, "rt_report", report_ty);
  LLVMValueRef main_fn = LLVMAddFunction(mod, "main", LLVMFunctionType(i32, NULL, 0, 0));
  LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(ctx, main_fn, "entry"));
  LLVMValueRef ten = LLVMConstInt(i32, 10, 0);
  LLVMValueRef f10 = LLVMBuildCall2(b, LLVMFunctionType(i32, &i32, 1, 0), fib, &ten, 1, "f10");
  LLVMValueRef args[] = {f10, LLVMBuildGlobalStringPtr(b, "from the frontend", "msg")};
  LLVMValueRef r = LLVMBuildCall2(b, report_ty, report, args, 2, "r");
  LLVMBuildRet(b, r);
  LLVMDisposeBuilder(b);
  return mod;
}

static int yields = 0;
static void on_yield(LLVMContextRef c, void *opaque) {
  (void)c;
  (void)opaque;
  yields++;
}

int main(int argc, char **argv) {
  CHECK(argc == 2);
  LLVMInitializeNativeTarget();
  LLVMInitializeNativeAsmPrinter();
  LLVMInitializeNativeAsmParser();
  LLVMLinkInMCJIT();
  LLVMLoadLibraryPermanently(NULL);

  /* The target machine for the host. */
  char *triple = LLVMGetDefaultTargetTriple();
  char *cpu = LLVMGetHostCPUName();
  char *features = LLVMGetHostCPUFeatures();
  LLVMTargetRef target = NULL;
  char *error = NULL;
  if (LLVMGetTargetFromTriple(triple, &target, &error) != 0) {
    fprintf(stderr, "%s\n", error);
    return 1;
  }
  CHECK(LLVMTargetHasJIT(target) && LLVMTargetHasTargetMachine(target));
  printf("target: %s\n", LLVMGetTargetName(target));
  LLVMTargetMachineRef tm = LLVMCreateTargetMachine(target, triple, cpu, features, LLVMCodeGenLevelDefault,
                                                    LLVMRelocPIC, LLVMCodeModelJITDefault);
  CHECK(tm != NULL);
  char *tm_triple = LLVMGetTargetMachineTriple(tm);
  CHECK(strcmp(tm_triple, triple) == 0);
  LLVMDisposeMessage(tm_triple);
  LLVMTargetDataRef td = LLVMCreateTargetDataLayout(tm);
  CHECK(LLVMPointerSize(td) == 8);

  LLVMContextRef ctx = LLVMContextCreate();
  LLVMContextSetYieldCallback(ctx, on_yield, NULL);
  LLVMModuleRef mod = build(ctx, triple, td);

  /* The runtime, parsed and linked in. */
  LLVMModuleRef rt = NULL;
  LLVMMemoryBufferRef buf = LLVMCreateMemoryBufferWithMemoryRange(runtime_ll, sizeof runtime_ll - 1, "runtime.ll", 0);
  if (LLVMParseIRInContext(ctx, buf, &rt, &error) != 0) {
    fprintf(stderr, "%s\n", error);
    return 1;
  }
  CHECK(LLVMLinkModules2(mod, rt) == 0);
  if (LLVMVerifyModule(mod, LLVMReturnStatusAction, &error) != 0) {
    fprintf(stderr, "%s\n", error);
    return 1;
  }
  LLVMDisposeMessage(error);
  error = NULL;

  /* The optimizer, with the frontend's target machine, as LLVM 17+ clients run it. */
  LLVMPassBuilderOptionsRef pass_opts = LLVMCreatePassBuilderOptions();
  LLVMPassBuilderOptionsSetVerifyEach(pass_opts, 1);
  LLVMPassBuilderOptionsSetLoopUnrolling(pass_opts, 1);
  LLVMErrorRef pass_error = LLVMRunPasses(mod, "default<O2>", tm, pass_opts);
  LLVMDisposePassBuilderOptions(pass_opts);
  if (pass_error != NULL) {
    char *msg = LLVMGetErrorMessage(pass_error);
    fprintf(stderr, "LLVMRunPasses: %s\n", msg);
    LLVMDisposeErrorMessage(msg);
    return 1;
  }
  printf("passes: default<O2>\n");

  /* Bitcode to memory and back, into the same context. */
  LLVMMemoryBufferRef bc = LLVMWriteBitcodeToMemoryBuffer(mod);
  CHECK(bc != NULL);
  LLVMModuleRef again = NULL;
  CHECK(LLVMParseBitcodeInContext2(ctx, bc, &again) == 0);
  LLVMDisposeMemoryBuffer(bc);
  CHECK(strcmp(LLVMGetTarget(again), triple) == 0);
  char *layout = LLVMCopyStringRepOfTargetData(td);
  CHECK(strcmp(LLVMGetDataLayoutStr(again), layout) == 0);
  LLVMDisposeMessage(layout);

  /* An object file, to memory and to disk. */
  LLVMMemoryBufferRef obj = NULL;
  if (LLVMTargetMachineEmitToMemoryBuffer(tm, again, LLVMObjectFile, &error, &obj) != 0) {
    fprintf(stderr, "%s\n", error);
    return 1;
  }
  CHECK(LLVMGetBufferSize(obj) > 64 && memcmp(LLVMGetBufferStart(obj), "\x7f" "ELF", 4) == 0);
  printf("object: ELF\n");
  LLVMDisposeMemoryBuffer(obj);
  CHECK(LLVMTargetMachineEmitToFile(tm, again, argv[1], LLVMObjectFile, &error) == 0);
  CHECK(LLVMTargetMachineEmitToFile(tm, again, argv[1], LLVMAssemblyFile, &error) == 1);
  CHECK_MSG(error, "assembly output is not supported");
  error = NULL;

  /* MCJIT at OptLevel 2. */
  struct LLVMMCJITCompilerOptions opts;
  LLVMInitializeMCJITCompilerOptions(&opts, sizeof opts);
  opts.OptLevel = 2;
  LLVMExecutionEngineRef ee = NULL;
  if (LLVMCreateMCJITCompilerForModule(&ee, again, &opts, sizeof opts, &error) != 0) {
    fprintf(stderr, "%s\n", error);
    return 1;
  }
  LLVMRunStaticConstructors(ee);
  int (*fib)(int) = (int (*)(int))(uintptr_t)LLVMGetFunctionAddress(ee, "fib");
  int (*main_fn)(void) = (int (*)(void))(uintptr_t)LLVMGetFunctionAddress(ee, "main");
  CHECK(fib != NULL && main_fn != NULL);
  printf("fib(20) = %d\n", fib(20));
  fflush(stdout);
  int r = main_fn();
  fflush(stdout);
  printf("main() = %d\n", r);
  LLVMRunStaticDestructors(ee);
  LLVMDisposeExecutionEngine(ee);

  printf("yields: %s\n", yields >= 3 ? "several" : "too few");
  LLVMDisposeModule(mod);
  LLVMContextDispose(ctx);
  LLVMDisposeTargetData(td);
  LLVMDisposeTargetMachine(tm);
  LLVMDisposeMessage(triple);
  LLVMDisposeMessage(cpu);
  LLVMDisposeMessage(features);
  printf("ok\n");
  return 0;
}
