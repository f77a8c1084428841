/* Fixed-point arithmetic (Q16.16 in int32 with int64 intermediates): multiplication,
 * division, square root by bisection, and an ASCII Mandelbrot set computed entirely
 * in integers so every target draws the same picture. */
#include <stdio.h>
#include <stdint.h>

typedef int32_t fx;
#define FX_ONE (1 << 16)
#define FX(x) ((fx)((x) * FX_ONE))

static fx fx_mul(fx a, fx b) { return (fx)(((int64_t)a * b) >> 16); }
static fx fx_div(fx a, fx b) { return (fx)((int64_t)a * FX_ONE / b); }
static fx fx_sqrt(fx a) {
    fx lo = 0, hi = a > FX_ONE ? a : FX_ONE;
    for (int i = 0; i < 40; i++) {
        fx mid = lo + (hi - lo) / 2;
        if ((((int64_t)mid * mid) >> 16) <= a) lo = mid; else hi = mid;
    }
    return lo;
}
static void fx_print(const char *label, fx v) {
    int64_t scaled = (int64_t)v * 10000 / FX_ONE; /* truncates toward zero */
    const char *sign = scaled < 0 ? "-" : "";
    if (scaled < 0) scaled = -scaled;
    printf("%s = %s%lld.%04lld\n", label, sign, (long long)(scaled / 10000), (long long)(scaled % 10000));
}

int main(void) {
    fx_print("1.5*2.25", fx_mul(FX(1.5), FX(2.25)));
    fx_print("-3/7", fx_div(FX(-3), FX(7)));
    fx_print("sqrt(2)", fx_sqrt(FX(2)));
    fx_print("sqrt(1000)", fx_sqrt(FX(1000)));
    fx_print("0.1*0.1", fx_mul(FX(0.1), FX(0.1)));
    int64_t total_iter = 0;
    for (int row = 0; row < 21; row++) {
        fx ci = FX(-1.2) + row * (FX(2.4) / 20);
        char line[61];
        for (int col = 0; col < 60; col++) {
            fx cr = FX(-2.1) + col * (FX(3.0) / 59);
            fx zr = 0, zi = 0;
            int it = 0;
            while (it < 50) {
                fx zr2 = fx_mul(zr, zr), zi2 = fx_mul(zi, zi);
                if (zr2 + zi2 > FX(4)) break;
                fx nzr = zr2 - zi2 + cr;
                zi = 2 * fx_mul(zr, zi) + ci;
                zr = nzr;
                it++;
            }
            total_iter += it;
            line[col] = " .:-=+*#%@"[it * 9 / 50];
        }
        line[60] = '\0';
        printf("|%s|\n", line);
    }
    printf("total iterations=%lld\n", (long long)total_iter);
    return 0;
}
