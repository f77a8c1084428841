// corpus: also -fno-exceptions
// Objects with static storage: namespace-scope objects constructed in order of definition
// before main and destroyed in reverse order after it (registered with __cxa_atexit),
// function-local statics constructed on first use (__cxa_guard_acquire) and destroyed in
// reverse order of construction, interleaved with atexit handlers, and exit() from a
// nested call running all of them.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

struct Named {
  std::string name;
  explicit Named(const char *n) : name(n) { printf("construct %s\n", name.c_str()); }
  ~Named() { printf("destroy %s\n", name.c_str()); }
};

Named first("first");
static Named second("second");
namespace inner {
Named third("third");
}
std::vector<int> table = [] {
  printf("lambda-initialized table\n");
  std::vector<int> v;
  for (int i = 0; i < 5; ++i) v.push_back(i * i);
  return v;
}();
int computed = int(table.size()) * 10 + (int)first.name.size();

static Named &lazy(int which) {
  if (which == 0) {
    static Named a("lazy A");
    return a;
  }
  static Named b("lazy B");
  return b;
}

static void handler1() { printf("atexit handler 1\n"); }
static void handler2() { printf("atexit handler 2\n"); }

__attribute__((noinline)) void deep(int n) {
  if (n == 0) {
    printf("exit(3) from deep inside\n");
    exit(3);
  }
  deep(n - 1);
}

int main(int argc, char **argv) {
  (void)argv;
  printf("main starts, computed = %d, table[4] = %d\n", computed, table[4]);
  atexit(handler1);
  lazy(1);
  lazy(0);
  lazy(1);
  atexit(handler2);
  static Named in_main("static in main");
  printf("%s %s %s\n", first.name.c_str(), second.name.c_str(), inner::third.name.c_str());
  if (argc > 0) deep(5);
  return 0;
}
