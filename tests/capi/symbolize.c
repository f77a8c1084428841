/* Naming JIT code through the C API: JitSymbolizeAddress on a module with hand-written
 * `!dbg` metadata (function, module, file, line and column), on a plain and a tiered
 * engine and with a NULL engine (every engine of the process), NULL out-pointers, addresses
 * that are not JIT code; JitSetGDBRegistrationDefault turning GDB registration off and on
 * for the engines created afterwards. */
#include <llvm-c/Core.h>
#include <llvm-c/ExecutionEngine.h>
#include <llvm-c/IRReader.h>
#include <jit.h>

#include <inttypes.h>
#include <string.h>

#include "check.h"
#include "gdb_jit.h"

static const char ir[] =
    "source_filename = \"sym.c\"\n"
    "define i32 @scale(i32 %x) !dbg !10 {\n"
    "entry:\n"
    "  %a = mul i32 %x, 3, !dbg !13\n"
    "  %b = add i32 %a, 1, !dbg !14\n"
    "  %c = xor i32 %b, 5, !dbg !15\n"
    "  ret i32 %c, !dbg !16\n"
    "}\n"
    "!llvm.dbg.cu = !{!0}\n"
    "!llvm.module.flags = !{!3, !4}\n"
    "!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: \"hand-written\", "
    "isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)\n"
    "!1 = !DIFile(filename: \"sym.c\", directory: \"/src\")\n"
    "!3 = !{i32 7, !\"Dwarf Version\", i32 5}\n"
    "!4 = !{i32 2, !\"Debug Info Version\", i32 3}\n"
    "!10 = distinct !DISubprogram(name: \"scale\", scope: !1, file: !1, line: 3, type: !11, "
    "scopeLine: 3, spFlags: DISPFlagDefinition, unit: !0)\n"
    "!11 = !DISubroutineType(types: !12)\n"
    "!12 = !{!17, !17}\n"
    "!13 = !DILocation(line: 4, column: 9, scope: !10)\n"
    "!14 = !DILocation(line: 5, column: 9, scope: !10)\n"
    "!15 = !DILocation(line: 6, column: 9, scope: !10)\n"
    "!16 = !DILocation(line: 7, column: 3, scope: !10)\n"
    "!17 = !DIBasicType(name: \"int\", size: 32, encoding: DW_ATE_signed)\n";

typedef int (*fn_i32)(int);

static LLVMModuleRef parse(LLVMContextRef ctx) {
  LLVMMemoryBufferRef buf = LLVMCreateMemoryBufferWithMemoryRangeCopy(ir, sizeof(ir) - 1, "sym.ll");
  LLVMModuleRef mod = NULL;
  char *error = NULL;
  if (LLVMParseIRInContext(ctx, buf, &mod, &error) != 0) {
    fprintf(stderr, "parse: %s\n", error);
    exit(1);
  }
  return mod;
}

/* Checks that `addr` names `scale` in sym.ll; returns its line. */
static unsigned check_scale(LLVMExecutionEngineRef ee, uint64_t addr, uint64_t offset) {
  char *function = NULL, *module = NULL, *file = NULL;
  unsigned line = 99, column = 99;
  uint64_t off = 99;
  CHECK(JitSymbolizeAddress(ee, addr, &function, &module, &file, &line, &column, &off) == 0);
  CHECK(function != NULL && strcmp(function, "scale") == 0);
  CHECK(module != NULL && strcmp(module, "sym.ll") == 0);
  CHECK(file != NULL && strcmp(file, "/src/sym.c") == 0);
  CHECK(line >= 3 && line <= 7);
  CHECK(off == offset);
  LLVMDisposeMessage(function);
  LLVMDisposeMessage(module);
  LLVMDisposeMessage(file);
  return line;
}

/* Walks `scale`'s code byte by byte from `addr`: the statements' lines 4 to 6 and their
 * columns show up in order. */
static void check_lines(LLVMExecutionEngineRef ee, uint64_t addr) {
  unsigned seen = 0, last = 0;
  for (uint64_t k = 0; k < 4096; k++) {
    char *function = NULL;
    unsigned line = 0, column = 0;
    if (JitSymbolizeAddress(ee, addr + k, &function, NULL, NULL, &line, &column, NULL) != 0)
      break;
    int same = strcmp(function, "scale") == 0;
    LLVMDisposeMessage(function);
    if (!same)
      break;
    CHECK(line >= last || line == 0);
    if (line >= 4 && line <= 6) {
      CHECK(column == 9);
      seen |= 1u << line;
    }
    if (line != 0)
      last = line;
  }
  CHECK(seen == ((1u << 4) | (1u << 5) | (1u << 6)));
}

