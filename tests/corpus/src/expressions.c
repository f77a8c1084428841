/* Expressions: ternaries (nested, as lvalue targets via pointers), comma operator,
 * compound literals (scalar, array, struct, in loops), compound assignment,
 * short-circuit evaluation with side effects and pre/post increment. */
#include <stdio.h>

struct P { int x, y; };

static int side_effects;
static int touch(int v) { side_effects++; return v; }
static int sum_arr(const int *a, int n) { int s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }
static int manhattan(struct P p) { return (p.x < 0 ? -p.x : p.x) + (p.y < 0 ? -p.y : p.y); }
static const char *sign_word(int v) { return v < 0 ? "negative" : v == 0 ? "zero" : v < 10 ? "small" : "large"; }

int main(void) {
    for (int v = -5; v <= 15; v += 5)
        printf("%d is %s\n", v, sign_word(v));
    int a = 3, b = 9;
    int *bigger = a > b ? &a : &b;
    *bigger += 100;
    printf("a=%d b=%d\n", a, b);
    int c = (a++, b--, a + b);
    printf("comma: a=%d b=%d c=%d\n", a, b, c);
    int i, j;
    for (i = 0, j = 10; i < j; i += 2, j--)
        ;
    printf("comma loop: i=%d j=%d\n", i, j);

    printf("array literal sum=%d\n", sum_arr((int[]){1, 2, 3, 4, 5}, 5));
    printf("struct literal=%d\n", manhattan((struct P){-3, 4}));
    int *pi = &(int){41};
    ++*pi;
    printf("scalar literal=%d\n", *pi);
    struct P *pp = &(struct P){.y = 7};
    pp->x = pp->y * 2;
    printf("pointer to literal: %d %d\n", pp->x, pp->y);
    int total = 0;
    for (int k = 0; k < 4; k++) {
        struct P q = (struct P){k, k * k};
        total += manhattan(q);
    }
    printf("loop literals total=%d\n", total);

    side_effects = 0;
    int r1 = touch(0) && touch(1);
    int r2 = touch(1) || touch(0);
    int r3 = touch(1) && touch(2) && touch(0) && touch(5);
    printf("short-circuit: %d %d %d calls=%d\n", r1, r2, r3, side_effects);
    int x = 5;
    int y = x++ + 10;
    int z = ++x * 2;
    printf("inc: x=%d y=%d z=%d\n", x, y, z);
    unsigned u = 0xF0;
    u |= 0x0F; u &= 0x3C; u ^= 0xFF; u <<= 2; u >>= 1; u %= 97; u *= 3; u -= 1;
    printf("compound ops: %u\n", u);
    int m = 7;
    m = m > 5 ? (m < 10 ? m * 2 : m) : -m;
    printf("nested ternary: %d\n", m);
    double d = a > 50 ? 1.5 : 2;
    printf("ternary promote: %g\n", d);
    printf("sizeof array type: %zu x=%d\n", sizeof(int[3]), x);
    const char *s = (x & 1) ? "odd" : "even";
    printf("x is %s\n", s);
    return 0;
}
