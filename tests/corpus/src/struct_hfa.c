/* Homogeneous floating-point aggregates (AAPCS64 HFA: up to 4 floats/doubles in SIMD
 * registers) and their x86-64 counterparts; also float+double mixes and nested HFAs. */
#include <stdio.h>

/* Kept out of line (and external) so that -O2 keeps the calls and their ABI. */
#define NOINLINE __attribute__((noinline))

struct F3 { float x, y, z; };
struct D2 { double re, im; };
struct D4 { double a, b, c, d; };
struct F4 { float a[2]; float b[2]; };
struct Nested { struct D2 inner; };
struct FD { float f; double d; };

NOINLINE struct F3 f3_cross(struct F3 a, struct F3 b) {
    return (struct F3){a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x};
}
NOINLINE struct D2 cmul(struct D2 a, struct D2 b) {
    return (struct D2){a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
}
NOINLINE struct D4 d4_scale(struct D4 v, double k) { return (struct D4){v.a * k, v.b * k, v.c * k, v.d * k}; }
NOINLINE double d4_sum(struct D4 v) { return v.a + v.b + v.c + v.d; }
NOINLINE struct F4 f4_swap(struct F4 v) { return (struct F4){{v.b[0], v.b[1]}, {v.a[0], v.a[1]}}; }
NOINLINE struct Nested nest_conj(struct Nested n) {
    n.inner.im = -n.inner.im;
    return n;
}
NOINLINE struct FD fd_make(float f, double d) { return (struct FD){f, d}; }

/* More HFAs than registers: the rest go to the stack */
NOINLINE double many_d2(struct D2 a, struct D2 b, struct D2 c, struct D2 d, struct D2 e) {
    return a.re + b.re + c.re + d.re + e.re + a.im * e.im;
}

int main(void) {
    struct F3 c = f3_cross((struct F3){1, 0, 0}, (struct F3){0, 1, 0});
    printf("cross: %g %g %g\n", c.x, c.y, c.z);
    c = f3_cross((struct F3){2, 3, 4}, (struct F3){5, 6, 7});
    printf("cross2: %g %g %g\n", c.x, c.y, c.z);
    struct D2 z = {1, 1};
    struct D2 acc = {1, 0};
    for (int i = 0; i < 8; i++)
        acc = cmul(acc, z);
    printf("(1+i)^8 = %g %+gi\n", acc.re, acc.im);
    struct D4 v = d4_scale((struct D4){1, 2, 3, 4}, 0.5);
    printf("d4: %g %g %g %g sum=%g\n", v.a, v.b, v.c, v.d, d4_sum(v));
    struct F4 f = f4_swap((struct F4){{1, 2}, {3, 4}});
    printf("f4: %g %g %g %g\n", f.a[0], f.a[1], f.b[0], f.b[1]);
    struct Nested n = nest_conj((struct Nested){{2.5, 3.5}});
    printf("nested: %g %g\n", n.inner.re, n.inner.im);
    struct FD fd = fd_make(1.25f, -8.5);
    printf("fd: %g %g size=%zu\n", fd.f, fd.d, sizeof fd);
    printf("many: %g\n", many_d2((struct D2){1, 2}, (struct D2){3, 4}, (struct D2){5, 6},
                                 (struct D2){7, 8}, (struct D2){9, 10}));
    struct D2 pts[5];
    for (int i = 0; i < 5; i++)
        pts[i] = (struct D2){i, -i};
    struct D2 s = {0, 0};
    for (int i = 0; i < 5; i++) {
        s.re += pts[i].re;
        s.im += pts[i].im;
    }
    printf("sum: %g %g\n", s.re, s.im);
    return 0;
}
