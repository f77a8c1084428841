/* float and double arithmetic: +,-,*,/, negation, comparisons (including NaN and
 * signed zero), fptrunc/fpext and mixed-precision expressions. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

/* Kept out of line (and external) so that -O2 keeps the calls and their ABI. */
#define NOINLINE __attribute__((noinline))

NOINLINE float fmadd_like(float a, float b, float c) { return a * b + c; }
NOINLINE double dsum(const double *v, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++)
        s += v[i];
    return s;
}
NOINLINE uint32_t fbits(float f) { uint32_t u; memcpy(&u, &f, sizeof u); return u; }
NOINLINE uint64_t dbits(double d) { uint64_t u; memcpy(&u, &d, sizeof u); return u; }

NOINLINE const char *cmpstr(double a, double b) {
    if (a < b) return "lt";
    if (a > b) return "gt";
    if (a == b) return "eq";
    return "unordered";
}

int main(void) {
    float a = 1.5f, b = -2.25f, c = 0.125f;
    printf("float ops: %.6f %.6f %.6f %.6f\n", a + b, a - b, a * b, a / b);
    printf("fma-like (exact): %.6f\n", fmadd_like(a, b, c));
    double x = 1.0 / 3.0, y = 2.0 / 3.0;
    printf("double ops: %.17g %.17g %.17g\n", x + y, y - x, x * y);
    printf("neg: %g %g\n", -a, -x);

    float third = 1.0f / 3.0f;
    double widened = third;
    float back = (float)x;
    printf("fpext: %.17g\nfptrunc: %.9g\n", widened, back);
    printf("bits: %08x %016llx\n", fbits(third), (unsigned long long)dbits(x));

    double zero = 0.0, nzero = -0.0;
    printf("signed zero: %g %g eq=%d bits=%016llx\n", zero, nzero, zero == nzero,
           (unsigned long long)dbits(nzero));
    volatile double vz = 0.0;
    double inf = 1.0 / vz, ninf = -1.0 / vz;
    double nan = vz / vz;
    printf("inf: %f %f %d %d\n", inf, ninf, inf > 1e308, ninf < -1e308);
    printf("nan: self-eq=%d ne=%d cmp=%s %s %s\n", nan == nan, nan != nan, cmpstr(nan, 1.0),
           cmpstr(1.0, 2.0), cmpstr(3.0, 3.0));
    printf("nan lt/ge: %d %d\n", nan < 1.0, !(nan >= 1.0));

    double vals[16];
    for (int i = 0; i < 16; i++)
        vals[i] = (i % 2 ? -1.0 : 1.0) / (double)(i + 1);
    printf("alt harmonic: %.15f\n", dsum(vals, 16));

    /* float accumulation: rounding at single precision */
    float fs = 0.0f;
    for (int i = 0; i < 1000; i++)
        fs += 0.1f;
    printf("float accum: %.4f bits=%08x\n", fs, fbits(fs));
    double ds = 0.0;
    for (int i = 0; i < 1000; i++)
        ds += 0.1;
    printf("double accum: %.12f\n", ds);

    /* denormals and extremes */
    float tiny = 1e-38f;
    tiny /= 1000.0f;
    printf("denormal: %g %08x\n", tiny, fbits(tiny));
    double big = 1e308;
    printf("overflow: %g\n", big * 10.0);
    printf("mixed: %.6f\n", a * x + (double)b);
    float fa[4] = {3.5f, -1.25f, 8.0f, 0.5f};
    float mn = fa[0], mx = fa[0];
    for (int i = 1; i < 4; i++) {
        mn = fa[i] < mn ? fa[i] : mn;
        mx = fa[i] > mx ? fa[i] : mx;
    }
    printf("min/max: %g %g\n", mn, mx);
    return 0;
}
