/* BitReader.h and BitWriter.h: a module written to memory and to a file as bitcode, read
 * back through every reader (strict and lazy, with and without a message), run; corrupt
 * and truncated bitcode give messages naming where they went wrong. argv[1] is a scratch
 * file path. */
#include <llvm-c/BitReader.h>
#include <llvm-c/BitWriter.h>
#include <llvm-c/Core.h>
#include <llvm-c/ExecutionEngine.h>
#include <llvm-c/IRReader.h>
#include <jit.h>

#include "check.h"

static const char text[] =
    "@table = constant [4 x i32] [i32 3, i32 1, i32 4, i32 1]\n"
    "define i32 @weigh(i32 %n) {\n"
    "entry:\n"
    "  br label %loop\n"
    "loop:\n"
    "  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]\n"
    "  %acc = phi i32 [ 0, %entry ], [ %acc1, %loop ]\n"
    "  %k = and i32 %i, 3\n"
    "  %p = getelementptr inbounds [4 x i32], ptr @table, i32 0, i32 %k\n"
    "  %v = load i32, ptr %p, align 4\n"
    "  %acc1 = add i32 %acc, %v\n"
    "  %i1 = add i32 %i, 1\n"
    "  %more = icmp slt i32 %i1, %n\n"
    "  br i1 %more, label %loop, label %done\n"
    "done:\n"
    "  ret i32 %acc1\n"
    "}\n";

/* weigh(n) through the interpreter; the engine takes the module. */
static int weigh(LLVMModuleRef mod, int n) {
  LLVMExecutionEngineRef ee = NULL;
  char *error = NULL;
  CHECK(LLVMCreateInterpreterForModule(&ee, mod, &error) == 0);
  LLVMValueRef f = NULL;
  CHECK(LLVMFindFunction(ee, "weigh", &f) == 0);
  LLVMGenericValueRef arg = LLVMCreateGenericValueOfInt(LLVMInt32Type(), (unsigned long long)n, 1);
  LLVMGenericValueRef r = LLVMRunFunction(ee, f, 1, &arg);
  int out = (int)LLVMGenericValueToInt(r, 1);
  LLVMDisposeGenericValue(arg);
  LLVMDisposeGenericValue(r);
  LLVMDisposeExecutionEngine(ee);
  return out;
}

int main(int argc, char **argv) {
  CHECK(argc == 2);
  LLVMContextRef ctx = LLVMContextCreate();
  LLVMModuleRef mod = NULL;
  char *error = NULL;
  LLVMMemoryBufferRef src = LLVMCreateMemoryBufferWithMemoryRange(text, sizeof text - 1, "weigh.ll", 0);
  CHECK(LLVMParseIRInContext(ctx, src, &mod, &error) == 0);

  /* To memory: the magic number, then every reader. */
  LLVMMemoryBufferRef bc = LLVMWriteBitcodeToMemoryBuffer(mod);
  CHECK(bc != NULL);
  size_t size = LLVMGetBufferSize(bc);
  const char *bytes = LLVMGetBufferStart(bc);
  CHECK(size > 32 && memcmp(bytes, "BC\xc0\xde", 4) == 0);
  printf("bitcode bytes: %s\n", size % 4 == 0 ? "multiple of 4" : "odd");

  LLVMModuleRef m1 = NULL, m2 = NULL, m3 = NULL;
  CHECK(LLVMParseBitcodeInContext(ctx, bc, &m1, &error) == 0);
  CHECK(LLVMParseBitcodeInContext2(ctx, bc, &m2) == 0);
  CHECK(LLVMParseBitcode2(bc, &m3) == 0); /* the global context */
  printf("weigh(6) = %d\n", weigh(m1, 6));
  printf("weigh(8) = %d\n", weigh(m2, 8));
  printf("weigh(4) = %d\n", weigh(m3, 4));

  /* The lazy form takes the buffer on success. */
  LLVMMemoryBufferRef copy = LLVMCreateMemoryBufferWithMemoryRangeCopy(bytes, size, "copy.bc");
  LLVMModuleRef lazy = NULL;
  CHECK(LLVMGetBitcodeModuleInContext2(ctx, copy, &lazy) == 0);
  char *printed = LLVMPrintModuleToString(lazy);
  CHECK(strstr(printed, "define i32 @weigh(i32 %n)") != NULL);
  CHECK(strstr(printed, "%acc1 = add i32 %acc, %v") != NULL);
  LLVMDisposeMessage(printed);
  LLVMDisposeModule(lazy);

  /* LLVMParseIRInContext takes bitcode too (it takes the buffer). */
  LLVMModuleRef via_ir = NULL;
  CHECK(LLVMParseIRInContext(ctx, LLVMCreateMemoryBufferWithMemoryRangeCopy(bytes, size, "ir.bc"), &via_ir,
                             &error) == 0);
  printf("weigh(3) = %d\n", weigh(via_ir, 3));

  /* To a file and back. */
  CHECK(LLVMWriteBitcodeToFile(mod, argv[1]) == 0);
  LLVMMemoryBufferRef file = NULL;
  CHECK(LLVMCreateMemoryBufferWithContentsOfFile(argv[1], &file, &error) == 0);
  CHECK(LLVMGetBufferSize(file) == size);
  LLVMModuleRef m4 = NULL;
  CHECK(LLVMGetBitcodeModule(file, &m4, &error) == 0);
  printf("weigh(5) = %d\n", weigh(m4, 5));

  /* Corrupt: a truncated copy and a clobbered header word. */
  LLVMMemoryBufferRef cut = LLVMCreateMemoryBufferWithMemoryRangeCopy(bytes, size / 2 & ~3u, "cut.bc");
  LLVMModuleRef bad = NULL;
  CHECK(LLVMParseBitcodeInContext(ctx, cut, &bad, &error) == 1);
  CHECK(bad == NULL);
  CHECK_MSG(error, "cut.bc: bit ");
  LLVMDisposeMemoryBuffer(cut);
  char *mangled = malloc(size);
  memcpy(mangled, bytes, size);
  memset(mangled + 24, 0xff, 8);
  LLVMMemoryBufferRef junk = LLVMCreateMemoryBufferWithMemoryRange(mangled, size, "junk.bc", 0);
  free(mangled);
  CHECK(LLVMParseBitcode2(junk, &bad) == 1);
  CHECK_MSG(JitGetLastErrorMessage(), "junk.bc");
  /* The lazy form keeps the buffer when it fails. */
  CHECK(LLVMGetBitcodeModule2(junk, &bad) == 1);
  LLVMDisposeMessage(JitGetLastErrorMessage());
  LLVMDisposeMemoryBuffer(junk);
  LLVMMemoryBufferRef notbc = LLVMCreateMemoryBufferWithMemoryRange("hello", 5, "text", 0);
  CHECK(LLVMParseBitcode(notbc, &bad, &error) == 1);
  CHECK_MSG(error, "text: not LLVM bitcode");
  LLVMDisposeMemoryBuffer(notbc);

  CHECK(LLVMWriteBitcodeToFile(NULL, argv[1]) != 0);
  CHECK_MSG(JitGetLastErrorMessage(), "NULL");

  LLVMDisposeMemoryBuffer(bc);
  LLVMDisposeModule(mod);
  LLVMContextDispose(ctx);
  printf("ok\n");
  return 0;
}
