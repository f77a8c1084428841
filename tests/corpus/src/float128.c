/* IEEE binary128 arithmetic and calls: `__float128` on x86-64 (passed in SSE registers,
 * computed by libgcc's soft-float routines) and `long double` on AArch64 (the same format
 * in q registers). glibc's printf has no binary128 conversion, so values are printed as
 * doubles and as the hex of their 16 bytes (exactly the same on both ISAs). */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#if defined(__x86_64__)
typedef __float128 f128;
#else
typedef long double f128;
#endif

struct boxed { f128 v; };
struct mixed { f128 v; int n; };

static void bits(const char *what, f128 x) {
    uint64_t w[2];
    memcpy(w, &x, sizeof w);
    printf("%s: %016llx%016llx (%.17g)\n", what, (unsigned long long)w[1],
           (unsigned long long)w[0], (double)x);
}

__attribute__((noinline)) f128 add(f128 a, f128 b) { return a + b; }
__attribute__((noinline)) f128 poly(f128 x, f128 a, f128 b, f128 c) { return (a * x + b) * x + c; }
__attribute__((noinline)) f128 quot(f128 a, f128 b) { return a / b - a; }
__attribute__((noinline)) f128 neg_abs(f128 a) { return -(a < 0 ? -a : a); }
__attribute__((noinline)) int cmp_mask(f128 a, f128 b) {
    return (a < b) | (a <= b) << 1 | (a > b) << 2 | (a >= b) << 3 | (a == b) << 4 |
           (a != b) << 5;
}
__attribute__((noinline)) struct boxed box(f128 v) { struct boxed r = { v * 2 }; return r; }
__attribute__((noinline)) struct mixed mix(struct mixed m) { m.v += m.n; m.n++; return m; }
/* Ten binary128 arguments and integers in between: some go on the stack. */
__attribute__((noinline)) f128 many(f128 a0, f128 a1, f128 a2, int i, f128 a3, f128 a4, f128 a5,
                                    f128 a6, double d, f128 a7, f128 a8, f128 a9) {
    return a0 + a1 * 2 + a2 * 3 + a3 * 4 + a4 * 5 + a5 * 6 + a6 * 7 + a7 * 8 + a8 * 9 +
           a9 * 10 + i + d;
}
__attribute__((noinline)) f128 sum_va(int n, ...) {
    va_list ap;
    va_start(ap, n);
    f128 s = 0;
    for (int i = 0; i < n; i++) s += va_arg(ap, f128);
    va_end(ap);
    return s;
}
typedef f128 (*binop)(f128, f128);
__attribute__((noinline)) f128 apply(binop f, f128 a, f128 b) { return f(a, b); }
__attribute__((noinline)) f128 fact(int n) { return n <= 1 ? 1 : n * fact(n - 1); }

int main(void) {
    f128 third = (f128)1 / 3;
    bits("third", third);
    bits("add", add(third, third));
    bits("poly", poly(third, 3, -2, (f128)0.5));
    bits("quot", quot(10, 4));
    bits("neg_abs", neg_abs(-third));
    bits("neg_abs0", neg_abs(0));
    printf("cmp: %d %d %d\n", cmp_mask(1, 2), cmp_mask(2, 2), cmp_mask(third, -third));
    bits("box", box(third).v);
    struct mixed m = mix((struct mixed){third, 41});
    bits("mix", m.v);
    printf("mix.n: %d\n", m.n);
    bits("many", many(1, 2, 3, 4, 5, 6, 7, 8, 0.25, 9, 10, third));
    bits("sum_va", sum_va(3, third, (f128)1, (f128)-2.5));
    bits("sum_va10", sum_va(10, (f128)1, (f128)2, (f128)3, (f128)4, (f128)5, (f128)6,
                            (f128)7, (f128)8, (f128)9, third));
    bits("apply", apply(add, 1, third));
    bits("fact25", fact(25));
    /* Conversions: integers of every width, float and double, both ways. */
    f128 big = fact(30);
    printf("to int: %lld %llu %d %u\n", (long long)(fact(20) / 7), (unsigned long long)fact(20),
           (int)(-third * 3000), (unsigned)(third * 3e9));
    __int128 wide = (__int128)big;
    printf("to i128: %016llx%016llx\n", (unsigned long long)(wide >> 64), (unsigned long long)wide);
    bits("from i128", (f128)((__int128)1 << 100) + (f128)(-(__int128)12345));
    bits("from u64", (f128)18446744073709551615ull);
    bits("from i32", (f128)-2147483647);
    bits("from float", (f128)1.1f);
    bits("from double", (f128)0.1);
    printf("to float: %.9g to double: %.17g\n", (double)(float)third, (double)third);
    volatile f128 z = 0;
    f128 inf = 1 / z, nan = z / z;
    printf("inf: %d %d nan: %d %d %d\n", inf > big, -inf < -big, nan == nan, nan != nan,
           cmp_mask(nan, 1));
    f128 acc = 0;
    for (int i = 1; i <= 100; i++) acc += (f128)1 / i;
    bits("harmonic", acc);
    return 0;
}
