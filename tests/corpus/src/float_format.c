/* printf formatting of floating point: %f %e %g with widths, precisions and flags,
 * plus snprintf into buffers and strtod parsing back. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    static const double vals[] = {0.0, 1.0, -1.0, 0.1, 3.14159265358979, 1234567.891,
                                  1e-10, 6.02214076e23, -0.000123456, 100.0, 1e15, 0.5};
    for (unsigned i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        double v = vals[i];
        printf("[%f] [%.2f] [%10.3f] [%-12.1f|] [%+f]\n", v, v, v, v, v);
        printf("  [%e] [%.3e] [%E] [%g] [%.3g] [%G] [%#g]\n", v, v, v, v, v, v, v);
    }
    float f = 2.5f;
    printf("float promoted: %f %g %e\n", f, f, f);
    printf("padding: [%08.3f] [% f] [%-8g|]\n", 3.5, 2.0, 1.5);
    printf("star: [%*.*f]\n", 12, 4, 2.718281828);
    printf("rounding: %.0f %.0f %.0f %.0f %.1f\n", 0.5, 1.5, 2.5, -0.5, 0.25);
    printf("big: %.0f\n", 1e20);
    printf("small g: %g %g %g\n", 0.0001, 0.00001, 123456789.0);

    char buf[64];
    int n = snprintf(buf, sizeof buf, "%.5f|%g", 1.0 / 7.0, 2.0 / 3.0);
    printf("snprintf: %s (%d)\n", buf, n);
    size_t small = sizeof buf / 8;
    n = snprintf(buf, small, "%f", 123.456);
    printf("truncated: %s (%d)\n", buf, n);

    char *end;
    double parsed = strtod("  -12.5e2xyz", &end);
    printf("strtod: %g rest=%s\n", parsed, end);
    parsed = strtod("0x1.8p1", &end);
    printf("strtod hex: %g\n", parsed);
    printf("atof: %g\n", atof("3.75"));

    /* Build a table */
    for (int i = 1; i <= 5; i++) {
        double r = 1.0 / i;
        printf("%d %8.5f %10.3e %g\n", i, r, r * 1000, r * r);
    }
    memset(buf, 0, sizeof buf);
    snprintf(buf, sizeof buf, "%a", 1.0);
    printf("hex float: %s\n", buf);
    return 0;
}
