// Exceptions through many shapes of code: a rethrow from a handler up through recursive
// frames with destructors, a comparator throwing out of std::sort (native libstdc++
// frames in between), nested try with a non-matching inner handler, std::vector::at's
// out_of_range from the library, a throwing std::function, a unique_ptr freed while
// unwinding, a function-try-block constructor, four threads throwing and catching at once,
// and a hot loop that throws every other iteration.
#include <cstdio>
#include <vector>
#include <algorithm>
#include <stdexcept>
#include <string>
#include <thread>
#include <functional>
#include <memory>
struct Base { virtual ~Base() {} virtual const char *name() const { return "Base"; } };
struct Derived : Base { int v; Derived(int v) : v(v) {} const char *name() const override { return "Derived"; } };
struct Tracker { std::string s; Tracker(std::string s) : s(s) { printf("ctor %s\n", s.c_str()); } ~Tracker() { printf("dtor %s\n", s.c_str()); } };
static int depth(int n) { Tracker t("depth" + std::to_string(n)); if (n == 0) throw Derived(7); return depth(n - 1) + 1; }
static void rethrower() { try { depth(2); } catch (Base &b) { printf("rethrowing %s\n", b.name()); throw; } }
static int cmp_calls;
static void sort_throw() {
  std::vector<int> v{5, 3, 9, 1, 7, 2, 8};
  std::sort(v.begin(), v.end(), [](int a, int b) { if (++cmp_calls == 6) throw std::runtime_error("cmp"); return a < b; });
}
static long worker(int id) {
  long sum = 0;
  for (int i = 0; i < 2000; i++) {
    try { if (i % 3 == id % 3) throw i; sum += i; } catch (int x) { sum -= x; }
  }
  return sum;
}
struct FT { int x; FT(int v) try : x(v) { if (v < 0) throw std::invalid_argument("neg"); } catch (...) { printf("function-try-block\n"); } };
int main() {
  try { rethrower(); } catch (Derived &d) { printf("outer caught %s %d\n", d.name(), d.v); }
  try { sort_throw(); } catch (std::exception &e) { printf("sort threw %s after %d\n", e.what(), cmp_calls); }
  try { try { throw std::string("inner"); } catch (int) { printf("wrong\n"); } } catch (...) { printf("catch-all\n"); }
  try { std::vector<int> v; v.at(3); } catch (std::out_of_range &e) { printf("out_of_range\n"); }
  std::function<void()> f = [] { throw 3.5; };
  try { f(); } catch (double d) { printf("double %g\n", d); }
  try { auto p = std::make_unique<Tracker>("heap"); throw 1; } catch (int) { printf("unique_ptr freed\n"); }
  try { FT ft(-1); } catch (std::invalid_argument &e) { printf("rethrown from ctor: %s\n", e.what()); }
  std::vector<std::thread> ts; long res[4];
  for (int i = 0; i < 4; i++) ts.emplace_back([i, &res] { res[i] = worker(i); });
  for (auto &t : ts) t.join();
  for (int i = 0; i < 4; i++) printf("worker %d: %ld\n", i, res[i]);
  int n = 0;
  for (int i = 0; i < 10000; i++) { try { if (i & 1) throw i; } catch (int x) { n += x & 3; } }
  printf("loop %d\n", n);
  return 0;
}
