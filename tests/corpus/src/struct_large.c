/* Large structs (> 16 bytes): passed byval / indirectly and returned via sret,
 * including arrays inside, nested calls and mixing with scalar arguments. */
#include <stdio.h>
#include <string.h>

/* Kept out of line (and external) so that -O2 keeps the calls and their ABI. */
#define NOINLINE __attribute__((noinline))

struct Big { long a, b, c, d; };
struct Rec { char name[24]; int age; double score; };
struct Mat3 { double m[3][3]; };
struct Five { int v[5]; };

NOINLINE struct Big big_make(long base) { return (struct Big){base, base * 2, base * 3, base * 4}; }
NOINLINE long big_sum(struct Big b) { return b.a + b.b + b.c + b.d; }
NOINLINE struct Big big_mod(struct Big b, int k) {
    b.a += k;           /* modifying the copy must not affect the caller */
    b.d -= k;
    return b;
}
NOINLINE struct Rec rec_make(const char *n, int age, double score) {
    struct Rec r;
    memset(&r, 0, sizeof r);
    strncpy(r.name, n, sizeof r.name - 1);
    r.age = age;
    r.score = score;
    return r;
}
NOINLINE void rec_print(struct Rec r) { printf("rec: %s %d %.2f\n", r.name, r.age, r.score); }
NOINLINE struct Rec rec_older(struct Rec a, struct Rec b) { return a.age >= b.age ? a : b; }

NOINLINE struct Mat3 mat_mul(struct Mat3 x, struct Mat3 y) {
    struct Mat3 r;
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 3; j++) {
            double s = 0;
            for (int k = 0; k < 3; k++)
                s += x.m[i][k] * y.m[k][j];
            r.m[i][j] = s;
        }
    return r;
}
NOINLINE struct Five five_fill(int start) {
    struct Five f;
    for (int i = 0; i < 5; i++)
        f.v[i] = start + i * i;
    return f;
}
/* scalar args before and after the big ones */
NOINLINE long mix(int x, struct Big b, double y, struct Five f, int z) {
    return x + big_sum(b) + (long)y + f.v[0] + f.v[4] + z;
}

int main(void) {
    struct Big b = big_make(10);
    struct Big c = big_mod(b, 5);
    printf("big: %ld %ld %ld %ld / %ld %ld sum=%ld\n", b.a, b.b, b.c, b.d, c.a, c.d, big_sum(c));
    struct Rec r1 = rec_make("alice", 31, 88.5);
    struct Rec r2 = rec_make("a-rather-long-name-xyzzyplugh", 45, 72.25);
    rec_print(r1);
    rec_print(r2);
    rec_print(rec_older(r1, r2));
    struct Mat3 a = {{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}};
    struct Mat3 id = {{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};
    struct Mat3 p = mat_mul(mat_mul(a, id), a);
    for (int i = 0; i < 3; i++)
        printf("mat: %g %g %g\n", p.m[i][0], p.m[i][1], p.m[i][2]);
    struct Five f = five_fill(3);
    printf("five: %d %d %d %d %d\n", f.v[0], f.v[1], f.v[2], f.v[3], f.v[4]);
    printf("mix: %ld\n", mix(1, b, 2.75, f, 1000));
    struct Big arr[4];
    for (int i = 0; i < 4; i++)
        arr[i] = big_make(i + 1);
    long tot = 0;
    for (int i = 0; i < 4; i++)
        tot += big_sum(big_mod(arr[i], i));
    printf("total: %ld\n", tot);
    struct Rec (*mk)(const char *, int, double) = rec_make;
    rec_print(mk("bob", 7, -1.5));
    return 0;
}
