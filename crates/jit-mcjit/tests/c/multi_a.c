/* Two objects calling each other: this one has main and uses multi_b.c. */
#include <stdio.h>

extern int shared_counter;
extern const char *describe(int);
int twice(int x) { return 2 * x; }
extern int apply_twice_then_add(int, int);

int main(void) {
    for (int i = 0; i < 3; i++) printf("%s\n", describe(i));
    printf("%d %d\n", apply_twice_then_add(5, 1), shared_counter);
    return 0;
}
