/* Variadic functions of our own: va_list with ints, longs, doubles and pointers,
 * a format-driven reader, va_copy to walk the list twice, many arguments spilling to
 * the stack, and floats promoted to double. */
#include <stdio.h>
#include <stdarg.h>

static int sum_ints(int n, ...) {
    va_list ap;
    va_start(ap, n);
    int s = 0;
    for (int i = 0; i < n; i++)
        s += va_arg(ap, int);
    va_end(ap);
    return s;
}

static double avg_doubles(int n, ...) {
    va_list ap;
    va_start(ap, n);
    double s = 0;
    for (int i = 0; i < n; i++)
        s += va_arg(ap, double);
    va_end(ap);
    return n ? s / n : 0.0;
}

/* 'i' int, 'l' long, 'd' double, 's' string, 'p' int pointer (dereferenced) */
static void show(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    for (const char *p = fmt; *p; p++) {
        switch (*p) {
        case 'i': printf("i:%d ", va_arg(ap, int)); break;
        case 'l': printf("l:%ld ", va_arg(ap, long)); break;
        case 'd': printf("d:%g ", va_arg(ap, double)); break;
        case 's': printf("s:%s ", va_arg(ap, const char *)); break;
        case 'p': printf("p:%d ", *va_arg(ap, int *)); break;
        }
    }
    va_end(ap);
    printf("\n");
}

static long max_and_count(int n, ...) {
    va_list ap, again;
    va_start(ap, n);
    va_copy(again, ap);
    long mx = 0;
    for (int i = 0; i < n; i++) {
        long v = va_arg(ap, long);
        if (i == 0 || v > mx)
            mx = v;
    }
    va_end(ap);
    long count = 0;
    for (int i = 0; i < n; i++)
        if (va_arg(again, long) == mx)
            count++;
    va_end(again);
    return mx * 100 + count;
}

static const char *nth_string(int k, ...) {
    va_list ap;
    va_start(ap, k);
    const char *s = NULL;
    for (int i = 0; i <= k; i++)
        s = va_arg(ap, const char *);
    va_end(ap);
    return s;
}

int main(void) {
    printf("sum0=%d sum3=%d\n", sum_ints(0), sum_ints(3, 1, 2, 3));
    printf("sum12=%d\n", sum_ints(12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
    float f = 2.5f;
    printf("avg=%g avg10=%g\n", avg_doubles(3, 1.0, f, 4.5),
           avg_doubles(10, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0));
    int x = 77;
    show("ilds", 5, 1234567890123L, 0.125, "str");
    show("dididid", 1.5, 1, 2.5, 2, 3.5, 3, 4.5);
    show("pisl", &x, -9, "mixed", -1L);
    show("ddddddddddi", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11);
    printf("max_and_count=%ld\n", max_and_count(6, 3L, 9L, -2L, 9L, 1L, 9L));
    printf("nth=%s\n", nth_string(2, "zero", "one", "two", "three"));
    char c = 'Q';
    short sh = -300;
    printf("promoted: %d\n", sum_ints(2, c, sh));
    return 0;
}
