// exit() from a nested call, atexit handlers and a destructor, in native order; stdio that
// is still buffered when the program ends must be flushed.
#include <stdio.h>
#include <stdlib.h>
__attribute__((constructor)) static void ctor(void) { printf("ctor\n"); }
__attribute__((destructor)) static void dtor(void) { printf("dtor\n"); }
static void first(void) { printf("atexit first\n"); }
static void second(void) { printf("atexit second\n"); }
static void leave(int code) {
  printf("leaving with %d", code);  // no newline, no flush
  exit(code);
}
int main(int argc, char **argv) {
  atexit(first);
  atexit(second);
  printf("argc=%d argv1=%s\n", argc, argc > 1 ? argv[1] : "-");
  leave(argc + 40);
  return 0;
}
