/* A client memory manager through LLVMCreateSimpleMCJITMemoryManager: it counts
 * allocations, and destroy must be called exactly once whoever frees the manager. Until
 * the native engine is wired, engines fail to build and must still destroy it once. */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS */
#include <llvm-c/Core.h>
#include <llvm-c/ExecutionEngine.h>
#include <jit.h>

#include <sys/mman.h>
#include <unistd.h>

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

struct block {
  void *addr;
  size_t len;
  int prot; /* protection after finalization */
};

struct state {
  int code_allocs;
  int data_allocs;
  int finalizes;
  int destroys;
  struct block blocks[64];
  int nblocks;
};

/* One mapping per section: writable now, given its final protection by finalize. */
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

static LLVMModuleRef answer_module(void) {
  LLVMModuleRef mod = LLVMModuleCreateWithName("answer");
  LLVMValueRef f = LLVMAddFunction(mod, "answer", LLVMFunctionType(LLVMInt32Type(), NULL, 0, 0));
  LLVMBuilderRef b = LLVMCreateBuilder();
  LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlock(f, "entry"));
  LLVMBuildRet(b, LLVMConstInt(LLVMInt32Type(), 42, 0));
  LLVMDisposeBuilder(b);
  return mod;
}

int main(void) {
  struct state s = {0};

  /* Any NULL callback: no manager. */
  CHECK(LLVMCreateSimpleMCJITMemoryManager(&s, NULL, alloc_data, finalize, destroy) == NULL);
  CHECK(LLVMCreateSimpleMCJITMemoryManager(&s, alloc_code, alloc_data, finalize, NULL) == NULL);
  char *last = JitGetLastErrorMessage();
  CHECK_MSG(last, "non-NULL");

  /* Disposed without an engine: destroy once. */
  LLVMMCJITMemoryManagerRef mm = LLVMCreateSimpleMCJITMemoryManager(&s, alloc_code, alloc_data, finalize, destroy);
  CHECK(mm != NULL);
  JitMemoryManagerStats st;
  CHECK(JitGetMemoryManagerStats(mm, &st, sizeof(st), NULL) == 0);
  CHECK(st.allocations == 0);
  LLVMDisposeMCJITMemoryManager(mm);
  CHECK(s.destroys == 1);

  /* Given to an engine: the engine owns it and destroys it once, when built or not. */
  s.destroys = 0;
  mm = LLVMCreateSimpleMCJITMemoryManager(&s, alloc_code, alloc_data, finalize, destroy);
  struct LLVMMCJITCompilerOptions options;
  LLVMInitializeMCJITCompilerOptions(&options, sizeof(options));
  options.MCJMM = mm;
  LLVMExecutionEngineRef ee = NULL;
  char *error = NULL;
  LLVMModuleRef mod = answer_module();
  if (LLVMCreateMCJITCompilerForModule(&ee, mod, &options, sizeof(options), &error) != 0) {
    CHECK(ee == NULL);
    CHECK_MSG(error, "mcjit engine");
    CHECK(s.destroys == 1);
  } else {
    int (*answer)(void) = (int (*)(void))address_of(ee, "answer");
    if (answer != NULL) {
      CHECK(answer() == 42);
      CHECK(s.code_allocs >= 1 && s.finalizes >= 1);
      printf("allocations: code %d, data %d; finalizations %d\n", s.code_allocs, s.data_allocs, s.finalizes);
    }
    CHECK(s.destroys == 0);
    LLVMDisposeExecutionEngine(ee);
    CHECK(s.destroys == 1);
  }

  /* The registry: list the managers, make one by name and run code in it. */
  char *names = NULL;
  CHECK(JitListMemoryManagers(&names, &error) == 0);
  printf("managers:\n%s\n", names);
  int has_section = strstr(names, "section: ") != NULL;
  LLVMDisposeMessage(names);
  CHECK(JitCreateMemoryManagerByName("no-such-manager", &error) == NULL);
  CHECK_MSG(error, "no-such-manager");
  if (has_section) {
    mm = JitCreateMemoryManagerByName("section", &error);
    CHECK(mm != NULL);
    JitMemoryManagerStats before;
    CHECK(JitGetMemoryManagerStats(mm, &before, sizeof(before), NULL) == 0);
    CHECK(before.allocations == 0);
    LLVMInitializeMCJITCompilerOptions(&options, sizeof(options));
    options.MCJMM = mm;
    if (LLVMCreateMCJITCompilerForModule(&ee, answer_module(), &options, sizeof(options), &error) != 0) {
      CHECK_MSG(error, "mcjit engine");
    } else {
      int (*answer)(void) = (int (*)(void))address_of(ee, "answer");
      if (answer != NULL) printf("section manager: answer() = %d\n", answer());
      LLVMDisposeExecutionEngine(ee);
    }
  }

  /* A plugin that does not exist: a message, no crash. */
  CHECK(JitCreateMemoryManagerFromPlugin("/nonexistent/plugin.so", &error) == NULL);
  CHECK_MSG(error, "plugin");
  printf("destroy calls: %d\n", s.destroys);
  printf("ok\n");
  return 0;
}
