// cxx-flags: -std=c++03
// Dynamic exception specifications (C++03): `throw(int, long)` and `throw()` give landing
// pads with `filter` clauses, including the empty `filter [0 x ptr] zeroinitializer`.
#include <cstdio>

__attribute__((noinline)) int may_throw(int x) {
  if (x < 0) throw x;
  return x + 1;
}

__attribute__((noinline)) int specified(int x) throw(int, long) { return may_throw(x) * 2; }

__attribute__((noinline)) int nothing(int x) throw() { return may_throw(x) * 3; }

struct D {
  ~D() { std::printf("~D\n"); }
};

__attribute__((noinline)) int specified_cleanup(int x) throw(int) {
  D d;
  return may_throw(x) + 4;
}

int main() {
  std::printf("%d %d %d\n", specified(1), nothing(2), specified_cleanup(3));
  return 0;
}
