/* Pointer arithmetic without printing addresses: ptrdiff_t between elements, walking
 * arrays by pointer, pointer comparison, uintptr_t round trips and alignment checks,
 * void* byte offsets, pointers to pointers and arrays of pointers into one buffer. */
#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <string.h>

struct Rec { char tag; int value; double weight; };

static size_t count_until(const int *begin, const int *end, int stop) {
    const int *p = begin;
    while (p < end && *p != stop) p++;
    return (size_t)(p - begin);
}

static void *byte_offset(void *base, size_t off) { return (char *)base + off; }

int main(void) {
    int arr[20];
    for (int i = 0; i < 20; i++) arr[i] = i * i;
    int *first = &arr[0], *last = &arr[19];
    printf("diff=%td count_until(49)=%zu\n", last - first, count_until(arr, arr + 20, 49));
    printf("compare: %d %d %d\n", first < last, &arr[5] == arr + 5, *(arr + 7) == arr[7]);
    int *mid = arr + 10;
    printf("mid[-3]=%d mid[3]=%d *(mid - 10)=%d\n", mid[-3], mid[3], *(mid - 10));
    long sum = 0;
    for (int *p = arr + 19; p >= arr + 10; p--) sum += *p;
    printf("back sum=%ld\n", sum);

    struct Rec recs[4] = {{'a', 1, 0.5}, {'b', 2, 1.5}, {'c', 3, 2.5}, {'d', 4, 3.5}};
    struct Rec *r = recs;
    r += 2;
    printf("rec: %c %d stride=%td bytes\n", r->tag, r->value, (char *)&recs[1] - (char *)&recs[0]);
    int *vp = byte_offset(&recs[1], offsetof(struct Rec, value));
    printf("value via offset=%d\n", *vp);
    double *wp = byte_offset(recs, 3 * sizeof(struct Rec) + offsetof(struct Rec, weight));
    printf("weight via offset=%g\n", *wp);

    _Alignas(64) unsigned char aligned[128];
    uintptr_t u = (uintptr_t)aligned;
    printf("aligned 64: %d, +5 mod 8 = %d\n", (int)(u % 64 == 0), (int)((u + 5) % 8));
    unsigned char *back = (unsigned char *)u;
    back[3] = 42;
    printf("round trip: %d %d\n", back == aligned, aligned[3]);
    uintptr_t up = (uintptr_t)&arr[9];
    up -= 4 * sizeof(int);
    printf("uintptr arithmetic: %d\n", *(int *)up);

    char text[] = "alpha beta gamma delta";
    char *words[8];
    int n = 0;
    for (char *p = text; *p;) {
        words[n++] = p;
        char *sp = strchr(p, ' ');
        if (!sp) break;
        *sp = '\0';
        p = sp + 1;
    }
    char **pp = words;
    printf("words=%d second=%s last=%s offset(last)=%td\n", n, *(pp + 1), pp[n - 1], words[n - 1] - text);
    char ***ppp = &pp;
    printf("triple=%c\n", (*ppp)[2][1]);
    const char *s = "hello";
    const char *e = s + strlen(s);
    printf("len by ptr=%td nul=%d\n", e - s, *e);
    int matrix[3][4] = {{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}};
    int *flat = &matrix[0][0];
    printf("flat[7]=%d row stride=%td\n", flat[7], (char *)matrix[1] - (char *)matrix[0]);
    return 0;
}
