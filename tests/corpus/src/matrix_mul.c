/* Matrix multiplication: integer and double matrices (values exactly representable so
 * results do not depend on FMA contraction), loop orders ijk/ikj,
 * flat heap-allocated matrices and matrix power by squaring. */
#include <stdio.h>
#include <stdlib.h>

#define N 12

static void mul_ijk(const long a[N][N], const long b[N][N], long c[N][N]) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            long s = 0;
            for (int k = 0; k < N; k++)
                s += a[i][k] * b[k][j];
            c[i][j] = s;
        }
}

static void mul_ikj(const long a[N][N], const long b[N][N], long c[N][N]) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++)
            c[i][j] = 0;
    for (int i = 0; i < N; i++)
        for (int k = 0; k < N; k++) {
            long aik = a[i][k];
            for (int j = 0; j < N; j++)
                c[i][j] += aik * b[k][j];
        }
}

static double *dmul(const double *a, const double *b, int n) {
    double *c = calloc((size_t)(n * n), sizeof *c);
    for (int i = 0; i < n; i++)
        for (int k = 0; k < n; k++)
            for (int j = 0; j < n; j++)
                c[i * n + j] += a[i * n + k] * b[k * n + j];
    return c;
}

static void fib_matrix(unsigned n, unsigned long long r[2][2]) {
    unsigned long long base[2][2] = {{1, 1}, {1, 0}}, t[2][2];
    r[0][0] = r[1][1] = 1;
    r[0][1] = r[1][0] = 0;
    while (n) {
        if (n & 1) {
            for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++)
                t[i][j] = r[i][0] * base[0][j] + r[i][1] * base[1][j];
            for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) r[i][j] = t[i][j];
        }
        for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++)
            t[i][j] = base[i][0] * base[0][j] + base[i][1] * base[1][j];
        for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) base[i][j] = t[i][j];
        n >>= 1;
    }
}

int main(void) {
    static long a[N][N], b[N][N], c1[N][N], c2[N][N];
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            a[i][j] = (i * 7 + j * 3) % 11 - 5;
            b[i][j] = (i == j) * 2 + (i + j) % 4;
        }
    mul_ijk(a, b, c1);
    mul_ikj(a, b, c2);
    int same = 1;
    long trace = 0;
    for (int i = 0; i < N; i++) {
        trace += c1[i][i];
        for (int j = 0; j < N; j++) same &= c1[i][j] == c2[i][j];
    }
    printf("same=%d trace=%ld corner=%ld,%ld\n", same, trace, c1[0][N - 1], c1[N - 1][0]);
    for (int j = 0; j < N; j++) printf("%ld ", c1[3][j]);
    printf("\n");

    int n = 6;
    double *da = malloc(sizeof(double) * (size_t)(n * n)), *db = malloc(sizeof(double) * (size_t)(n * n));
    for (int i = 0; i < n * n; i++) {
        da[i] = (i % 5) * 0.5 - 1.0;
        db[i] = (i % 7) * 0.25;
    }
    double *dc = dmul(da, db, n);
    double dsum = 0;
    for (int i = 0; i < n * n; i++) dsum += dc[i];
    printf("double sum=%.4f c[0]=%.4f c[last]=%.4f\n", dsum, dc[0], dc[n * n - 1]);
    free(da); free(db); free(dc);
    unsigned long long r[2][2];
    fib_matrix(90, r);
    printf("fib(90) via matrix=%llu\n", r[0][1]);
    return 0;
}
