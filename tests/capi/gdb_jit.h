/* GDB's JIT interface as the GDB manual declares it, for the C API test programs:
 * libjit_capi exports the descriptor that GDB reads. Include after check.h. */
#ifndef JIT_CAPI_TEST_GDB_JIT_H
#define JIT_CAPI_TEST_GDB_JIT_H

#include <stdint.h>
#include <string.h>

struct jit_code_entry {
  struct jit_code_entry *next, *prev;
  const char *symfile_addr;
  uint64_t symfile_size;
};
struct jit_descriptor {
  uint32_t version, action_flag;
  struct jit_code_entry *relevant_entry, *first_entry;
};
extern struct jit_descriptor __jit_debug_descriptor;
extern void __jit_debug_register_code(void);

/* How many in-memory objects are registered with GDB (each checked to be an ELF image). */
static int gdb_entries(void) {
  int n = 0;
  for (struct jit_code_entry *e = __jit_debug_descriptor.first_entry; e; e = e->next) {
    CHECK(e->symfile_size > 64 && memcmp(e->symfile_addr, "\177ELF", 4) == 0);
    n++;
  }
  return n;
}

#endif
