// A hot loop for the perf tests (crates/jit-cli/tests/perf.rs): `hot_kernel` is called
// often enough to be tiered up, and holds nearly all of the run time.
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

__attribute__((noinline)) unsigned hot_kernel(unsigned n, unsigned seed) {
  unsigned h = 2166136261u ^ seed;
  for (unsigned i = 0; i < n; i++) {
    h ^= i;
    h *= 16777619u;
    h = (h << 7) | (h >> 25);
  }
  return h;
}

int main(int argc, char **argv) {
  unsigned calls = argc > 1 ? (unsigned)atoi(argv[1]) : 10;
  unsigned h = 0;
  printf("pid %d\n", (int)getpid());
  fflush(stdout);
  for (unsigned c = 0; c < calls; c++)
    h += hot_kernel(100000, c);
  printf("%u\n", h);
  return 0;
}
