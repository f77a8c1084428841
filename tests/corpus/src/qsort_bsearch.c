/* qsort and bsearch from libc with comparator callbacks: ints, doubles, strings,
 * structs with multi-key ordering, and descending order. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct Person { const char *name; int age; };

static int cmp_int(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}
static int cmp_int_desc(const void *a, const void *b) { return cmp_int(b, a); }
static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y ? 1 : 0;
}
static int cmp_str(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}
static int cmp_person(const void *a, const void *b) {
    const struct Person *p = a, *q = b;
    if (p->age != q->age)
        return p->age - q->age;
    return strcmp(p->name, q->name);
}

int main(void) {
    int nums[20];
    unsigned seed = 12345;
    for (int i = 0; i < 20; i++) {
        seed = seed * 1103515245u + 12345u;
        nums[i] = (int)((seed >> 16) % 1000) - 500;
    }
    qsort(nums, 20, sizeof nums[0], cmp_int);
    printf("sorted:");
    for (int i = 0; i < 20; i++)
        printf(" %d", nums[i]);
    printf("\n");
    for (int i = 0; i < 20; i += 6) {
        int key = nums[i];
        int *hit = bsearch(&key, nums, 20, sizeof nums[0], cmp_int);
        printf("find %d -> index %d\n", key, hit ? (int)(hit - nums) : -1);
    }
    int missing = 10000;
    printf("find missing -> %s\n", bsearch(&missing, nums, 20, sizeof(int), cmp_int) ? "hit" : "null");
    qsort(nums, 20, sizeof nums[0], cmp_int_desc);
    printf("desc: %d %d ... %d\n", nums[0], nums[1], nums[19]);

    double ds[] = {3.5, -1.0, 2.25, 1e10, -1e-3, 0.0, 7.0};
    qsort(ds, 7, sizeof ds[0], cmp_double);
    for (int i = 0; i < 7; i++)
        printf("%g ", ds[i]);
    printf("\n");

    const char *words[] = {"pear", "apple", "fig", "banana", "cherry", "date", "elderberry"};
    qsort(words, 7, sizeof words[0], cmp_str);
    for (int i = 0; i < 7; i++)
        printf("%s ", words[i]);
    printf("\n");
    const char *want = "date";
    const char **w = bsearch(&want, words, 7, sizeof words[0], cmp_str);
    printf("date at %d\n", w ? (int)(w - words) : -1);

    struct Person people[] = {{"zed", 30}, {"amy", 25}, {"bob", 30}, {"cat", 19}, {"dan", 25}};
    qsort(people, 5, sizeof people[0], cmp_person);
    for (int i = 0; i < 5; i++)
        printf("%s(%d) ", people[i].name, people[i].age);
    printf("\n");
    struct Person key = {"bob", 30};
    struct Person *found = bsearch(&key, people, 5, sizeof people[0], cmp_person);
    printf("bob found at %d\n", found ? (int)(found - people) : -1);
    return 0;
}
