// corpus: also -fno-exceptions
// Constructor priorities: __attribute__((init_priority(N))) objects and
// __attribute__((constructor(N))) functions run before the default-priority ones, lower N
// first (llvm.global_ctors priorities); equal priorities in order of definition. Static
// destructors run in exactly the reverse order (the objects' through __cxa_atexit, the
// destructor functions through llvm.global_dtors after them).
#include <cstdio>

static int order = 0;

struct Obj {
  const char *name;
  int seen;
  explicit Obj(const char *n) : name(n), seen(++order) { printf("%d: construct %s\n", seen, name); }
  ~Obj() { printf("destroy %s (constructed %d)\n", name, seen); }
};

Obj plain_a("plain a (default priority)");
__attribute__((init_priority(300))) Obj p300("p300");
__attribute__((init_priority(101))) Obj p101("p101");
Obj plain_b("plain b (default priority)");
__attribute__((init_priority(300))) Obj p300b("p300 second");
__attribute__((init_priority(200))) Obj p200("p200");

__attribute__((constructor(150))) static void ctor150() { printf("%d: constructor function 150\n", ++order); }
__attribute__((constructor)) static void ctor_default() { printf("%d: constructor function (default)\n", ++order); }
__attribute__((constructor(250))) static void ctor250() { printf("%d: constructor function 250\n", ++order); }
__attribute__((destructor(150))) static void dtor150() { printf("destructor function 150\n"); }
__attribute__((destructor)) static void dtor_default() { printf("destructor function (default)\n"); }
__attribute__((destructor(250))) static void dtor250() { printf("destructor function 250\n"); }

int main() {
  printf("main: %d constructions before\n", order);
  return 0;
}
