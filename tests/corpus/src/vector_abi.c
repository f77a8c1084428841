/* Vectors at call boundaries: GCC vector extensions (16-byte vectors are one SSE / NEON
 * register, 8-byte ones are coerced to scalars by clang on x86-64, 32-byte ones go byval
 * or in two registers), structs of vectors (HVAs on AArch64, memory on x86-64), enough
 * vector arguments that some go on the stack, vectors through varargs, function pointers
 * and recursion. All lane values are small integers or halves, so results are exact. */
/* 32-byte vectors without AVX: GCC and clang warn that their ABI differs from AVX builds. */
#pragma GCC diagnostic ignored "-Wpsabi"
#include <stdarg.h>
#include <stdio.h>

typedef float v4sf __attribute__((vector_size(16)));
typedef double v2df __attribute__((vector_size(16)));
typedef int v4si __attribute__((vector_size(16)));
typedef long long v2di __attribute__((vector_size(16)));
typedef unsigned char v16qu __attribute__((vector_size(16)));
typedef short v8hi __attribute__((vector_size(16)));
typedef float v2sf __attribute__((vector_size(8)));
typedef short v4hi __attribute__((vector_size(8)));
typedef float v8sf __attribute__((vector_size(32)));
typedef double v4df __attribute__((vector_size(32)));

struct pair4 { v4sf a, b; };
struct one4 { v4sf v; };
struct tagged { v4si v; int tag; };

__attribute__((noinline)) static v4sf add4(v4sf a, v4sf b) { return a + b; }
__attribute__((noinline)) v4sf mul_add4(v4sf a, v4sf b, v4sf c) { return a * b + c; }
__attribute__((noinline)) v2df div2(v2df a, v2df b) { return a / b; }
__attribute__((noinline)) v4si mix_int(int k, v4si a, double d, v2di b, long long e) {
    return a * k + (v4si)b + (int)d + (int)e;
}
__attribute__((noinline)) v16qu bytes_rev(v16qu a) {
    v16qu r;
    for (int i = 0; i < 16; i++) r[i] = a[15 - i] + 1;
    return r;
}
__attribute__((noinline)) v8hi shorts(v8hi a, v8hi b) { return (a << 1) - b; }
__attribute__((noinline)) v2sf small2(v2sf a, v2sf b) { return a * b; }
__attribute__((noinline)) v4hi small4(v4hi a) { return a + a; }
__attribute__((noinline)) v8sf wide8(v8sf a, v8sf b) { return a - b; }
__attribute__((noinline)) v4df wide4d(v4df a) { return a * 2; }
__attribute__((noinline)) struct pair4 swap_pair(struct pair4 p) {
    struct pair4 r = { p.b + 1, p.a - 1 };
    return r;
}
__attribute__((noinline)) struct one4 wrap(v4sf v) { struct one4 r = { v * v }; return r; }
__attribute__((noinline)) struct tagged tag_it(struct tagged t) { t.v += t.tag; t.tag *= 2; return t; }

/* Ten vector arguments plus scalars: the last ones go on the stack on both ISAs. */
__attribute__((noinline)) v4sf many(v4sf a0, v4sf a1, v4sf a2, v4sf a3, v4sf a4, double x,
                                    v4sf a5, v4sf a6, v4sf a7, int n, v4sf a8, v4sf a9) {
    return a0 + a1 * 2 + a2 * 3 + a3 * 4 + a4 * 5 + a5 * 6 + a6 * 7 + a7 * 8 + a8 * 9 +
           a9 * 10 + (float)x + (float)n;
}

__attribute__((noinline)) v4sf sum_va(int n, ...) {
    va_list ap;
    va_start(ap, n);
    v4sf s = {0, 0, 0, 0};
    for (int i = 0; i < n; i++) s += va_arg(ap, v4sf);
    va_end(ap);
    return s;
}

