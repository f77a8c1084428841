/* Floating-point numerics printed at a precision that does not depend on FMA
 * contraction: trapezoid and Simpson integration, Horner polynomial evaluation,
 * bisection root finding, Kahan summation and a simple ODE (Euler vs RK4). */
#include <stdio.h>
#include <math.h>

typedef double (*fn)(double);
static double square(double x) { return x * x; }
static double gauss(double x) { return exp(-x * x); }
static double inv(double x) { return 1.0 / x; }

static double trapezoid(fn f, double a, double b, int n) {
    double h = (b - a) / n, s = (f(a) + f(b)) / 2;
    for (int i = 1; i < n; i++) s += f(a + i * h);
    return s * h;
}
static double simpson(fn f, double a, double b, int n) {
    double h = (b - a) / n, s = f(a) + f(b);
    for (int i = 1; i < n; i++) s += f(a + i * h) * (i % 2 ? 4 : 2);
    return s * h / 3;
}
static double horner(const double *c, int n, double x) {
    double r = 0;
    for (int i = n - 1; i >= 0; i--) r = r * x + c[i];
    return r;
}
static double bisect(const double *c, int n, double lo, double hi) {
    for (int i = 0; i < 100; i++) {
        double mid = (lo + hi) / 2;
        if ((horner(c, n, lo) < 0) == (horner(c, n, mid) < 0)) lo = mid; else hi = mid;
    }
    return lo;
}
static double deriv(double t, double y) { return y * cos(t); }

int main(void) {
    printf("int x^2 [0,3]: trap=%.6f simpson=%.6f\n", trapezoid(square, 0, 3, 1000), simpson(square, 0, 3, 1000));
    printf("int exp(-x^2) [0,2]: %.8f (erf*sqrt(pi)/2=%.8f)\n", simpson(gauss, 0, 2, 2000),
           erf(2.0) * sqrt(acos(-1.0)) / 2);
    printf("int 1/x [1,e]: %.8f\n", simpson(inv, 1, exp(1.0), 1000));
    const double poly[] = {-6, 11, -6, 1}; /* (x-1)(x-2)(x-3) */
    for (double x = 0; x <= 4; x += 0.5) printf("p(%.1f)=%.4f ", x, horner(poly, 4, x));
    printf("\n");
    printf("roots: %.9f %.9f %.9f\n", bisect(poly, 4, 0.5, 1.5), bisect(poly, 4, 1.5, 2.5), bisect(poly, 4, 2.5, 3.7));
    double naive = 0, kahan = 0, comp = 0;
    for (int i = 0; i < 100000; i++) {
        double v = 0.1;
        naive += v;
        double y = v - comp, t = kahan + y;
        comp = (t - kahan) - y;
        kahan = t;
    }
    printf("sum 0.1 x 1e5: naive=%.6f kahan=%.6f naive_err>kahan_err=%d\n", naive, kahan,
           fabs(naive - 10000) > fabs(kahan - 10000));
    double ye = 1, yr = 1, h = 0.01, t = 0;
    for (int i = 0; i < 300; i++) {
        ye += h * deriv(t, ye);
        double k1 = deriv(t, yr), k2 = deriv(t + h / 2, yr + h / 2 * k1);
        double k3 = deriv(t + h / 2, yr + h / 2 * k2), k4 = deriv(t + h, yr + h * k3);
        yr += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
        t += h;
    }
    printf("ode at t=%.2f: euler=%.5f rk4=%.7f exact=%.7f\n", t, ye, yr, exp(sin(t)));
    return 0;
}
