/* Static local variables: counters that persist across calls, lazily initialized
 * caches, static arrays returned by pointer, and statics in recursive functions. */
#include <stdio.h>
#include <string.h>

static int next_id(void) {
    static int id = 1000;
    return id++;
}

static const char *ordinal(int n) {
    static char buf[16];
    const char *suffix = "th";
    if (n % 100 < 11 || n % 100 > 13) {
        switch (n % 10) {
        case 1: suffix = "st"; break;
        case 2: suffix = "nd"; break;
        case 3: suffix = "rd"; break;
        }
    }
    snprintf(buf, sizeof buf, "%d%s", n, suffix);
    return buf;
}

static unsigned long long factorial_cached(int n) {
    static unsigned long long cache[21];
    static int computed;
    if (!computed) {
        cache[0] = 1;
        for (int i = 1; i <= 20; i++)
            cache[i] = cache[i - 1] * (unsigned long long)i;
        computed = 1;
        printf("(cache filled)\n");
    }
    return cache[n];
}

static int depth_tracker(int n) {
    static int max_depth, current;
    current++;
    if (current > max_depth)
        max_depth = current;
    if (n > 0)
        depth_tracker(n - 1);
    current--;
    return max_depth;
}

static double running_mean(double x) {
    static double sum;
    static int count;
    sum += x;
    return sum / ++count;
}

int main(void) {
    for (int i = 0; i < 3; i++)
        printf("id %d\n", next_id());
    int ns[] = {1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 112};
    for (unsigned i = 0; i < sizeof ns / sizeof ns[0]; i++)
        printf("%s ", ordinal(ns[i]));
    printf("\n");
    printf("5!=%llu\n", factorial_cached(5));
    printf("20!=%llu\n", factorial_cached(20));
    printf("depth %d\n", depth_tracker(7));
    printf("depth %d\n", depth_tracker(3));
    printf("depth %d\n", depth_tracker(12));
    double means[5];
    for (int i = 0; i < 5; i++)
        means[i] = running_mean(i * 2.5);
    printf("means: %g %g %g %g %g\n", means[0], means[1], means[2], means[3], means[4]);
    printf("id again %d\n", next_id());
    return 0;
}
