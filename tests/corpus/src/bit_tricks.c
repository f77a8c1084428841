/* Bit manipulation: __builtin_popcount/clz/ctz/parity/bswap in 32 and 64 bits,
 * rotates (which become fshl/fshr), isolate/clear lowest bit, power-of-two tests,
 * bit reversal and hand-written popcount compared with the builtin. */
#include <stdio.h>
#include <stdint.h>

/* Kept out of line (and external) so that -O2 keeps the calls and their ABI. */
#define NOINLINE __attribute__((noinline))

NOINLINE uint32_t rotl32(uint32_t x, unsigned r) { return (x << (r & 31)) | (x >> ((32 - r) & 31)); }
NOINLINE uint64_t rotr64(uint64_t x, unsigned r) { return (x >> (r & 63)) | (x << ((64 - r) & 63)); }

NOINLINE int popcount_slow(uint64_t x) {
    int c = 0;
    while (x) {
        x &= x - 1;
        c++;
    }
    return c;
}

NOINLINE uint32_t reverse_bits(uint32_t x) {
    x = ((x >> 1) & 0x55555555u) | ((x & 0x55555555u) << 1);
    x = ((x >> 2) & 0x33333333u) | ((x & 0x33333333u) << 2);
    x = ((x >> 4) & 0x0F0F0F0Fu) | ((x & 0x0F0F0F0Fu) << 4);
    return __builtin_bswap32(x);
}

NOINLINE uint32_t next_pow2(uint32_t x) { return x <= 1 ? 1 : 1u << (32 - __builtin_clz(x - 1)); }

int main(void) {
    static const uint32_t v32[] = {1, 2, 3, 0x80000000u, 0xFFFFFFFFu, 0x00F0F000u, 12345678u, 0x10u};
    for (unsigned i = 0; i < sizeof v32 / sizeof v32[0]; i++) {
        uint32_t x = v32[i];
        printf("%08x pop=%d clz=%d ctz=%d parity=%d bswap=%08x rotl7=%08x rev=%08x\n", x,
               __builtin_popcount(x), __builtin_clz(x), __builtin_ctz(x), __builtin_parity(x),
               __builtin_bswap32(x), rotl32(x, 7), reverse_bits(x));
    }
    static const uint64_t v64[] = {1, 0x8000000000000000ull, 0x0123456789ABCDEFull, 0xFFull << 40};
    for (unsigned i = 0; i < sizeof v64 / sizeof v64[0]; i++) {
        uint64_t x = v64[i];
        printf("%016llx pop=%d/%d clz=%d ctz=%d bswap=%016llx rotr13=%016llx\n",
               (unsigned long long)x, __builtin_popcountll(x), popcount_slow(x),
               __builtin_clzll(x), __builtin_ctzll(x), (unsigned long long)__builtin_bswap64(x),
               (unsigned long long)rotr64(x, 13));
    }
    uint16_t h = 0xA1B2;
    printf("bswap16=%04x\n", __builtin_bswap16(h));
    for (uint32_t x = 0; x <= 20; x += 5)
        printf("next_pow2(%u)=%u is_pow2=%d lowest=%u cleared=%u\n", x, next_pow2(x),
               x && !(x & (x - 1)), x & -x, x & (x - 1));
    printf("next_pow2(1000000)=%u\n", next_pow2(1000000));
    int total = 0;
    for (uint32_t x = 0; x < 4096; x++)
        total += __builtin_popcount(x * 2654435761u);
    printf("total pop=%d\n", total);
    uint64_t gray = 0;
    for (uint64_t n = 0; n < 16; n++)
        gray = gray << 4 | ((n ^ (n >> 1)) & 0xF);
    printf("gray codes=%016llx\n", (unsigned long long)gray);
    printf("ffs: %d %d %d\n", __builtin_ffs(0), __builtin_ffs(8), __builtin_ffsll(1ll << 50));
    printf("clrsb: %d %d\n", __builtin_clrsb(-1), __builtin_clrsb(1));
    return 0;
}
