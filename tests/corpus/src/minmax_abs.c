/* min/max/abs/clamp idioms that clang -O2 turns into llvm.smax/smin/umax/umin/abs,
 * select chains and saturating arithmetic written by hand. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

/* Kept out of line (and external) so that -O2 keeps the calls and their ABI. */
#define NOINLINE __attribute__((noinline))

NOINLINE int imax(int a, int b) { return a > b ? a : b; }
NOINLINE int imin(int a, int b) { return a < b ? a : b; }
NOINLINE unsigned umax(unsigned a, unsigned b) { return a > b ? a : b; }
NOINLINE unsigned umin(unsigned a, unsigned b) { return a < b ? a : b; }
NOINLINE long lmax(long a, long b) { return a >= b ? a : b; }
NOINLINE int iabs(int a) { return a < 0 ? -a : a; }
NOINLINE long long llabs_hand(long long a) { return a < 0 ? -a : a; }
NOINLINE int clamp(int v, int lo, int hi) { return imin(imax(v, lo), hi); }
NOINLINE uint8_t sat_add_u8(uint8_t a, uint8_t b) {
    unsigned s = (unsigned)a + b;
    return (uint8_t)(s > 255 ? 255 : s);
}
NOINLINE int16_t sat_sub_i16(int16_t a, int16_t b) {
    int d = a - b;
    return (int16_t)(d > INT16_MAX ? INT16_MAX : d < INT16_MIN ? INT16_MIN : d);
}
NOINLINE int max_of(const int *v, int n) {
    int m = v[0];
    for (int i = 1; i < n; i++)
        m = imax(m, v[i]);
    return m;
}
NOINLINE unsigned min_of_u(const unsigned *v, int n) {
    unsigned m = v[0];
    for (int i = 1; i < n; i++)
        m = umin(m, v[i]);
    return m;
}
NOINLINE long sum_abs_diff(const int *a, const int *b, int n) {
    long s = 0;
    for (int i = 0; i < n; i++)
        s += abs(a[i] - b[i]);
    return s;
}

int main(void) {
    int vals[] = {-7, 3, 0, 42, -100, 17, 42, -1};
    printf("max=%d\n", max_of(vals, 8));
    unsigned uvals[] = {5, 0xFFFFFFFFu, 3, 100, 7};
    printf("umin=%u umax=%u\n", min_of_u(uvals, 5), umax(uvals[1], uvals[2]));
    printf("imin=%d lmax=%ld\n", imin(-3, -4), lmax(1L << 40, -(1L << 41)));
    for (int i = 0; i < 8; i++)
        printf("abs(%d)=%d clamp=%d\n", vals[i], iabs(vals[i]), clamp(vals[i], -5, 20));
    printf("labs=%ld llabs=%lld hand=%lld\n", labs(-123456789012L), llabs(-5LL),
           llabs_hand(-9000000000000000000LL));
    int other[] = {1, 1, 1, 1, 1, 1, 1, 1};
    printf("sad=%ld\n", sum_abs_diff(vals, other, 8));
    printf("sat u8: %u %u %u\n", sat_add_u8(100, 100), sat_add_u8(200, 100), sat_add_u8(255, 255));
    printf("sat i16: %d %d %d\n", sat_sub_i16(-30000, 10000), sat_sub_i16(30000, -10000),
           sat_sub_i16(5, 7));
    int lo = vals[0], hi = vals[0];
    for (int i = 1; i < 8; i++) {
        lo = vals[i] < lo ? vals[i] : lo;
        hi = vals[i] > hi ? vals[i] : hi;
    }
    printf("range=[%d,%d] span=%u\n", lo, hi, (unsigned)(hi - lo));
    double d[] = {2.5, -8.0, 3.25, 0.0};
    double dm = d[0], dn = d[0];
    for (int i = 1; i < 4; i++) {
        dm = d[i] > dm ? d[i] : dm;
        dn = d[i] < dn ? d[i] : dn;
    }
    printf("double max=%g min=%g\n", dm, dn);
    unsigned char bytes[] = {10, 250, 128, 0, 77};
    unsigned char bmax = 0;
    for (int i = 0; i < 5; i++)
        bmax = bytes[i] > bmax ? bytes[i] : bmax;
    printf("byte max=%u\n", bmax);
    return 0;
}
