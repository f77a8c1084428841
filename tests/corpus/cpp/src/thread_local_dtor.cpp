// corpus: also -fno-exceptions
// thread_local objects with constructors and destructors: each thread constructs its own
// copy on first use (through clang's TLS wrapper and __tls_init) and destroys it when the
// thread ends (__cxa_thread_atexit), before join returns; the main thread's copy is
// destroyed when main returns, before static objects. A thread-local counter shows that
// copies are independent, and a function-local thread_local is initialized once per thread.
#include <cstdio>
#include <string>
#include <thread>

struct Tracker {
  std::string name;
  int uses = 0;
  Tracker() : name("unnamed") { printf("Tracker constructed\n"); }
  ~Tracker() { printf("Tracker '%s' destroyed after %d uses\n", name.c_str(), uses); }
};

struct Global {
  Global() { printf("Global constructed\n"); }
  ~Global() { printf("Global destroyed\n"); }
};

thread_local Tracker tracker;
thread_local int counter = 100;
static Global global;

static int local_tls_calls() {
  thread_local int calls = 0;
  thread_local std::string history = "start";
  ++calls;
  history += "+";
  return calls * 100 + int(history.size());
}

static void use(const char *who, int n) {
  tracker.name = who;
  for (int i = 0; i < n; ++i) {
    ++tracker.uses;
    ++counter;
  }
  printf("%s: counter %d, local %d\n", who, counter, local_tls_calls());
}

int main() {
  use("main", 3);
  for (int t = 1; t <= 3; ++t) {
    std::thread th([t] {
      char name[16];
      snprintf(name, sizeof name, "thread%d", t);
      use(name, t * 10);
      use(name, 1);
    });
    th.join();
    printf("joined thread %d\n", t);
  }
  std::thread untouched([] { printf("a thread that never touches the tracker\n"); });
  untouched.join();
  use("main", 2);
  printf("main returns\n");
  return 0;
}
