/* Tiered execution through the Jit* extension: JitCreateTieredCompilerForModule with
 * threshold 1 and Synchronous, so a function is replaced right after its first call or loop
 * iteration; results and addresses are the same before and after tier-up, and
 * JitGetTieringStats proves the replacement happened. Also with a client memory manager,
 * with the defaults, for engines that do not tier, and the bad-input paths. */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS */
#include <llvm-c/Core.h>
#include <llvm-c/ExecutionEngine.h>
#include <llvm-c/IRReader.h>
#include <jit.h>

#include <stddef.h>
#include <sys/mman.h>
#include <unistd.h>

#include "check.h"

/* A loop and a recursion. */
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
    "}\n"
    "\n"
    "define i64 @fib(i64 %n) {\n"
    "entry:\n"
    "  %small = icmp slt i64 %n, 2\n"
    "  br i1 %small, label %base, label %rec\n"
    "base:\n"
    "  ret i64 %n\n"
    "rec:\n"
    "  %a = sub i64 %n, 1\n"
    "  %fa = call i64 @fib(i64 %a)\n"
    "  %b = sub i64 %n, 2\n"
    "  %fb = call i64 @fib(i64 %b)\n"
    "  %r = add i64 %fa, %fb\n"
    "  ret i64 %r\n"
    "}\n";

typedef long long (*fn_i64)(long long);

static LLVMModuleRef parse(LLVMContextRef ctx) {
  LLVMMemoryBufferRef buf = LLVMCreateMemoryBufferWithMemoryRangeCopy(ir, sizeof(ir) - 1, "tiering.ll");
  LLVMModuleRef mod = NULL;
  char *error = NULL;
  if (LLVMParseIRInContext(ctx, buf, &mod, &error) != 0) {
    fprintf(stderr, "parse: %s\n", error);
    exit(1);
  }
  return mod;
}

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

static JitTieringStats stats_of(LLVMExecutionEngineRef ee) {
  JitTieringStats st;
  memset(&st, 0xAB, sizeof(st));
  char *error = NULL;
  if (JitGetTieringStats(ee, &st, sizeof(st), &error) != 0) {
    fprintf(stderr, "JitGetTieringStats: %s\n", error);
    exit(1);
  }
  return st;
}

static JitTieringOptions sync_threshold_1(void) {
  JitTieringOptions t;
  JitInitializeTieringOptions(&t, sizeof(t));
  t.threshold = 1;
  t.synchronous = 1;
  return t;
}

/* Calls sum_to and fib before and after they tier up. 0 when the engine cannot run code. */
static int run_tiered(LLVMExecutionEngineRef ee, const char *what) {
  uint64_t sum_addr = address_of(ee, "sum_to");
  if (sum_addr == 0) return 0;
  uint64_t fib_addr = LLVMGetFunctionAddress(ee, "fib");
  CHECK(fib_addr != 0);
  JitTieringStats st = stats_of(ee);
  CHECK(st.requests == 0 && st.published == 0 && st.failed == 0);

  /* The first call counts its way to the threshold and runs to the end in tier 0 (no
   * on-stack replacement); it is replaced before it returns, so the next call runs the
   * optimized code through the same address. */
  fn_i64 sum_to = (fn_i64)sum_addr;
  long long before = sum_to(1000);
  JitWaitForTierUp(ee);
  st = stats_of(ee);
  printf("%s: after sum_to: requests %llu, published %llu, failed %llu, modules optimized %llu\n", what,
         (unsigned long long)st.requests, (unsigned long long)st.published, (unsigned long long)st.failed,
         (unsigned long long)st.modules_optimized);
  CHECK(LLVMGetFunctionAddress(ee, "sum_to") == sum_addr);
  long long after = sum_to(1000);
  printf("%s: sum_to(1000) = %lld before tier-up, %lld after\n", what, before, after);
  CHECK(before == 499500 && after == before);

  /* The recursion tiers up in its first (outermost) call: the inner calls go through the
   * entry stub, so they already run the replacement. */
  fn_i64 fib = (fn_i64)fib_addr;
  long long first = fib(20);
  JitWaitForTierUp(ee);
  CHECK(LLVMGetFunctionAddress(ee, "fib") == fib_addr);
  long long second = fib(20);
  printf("%s: fib(20) = %lld before tier-up, %lld after\n", what, first, second);
  CHECK(first == 6765 && second == first);

  st = stats_of(ee);
  printf("%s: requests %llu, published %llu, failed %llu, modules optimized %llu\n", what,
         (unsigned long long)st.requests, (unsigned long long)st.published, (unsigned long long)st.failed,
         (unsigned long long)st.modules_optimized);
  CHECK(st.failed == 0);
  CHECK(st.published <= st.requests);
  if (st.published >= 1) printf("%s: tier-up seen\n", what);
  return 1;
}

