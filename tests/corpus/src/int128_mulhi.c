/* __int128 arithmetic and 64-bit multiplication high halves (umulh / mul with rdx). */
#include <stdio.h>
#include <stdint.h>
#include <inttypes.h>

/* Kept out of line (and external) so that -O2 keeps the calls and their ABI. */
#define NOINLINE __attribute__((noinline))

typedef unsigned __int128 u128;
typedef __int128 i128;

NOINLINE uint64_t mulhi_u(uint64_t a, uint64_t b) { return (uint64_t)(((u128)a * b) >> 64); }
NOINLINE int64_t mulhi_s(int64_t a, int64_t b) { return (int64_t)(((i128)a * b) >> 64); }

NOINLINE void print_u128(u128 v) {
    char buf[48];
    int n = 0;
    if (v == 0)
        buf[n++] = '0';
    while (v != 0) {
        buf[n++] = (char)('0' + (int)(v % 10));
        v /= 10;
    }
    while (n > 0)
        putchar(buf[--n]);
    putchar('\n');
}

NOINLINE u128 factorial(unsigned n) {
    u128 r = 1;
    for (unsigned i = 2; i <= n; i++)
        r *= i;
    return r;
}

/* Portable 64x64->128 using 32-bit halves, compared against the native one. */
NOINLINE void mul_parts(uint64_t a, uint64_t b, uint64_t *hi, uint64_t *lo) {
    uint64_t al = a & 0xFFFFFFFFu, ah = a >> 32, bl = b & 0xFFFFFFFFu, bh = b >> 32;
    uint64_t ll = al * bl, lh = al * bh, hl = ah * bl, hh = ah * bh;
    uint64_t mid = (ll >> 32) + (lh & 0xFFFFFFFFu) + (hl & 0xFFFFFFFFu);
    *lo = (ll & 0xFFFFFFFFu) | (mid << 32);
    *hi = hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
}

int main(void) {
    static const uint64_t vals[] = {0, 1, 3, 0xFFFFFFFFull, 0x123456789ABCDEFull,
                                    0xFFFFFFFFFFFFFFFFull, 0x8000000000000000ull};
    unsigned n = sizeof vals / sizeof vals[0];
    int mismatches = 0;
    for (unsigned i = 0; i < n; i++) {
        for (unsigned j = i; j < n; j++) {
            uint64_t hi, lo;
            mul_parts(vals[i], vals[j], &hi, &lo);
            uint64_t nh = mulhi_u(vals[i], vals[j]);
            uint64_t nl = vals[i] * vals[j];
            if (hi != nh || lo != nl)
                mismatches++;
            printf("%016" PRIx64 " * %016" PRIx64 " = %016" PRIx64 ":%016" PRIx64 "\n", vals[i],
                   vals[j], nh, nl);
        }
    }
    printf("mismatches: %d\n", mismatches);
    printf("mulhi_s: %" PRId64 " %" PRId64 " %" PRId64 "\n", mulhi_s(-1, 1), mulhi_s(INT64_MIN, 2),
           mulhi_s(INT64_MAX, INT64_MAX));
    printf("25! = ");
    print_u128(factorial(25));
    printf("30! = ");
    print_u128(factorial(30));
    u128 big = ((u128)0xFFFFFFFFFFFFFFFFull << 64) | 0xFFFFFFFFFFFFFFFFull;
    printf("max u128 = ");
    print_u128(big);
    i128 neg = -(i128)factorial(20);
    printf("neg/7 = %" PRId64 " rem %" PRId64 "\n", (int64_t)(neg / 7), (int64_t)(neg % 7));
    printf("shift: %016" PRIx64 "\n", (uint64_t)((big >> 3) >> 64));
    return 0;
}
