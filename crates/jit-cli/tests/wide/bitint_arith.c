/* _BitInt(N) arithmetic for N > 128: add, sub, mul, div, rem (signed and unsigned),
 * comparisons, shifts by constant and variable amounts, conversions between widths,
 * printed by splitting into 64-bit words.
 * Only x86-64 clang has _BitInt wider than 128 bits: the .ll files beside this source are
 * clang-19 -O0/-O2 for x86-64, and tests/wide_ints.rs retargets them to the host (their
 * IR has no target-specific calls), regenerated with ./regen.sh. */
#include <stdint.h>
#include <stdio.h>

typedef unsigned _BitInt(136) u136;
typedef signed _BitInt(160) s160;
typedef unsigned _BitInt(200) u200;
typedef signed _BitInt(256) s256;
typedef unsigned _BitInt(256) u256;

static uint64_t crc = 0x1234;
static void mix(uint64_t v) {
  crc ^= v + 0x9e3779b97f4a7c15ULL + (crc << 6) + (crc >> 2);
}

static void put(const char *name, u256 v) {
  printf("%s =", name);
  for (int k = 3; k >= 0; k--) {
    uint64_t w = (uint64_t)(v >> (64 * k));
    printf(" %016llx", (unsigned long long)w);
    mix(w);
  }
  printf("\n");
}

__attribute__((noinline)) static u200 fact200(unsigned n) {
  u200 r = 1;
  for (unsigned i = 2; i <= n; i++)
    r *= i;
  return r;
}

__attribute__((noinline)) static s256 poly(s256 x, s256 y) {
  return x * x * 3 - y * 5 + (x ^ y) - (s256)7 * (x & ~y);
}

__attribute__((noinline)) static u136 rotl136(u136 v, unsigned s) {
  s %= 136;
  return s ? (v << s) | (v >> (136 - s)) : v;
}

static volatile int zero;

int main(void) {
  u200 f = fact200(40);
  put("40!", (u256)f);
  u200 q = f / fact200(20);
  u200 rr = f % ((u200)1000000007 * 1000000009);
  put("40!/20!", (u256)q);
  put("40! mod p*q", (u256)rr);

  s256 a = -(s256)fact200(33) + zero;
  s256 b = (s256)123456789 * 987654321 * 55555 + zero;
  put("a", (u256)a);
  put("b", (u256)b);
  put("a/b", (u256)(a / b));
  put("a%b", (u256)(a % b));
  put("-a/-b", (u256)(-a / -b));
  put("a/-b", (u256)(a / -b));
  put("poly", (u256)poly(a, b));
  printf("cmp %d %d %d %d %d %d\n", a < b, a > b, (u256)a < (u256)b, a == a + zero, a != b,
         a <= -a);

  s160 c = -((s160)1 << 100);
  s160 d = c >> 37;
  u136 e = (u136)0xdeadbeefcafebabeULL << 70 | 0x123456789ULL;
  put("c", (u256)(s256)c);
  put("c>>37", (u256)(s256)d);
  put("c>>>37", (u256)((unsigned _BitInt(160))c >> 37));
  put("e", (u256)e);
  for (unsigned s = 0; s < 300; s += 23) {
    u136 r = rotl136(e, s);
    mix((uint64_t)r);
    mix((uint64_t)(r >> 64));
    mix((uint64_t)(r >> 128));
    s160 v = c + zero;
    v >>= (s % 160);
    mix((uint64_t)v ^ (uint64_t)(v >> 96));
    u256 w = ((u256)e << (s % 256)) + ((u256)e >> ((s * 7) % 256));
    mix((uint64_t)(w >> 192) ^ (uint64_t)w);
  }
  printf("rot crc %016llx\n", (unsigned long long)crc);

  /* conversions between widths */
  long long n = -1234567890123LL + zero;
  s256 sx = n;
  u200 zx = (unsigned long long)n;
  unsigned __int128 h = (unsigned __int128)sx;
  put("sext", (u256)sx);
  put("zext", (u256)zx);
  printf("trunc %016llx %016llx %d\n", (unsigned long long)(h >> 64), (unsigned long long)h,
         (int)(signed char)sx);
  s160 narrow = (s160)sx;
  s256 back = narrow;
  printf("roundtrip %d\n", back == sx);

  /* an accumulation loop with carries across words */
  u256 acc = 0, mulacc = 1;
  for (int i = 1; i <= 60; i++) {
    acc += (u256)0xffffffffffffffffULL * i << (i * 3);
    acc -= (u256)i << 190;
    mulacc = mulacc * (u256)(0x100000001ULL + i) + 1;
    if (acc > mulacc)
      acc ^= mulacc;
  }
  put("acc", acc);
  put("mulacc", mulacc);
  put("mulacc/acc", mulacc / (acc | 1));
  put("mulacc%acc", mulacc % (acc | 1));
  printf("final %016llx\n", (unsigned long long)crc);
  return (int)(crc & 0x3f);
}
