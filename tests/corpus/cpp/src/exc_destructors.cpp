// A library exception (std::runtime_error) thrown two frames down, destructors of both
// frames running in order while it unwinds, caught by base class; then a thrown int.
#include <cstdio>
#include <stdexcept>
struct D { int k; ~D() { printf("~D %d\n", k); } };
__attribute__((noinline)) void thrower(int x) { D d{x}; if (x > 2) throw std::runtime_error("big"); printf("ok %d\n", x); }
__attribute__((noinline)) int mid(int x) { D d{x * 10}; thrower(x); return x; }
int main() {
  for (int i = 1; i < 5; i++) {
    try { mid(i); } catch (const std::exception &e) { printf("caught %s at %d\n", e.what(), i); }
  }
  try { throw 42; } catch (int v) { printf("int %d\n", v); }
  return 0;
}
