/* setjmp/longjmp: error recovery out of deep recursion, volatile locals live across
 * setjmp, re-entering setjmp in a loop, and longjmp value 0 turned into 1. */
#include <stdio.h>
#include <setjmp.h>

static jmp_buf env;
static int calls;

static void deep(int n, int fail_at) {
    calls++;
    if (n == fail_at)
        longjmp(env, n * 10 + 1);
    deep(n + 1, fail_at);
}

static int safe_div(int a, int b, jmp_buf *err) {
    if (b == 0)
        longjmp(*err, 0); /* becomes 1 */
    return a / b;
}

int main(void) {
    volatile int attempts = 0;
    volatile long accumulated = 0;
    int r = setjmp(env);
    if (r == 0) {
        printf("first pass\n");
        deep(0, 5);
        printf("not reached\n");
    } else {
        attempts++;
        accumulated += r;
        printf("longjmp returned %d (attempt %d, calls %d)\n", r, attempts, calls);
        if (attempts < 4)
            deep(0, attempts * 3);
    }
    printf("accumulated=%ld attempts=%d calls=%d\n", accumulated, attempts, calls);

    jmp_buf err;
    static const int divisors[] = {3, 0, 7, 0, -2};
    volatile int i = 0;
    volatile int ok = 0, errors = 0;
    if (setjmp(err) != 0) {
        errors++;
        printf("caught division by zero at index %d\n", i);
        i++;
    }
    for (; i < 5; i++) {
        int q = safe_div(100, divisors[i], &err);
        ok++;
        printf("100/%d=%d\n", divisors[i], q);
    }
    printf("ok=%d errors=%d\n", ok, errors);
    return 0;
}