__attribute__((noinline)) double sum_va_mixed(int n, ...) {
    va_list ap;
    va_start(ap, n);
    double s = 0;
    for (int i = 0; i < n; i++) {
        v2df d = va_arg(ap, v2df);
        int k = va_arg(ap, int);
        s += d[0] * k + d[1];
    }
    va_end(ap);
    return s;
}

typedef v4sf (*binop4)(v4sf, v4sf);
__attribute__((noinline)) v4sf apply(binop4 f, v4sf a, v4sf b) { return f(a, b); }

__attribute__((noinline)) v4si fib_vec(int n, v4si acc) {
    if (n == 0) return acc;
    v4si step = {1, 2, 3, 4};
    return fib_vec(n - 1, acc + step * n);
}

static void p4f(const char *what, v4sf v) {
    printf("%s: %g %g %g %g\n", what, v[0], v[1], v[2], v[3]);
}
static void p4i(const char *what, v4si v) {
    printf("%s: %d %d %d %d\n", what, v[0], v[1], v[2], v[3]);
}

int main(void) {
    v4sf a = {1, 2, 3, 4}, b = {0.5f, -1, 2, 8}, c = {10, 20, 30, 40};
    p4f("add4", add4(a, b));
    p4f("mul_add4", mul_add4(a, b, c));
    v2df q = div2((v2df){3, 9}, (v2df){2, -4});
    printf("div2: %g %g\n", q[0], q[1]);
    p4i("mix_int", mix_int(3, (v4si){1, -2, 3, -4}, 7.5, (v2di){5, -6}, 100));
    v16qu by = bytes_rev((v16qu){0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 255});
    printf("bytes_rev:");
    for (int i = 0; i < 16; i++) printf(" %u", by[i]);
    printf("\n");
    v8hi sh = shorts((v8hi){1, 2, 3, 4, -5, -6, 7, 8}, (v8hi){8, 7, 6, 5, 4, 3, 2, 1});
    printf("shorts:");
    for (int i = 0; i < 8; i++) printf(" %d", sh[i]);
    printf("\n");
    v2sf s2 = small2((v2sf){1.5f, -2}, (v2sf){4, 0.25f});
    printf("small2: %g %g\n", s2[0], s2[1]);
    v4hi s4 = small4((v4hi){1, -2, 300, -400});
    printf("small4: %d %d %d %d\n", s4[0], s4[1], s4[2], s4[3]);
    v8sf w = wide8((v8sf){1, 2, 3, 4, 5, 6, 7, 8}, (v8sf){8, 7, 6, 5, 4, 3, 2, 1});
    printf("wide8:");
    for (int i = 0; i < 8; i++) printf(" %g", w[i]);
    printf("\n");
    v4df wd = wide4d((v4df){1.5, -2, 3, 0.25});
    printf("wide4d: %g %g %g %g\n", wd[0], wd[1], wd[2], wd[3]);
    struct pair4 p = swap_pair((struct pair4){a, c});
    p4f("pair.a", p.a);
    p4f("pair.b", p.b);
    p4f("wrap", wrap(b).v);
    struct tagged t = tag_it((struct tagged){{1, 2, 3, 4}, 5});
    p4i("tagged", t.v);
    printf("tag: %d\n", t.tag);
    v4sf one = {1, 1, 1, 1};
    p4f("many", many(one, one, one, one, one, 0.5, one, one, one, 7, one, b));
    p4f("sum_va", sum_va(3, a, b, c));
    p4f("sum_va9", sum_va(9, a, b, c, a, b, c, a, b, c));
    printf("sum_va_mixed: %g\n", sum_va_mixed(3, (v2df){1, 2}, 3, (v2df){4, 5}, 6,
                                             (v2df){-1, 0.5}, 2));
    p4f("apply", apply(add4, a, c));
    p4f("apply2", apply(add4, b, b));
    p4i("fib_vec", fib_vec(10, (v4si){0, 0, 0, 0}));
    return 0;
}
