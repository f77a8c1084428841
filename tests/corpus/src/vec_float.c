/* Float and integer kernels that clang -O2 vectorizes: dot products, interleaved struct
 * arrays (shuffles), min/max/abs reductions, fmuladd chains, conversions and vector
 * extension arithmetic. Inputs are small integers and halves so every result is exact
 * whether or not multiply-add is fused. */
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <math.h>

typedef float v4sf __attribute__((vector_size(16)));
typedef double v2df __attribute__((vector_size(16)));
typedef int v8si __attribute__((vector_size(32)));
typedef int v4si __attribute__((vector_size(16)));

struct point { float x, y, z; };
struct cplx { double re, im; };

#define N 256
static float fa[N], fb[N], fc[N];
static double da[N], db[N];
static int ia[N], ib[N];
static int64_t la[N];
static short sa[N];
static struct point pts[N];
static struct cplx cs[N];

__attribute__((noinline)) static float dot(const float *a, const float *b, int n) {
    float s = 0;
    for (int i = 0; i < n; i++)
        s += a[i] * b[i];
    return s;
}

__attribute__((noinline)) static void axpy(float *y, const float *x, float a, int n) {
    for (int i = 0; i < n; i++)
        y[i] = a * x[i] + y[i];
}

__attribute__((noinline)) static void scale_div(double *d, const double *s, double k, int n) {
    for (int i = 0; i < n; i++)
        d[i] = s[i] / k + fabs(s[i]);
}

__attribute__((noinline)) static int imax(const int *a, int n) {
    int m = a[0];
    for (int i = 1; i < n; i++)
        m = a[i] > m ? a[i] : m;
    return m;
}

__attribute__((noinline)) static int imin(const int *a, int n) {
    int m = a[0];
    for (int i = 1; i < n; i++)
        m = a[i] < m ? a[i] : m;
    return m;
}

__attribute__((noinline)) static long abs_sum(const int *a, int n) {
    long s = 0;
    for (int i = 0; i < n; i++)
        s += abs(a[i]);
    return s;
}

__attribute__((noinline)) static unsigned umax_of(const unsigned *a, int n) {
    unsigned m = 0;
    for (int i = 0; i < n; i++)
        m = a[i] > m ? a[i] : m;
    return m;
}

__attribute__((noinline)) static float fmax_of(const float *a, int n) {
    float m = a[0];
    for (int i = 1; i < n; i++)
        m = fmaxf(m, a[i]);
    return m;
}

__attribute__((noinline)) static void centroid(const struct point *p, int n, float out[3]) {
    float sx = 0, sy = 0, sz = 0;
    for (int i = 0; i < n; i++) {
        sx += p[i].x;
        sy += p[i].y;
        sz += p[i].z;
    }
    out[0] = sx; out[1] = sy; out[2] = sz;
}

__attribute__((noinline)) static void swap_xy(struct point *p, int n) {
    for (int i = 0; i < n; i++) {
        float t = p[i].x;
        p[i].x = p[i].y * 2;
        p[i].y = t - p[i].z;
    }
}

__attribute__((noinline)) static void cmul(struct cplx *d, const struct cplx *a, struct cplx k, int n) {
    for (int i = 0; i < n; i++) {
        double re = a[i].re * k.re - a[i].im * k.im;
        double im = a[i].re * k.im + a[i].im * k.re;
        d[i].re = re;
        d[i].im = im;
    }
}

__attribute__((noinline)) static void int_to_float(float *d, const int *s, const short *t, int n) {
    for (int i = 0; i < n; i++)
        d[i] = (float)s[i] * 0.5f + (float)t[i];
}

__attribute__((noinline)) static void float_to_int(int *d, const float *s, int n) {
    for (int i = 0; i < n; i++)
        d[i] = (int)s[i] - (int)(s[i] < 0);
}

__attribute__((noinline)) static void widen_mul(int64_t *d, const int *a, const int *b, int n) {
    for (int i = 0; i < n; i++)
        d[i] = (int64_t)a[i] * b[i] + (a[i] >> 3) / 7 - (b[i] % 5);
}

__attribute__((noinline)) static void shifts(int *d, const int *a, const int *b, int n) {
    for (int i = 0; i < n; i++)
        d[i] = (a[i] << (b[i] & 7)) ^ ((unsigned)a[i] >> (b[i] & 15)) ^ (a[i] >> 2);
}

__attribute__((noinline)) static int popcounts(const unsigned *a, int n) {
    int s = 0;
    for (int i = 0; i < n; i++)
        s += __builtin_popcount(a[i]);
    return s;
}

__attribute__((noinline)) static void select_store(float *d, const float *a, const float *b, int n) {
    for (int i = 0; i < n; i++)
        d[i] = a[i] > b[i] ? a[i] - b[i] : (a[i] == b[i] ? 1.0f : sqrtf(b[i] - a[i]));
}

__attribute__((noinline)) static double hypot_sum(const double *a, const double *b, int n) {
    double s = 0;
    for (int i = 0; i < n; i++)
        s += a[i] * a[i] + b[i] * b[i];
    return s;
}

