/* Small structs passed and returned by value: the cases the x86-64 SysV and AAPCS64
 * ABIs split into registers (2 ints, 2 floats, int+double, 3 longs, 4 floats, char+short). */
#include <stdio.h>

/* Kept out of line (and external) so that -O2 keeps the calls and their ABI. */
#define NOINLINE __attribute__((noinline))

struct Pt { int x, y; };
struct Vec2 { float x, y; };
struct Mixed { int tag; double val; };
struct Three { long a, b, c; };
struct Quad { float v[4]; };
struct Tiny { char c; short s; };
struct DD { double a, b; };
struct FI { float f; int i; };

NOINLINE struct Pt pt_add(struct Pt a, struct Pt b) { return (struct Pt){a.x + b.x, a.y + b.y}; }
NOINLINE struct Vec2 vec_scale(struct Vec2 v, float k) { return (struct Vec2){v.x * k, v.y * k}; }
NOINLINE float vec_dot(struct Vec2 a, struct Vec2 b) { return a.x * b.x + a.y * b.y; }
NOINLINE struct Mixed mixed_bump(struct Mixed m) {
    m.tag += 1;
    m.val *= 2.0;
    return m;
}
NOINLINE struct Three three_rot(struct Three t) { return (struct Three){t.b, t.c, t.a}; }
NOINLINE long three_sum(struct Three t) { return t.a + t.b + t.c; }
NOINLINE struct Quad quad_rev(struct Quad q) {
    struct Quad r;
    for (int i = 0; i < 4; i++)
        r.v[i] = q.v[3 - i];
    return r;
}
NOINLINE struct Tiny tiny_make(int c, int s) { return (struct Tiny){(char)c, (short)s}; }
NOINLINE struct DD dd_swap(struct DD d) { return (struct DD){d.b, d.a}; }
NOINLINE struct FI fi_make(float f, int i) { return (struct FI){f, i}; }

/* many struct arguments: some end up on the stack */
NOINLINE int many(struct Pt a, struct Pt b, struct Pt c, struct Pt d, struct Pt e, struct Pt f,
                struct Pt g, struct Pt h, struct Pt i) {
    return a.x + b.x * 2 + c.x * 3 + d.x * 4 + e.x * 5 + f.x * 6 + g.x * 7 + h.x * 8 + i.x * 9 +
           (a.y ^ i.y);
}
NOINLINE double mixed_many(struct Mixed a, struct Mixed b, struct Mixed c, struct Mixed d,
                         struct Mixed e, struct Mixed f) {
    return a.val + b.val + c.val + d.val + e.val + f.val + a.tag + f.tag;
}

int main(void) {
    struct Pt p = pt_add((struct Pt){1, 2}, (struct Pt){30, 40});
    printf("pt: %d %d\n", p.x, p.y);
    struct Vec2 v = vec_scale((struct Vec2){1.5f, -2.0f}, 4.0f);
    printf("vec: %g %g dot=%g\n", v.x, v.y, vec_dot(v, (struct Vec2){0.5f, 0.25f}));
    struct Mixed m = mixed_bump((struct Mixed){41, 1.25});
    printf("mixed: %d %g\n", m.tag, m.val);
    struct Three t = three_rot((struct Three){100000000000L, -2, 3});
    printf("three: %ld %ld %ld sum=%ld\n", t.a, t.b, t.c, three_sum(t));
    struct Quad q = quad_rev((struct Quad){{1.0f, 2.0f, 3.0f, 4.0f}});
    printf("quad: %g %g %g %g\n", q.v[0], q.v[1], q.v[2], q.v[3]);
    struct Tiny ty = tiny_make('A', -1234);
    printf("tiny: %c %d size=%zu\n", ty.c, ty.s, sizeof ty);
    struct DD dd = dd_swap((struct DD){1.5, -7.75});
    printf("dd: %g %g\n", dd.a, dd.b);
    struct FI fi = fi_make(0.5f, 99);
    printf("fi: %g %d\n", fi.f, fi.i);
    struct Pt arr[9];
    for (int i = 0; i < 9; i++)
        arr[i] = (struct Pt){i + 1, (i + 1) * 100};
    printf("many: %d\n", many(arr[0], arr[1], arr[2], arr[3], arr[4], arr[5], arr[6], arr[7], arr[8]));
    struct Mixed ms[6];
    for (int i = 0; i < 6; i++)
        ms[i] = (struct Mixed){i, i * 0.5};
    printf("mixed_many: %g\n", mixed_many(ms[0], ms[1], ms[2], ms[3], ms[4], ms[5]));
    /* struct returned through a function pointer */
    struct Pt (*fp)(struct Pt, struct Pt) = pt_add;
    struct Pt r = fp(p, p);
    printf("via ptr: %d %d\n", r.x, r.y);
    return 0;
}