/* A client memory manager (as in memory_manager.c): one mapping per section. */
struct block {
  void *addr;
  size_t len;
  int prot;
};

struct state {
  int code_allocs;
  int data_allocs;
  int finalizes;
  int destroys;
  struct block blocks[64];
  int nblocks;
};

static uint8_t *alloc_block(struct state *s, uintptr_t size, unsigned align, int prot) {
  size_t page = (size_t)sysconf(_SC_PAGESIZE);
  size_t len = (size + page - 1) / page * page;
  if (len == 0) len = page;
  if (s->nblocks == 64 || align > page) return NULL;
  void *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) return NULL;
  s->blocks[s->nblocks++] = (struct block){p, len, prot};
  return p;
}

static uint8_t *alloc_code(void *opaque, uintptr_t size, unsigned align, unsigned id, const char *name) {
  struct state *s = opaque;
  (void)id;
  (void)name;
  s->code_allocs++;
  return alloc_block(s, size, align, PROT_READ | PROT_EXEC);
}

static uint8_t *alloc_data(void *opaque, uintptr_t size, unsigned align, unsigned id, const char *name,
                           LLVMBool ro) {
  struct state *s = opaque;
  (void)id;
  (void)name;
  s->data_allocs++;
  return alloc_block(s, size, align, ro ? PROT_READ : PROT_READ | PROT_WRITE);
}

static LLVMBool finalize(void *opaque, char **err) {
  struct state *s = opaque;
  s->finalizes++;
  for (int i = 0; i < s->nblocks; i++) {
    if (mprotect(s->blocks[i].addr, s->blocks[i].len, s->blocks[i].prot) != 0) {
      *err = strdup("mprotect failed");
      return 1;
    }
    if (s->blocks[i].prot & PROT_EXEC)
      __builtin___clear_cache((char *)s->blocks[i].addr, (char *)s->blocks[i].addr + s->blocks[i].len);
  }
  return 0;
}

static void destroy(void *opaque) {
  struct state *s = opaque;
  s->destroys++;
  for (int i = 0; i < s->nblocks; i++) munmap(s->blocks[i].addr, s->blocks[i].len);
  s->nblocks = 0;
}

