/* Symbol-level features: function and variable aliases (__attribute__((alias))),
 * weak definitions, a weak undefined function checked against NULL, visibility
 * attributes and functions marked noinline/always_inline/cold. */
#include <stdio.h>
#include <stddef.h>

int base_counter = 10;
extern int counter_alias __attribute__((alias("base_counter")));

int real_add(int a, int b) { return a + b; }
int add_alias(int a, int b) __attribute__((alias("real_add")));

__attribute__((weak)) int weak_value(void) { return 7; }
__attribute__((weak)) extern void maybe_missing(void);

__attribute__((visibility("hidden"))) int hidden_twice(int x) { return 2 * x; }
__attribute__((noinline)) static int not_inlined(int x) { return x * x + 1; }
static inline __attribute__((always_inline)) int inlined(int x) { return x - 1; }
__attribute__((cold, noinline)) static void rare_path(int code) { printf("rare path %d\n", code); }

const char *const names[] = {"zero", "one", "two"};
extern const char *const names_alias[3] __attribute__((alias("names")));

static int table_calls;
static int tabled(int x) { table_calls++; return x + 100; }
int (*const dispatch[])(int) = {not_inlined, hidden_twice, tabled};

int main(void) {
    printf("alias add: %d %d\n", real_add(2, 3), add_alias(4, 5));
    counter_alias += 5;
    printf("counter via base=%d via alias=%d\n", base_counter, counter_alias);
    base_counter *= 2;
    printf("after base edit alias=%d\n", counter_alias);
    printf("weak_value=%d\n", weak_value());
    printf("maybe_missing present=%d\n", maybe_missing != NULL);
    if (maybe_missing)
        maybe_missing();
    printf("hidden=%d noinline=%d inline=%d\n", hidden_twice(21), not_inlined(6), inlined(10));
    for (int i = 0; i < 3; i++)
        printf("names[%d]=%s alias=%s\n", i, names[i], names_alias[i]);
    int acc = 0;
    for (int i = 0; i < 9; i++)
        acc += dispatch[i % 3](i);
    printf("dispatch acc=%d table_calls=%d\n", acc, table_calls);
    if (acc > 1000)
        rare_path(acc);
    printf("same function through alias: %d\n", &add_alias == &real_add);
    return 0;
}
