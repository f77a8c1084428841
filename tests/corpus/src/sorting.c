/* Sorting algorithms on the same pseudo-random data: insertion, shell, merge (with a
 * heap buffer), quick (Lomuto, recursive), heap sort and counting sort; each result
 * is verified and checksummed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 200

static void insertion(int *a, int n) {
    for (int i = 1; i < n; i++) {
        int v = a[i], j = i - 1;
        while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; }
        a[j + 1] = v;
    }
}
static void shell(int *a, int n) {
    for (int gap = n / 2; gap > 0; gap /= 2)
        for (int i = gap; i < n; i++)
            for (int j = i; j >= gap && a[j - gap] > a[j]; j -= gap) {
                int t = a[j]; a[j] = a[j - gap]; a[j - gap] = t;
            }
}
static void merge_rec(int *a, int *tmp, int lo, int hi) {
    if (hi - lo < 2) return;
    int mid = (lo + hi) / 2;
    merge_rec(a, tmp, lo, mid);
    merge_rec(a, tmp, mid, hi);
    int i = lo, j = mid, k = lo;
    while (i < mid && j < hi) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
    while (i < mid) tmp[k++] = a[i++];
    while (j < hi) tmp[k++] = a[j++];
    memcpy(a + lo, tmp + lo, (size_t)(hi - lo) * sizeof *a);
}
static void merge_sort(int *a, int n) {
    int *tmp = malloc((size_t)n * sizeof *tmp);
    merge_rec(a, tmp, 0, n);
    free(tmp);
}
static void quick(int *a, int lo, int hi) {
    if (lo >= hi) return;
    int p = a[hi], i = lo;
    for (int j = lo; j < hi; j++)
        if (a[j] < p) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; }
    int t = a[i]; a[i] = a[hi]; a[hi] = t;
    quick(a, lo, i - 1);
    quick(a, i + 1, hi);
}
static void quick_sort(int *a, int n) { quick(a, 0, n - 1); }
static void sift(int *a, int i, int n) {
    for (;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < n && a[l] > a[m]) m = l;
        if (r < n && a[r] > a[m]) m = r;
        if (m == i) return;
        int t = a[i]; a[i] = a[m]; a[m] = t;
        i = m;
    }
}
static void heap_sort(int *a, int n) {
    for (int i = n / 2 - 1; i >= 0; i--) sift(a, i, n);
    for (int e = n - 1; e > 0; e--) {
        int t = a[0]; a[0] = a[e]; a[e] = t;
        sift(a, 0, e);
    }
}
static void counting(int *a, int n) {
    int counts[1000] = {0};
    for (int i = 0; i < n; i++) counts[a[i]]++;
    int k = 0;
    for (int v = 0; v < 1000; v++)
        while (counts[v]--) a[k++] = v;
}

int main(void) {
    int data[N];
    unsigned s = 42;
    for (int i = 0; i < N; i++) {
        s = s * 1664525u + 1013904223u;
        data[i] = (int)((s >> 16) % 1000);
    }
    struct { const char *name; void (*fn)(int *, int); } algos[] = {
        {"insertion", insertion}, {"shell", shell}, {"merge", merge_sort},
        {"quick", quick_sort}, {"heap", heap_sort}, {"counting", counting},
    };
    for (unsigned k = 0; k < sizeof algos / sizeof algos[0]; k++) {
        int a[N];
        memcpy(a, data, sizeof a);
        algos[k].fn(a, N);
        int sorted = 1;
        unsigned long sum = 0;
        for (int i = 0; i < N; i++) {
            if (i && a[i - 1] > a[i]) sorted = 0;
            sum = sum * 31 + (unsigned)a[i];
        }
        printf("%-9s sorted=%d first=%d median=%d last=%d hash=%lu\n", algos[k].name, sorted, a[0],
               a[N / 2], a[N - 1], sum);
    }
    return 0;
}
