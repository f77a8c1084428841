/* `long double` end to end: x86_fp80 on x86-64, fp128 on AArch64. Every printed value is
 * exact in both formats or printed at a precision both formats round the same way, so the
 * two targets print the same bytes. */
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>

/* Kept out of line (and external) so that -O2 keeps the calls and their ABI. */
#define NOINLINE __attribute__((noinline))

typedef struct { char tag; long double v; int n; } Tagged;
typedef struct { long double re, im; } Complex;

NOINLINE long double add3(long double a, double b, long double c) { return a + b + c; }
NOINLINE long double mix(int i, long double a, float f, long double b, long long k) {
    return (a - b) * i + f / k;
}
NOINLINE Complex cmul(Complex a, Complex b) {
    Complex r = {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
    return r;
}
NOINLINE Tagged scale(Tagged t, long double by) { t.v *= by; t.n++; return t; }
NOINLINE long double sum_va(int n, ...) {
    va_list ap;
    va_start(ap, n);
    long double s = 0;
    for (int i = 0; i < n; i++) {
        long double x = va_arg(ap, long double);
        int w = va_arg(ap, int);
        s += x * w;
    }
    va_end(ap);
    return s;
}
NOINLINE int cmp_all(long double a, long double b) {
    return (a < b) | (a <= b) << 1 | (a > b) << 2 | (a >= b) << 3 | (a == b) << 4 |
           (a != b) << 5 | __builtin_isunordered(a, b) << 6 | __builtin_isless(a, b) << 7;
}
NOINLINE long double from_i8(signed char x) { return x; }
NOINLINE long double from_u16(unsigned short x) { return x; }
NOINLINE long double from_i32(int x) { return x; }
NOINLINE long double from_u32(unsigned x) { return x; }
NOINLINE long double from_i64(int64_t x) { return x; }
NOINLINE long double from_u64(uint64_t x) { return x; }
NOINLINE long double from_i128(__int128 x) { return x; }
NOINLINE long double from_u128(unsigned __int128 x) { return x; }
NOINLINE long double from_f(float x) { return x; }
NOINLINE long double from_d(double x) { return x; }
NOINLINE signed char to_i8(long double x) { return (signed char)x; }
NOINLINE unsigned char to_u8(long double x) { return (unsigned char)x; }
NOINLINE short to_i16(long double x) { return (short)x; }
NOINLINE int to_i32(long double x) { return (int)x; }
NOINLINE unsigned to_u32(long double x) { return (unsigned)x; }
NOINLINE int64_t to_i64(long double x) { return (int64_t)x; }
NOINLINE uint64_t to_u64(long double x) { return (uint64_t)x; }
NOINLINE __int128 to_i128(long double x) { return (__int128)x; }
NOINLINE unsigned __int128 to_u128(long double x) { return (unsigned __int128)x; }
NOINLINE float to_f(long double x) { return (float)x; }
NOINLINE double to_d(long double x) { return (double)x; }

static void print_u128(unsigned __int128 v) {
    char buf[48];
    int i = 47;
    buf[i] = 0;
    do { buf[--i] = (char)('0' + (int)(v % 10)); v /= 10; } while (v);
    fputs(buf + i, stdout);
}

long double table[4] = {0.5L, -1.25L, 1e10L, 3.0L};

int main(void) {
    /* Series: zeta(2) and e, far more terms than double would resolve. */
    long double z = 0, e = 0, term = 1;
    for (int k = 1; k <= 2000; k++) z += 1.0L / ((long double)k * k);
    for (int k = 1; k < 25; k++) { e += term; term /= k; }
    printf("zeta2 ~ %.15Lf  e ~ %.17Lf\n", z, e);
    long double tiny = 1.0L / (1LL << 60);
    printf("1+2^-60-1 = %Lg (double: %g)\n", (1.0L + tiny) - 1.0L, (1.0 + (double)tiny) - 1.0);
    printf("add3 %.6Lf mix %.6Lf\n", add3(1.5L, 2.25, -0.125L), mix(3, 10.5L, 1.5f, 0.25L, 4));
    printf("div %.18Lf rem %Lg neg %Lg\n", 1.0L / 3, fmodl(7.5L, 2.0L), -table[1]);
    printf("%%Lf %Lf %%Le %Le %%Lg %Lg %%.3Lg %.3Lg %%10.2Lf [%10.2Lf]\n", table[2], table[1],
           table[0], 123456789.0L, -2.5L);

    /* Conversions from and to every width. */
    printf("from: %Lg %Lg %Lg %Lg %.1Lf %.1Lf\n", from_i8(-100), from_u16(65535), from_i32(-7),
           from_u32(4294967295u), from_i64(INT64_MIN), from_u64(UINT64_MAX));
    printf("from128: %.1Lf %.1Lf %Lg %.17Lg\n", from_i128(-((__int128)1 << 100)),
           from_u128(((unsigned __int128)1 << 100) + ((unsigned __int128)1 << 40)),
           from_f(0.1f), from_d(0.1));
    printf("to: %d %u %d %d %u\n", to_i8(-128.9L), to_u8(255.5L), to_i16(-32768.0L),
           to_i32(-2147483648.75L), to_u32(4294967295.5L));
    printf("to64: %lld %llu %llu\n", (long long)to_i64(-9.2e18L), (unsigned long long)to_u64(18446744073709551615.0L),
           (unsigned long long)to_u64(9223372036854775808.0L));
    printf("to128: ");
    print_u128((unsigned __int128)-to_i128(-1267650600228229401496703205376.0L));
    printf(" ");
    print_u128(to_u128(1329227995784915872903807060280344576.0L));
    printf("\nto float %.9g double %.17g\n", to_f(1.0L / 3), to_d(1.0L / 3));

    /* Comparisons, NaN included. */
    long double nan = __builtin_nanl("");
    long double vals[] = {-1.0L, 0.0L, -0.0L, 2.5L, nan, __builtin_infl()};
    for (int i = 0; i < 6; i++)
        for (int j = 0; j < 6; j += 2) printf("%02x%c", cmp_all(vals[i], vals[j]), j == 4 ? '\n' : ' ');
    printf("isnan %d isinf %d signbit(-0) %d nan %Lf inf %Lf\n", isnan(nan), isinf(vals[5]),
           signbit(vals[2]) != 0, nan, -vals[5]);

    /* Varargs, structs and arrays by value. */
    printf("sum_va %.4Lf\n", sum_va(3, 1.5L, 2, -0.25L, 4, 100.0L, -1));
    Complex a = {1.5L, -2.0L}, b = {0.5L, 4.0L};
    Complex c = cmul(a, b);
    printf("cmul %.3Lf%+.3Lfi\n", c.re, c.im);
    Tagged t = {'x', 2.5L, 7};
    Tagged u = scale(t, -4.0L);
    printf("scale %c %.2Lf %d sizeof %d\n", u.tag, u.v, u.n, (int)(sizeof(Tagged) >= 32));
    long double acc = 0;
    for (int i = 0; i < 4; i++) acc += table[i] * (i + 1);
    printf("table %.4Lf\n", acc);

    /* libm's long double functions. */
    printf("sqrtl %.15Lf cbrtl %.15Lf expl %.15Lf logl %.15Lf\n", sqrtl(2.0L), cbrtl(27.0L),
           expl(1.0L), logl(10.0L));
    printf("powl %.6Lf sinl %.15Lf atan2l %.15Lf hypotl %.3Lf\n", powl(1.5L, 20.0L), sinl(1.0L),
           atan2l(1.0L, 1.0L) * 4, hypotl(3.0L, 4.0L));
    printf("floorl %Lg ceill %Lg truncl %Lg roundl %Lg rintl %Lg fabsl %Lg copysignl %Lg\n",
           floorl(-2.5L), ceill(-2.5L), truncl(-2.7L), roundl(2.5L), rintl(2.5L), fabsl(-3.0L),
           copysignl(2.0L, -0.0L));
    printf("lroundl %ld llrintl %lld frexpl ", lroundl(-2.5L), llrintl(3.5L));
    int ex;
    long double m = frexpl(48.0L, &ex);
    printf("%Lg*2^%d ldexpl %Lg fmaxl %Lg\n", m, ex, ldexpl(0.75L, 10), fmaxl(-1.0L, nan));
    return 0;
}
