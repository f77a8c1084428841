/* Recursion: naive and memoized fibonacci, ackermann, mutual recursion,
 * tail recursion, towers of hanoi and a recursive subset-sum enumeration. */
#include <stdio.h>

static long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

static long memo[91];
static long fib_memo(int n) {
    if (n < 2)
        return n;
    if (memo[n])
        return memo[n];
    return memo[n] = fib_memo(n - 1) + fib_memo(n - 2);
}

static unsigned long ack(unsigned long m, unsigned long n) {
    if (m == 0)
        return n + 1;
    if (n == 0)
        return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}

static int hofstadter_f(int n);
static int hofstadter_m(int n) { return n == 0 ? 0 : n - hofstadter_f(hofstadter_m(n - 1)); }
static int hofstadter_f(int n) { return n == 0 ? 1 : n - hofstadter_m(hofstadter_f(n - 1)); }

static long gcd(long a, long b) { return b == 0 ? a : gcd(b, a % b); }
static long sum_to(long n, long acc) { return n == 0 ? acc : sum_to(n - 1, acc + n); }

static int moves;
static void hanoi(int n, char from, char to, char via) {
    if (n == 0)
        return;
    hanoi(n - 1, from, via, to);
    moves++;
    if (n >= 4)
        printf("move disk %d %c->%c\n", n, from, to);
    hanoi(n - 1, via, to, from);
}

static void subsets(const int *v, int n, int i, int mask, int *count, int target) {
    if (i == n) {
        int s = 0;
        for (int k = 0; k < n; k++)
            if (mask & (1 << k))
                s += v[k];
        if (s == target)
            ++*count;
        return;
    }
    subsets(v, n, i + 1, mask, count, target);
    subsets(v, n, i + 1, mask | (1 << i), count, target);
}

int main(void) {
    for (int i = 0; i <= 25; i += 5)
        printf("fib(%d)=%ld\n", i, fib(i));
    printf("fib_memo(90)=%ld\n", fib_memo(90));
    for (unsigned long m = 0; m <= 3; m++)
        printf("ack(%lu,3)=%lu\n", m, ack(m, 3));
    printf("ack(2,200)=%lu\n", ack(2, 200));
    printf("hofstadter F:");
    for (int i = 0; i < 15; i++)
        printf(" %d", hofstadter_f(i));
    printf("\nhofstadter M:");
    for (int i = 0; i < 15; i++)
        printf(" %d", hofstadter_m(i));
    printf("\ngcd=%ld %ld\n", gcd(1071, 462), gcd(1LL << 40, 6LL * 1024 * 1024));
    printf("sum_to(5000)=%ld\n", sum_to(5000, 0));
    hanoi(6, 'A', 'C', 'B');
    printf("hanoi moves=%d\n", moves);
    int v[] = {3, 34, 4, 12, 5, 2, 9, 7, 1, 8};
    int count = 0;
    subsets(v, 10, 0, 0, &count, 20);
    printf("subsets summing to 20: %d\n", count);
    return 0;
}
