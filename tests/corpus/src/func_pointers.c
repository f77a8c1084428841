/* Function pointers: tables of operations, callbacks, functions returning function
 * pointers, pointers stored in structs and globals, indirect recursion. */
#include <stdio.h>

typedef int (*binop)(int, int);
static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
static int maxi(int a, int b) { return a > b ? a : b; }

struct Op { const char *name; binop fn; int identity; };
static const struct Op ops[] = {{"add", add, 0}, {"sub", sub, 0}, {"mul", mul, 1}, {"max", maxi, -1000}};

static int fold(const int *v, int n, binop f, int init) {
    int acc = init;
    for (int i = 0; i < n; i++)
        acc = f(acc, v[i]);
    return acc;
}

static binop pick(char c) {
    switch (c) {
    case '+': return add;
    case '-': return sub;
    case '*': return mul;
    default: return NULL;
    }
}

typedef void (*visitor)(int, void *);
static void each(const int *v, int n, visitor f, void *ctx) {
    for (int i = 0; i < n; i++)
        f(v[i], ctx);
}
static void count_even(int x, void *ctx) { if (x % 2 == 0) ++*(int *)ctx; }
static void sum_sq(int x, void *ctx) { *(long *)ctx += (long)x * x; }

static double twice(double (*f)(double), double x) { return f(f(x)); }
static double half(double x) { return x / 2; }
static double inc(double x) { return x + 1; }

static int is_even(unsigned n);
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
static int (*const parity[2])(unsigned) = {is_even, is_odd};

binop global_op = sub;

int main(void) {
    int v[] = {3, 9, -2, 7, 5};
    for (unsigned i = 0; i < sizeof ops / sizeof ops[0]; i++)
        printf("%s: %d\n", ops[i].name, fold(v, 5, ops[i].fn, ops[i].identity));
    const char *expr = "+*-+";
    int acc = 1;
    for (const char *p = expr; *p; p++) {
        binop f = pick(*p);
        acc = f(acc, 3);
        printf("%c3 -> %d\n", *p, acc);
    }
    printf("pick unknown is null: %d\n", pick('/') == NULL);
    int evens = 0;
    long sq = 0;
    each(v, 5, count_even, &evens);
    each(v, 5, sum_sq, &sq);
    printf("evens=%d sumsq=%ld\n", evens, sq);
    printf("twice: %g %g\n", twice(half, 10.0), twice(inc, 10.0));
    printf("parity: %d %d %d\n", parity[0](10), parity[1](7), parity[1](12));
    printf("global_op: %d\n", global_op(10, 4));
    global_op = mul;
    printf("global_op: %d\n", global_op(10, 4));
    printf("same fn: %d\n", ops[0].fn == add);
    binop (*picker)(char) = pick;
    printf("picker: %d\n", picker('*')(6, 7));
    return 0;
}
