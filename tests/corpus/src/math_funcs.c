/* math.h: sqrt, floor, ceil, trunc, round, fabs, pow, fmod, copysign, fmin/fmax,
 * exp/log, sin/cos/atan2, hypot, ldexp/frexp, in float and double flavours. */
#include <stdio.h>
#include <math.h>

static double apply(double (*f)(double), double x) { return f(x); }

/* External, writable globals: -O2 cannot fold the libm calls on them away. */
double inputs[] = {0.0, 0.25, 1.0, 2.0, 2.5, -2.5, 10.0, 123.456, -0.75};
double two = 2.0, three = 3.0, half = 0.5, ten = 10.0;
float onehalf = 1.5f;

int main(void) {
    for (unsigned i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        double x = inputs[i];
        printf("x=%g fabs=%g floor=%g ceil=%g trunc=%g round=%g rint=%g\n", x, fabs(x), floor(x),
               ceil(x), trunc(x), round(x), rint(x));
    }
    for (int i = 0; i <= 10; i++)
        printf("sqrt(%d)=%.10f sqrtf=%.6f\n", i * i + i, sqrt((double)(i * i + i)),
               (double)sqrtf((float)(i * i + i)));
    printf("pow: %g %g %g %.10f\n", pow(two, ten), pow(three, -two), pow(-two, three), pow(two, half));
    printf("powf: %g\n", (double)powf(onehalf, 4.0f));
    printf("fmod: %g %g %g\n", fmod(ten + half, three), fmod(-ten - half, three), fmod(7.0, -two - half));
    printf("copysign: %g %g\n", copysign(3.0, -0.0), copysign(-4.0, 1.0));
    printf("fmin/fmax: %g %g %g\n", fmin(1.0, -2.0), fmax(1.0, -2.0), fmax(NAN, 5.0));
    printf("exp/log: %.10f %.10f %.10f\n", exp(half + half), log(ten), log2(ten * 102.4));
    printf("log10: %.10f\n", log10(0.001));
    printf("trig: %.10f %.10f %.10f\n", sin(half), cos(half), atan2(half, -half));
    printf("hypot: %g\n", hypot(three, two + two));
    int e;
    double m = frexp(ten * 4.8, &e);
    printf("frexp: %g %d ldexp: %g\n", m, e, ldexp(0.75, 6));
    printf("floorf/ceilf: %g %g\n", (double)floorf(-1.5f), (double)ceilf(-1.5f));
    printf("fabsf: %g\n", (double)fabsf(-7.25f));
    printf("isnan/isinf: %d %d %d\n", isnan(sqrt(-1.0)) != 0, isinf(HUGE_VAL) != 0,
           isfinite(1.0) != 0);
    printf("via pointer: %g %g\n", apply(sqrt, 81.0), apply(floor, -0.5));
    /* Newton's method against sqrt */
    double guess = 1.0;
    for (int i = 0; i < 20; i++)
        guess = 0.5 * (guess + two / guess);
    printf("newton: %.15f diff=%g\n", guess, fabs(guess - sqrt(two)));
    double acc = 0.0;
    for (int k = 0; k < 200; k++)
        acc += (k % 2 ? -4.0 : 4.0) / (2 * k + 1);
    printf("leibniz: %.8f\n", acc);
    printf("lround/llrint: %ld %lld\n", lround(-two - half), llrint(6.0 + half));
    return 0;
}
