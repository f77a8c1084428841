/* Linker test object: global data, .bss, string constants, function-pointer tables,
   calls into libc (qsort with a callback, strlen, snprintf) and libm, a constructor. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int counter = 5;
int zeroed[100];
const char *greeting = "hello, jit";
int initialized;

static int cmp(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

int sort_and_checksum(int *v, int n) {
    qsort(v, n, sizeof *v, cmp);
    int s = 0;
    for (int i = 0; i < n; i++) s = s * 31 + v[i];
    return s;
}

size_t greeting_len(void) { return strlen(greeting); }

static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
int (*const ops[])(int, int) = {add, sub, mul};

int apply(int op, int a, int b) { return ops[op](a, b); }

int bump(void) { return ++counter + zeroed[3]; }

int format(char *buf, size_t n, double x) { return snprintf(buf, n, "%s %.2f %d", greeting, x, counter); }

double cube_root(double x) { return cbrt(x); }

__attribute__((constructor)) static void init(void) { initialized = 42; }
