/* Calls with many arguments of mixed classes (ints, floats, doubles, pointers, small
 * structs): register exhaustion, stack-passed arguments, float (not promoted) parameters
 * in prototyped calls, and callbacks receiving many arguments. */
#include <stdio.h>

/* Kept out of line (and external) so that -O2 keeps the calls and their ABI. */
#define NOINLINE __attribute__((noinline))

struct S2 { short a, b; };

NOINLINE long ints12(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j, long k, char l) {
    return a + 2L * b + 3L * c + 4L * d + 5L * e + 6L * f + 7L * g + 8L * h + 9L * i + 10L * j + 11 * k + 12 * l;
}

NOINLINE double doubles10(double a, double b, double c, double d, double e, double f, double g,
                        double h, double i, double j) {
    return a - b + c - d + e - f + g - h + i - j * 2;
}

NOINLINE float floats_mixed(float a, int b, float c, long d, float e, double f, float g, int h,
                          float i, float j, float k, float l, float m) {
    return a + (float)b + c + (float)d + e + (float)f + g + (float)h + i + j + k + l + m;
}

NOINLINE void ptrs(int *a, const char *b, double *c, long *d, int *e, int *f, int *g, int *h, int v) {
    *a = v;
    *c = v * 0.5;
    *d = (long)v * 1000;
    *e = *f = *g = *h = (int)b[0];
}

NOINLINE int structs(struct S2 a, int x, struct S2 b, double y, struct S2 c, int z, struct S2 d,
                   struct S2 e, struct S2 f, struct S2 g, struct S2 h, struct S2 i) {
    return a.a + b.b + c.a + d.b + e.a + f.b + g.a + h.b + i.a * i.b + x + z + (int)y;
}

typedef double (*many_cb)(int, double, int, double, int, double, int, double, int, double);
NOINLINE double cb_impl(int a, double b, int c, double d, int e, double f, int g, double h, int i, double j) {
    return a * b + c * d + e * f + g * h + i * j;
}
NOINLINE double call_cb(many_cb cb) { return cb(1, 0.5, 2, 1.5, 3, 2.5, 4, 3.5, 5, 4.5); }

int main(void) {
    printf("ints12=%ld\n", ints12(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100000000000L, 'A'));
    printf("doubles10=%g\n", doubles10(1, 2, 3, 4, 5, 6, 7, 8, 9.5, 10.25));
    printf("floats_mixed=%g\n",
           floats_mixed(0.5f, 1, 1.5f, 2, 2.5f, 3.0, 3.5f, 4, 4.5f, 5.5f, 6.5f, 7.5f, 8.5f));
    int a, e, f, g, h;
    double c;
    long d;
    ptrs(&a, "Zed", &c, &d, &e, &f, &g, &h, 77);
    printf("ptrs: %d %g %ld %d %d %d %d\n", a, c, d, e, f, g, h);
    struct S2 s[9];
    for (int i = 0; i < 9; i++) s[i] = (struct S2){(short)(i + 1), (short)(-i * 10)};
    printf("structs=%d\n", structs(s[0], 1000, s[1], 0.75, s[2], 2000, s[3], s[4], s[5], s[6], s[7], s[8]));
    printf("callback=%g\n", call_cb(cb_impl));
    printf("printf many: %d %g %d %g %d %g %d %g %d %g %s %c %ld\n", 1, 1.5, 2, 2.5, 3, 3.5, 4,
           4.5, 5, 5.5, "six", '7', 8L);
    return 0;
}