int main(void) {
  LLVMContextRef ctx = LLVMContextCreate();
  struct LLVMMCJITCompilerOptions options;
  LLVMExecutionEngineRef ee = NULL;
  char *error = NULL;

  /* The defaults are TierPolicy's; a smaller struct is written as far as it goes. */
  JitTieringOptions t;
  JitInitializeTieringOptions(&t, sizeof(t));
  printf("defaults: threshold %u, opt level %u, synchronous %d\n", t.threshold, t.opt_level, t.synchronous);
  CHECK(t.threshold == 2000 && t.opt_level == 2 && t.synchronous == 0);
  unsigned char raw[sizeof(JitTieringOptions) + 8];
  memset(raw, 0xAB, sizeof(raw));
  size_t small = offsetof(JitTieringOptions, synchronous);
  JitInitializeTieringOptions((JitTieringOptions *)raw, small);
  CHECK(((JitTieringOptions *)raw)->threshold == 2000);
  for (size_t i = small; i < sizeof(raw); i++) CHECK(raw[i] == 0xAB);
  /* A larger one is left alone, with a message. */
  memset(raw, 0xAB, sizeof(raw));
  JitInitializeTieringOptions((JitTieringOptions *)raw, sizeof(raw));
  for (size_t i = 0; i < sizeof(raw); i++) CHECK(raw[i] == 0xAB);
  CHECK_MSG(JitGetLastErrorMessage(), "do not match");

  /* Threshold 1, synchronous: both functions tier up on their first call. */
  LLVMInitializeMCJITCompilerOptions(&options, sizeof(options));
  t = sync_threshold_1();
  CHECK(JitCreateTieredCompilerForModule(&ee, parse(ctx), &options, sizeof(options), &t, sizeof(t), &error) == 0);
  CHECK(strcmp(JitGetEngineKindName(ee), "mcjit") == 0);
  run_tiered(ee, "tiered");
  LLVMDisposeExecutionEngine(ee);

  /* With a client memory manager: replacement code is allocated and finalized through the
   * client's callbacks (from the engine's compile thread). */
  struct state s;
  memset(&s, 0, sizeof(s));
  LLVMInitializeMCJITCompilerOptions(&options, sizeof(options));
  options.MCJMM = LLVMCreateSimpleMCJITMemoryManager(&s, alloc_code, alloc_data, finalize, destroy);
  CHECK(options.MCJMM != NULL);
  CHECK(JitCreateTieredCompilerForModule(&ee, parse(ctx), &options, sizeof(options), &t, sizeof(t), &error) == 0);
  if (run_tiered(ee, "client manager")) {
    JitTieringStats st = stats_of(ee);
    printf("client manager: allocations: code %d, data %d; finalizations %d\n", s.code_allocs, s.data_allocs,
           s.finalizes);
    /* Tier-0 code once, plus one object per replaced function. */
    CHECK(s.code_allocs >= 1 + (int)st.published && s.finalizes >= 1 + (int)st.published);
  }
  CHECK(s.destroys == 0);
  LLVMDisposeExecutionEngine(ee);
  CHECK(s.destroys == 1);

  /* NULL tiering options: the defaults (threshold 2000, nothing reached here). */
  CHECK(JitCreateTieredCompilerForModule(&ee, parse(ctx), NULL, 0, NULL, 0, &error) == 0);
  fn_i64 sum_to = (fn_i64)address_of(ee, "sum_to");
  if (sum_to != NULL) {
    CHECK(sum_to(10) == 45);
    CHECK(stats_of(ee).requests == 0);
  }
  JitWaitForTierUp(ee);
  LLVMDisposeExecutionEngine(ee);

  /* Smaller structs are read as far as they go: threshold 1, not synchronous (tier-up in
   * the background; JitWaitForTierUp waits for it). */
  LLVMInitializeMCJITCompilerOptions(&options, sizeof(options));
  t = sync_threshold_1();
  CHECK(JitCreateTieredCompilerForModule(&ee, parse(ctx), &options, offsetof(struct LLVMMCJITCompilerOptions, MCJMM),
                                         &t, offsetof(JitTieringOptions, synchronous), &error) == 0);
  sum_to = (fn_i64)address_of(ee, "sum_to");
  if (sum_to != NULL) {
    long long before = sum_to(100);
    JitWaitForTierUp(ee);
    JitTieringStats st = stats_of(ee);
    long long after = sum_to(100);
    CHECK(before == 4950 && after == before && st.failed == 0);
    printf("background: requests %llu, published %llu\n", (unsigned long long)st.requests,
           (unsigned long long)st.published);
    if (st.published >= 1) printf("background: tier-up seen\n");
  }
  LLVMDisposeExecutionEngine(ee);

  /* Engines that do not tier: all zero, and nothing to wait for. */
  LLVMInitializeMCJITCompilerOptions(&options, sizeof(options));
  CHECK(LLVMCreateMCJITCompilerForModule(&ee, parse(ctx), &options, sizeof(options), &error) == 0);
  sum_to = (fn_i64)address_of(ee, "sum_to");
  if (sum_to != NULL) CHECK(sum_to(10) == 45);
  JitWaitForTierUp(ee);
  JitTieringStats st = stats_of(ee);
  CHECK(st.requests == 0 && st.published == 0 && st.failed == 0 && st.modules_optimized == 0);
  LLVMDisposeExecutionEngine(ee);
  CHECK(LLVMCreateInterpreterForModule(&ee, parse(ctx), &error) == 0);
  JitWaitForTierUp(ee);
  st = stats_of(ee);
  CHECK(st.requests == 0 && st.published == 0);
  /* The stats struct follows the size idiom too. */
  CHECK(JitGetTieringStats(ee, &st, sizeof(st) + 8, &error) == 1);
  CHECK_MSG(error, "do not match");
  CHECK(JitGetTieringStats(ee, NULL, sizeof(st), &error) == 1);
  CHECK_MSG(error, "NULL");
  LLVMDisposeExecutionEngine(ee);

  /* Bad input: messages, and the module stays the caller's. */
  LLVMModuleRef mod = parse(ctx);
  t = sync_threshold_1();
  struct {
    JitTieringOptions t;
    long long extra;
  } big;
  memset(&big, 0, sizeof(big));
  big.t = t;
  CHECK(JitCreateTieredCompilerForModule(&ee, mod, &options, sizeof(options), &big.t, sizeof(big), &error) == 1);
  CHECK(ee == NULL);
  CHECK_MSG(error, "the header and the library do not match");
  struct {
    struct LLVMMCJITCompilerOptions o;
    long long extra;
  } big_options;
  memset(&big_options, 0, sizeof(big_options));
  LLVMInitializeMCJITCompilerOptions(&big_options.o, sizeof(big_options.o));
  CHECK(JitCreateTieredCompilerForModule(&ee, mod, &big_options.o, sizeof(big_options), &t, sizeof(t), &error) == 1);
  CHECK_MSG(error, "do not match");
  options.OptLevel = 2;
  CHECK(JitCreateTieredCompilerForModule(&ee, mod, &options, sizeof(options), &t, sizeof(t), &error) == 1);
  CHECK_MSG(error, "OptLevel 2 with tiering");
  options.OptLevel = 0;
  t.opt_level = 0;
  CHECK(JitCreateTieredCompilerForModule(&ee, mod, &options, sizeof(options), &t, sizeof(t), &error) == 1);
  CHECK_MSG(error, "out of range (1 to 3)");
  t.opt_level = 4;
  CHECK(JitCreateTieredCompilerForModule(&ee, mod, &options, sizeof(options), &t, sizeof(t), &error) == 1);
  CHECK_MSG(error, "out of range (1 to 3)");
  LLVMDisposeModule(mod);
  t = sync_threshold_1();
  CHECK(JitCreateTieredCompilerForModule(&ee, NULL, &options, sizeof(options), &t, sizeof(t), &error) == 1);
  CHECK_MSG(error, "LLVMModuleRef is NULL");
  mod = parse(ctx);
  CHECK(JitCreateTieredCompilerForModule(NULL, mod, &options, sizeof(options), &t, sizeof(t), &error) == 1);
  CHECK_MSG(error, "OutJIT is NULL");
  LLVMDisposeModule(mod);
  CHECK(JitGetTieringStats(NULL, &st, sizeof(st), &error) == 1);
  CHECK_MSG(error, "LLVMExecutionEngineRef is NULL");
  JitWaitForTierUp(NULL);
  CHECK_MSG(JitGetLastErrorMessage(), "LLVMExecutionEngineRef is NULL");

  LLVMContextDispose(ctx);
  printf("ok\n");
  return 0;
}
