// Recursive quicksort of pseudo-random integers, repeated.
#include <stdio.h>
#include <stdlib.h>

static void sort(int *a, long lo, long hi) {
    while (lo < hi) {
        int pivot = a[lo + (hi - lo) / 2];
        long i = lo, j = hi;
        while (i <= j) {
            while (a[i] < pivot) i++;
            while (a[j] > pivot) j--;
            if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
        }
        if (j - lo < hi - i) { sort(a, lo, j); lo = i; } else { sort(a, i, hi); hi = j; }
    }
}

enum { N = 1000000 };

int main(void) {
    int *a = malloc(sizeof(int) * N);
    unsigned seed = 42;
    unsigned long checksum = 0;
    for (int rep = 0; rep < 4; rep++) {
        for (long i = 0; i < N; i++) { seed = seed * 1664525u + 1013904223u; a[i] = (int)(seed >> 1); }
        sort(a, 0, N - 1);
        for (long i = 0; i < N; i += 997) checksum = checksum * 131 + (unsigned)a[i];
    }
    free(a);
    printf("%lu\n", checksum);
    return 0;
}
