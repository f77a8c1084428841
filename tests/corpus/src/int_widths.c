/* Integer widths: i8..i64, signed and unsigned, wrap-around of unsigned types,
 * truncation and sign/zero extension between widths. */
#include <stdio.h>
#include <stdint.h>
#include <inttypes.h>

/* Kept out of line (and external) so that -O2 keeps the calls and their ABI. */
#define NOINLINE __attribute__((noinline))

NOINLINE uint8_t add_u8(uint8_t a, uint8_t b) { return (uint8_t)(a + b); }
NOINLINE int8_t neg_i8(int8_t a) { return (int8_t)-a; }
NOINLINE uint16_t mul_u16(uint16_t a, uint16_t b) { return (uint16_t)((uint32_t)a * b); }
NOINLINE int16_t sext16(int8_t v) { return v; }
NOINLINE uint32_t zext32(uint16_t v) { return v; }
NOINLINE uint32_t wrap_sub32(uint32_t a, uint32_t b) { return a - b; }
NOINLINE uint64_t wrap_mul64(uint64_t a, uint64_t b) { return a * b; }
NOINLINE int64_t widen(int32_t v) { return (int64_t)v * 3; }

NOINLINE unsigned sum_bytes(const uint8_t *p, int n) {
    unsigned s = 0;
    for (int i = 0; i < n; i++)
        s += p[i];
    return s;
}

int main(void) {
    uint8_t u8 = 250;
    int8_t i8 = -128;
    uint16_t u16 = 65535;
    int16_t i16 = -32768;
    uint32_t u32 = 4294967295u;
    int32_t i32 = INT32_MIN;
    uint64_t u64 = UINT64_MAX;
    int64_t i64 = INT64_MIN;

    printf("u8 wrap: %u %u\n", add_u8(u8, 10), add_u8(200, 100));
    printf("i8 neg: %d %d\n", neg_i8(-5), neg_i8(127));
    printf("i8 min: %d\n", i8);
    printf("u16 mul: %u %u\n", mul_u16(300, 300), mul_u16(u16, 2));
    printf("sext16: %d %d\n", sext16(-1), sext16(100));
    printf("zext32: %u\n", zext32(0xFFFE));
    printf("i16 min: %d\n", i16);
    printf("u32 wrap: %u %u\n", wrap_sub32(3, 5), u32 + 2u);
    printf("i32 min: %d\n", i32);
    printf("u64 wrap: %" PRIu64 " %" PRIu64 "\n", u64 + 1, wrap_mul64(0x100000001ull, 0xFFFFFFFFull));
    printf("i64 min: %" PRId64 "\n", i64);
    printf("widen: %" PRId64 " %" PRId64 "\n", widen(INT32_MAX), widen(INT32_MIN));

    /* truncation of wide values */
    uint64_t big = 0x123456789ABCDEF0ull;
    printf("trunc: %02x %04x %08x\n", (unsigned)(uint8_t)big, (unsigned)(uint16_t)big,
           (unsigned)(uint32_t)big);
    /* signed narrowing: implementation-defined but modular on every target we care about */
    int8_t narrow = (int8_t)(uint8_t)0xF0;
    printf("narrow: %d\n", narrow);

    /* comparisons across signedness */
    int32_t neg = -1;
    uint32_t one = 1;
    printf("cmp: %d %d\n", (uint32_t)neg > one, neg < (int32_t)one);
    printf("sizes: %zu %zu %zu %zu %zu\n", sizeof(int8_t), sizeof(int16_t), sizeof(int32_t),
           sizeof(int64_t), sizeof(long));

    uint8_t bytes[20];
    for (int i = 0; i < 20; i++)
        bytes[i] = (uint8_t)(i * 37 + 11);
    printf("sum bytes: %u\n", sum_bytes(bytes, 20));

    /* unsigned char promotion */
    unsigned char uc = 200;
    signed char sc = -100;
    printf("promote: %d %d %d\n", uc + uc, sc + sc, uc + sc);

    uint16_t acc16 = 1;
    for (int i = 0; i < 20; i++)
        acc16 = (uint16_t)(acc16 * 3 + 7);
    printf("acc16: %u\n", acc16);
    uint32_t h = 2166136261u;
    for (int i = 0; i < 10; i++)
        h = (h ^ (uint32_t)i) * 16777619u;
    printf("fnv: %08x\n", h);
    return 0;
}
