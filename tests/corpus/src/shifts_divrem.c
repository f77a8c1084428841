/* Shifts (logical, arithmetic, variable amounts) and division/remainder of negative
 * numbers in all widths, including by constants that clang turns into multiplications. */
#include <stdio.h>
#include <stdint.h>
#include <inttypes.h>

/* Kept out of line (and external) so that -O2 keeps the calls and their ABI. */
#define NOINLINE __attribute__((noinline))

NOINLINE int32_t sdiv(int32_t a, int32_t b) { return a / b; }
NOINLINE int32_t srem(int32_t a, int32_t b) { return a % b; }
NOINLINE uint32_t udiv(uint32_t a, uint32_t b) { return a / b; }
NOINLINE uint32_t urem(uint32_t a, uint32_t b) { return a % b; }
NOINLINE int64_t sdiv64(int64_t a, int64_t b) { return a / b; }
NOINLINE int64_t srem64(int64_t a, int64_t b) { return a % b; }
NOINLINE int16_t div16(int16_t a, int16_t b) { return (int16_t)(a / b); }
NOINLINE int8_t rem8(int8_t a, int8_t b) { return (int8_t)(a % b); }

NOINLINE uint32_t shl(uint32_t v, unsigned n) { return v << n; }
NOINLINE uint32_t lshr(uint32_t v, unsigned n) { return v >> n; }
NOINLINE int32_t ashr(int32_t v, unsigned n) { return v >> n; }
NOINLINE uint64_t shl64(uint64_t v, unsigned n) { return v << n; }
NOINLINE int64_t ashr64(int64_t v, unsigned n) { return v >> n; }

int main(void) {
    static const int32_t nums[] = {7, -7, 100, -100, 1, -1, 2147483647, -2147483647};
    static const int32_t dens[] = {2, -2, 3, -3, 7, -7};
    for (unsigned i = 0; i < sizeof nums / sizeof nums[0]; i++) {
        printf("%d:", nums[i]);
        for (unsigned j = 0; j < sizeof dens / sizeof dens[0]; j++)
            printf(" %d/%d=%d,%d", nums[i], dens[j], sdiv(nums[i], dens[j]), srem(nums[i], dens[j]));
        printf("\n");
    }
    printf("udiv: %u %u %u %u\n", udiv(4294967295u, 7), urem(4294967295u, 7), udiv(10, 3), urem(10, 3));
    printf("div64: %" PRId64 " %" PRId64 "\n", sdiv64(-9000000000000000000LL, 7),
           srem64(-9000000000000000000LL, 7));
    printf("div16: %d %d\n", div16(-32767, 3), div16(32767, -10));
    printf("rem8: %d %d\n", rem8(-128 + 1, 10), rem8(100, -7));

    /* division by constants (magic numbers at -O2) */
    int32_t acc = 0;
    for (int32_t v = -50; v <= 50; v += 7)
        acc += v / 3 + v % 5 + v / 8 + v % 16;
    printf("const div acc: %d\n", acc);
    uint32_t uacc = 0;
    for (uint32_t v = 0; v < 4000000000u; v += 123456789u)
        uacc += v / 10 + v % 1000 + v / 7;
    printf("const udiv acc: %u\n", uacc);

    for (unsigned n = 0; n < 32; n += 5)
        printf("shift %2u: %08x %08x %08x\n", n, shl(0x80000001u, n), lshr(0x80000001u, n),
               (uint32_t)ashr((int32_t)0x80000001u, n));
    for (unsigned n = 0; n < 64; n += 13)
        printf("shift64 %2u: %016" PRIx64 " %016" PRIx64 "\n", n, shl64(0xF00000000000000Full, n),
               (uint64_t)ashr64(INT64_MIN + 15, n));

    /* narrow shifts: promoted to int first */
    uint8_t b = 0x81;
    printf("u8 shifts: %d %d %u\n", b << 1, b >> 1, (uint8_t)(b << 1));
    int8_t sb = -16;
    printf("i8 ashr: %d %d\n", sb >> 2, (int8_t)(sb * 4));
    uint16_t h = 0xABCD;
    printf("u16 rot: %04x\n", (uint16_t)((h << 4) | (h >> 12)));
    return 0;
}
