/* Packed bit-field structs whose storage units are wider than 128 bits, as csmith makes
 * them: clang accesses them as i136, i160, i200 ... integers (loads, stores, and/or,
 * shifts, truncations and extensions). Reads, writes, increments and checksums. */
#include <stdint.h>
#include <stdio.h>

#pragma pack(push, 1)
struct S0 {
  signed f0 : 7;
  unsigned f1 : 30;
  signed f2 : 31;
  unsigned long long f3 : 63;
  signed f4 : 5;
};
struct S1 {
  uint8_t tag;
  unsigned long long a : 60;
  signed long long b : 41;
  unsigned c : 13;
  signed d : 26;
  unsigned long long e : 55;
  uint16_t tail;
};
#pragma pack(pop)

struct S2 {
  unsigned long long x : 50;
  signed long long y : 50;
  unsigned long long z : 50;
  unsigned w : 3;
};

static struct S0 g0[4] = {{1, 2, 3, 4, 5}, {-64, 1073741823, -1073741824, 0x7fffffffffffffffULL, -16}};
static volatile struct S1 g1 = {7, 0xfffffffffffffffULL, -1, 8191, -33554432, 12345678901234ULL, 0xbeef};
static struct S2 g2[3];

static uint64_t crc;
static void mix(uint64_t v) {
  crc ^= v + 0x9e3779b97f4a7c15ULL + (crc << 6) + (crc >> 2);
}

static void dump0(const struct S0 *s) {
  mix((uint64_t)(int64_t)s->f0);
  mix(s->f1);
  mix((uint64_t)(int64_t)s->f2);
  mix(s->f3);
  mix((uint64_t)(int64_t)s->f4);
}

__attribute__((noinline)) static void step(struct S0 *s, int k) {
  s->f0 += k;
  s->f1 = s->f1 * 3 + (unsigned)k;
  s->f2 ^= s->f1 << 3;
  s->f3 = (s->f3 >> 1) | ((unsigned long long)s->f2 << 40);
  s->f4 = s->f0 - s->f4;
}

int main(void) {
  for (int i = 0; i < 4; i++)
    dump0(&g0[i]);
  printf("init %016llx\n", (unsigned long long)crc);
  for (int r = 0; r < 50; r++)
    for (int i = 0; i < 4; i++)
      step(&g0[i], r + i);
  for (int i = 0; i < 4; i++) {
    dump0(&g0[i]);
    printf("g0[%d] = %d %u %d %llu %d\n", i, g0[i].f0, g0[i].f1, g0[i].f2,
           (unsigned long long)g0[i].f3, g0[i].f4);
  }
  printf("after steps %016llx\n", (unsigned long long)crc);

  printf("g1 = %u %llu %lld %u %d %llu %x\n", g1.tag, (unsigned long long)g1.a,
         (long long)g1.b, g1.c, g1.d, (unsigned long long)g1.e, g1.tail);
  for (int r = 0; r < 20; r++) {
    g1.a++;
    g1.b -= 3;
    g1.c += g1.a & 7;
    g1.d = g1.d * 5 + r;
    g1.e = (g1.e << 3) ^ g1.b;
    mix(g1.a);
    mix((uint64_t)g1.b);
    mix(g1.c);
    mix((uint64_t)(int64_t)g1.d);
    mix(g1.e);
  }
  printf("g1 = %u %llu %lld %u %d %llu %x\n", g1.tag, (unsigned long long)g1.a,
         (long long)g1.b, g1.c, g1.d, (unsigned long long)g1.e, g1.tail);

  struct S2 local = {0};
  for (int r = 0; r < 30; r++) {
    struct S2 *p = &g2[r % 3];
    p->x += 0x3ffffffffULL * r;
    p->y = p->y - (long long)r * 77777777;
    p->z = p->z ^ (p->x >> 7);
    p->w += r;
    local.x += p->z;
    local.y ^= p->y;
    mix(p->x);
    mix((uint64_t)p->y);
    mix(p->z);
    mix(p->w);
  }
  struct S2 copy = g2[1];
  g2[2] = copy;
  mix(local.x);
  mix((uint64_t)local.y);
  printf("g2[2] = %llu %lld %llu %u\n", (unsigned long long)g2[2].x, (long long)g2[2].y,
         (unsigned long long)g2[2].z, g2[2].w);
  printf("final %016llx\n", (unsigned long long)crc);
  return (int)(crc & 0x3f);
}