int main(void) {
  LLVMLinkInMCJIT();
  LLVMInitializeNativeTarget();
  LLVMContextRef ctx = LLVMContextCreate();
  char *error = NULL;

  /* GDB registration off for the engines made from now on. */
  JitSetGDBRegistrationDefault(0);
  int before = gdb_entries();
  LLVMExecutionEngineRef ee = NULL;
  CHECK(LLVMCreateExecutionEngineForModule(&ee, parse(ctx), &error) == 0);
  uint64_t addr = LLVMGetFunctionAddress(ee, "scale");
  if (addr == 0) {
    char *msg = NULL;
    CHECK(LLVMExecutionEngineGetErrMsg(ee, &msg) == 1);
    printf("mcjit unavailable: %s\n", msg);
    LLVMDisposeMessage(msg);
    LLVMDisposeExecutionEngine(ee);
    LLVMContextDispose(ctx);
    printf("ok\n");
    return 0;
  }
  CHECK(((fn_i32)addr)(4) == 8);
  CHECK(gdb_entries() == before);
  printf("gdb registration off: no object registered\n");

  CHECK(check_scale(ee, addr, 0) >= 3);
  check_scale(ee, addr + 1, 1);
  check_scale(NULL, addr + 1, 1);
  check_lines(ee, addr);
  printf("scale symbolized with file and lines\n");

  /* NULL out-pointers are allowed. */
  CHECK(JitSymbolizeAddress(ee, addr, NULL, NULL, NULL, NULL, NULL, NULL) == 0);
  /* Not JIT code: 1, outputs cleared. */
  char *function = (char *)1, *file = (char *)1;
  unsigned line = 7;
  uint64_t off = 7;
  CHECK(JitSymbolizeAddress(ee, (uint64_t)(uintptr_t)&gdb_entries, &function, NULL, &file, &line, NULL, &off) == 1);
  CHECK(function == NULL && file == NULL && line == 0 && off == 0);
  CHECK(JitSymbolizeAddress(NULL, 0, &function, NULL, NULL, NULL, NULL, NULL) == 1);
  CHECK(function == NULL);
  /* A bad handle: 1, with a message. */
  CHECK(JitSymbolizeAddress((LLVMExecutionEngineRef)(void *)&line, addr, &function, NULL, NULL, NULL, NULL, NULL) == 1);
  CHECK_MSG(JitGetLastErrorMessage(), "not a valid LLVMExecutionEngineRef");
  LLVMDisposeExecutionEngine(ee);
  /* The engine is gone: its code is nobody's. */
  CHECK(JitSymbolizeAddress(NULL, addr + 1, &function, NULL, NULL, NULL, NULL, NULL) == 1);

  /* On again; a tiered engine: the entry stub and, after tier-up, calls name `scale`. */
  JitSetGDBRegistrationDefault(1);
  struct LLVMMCJITCompilerOptions options;
  LLVMInitializeMCJITCompilerOptions(&options, sizeof(options));
  JitTieringOptions t;
  JitInitializeTieringOptions(&t, sizeof(t));
  t.threshold = 1;
  t.synchronous = 1;
  CHECK(JitCreateTieredCompilerForModule(&ee, parse(ctx), &options, sizeof(options), &t, sizeof(t), &error) == 0);
  fn_i32 scale = (fn_i32)LLVMGetFunctionAddress(ee, "scale");
  CHECK(scale != NULL);
  CHECK(gdb_entries() > before);
  printf("gdb registration on: objects registered\n");
  CHECK(scale(4) == 8);
  JitWaitForTierUp(ee);
  CHECK(scale(5) == 21);
  CHECK(JitSymbolizeAddress(ee, (uint64_t)(uintptr_t)scale, &function, NULL, NULL, NULL, NULL, &off) == 0);
  CHECK(strcmp(function, "scale") == 0 && off == 0);
  LLVMDisposeMessage(function);
  printf("tiered: the entry stub is scale\n");
  LLVMDisposeExecutionEngine(ee);
  LLVMContextDispose(ctx);
  printf("ok\n");
  return 0;
}