/* fma must be fused (one rounding); the vectorized loop calls llvm.fma on vectors. */
__attribute__((noinline)) static void fused(double *d, const double *a, const double *b, const double *c, int n) {
    for (int i = 0; i < n; i++)
        d[i] = fma(a[i], b[i], c[i]);
}

int main(void) {
    uint32_t x = 777;
    for (int i = 0; i < N; i++) {
        x = x * 1664525u + 1013904223u;
        int r = (int)(x >> 20) - 2048;
        fa[i] = r * 0.5f;
        fb[i] = (float)((int)(x % 64) - 32);
        da[i] = r * 0.25;
        db[i] = (double)(i % 17) - 8;
        ia[i] = r * 1000 + i;
        ib[i] = (int)(x % 4099) - 2000;
        sa[i] = (short)(r / 3);
        pts[i] = (struct point){(float)(i % 13), (float)r, (float)(i & 7) * 0.5f};
        cs[i] = (struct cplx){(double)(r % 50), (double)(i % 9) - 4};
    }
    printf("dot %.2f %.2f\n", dot(fa, fb, N), dot(fa + 1, fb + 3, 100));
    axpy(fc, fa, 2.0f, N);
    axpy(fc, fb, -0.5f, N);
    printf("axpy %.2f %.2f %.2f\n", fc[0], fc[77], dot(fc, fb, 64));
    double dd[N];
    scale_div(dd, da, 4.0, N);
    double dsum = 0;
    for (int i = 0; i < N; i++)
        dsum += dd[i];
    printf("scale_div %.4f %.4f\n", dsum, dd[100]);
    printf("imax %d imin %d abs_sum %ld umax %u\n", imax(ia, N), imin(ia, N), abs_sum(ia, N),
           umax_of((const unsigned *)ib, N));
    printf("fmax %.2f\n", fmax_of(fa, N));
    float c[3];
    centroid(pts, N, c);
    printf("centroid %.2f %.2f %.2f\n", c[0], c[1], c[2]);
    swap_xy(pts, N);
    centroid(pts, N, c);
    printf("swapped %.2f %.2f %.2f\n", c[0], c[1], c[2]);
    struct cplx out[N];
    cmul(out, cs, (struct cplx){3, -2}, N);
    double re = 0, im = 0;
    for (int i = 0; i < N; i++) {
        re += out[i].re;
        im += out[i].im;
    }
    printf("cmul %.1f %.1f %.1f\n", re, im, out[5].im);
    float conv[N];
    int back[N];
    int_to_float(conv, ia, sa, N);
    float_to_int(back, conv, N);
    long bs = 0;
    for (int i = 0; i < N; i++)
        bs += back[i];
    printf("conversions %.1f %ld\n", conv[9], bs);
    widen_mul(la, ia, ib, N);
    int64_t ls = 0;
    for (int i = 0; i < N; i++)
        ls ^= la[i] + i;
    printf("widen_mul %lld %lld\n", (long long)ls, (long long)la[3]);
    int sh[N];
    shifts(sh, ia, ib, N);
    unsigned shs = 0;
    for (int i = 0; i < N; i++)
        shs = shs * 5 + (unsigned)sh[i];
    printf("shifts %u popcount %d\n", shs, popcounts((const unsigned *)ia, N));
    select_store(fc, fa, fb, N);
    long ss = 0;
    for (int i = 0; i < N; i++)
        ss += (long)(fc[i] * 1000);
    printf("select_store %ld %.3f\n", ss, fc[10]);
    printf("hypot_sum %.2f\n", hypot_sum(da, db, N));

    double fa3[8], fb3[8], fc3[8], fd3[8];
    for (int i = 0; i < 8; i++) {
        fa3[i] = 0.1 * (i + 1);
        fb3[i] = 10.0;
        fc3[i] = -(double)(i + 1);
    }
    fused(fd3, fa3, fb3, fc3, 8);
    printf("fma %.6e %.6e %.6e fmaf %.6e\n", fd3[0], fd3[2], fd3[7],
           (double)fmaf(0.1f, 10.0f, -1.0f));
    v4sf a = {1.5f, -2.0f, 3.25f, 8.0f}, b = {0.5f, 4.0f, -1.0f, 2.0f};
    v4sf q = a * b + a / b - (v4sf){1, 1, 1, 1};
    v4si gt = a > b;
    v4sf mx = (v4sf)(((v4si)a & gt) | ((v4si)b & ~gt));
    printf("v4sf %.4f %.4f %.4f %.4f max %.2f %.2f\n", q[0], q[1], q[2], q[3], mx[1], mx[2]);
    v2df p = {2.0, -3.0};
    p = p * p - (v2df){1.0, 0.5};
    printf("v2df %.2f %.2f\n", p[0], p[1]);
    v8si w = {1, 2, 3, 4, 5, 6, 7, 8};
    v8si w2 = w * w - (w << 1) + (w > 4);
    int ws = 0;
    for (int i = 0; i < 8; i++)
        ws = ws * 3 + w2[i];
    printf("v8si %d\n", ws);
    v4sf t = {1.0f, 2.0f, 3.0f, 4.0f};
    t = t * 2.0f + __builtin_shufflevector(t, t, 2, 1, 0, 3);
    printf("v4sf shuffled %.1f %.1f %.1f %.1f\n", t[0], t[1], t[2], t[3]);
    return 0;
}
