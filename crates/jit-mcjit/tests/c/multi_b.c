/* Two objects calling each other: this one calls back into multi_a.c. */
#include <stdio.h>

int shared_counter;
extern int twice(int);
static const char *table[] = {"zero", "one", "two"};

const char *describe(int i) {
    shared_counter++;
    return table[i];
}

int apply_twice_then_add(int x, int y) { return twice(x) + y; }
