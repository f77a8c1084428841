// An exception leaving a noexcept function calls std::terminate, which aborts: the
// process ends with SIGABRT (exit status 134 as a shell reports it) after the output
// printed so far, and the destructors of the stack are not run. A caught exception inside
// a noexcept function is fine.
#include <cstdio>
#include <stdexcept>

struct Loud {
  ~Loud() { printf("destructor ran (should not have)\n"); }
};

__attribute__((noinline)) void may_throw(int n) {
  if (n > 1) throw std::runtime_error("too big");
}

__attribute__((noinline)) int safe(int n) noexcept {
  try {
    may_throw(n);
    return n;
  } catch (const std::exception &) {
    return -1;
  }
}

__attribute__((noinline)) void promise_broken(int n) noexcept {
  Loud l;
  may_throw(n);
}

int main() {
  printf("safe(1) = %d\n", safe(1));
  printf("safe(5) = %d\n", safe(5));
  printf("calling a noexcept function that lets an exception out\n");
  fflush(stdout);
  promise_broken(5);
  printf("not reached\n");
  return 0;
}
