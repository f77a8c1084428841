// Many values live across invokes into handlers and cleanups (integers and doubles, more
// than the callee-saved registers hold), changed between the calls, read after a catch by
// type and a catch of a double, with a destructor running on every path: the optimizing
// tier must keep them where the unwinder leaves them.
#include <cstdio>
#include <cstdint>
struct Err { int code; };
__attribute__((noinline)) int maybe(int x) { if (x % 7 == 3) throw Err{x}; return x * 3 + 1; }
__attribute__((noinline)) double fmaybe(double d, int k) { if (k % 5 == 4) throw d; return d * 1.5; }
struct Guard { int *p; int v; ~Guard() { *p += v; } };
__attribute__((noinline)) int64_t many(int n) {
  int64_t a = n, b = n * 2, c = n * 3, d = n ^ 5, e = n + 11, f = n * n, g = 7 - n, h = n << 2;
  double x = n * 0.25, y = n + 0.5;
  int acc = 0;
  for (int i = 0; i < n; i++) {
    Guard gd{&acc, i};
    try {
      a += maybe(i + (int)b);
      x = fmaybe(x + y, i);
      b += maybe((int)(a & 1023));
      c ^= a + b;
    } catch (Err &er) {
      d += er.code + (int)e + (int)x;
      e = e * 3 + c;
    } catch (double dv) {
      f += (int64_t)dv + g;
      y += 1.25;
    }
    g += a - h;
    h ^= f + d;
  }
  return a + b + c + d + e + f + g + h + (int64_t)(x * 100) + (int64_t)(y * 10) + acc;
}
int main() {
  int64_t t = 0;
  for (int n = 1; n < 60; n++) t = t * 31 + many(n);
  printf("%lld\n", (long long)t);
}
