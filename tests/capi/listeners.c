/* JIT event listeners through the C API: LLVMCreatePerfJITEventListener (a perf jitdump
 * file in the directory given as argv[1], through $JITDUMPDIR) and the Jit* perf-map
 * listener attached with JitRegisterEventListener, to a plain MCJIT engine and to a tiered
 * one; the listeners LLVM may lack are NULL; bad handles are refused. The program reads its
 * own /tmp/perf-<pid>.map back; the Rust test parses the jitdump. */
#include <llvm-c/Core.h>
#include <llvm-c/ExecutionEngine.h>
#include <llvm-c/IRReader.h>
#include <jit.h>

#include <inttypes.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "gdb_jit.h"

static const char ir[] =
    "define i64 @sum_to(i64 %n) {\n"
    "entry:\n"
    "  br label %loop\n"
    "loop:\n"
    "  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]\n"
    "  %acc = phi i64 [ 0, %entry ], [ %acc1, %loop ]\n"
    "  %acc1 = add i64 %acc, %i\n"
    "  %i1 = add i64 %i, 1\n"
    "  %more = icmp slt i64 %i1, %n\n"
    "  br i1 %more, label %loop, label %done\n"
    "done:\n"
    "  ret i64 %acc1\n"
    "}\n";

typedef long long (*fn_i64)(long long);

static LLVMModuleRef parse(LLVMContextRef ctx) {
  LLVMMemoryBufferRef buf = LLVMCreateMemoryBufferWithMemoryRangeCopy(ir, sizeof(ir) - 1, "listeners.ll");
  LLVMModuleRef mod = NULL;
  char *error = NULL;
  if (LLVMParseIRInContext(ctx, buf, &mod, &error) != 0) {
    fprintf(stderr, "parse: %s\n", error);
    exit(1);
  }
  return mod;
}

/* Lines of this process's perf map naming `name`; the start of the last one in *start. */
static int map_lines(const char *name, uint64_t *start) {
  char path[64];
  snprintf(path, sizeof(path), "/tmp/perf-%d.map", (int)getpid());
  FILE *f = fopen(path, "r");
  CHECK(f != NULL);
  char line[512];
  int n = 0;
  while (fgets(line, sizeof(line), f)) {
    uint64_t s = 0, size = 0;
    char sym[256];
    CHECK(sscanf(line, "%" SCNx64 " %" SCNx64 " %255s", &s, &size, sym) == 3);
    CHECK(size > 0);
    if (strcmp(sym, name) == 0) {
      n++;
      *start = s;
    }
  }
  fclose(f);
  return n;
}

static void attach(LLVMExecutionEngineRef ee, LLVMJITEventListenerRef l) {
  char *error = NULL;
  if (JitRegisterEventListener(ee, l, &error) != 0) {
    fprintf(stderr, "JitRegisterEventListener: %s\n", error);
    exit(1);
  }
}

int main(int argc, char **argv) {
  CHECK(argc == 2);
  CHECK(setenv("JITDUMPDIR", argv[1], 1) == 0);
  LLVMLinkInMCJIT();
  LLVMInitializeNativeTarget();

  /* Listeners this build does not have, as from an LLVM built without them. */
  CHECK(LLVMCreateIntelJITEventListener() == NULL);
  CHECK(LLVMCreateOProfileJITEventListener() == NULL);
  /* GDB's JIT interface is there: engines use it by default; attaching it too is harmless. */
  LLVMJITEventListenerRef gdb = LLVMCreateGDBRegistrationListener();
  CHECK(gdb != NULL && LLVMCreateGDBRegistrationListener() == gdb);

  /* One of each per process. */
  LLVMJITEventListenerRef perf = LLVMCreatePerfJITEventListener();
  CHECK(perf != NULL && LLVMCreatePerfJITEventListener() == perf);
  LLVMJITEventListenerRef map = JitCreatePerfMapEventListener();
  CHECK(map != NULL && JitCreatePerfMapEventListener() == map);
  CHECK(map != perf);

  LLVMContextRef ctx = LLVMContextCreate();
  LLVMExecutionEngineRef ee = NULL;
  char *error = NULL;
  CHECK(LLVMCreateExecutionEngineForModule(&ee, parse(ctx), &error) == 0);
  CHECK(JitRegisterEventListener(ee, NULL, &error) == 1);
  CHECK_MSG(error, "NULL");
  CHECK(JitRegisterEventListener(ee, (LLVMJITEventListenerRef)(void *)&error, &error) == 1);
  CHECK_MSG(error, "not a valid LLVMJITEventListenerRef");
  CHECK(JitRegisterEventListener(NULL, map, &error) == 1);
  CHECK_MSG(error, "NULL");
  attach(ee, perf);
  attach(ee, map);
  attach(ee, gdb);
  CHECK(__jit_debug_descriptor.version == 1);
  int before = gdb_entries();
  uint64_t addr = LLVMGetFunctionAddress(ee, "sum_to");
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
  CHECK(((fn_i64)addr)(100) == 4950);
  /* Registered by default and attached again: one object, registered once. */
  CHECK(gdb_entries() == before + 1);
  uint64_t start = 0;
  CHECK(map_lines("sum_to", &start) == 1);
  CHECK(start == addr);
  printf("perf map names sum_to at its address\n");
  LLVMDisposeExecutionEngine(ee);
  CHECK(gdb_entries() == before);
  printf("gdb: the object registered while the engine lived\n");

  /* Tiered: the tier-0 body, the entry stub and the replacement, each named sum_to. */
  struct LLVMMCJITCompilerOptions options;
  LLVMInitializeMCJITCompilerOptions(&options, sizeof(options));
  JitTieringOptions t;
  JitInitializeTieringOptions(&t, sizeof(t));
  t.threshold = 1;
  t.synchronous = 1;
  CHECK(JitCreateTieredCompilerForModule(&ee, parse(ctx), &options, sizeof(options), &t, sizeof(t), &error) == 0);
  attach(ee, map);
  attach(ee, perf);
  fn_i64 sum_to = (fn_i64)LLVMGetFunctionAddress(ee, "sum_to");
  CHECK(sum_to != NULL);
  CHECK(sum_to(1000) == 499500);
  JitWaitForTierUp(ee);
  CHECK(sum_to(1000) == 499500);
  int n = map_lines("sum_to", &start);
  printf("tiered: %d perf map lines name sum_to\n", n);
  CHECK(n >= 1 + 3);
  LLVMDisposeExecutionEngine(ee);
  LLVMContextDispose(ctx);

  char path[64];
  snprintf(path, sizeof(path), "/tmp/perf-%d.map", (int)getpid());
  unlink(path);
  printf("ok\n");
  return 0;
}
