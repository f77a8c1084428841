/* Control flow: for, while, do/while, break/continue, nested loops with labelled
 * goto for early exit, goto-based cleanup chains and a goto loop. */
#include <stdio.h>
#include <stdlib.h>

static int find_pair(const int *v, int n, int target, int *oi, int *oj) {
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            if (v[i] + v[j] == target) {
                *oi = i;
                *oj = j;
                goto found;
            }
    return 0;
found:
    return 1;
}

static int setup(int fail_stage) {
    int rc = -1;
    char *a = NULL, *b = NULL, *c = NULL;
    if (!(a = malloc(16))) goto out;
    if (fail_stage == 1) goto free_a;
    if (!(b = malloc(16))) goto free_a;
    if (fail_stage == 2) goto free_b;
    if (!(c = malloc(16))) goto free_b;
    if (fail_stage == 3) goto free_c;
    rc = 0;
free_c:
    free(c);
free_b:
    free(b);
free_a:
    free(a);
out:
    printf("setup(%d) -> %d\n", fail_stage, rc);
    return rc;
}

int main(void) {
    int v[] = {8, 3, 11, 5, 14, 2, 9};
    int i, j;
    if (find_pair(v, 7, 16, &i, &j))
        printf("pair: v[%d]+v[%d]=16\n", i, j);
    printf("missing pair: %d\n", find_pair(v, 7, 100, &i, &j));
    for (int s = 0; s <= 3; s++)
        setup(s);

    int n = 27, steps = 0;
    while (n != 1) {
        n = n % 2 ? 3 * n + 1 : n / 2;
        steps++;
    }
    printf("collatz(27) steps=%d\n", steps);
    int k = 100;
    do {
        k -= 7;
    } while (k > 0);
    printf("do-while k=%d\n", k);
    int once = 0;
    do once++; while (0);
    printf("once=%d\n", once);

    int odd_sum = 0;
    for (int x = 0; x < 50; x++) {
        if (x % 2 == 0) continue;
        if (x > 40) break;
        odd_sum += x;
    }
    printf("odd_sum=%d\n", odd_sum);
    int g = 0, acc = 0;
loop:
    acc += g * g;
    if (++g < 10) goto loop;
    printf("goto loop acc=%d\n", acc);
    int primes = 0;
    for (int p = 2; p < 100; p++) {
        for (int d = 2; d * d <= p; d++)
            if (p % d == 0) goto not_prime;
        primes++;
    not_prime:;
    }
    printf("primes below 100: %d\n", primes);
    unsigned it = 0;
    for (;;) {
        ++it;
        if (it * it > 1000) break;
    }
    printf("infinite for broke at %u\n", it);
    return 0;
}
