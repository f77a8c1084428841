/* Checked arithmetic with __builtin_{add,sub,mul}_overflow in signed/unsigned and
 * mixed widths (llvm.*.with.overflow), and safe helpers built on them. */
#include <stdio.h>
#include <stdint.h>
#include <limits.h>

/* Kept out of line (and external) so that -O2 keeps the calls and their ABI. */
#define NOINLINE __attribute__((noinline))

NOINLINE int safe_factorial(int n, int64_t *out) {
    int64_t r = 1;
    for (int i = 2; i <= n; i++)
        if (__builtin_mul_overflow(r, i, &r))
            return 0;
    *out = r;
    return 1;
}

NOINLINE int parse_decimal(const char *s, int32_t *out) {
    int32_t v = 0;
    int neg = *s == '-';
    if (neg) s++;
    if (!*s) return 0;
    for (; *s; s++) {
        if (*s < '0' || *s > '9') return 0;
        if (__builtin_mul_overflow(v, 10, &v)) return 0;
        if (__builtin_sub_overflow(v, *s - '0', &v)) return 0; /* accumulate negatively */
    }
    if (!neg && __builtin_mul_overflow(v, -1, &v)) return 0;
    *out = v;
    return 1;
}

int main(void) {
    int r;
    printf("add: %d", __builtin_add_overflow(INT_MAX, 1, &r));
    printf(" r=%d", r);
    printf(" | %d", __builtin_add_overflow(100, 200, &r));
    printf(" r=%d\n", r);
    unsigned u;
    printf("uadd: %d", __builtin_add_overflow(UINT_MAX, 2u, &u));
    printf(" u=%u\n", u);
    printf("usub: %d", __builtin_sub_overflow(3u, 5u, &u));
    printf(" u=%u\n", u);
    printf("ssub: %d", __builtin_sub_overflow(INT_MIN, 1, &r));
    printf(" r=%d\n", r);
    long long ll;
    printf("smul64: %d", __builtin_mul_overflow(LLONG_MAX / 2, 3LL, &ll));
    printf(" ll=%lld\n", ll);
    unsigned long long ull;
    printf("umul64: %d", __builtin_mul_overflow(0x100000000ull, 0x100000000ull, &ull));
    printf(" ull=%llu\n", ull);
    uint8_t b;
    printf("u8 add: %d", __builtin_add_overflow((uint8_t)200, (uint8_t)100, &b));
    printf(" b=%u\n", b);
    int16_t s16;
    printf("i16 mul: %d", __builtin_mul_overflow((int16_t)300, (int16_t)200, &s16));
    printf(" s16=%d\n", s16);
    /* mixed types: result type decides */
    int8_t s8;
    printf("mixed: %d", __builtin_add_overflow(100, 27, &s8));
    printf(" %d", __builtin_add_overflow(100, 28, &s8));
    printf(" s8=%d\n", s8);
    printf("uadd_overflow builtin: %d\n", __builtin_uadd_overflow(0x80000000u, 0x80000000u, &u));
    printf("smulll: %d\n", __builtin_smulll_overflow(-3037000500LL, 3037000500LL, &ll));
    for (int n = 18; n <= 22; n++) {
        int64_t f;
        if (safe_factorial(n, &f))
            printf("%d! = %lld\n", n, (long long)f);
        else
            printf("%d! overflows int64\n", n);
    }
    const char *inputs[] = {"0", "-2147483648", "2147483647", "2147483648", "-2147483649", "12a", "-"};
    for (int i = 0; i < 7; i++) {
        int32_t v;
        if (parse_decimal(inputs[i], &v))
            printf("parse %s -> %d\n", inputs[i], v);
        else
            printf("parse %s -> error\n", inputs[i]);
    }
    return 0;
}
