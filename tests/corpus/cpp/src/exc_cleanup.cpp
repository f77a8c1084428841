// Cleanups during unwinding: destructors of locals run innermost first, members of a
// partly constructed object are destroyed when its constructor throws, arrays of objects
// are destroyed back to front, and a destructor that throws nothing runs inside a handler.
#include <cstdio>
#include <memory>
#include <stdexcept>
#include <vector>

static int live = 0;

struct Noisy {
  const char *name;
  explicit Noisy(const char *n) : name(n) {
    ++live;
    printf("  + %s\n", name);
  }
  ~Noisy() {
    --live;
    printf("  - %s\n", name);
  }
};

struct Fails {
  Noisy a{"Fails::a"};
  Noisy b{"Fails::b"};
  explicit Fails(bool fail) {
    printf("  Fails body\n");
    if (fail) throw std::runtime_error("constructor failed");
  }
  ~Fails() { printf("  ~Fails (not for a failed constructor)\n"); }
};

struct Counted {
  static int made;
  int id;
  Counted() : id(made++) {
    if (id == 3) throw std::length_error("fourth element");
  }
  ~Counted() { printf("  ~Counted %d\n", id); }
};
int Counted::made = 0;

__attribute__((noinline)) void level3(int n) {
  Noisy c("level3 local");
  if (n > 2) throw n;
  printf("  level3 returns\n");
}

__attribute__((noinline)) void level2(int n) {
  Noisy b("level2 local");
  auto p = std::make_unique<Noisy>("level2 heap (unique_ptr)");
  level3(n);
}

__attribute__((noinline)) void level1(int n) {
  Noisy a("level1 local");
  {
    Noisy scoped("level1 inner scope");
  }
  level2(n);
}

int main() {
  printf("no throw:\n");
  level1(1);
  printf("throw from level3:\n");
  try {
    level1(3);
  } catch (int n) {
    printf("caught %d, live objects %d\n", n, live);
  }
  printf("constructor throws:\n");
  try {
    Fails f(true);
  } catch (const std::exception &e) {
    printf("caught '%s', live objects %d\n", e.what(), live);
  }
  printf("constructor succeeds:\n");
  {
    Fails ok(false);
  }
  printf("array element constructor throws:\n");
  try {
    Counted arr[6];
    printf("not reached %d\n", arr[0].id);
  } catch (const std::length_error &e) {
    printf("caught '%s'\n", e.what());
  }
  printf("vector growth keeps its elements:\n");
  try {
    std::vector<std::unique_ptr<Noisy>> v;
    v.push_back(std::make_unique<Noisy>("v0"));
    v.push_back(std::make_unique<Noisy>("v1"));
    throw std::runtime_error("leaving with a vector");
  } catch (const std::runtime_error &e) {
    printf("caught '%s', live objects %d\n", e.what(), live);
  }
  return live;
}
