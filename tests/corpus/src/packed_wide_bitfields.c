/* Bitfields in packed structs that span more than 8 bytes (clang loads and stores them as
 * i72, i80, i96 ... integers) and _BitInt arithmetic at widths between 65 and 128 bits.
 * corpus: clang-only (gcc 12 has no _BitInt) */
#include <stdint.h>
#include <stdio.h>

#pragma pack(push, 1)
struct Wide {
  signed a : 19;
  signed b : 28;
  unsigned c : 14;
  unsigned d : 2;
  signed e : 9;
  uint8_t tail;
};
struct Wider {
  uint8_t head;
  unsigned long long x : 40;
  signed long long y : 40;
  unsigned z : 7;
};
#pragma pack(pop)

static struct Wide g_wide[3] = {{-155, 3027, 90, 1, -1, 7}, {262143, -134217728, 16383, 3, 255, 8}, {0, 0, 0, 0, 0, 9}};
static struct Wider g_wider = {0xAB, 0xFFFFFFFFFFULL, -549755813888LL, 100};

typedef signed _BitInt(72) i72;
typedef unsigned _BitInt(72) u72;
typedef signed _BitInt(100) i100;
typedef unsigned _BitInt(127) u127;

static void print_u128(const char *tag, unsigned __int128 v) {
  printf("%s %016llx%016llx\n", tag, (unsigned long long)(v >> 64), (unsigned long long)v);
}

__attribute__((noinline)) static i72 mix72(i72 a, i72 b) {
  i72 s = a * b + (a >> 3) - (b << 5);
  return s / 7 + s % 1000;
}

int main(void) {
  for (int i = 0; i < 3; i++) {
    struct Wide *w = &g_wide[i];
    printf("wide[%d] = %d %d %u %u %d tail=%u\n", i, w->a, w->b, w->c, w->d, w->e, w->tail);
  }
  g_wide[2].a = -7;
  g_wide[2].b = g_wide[0].b * 3;
  g_wide[2].c = g_wide[1].c - 1;
  g_wide[2].e = g_wide[0].e - 100;
  g_wide[1].b += 5;
  printf("after: %d %d %u %d tail=%u | %d tail=%u\n", g_wide[2].a, g_wide[2].b, g_wide[2].c, g_wide[2].e,
         g_wide[2].tail, g_wide[1].b, g_wide[1].tail);
  printf("wider: %x %llx %lld %u\n", g_wider.head, (unsigned long long)g_wider.x, (long long)g_wider.y, g_wider.z);
  g_wider.y = g_wider.y / 3 + 1;
  g_wider.x ^= 0x123456789ULL;
  printf("wider: %x %llx %lld %u\n", g_wider.head, (unsigned long long)g_wider.x, (long long)g_wider.y, g_wider.z);
  int cmp = 0;
  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 3; j++) cmp = cmp * 3 + (g_wide[i].b < g_wide[j].b) + (g_wide[i].c > g_wide[j].c);
  printf("cmp %d\n", cmp);

  volatile int64_t seed = -123456789;
  i72 a = (i72)seed * 1000003;
  i72 b = -(i72)987654321;
  i72 m = mix72(a, b);
  print_u128("mix72", (unsigned __int128)(u72)m);
  printf("i72 signs: %d %d %d\n", a < b, m < 0, (a >> 70) == -1);
  u72 u = (u72)a;
  print_u128("u72", u);
  print_u128("u72>>5", u >> 5);
  print_u128("u72/9", u / 9);
  i100 big = (i100)a * (i100)b;
  print_u128("i100", (unsigned __int128)(unsigned _BitInt(100))big);
  printf("i100 double %.6e\n", (double)big);
  printf("i100 from double %lld\n", (long long)((i100)(-1.5e20) / 1000000));
  u127 h = (u127)1 << 126;
  h = h + h / 3;
  print_u128("u127", h);
  printf("u127 float %.6e\n", (double)h);
  i72 arr[4] = {a, b, m, (i72)seed};
  i72 mx = arr[0];
  for (int i = 1; i < 4; i++) if (arr[i] > mx) mx = arr[i];
  print_u128("max", (unsigned __int128)(u72)mx);
  return 0;
}
