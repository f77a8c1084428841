/* Struct copies that clang lowers to llvm.memcpy: assignment of large structs,
 * array-of-struct shuffles, copies through pointers, struct-in-struct assignment,
 * memcpy/memmove of struct arrays and zero-initialization via memset. */
#include <stdio.h>
#include <string.h>

struct Blob { int id; char tag[20]; double weights[5]; };
struct Holder { struct Blob primary, backup; int version; };

static void blob_init(struct Blob *b, int id, const char *tag) {
    memset(b, 0, sizeof *b);
    b->id = id;
    snprintf(b->tag, sizeof b->tag, "%s#%d", tag, id);
    for (int i = 0; i < 5; i++)
        b->weights[i] = id + i * 0.25;
}

static double blob_total(const struct Blob *b) {
    double t = 0;
    for (int i = 0; i < 5; i++)
        t += b->weights[i];
    return t;
}

static void show(const char *label, const struct Blob *b) {
    printf("%s: id=%d tag=%s total=%g\n", label, b->id, b->tag, blob_total(b));
}

int main(void) {
    struct Blob a, b;
    blob_init(&a, 1, "alpha");
    b = a;                 /* aggregate copy */
    b.id = 2;
    b.weights[4] = 100;
    show("a", &a);
    show("b", &b);

    struct Holder h = {.version = 1};
    h.primary = a;
    h.backup = h.primary;
    h.backup.tag[0] = 'A';
    show("h.primary", &h.primary);
    show("h.backup", &h.backup);
    struct Holder h2 = h;  /* nested copy */
    h2.version++;
    h2.primary = b;
    printf("versions %d %d, h2.primary.id=%d h.primary.id=%d\n", h.version, h2.version,
           h2.primary.id, h.primary.id);

    struct Blob arr[6];
    for (int i = 0; i < 6; i++)
        blob_init(&arr[i], i + 10, "item");
    /* rotate left by one using struct assignment */
    struct Blob tmp = arr[0];
    for (int i = 0; i < 5; i++)
        arr[i] = arr[i + 1];
    arr[5] = tmp;
    for (int i = 0; i < 6; i++)
        printf("%d ", arr[i].id);
    printf("\n");
    memmove(&arr[1], &arr[0], 4 * sizeof arr[0]);
    for (int i = 0; i < 6; i++)
        printf("%s ", arr[i].tag);
    printf("\n");
    struct Blob copy[6];
    memcpy(copy, arr, sizeof arr);
    memset(arr, 0, sizeof arr);
    printf("after memset: %d %s; copy: %d %s\n", arr[3].id, arr[3].tag, copy[3].id, copy[3].tag);
    const struct Blob *src = &copy[2];
    struct Blob *dst = &copy[0];
    *dst = *src;
    show("copy[0]", &copy[0]);
    struct Blob zero = {0};
    printf("zero: %d '%s' %g sizeof=%zu\n", zero.id, zero.tag, blob_total(&zero), sizeof zero);
    return 0;
}
