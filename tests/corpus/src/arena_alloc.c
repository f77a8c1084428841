/* A bump-pointer arena allocator over a static buffer with alignment rounding, a
 * free-list object pool carved from it, and typed allocations (structs, doubles,
 * strings) verified for alignment and contents. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <stddef.h>

static _Alignas(64) unsigned char arena[8192];
static size_t arena_used;
static int arena_fail;

static void *arena_alloc(size_t size, size_t align) {
    size_t start = (arena_used + align - 1) & ~(align - 1);
    if (start + size > sizeof arena) { arena_fail++; return NULL; }
    arena_used = start + size;
    return arena + start;
}

struct Obj { struct Obj *next_free; int id; double payload[3]; };
static struct Obj *free_list;
static int pool_created;

static struct Obj *obj_get(void) {
    if (free_list) {
        struct Obj *o = free_list;
        free_list = o->next_free;
        return o;
    }
    struct Obj *o = arena_alloc(sizeof *o, _Alignof(struct Obj));
    if (o) pool_created++;
    return o;
}
static void obj_put(struct Obj *o) { o->next_free = free_list; free_list = o; }

static char *arena_strdup(const char *s) {
    char *p = arena_alloc(strlen(s) + 1, 1);
    if (p) strcpy(p, s);
    return p;
}

int main(void) {
    char *s1 = arena_strdup("hello");
    double *d = arena_alloc(sizeof(double) * 4, _Alignof(double));
    char *s2 = arena_strdup("arena");
    long long *ll = arena_alloc(sizeof(long long), 16);
    for (int i = 0; i < 4; i++) d[i] = i * 1.25;
    *ll = -77;
    printf("%s %s %g %lld used=%zu\n", s1, s2, d[3], *ll, arena_used);
    printf("offsets: d=%td s2=%td ll=%td aligned(d,8)=%d aligned(ll,16)=%d\n",
           (unsigned char *)d - arena, (unsigned char *)s2 - arena, (unsigned char *)ll - arena,
           (int)((uintptr_t)d % 8 == 0), (int)((uintptr_t)ll % 16 == 0));
    struct Obj *live[20];
    for (int round = 0; round < 5; round++) {
        for (int i = 0; i < 20; i++) {
            live[i] = obj_get();
            live[i]->id = round * 100 + i;
            live[i]->payload[0] = live[i]->id * 0.5;
        }
        double sum = 0;
        for (int i = 0; i < 20; i++) sum += live[i]->payload[0];
        for (int i = 0; i < 20; i += 1 + round % 2) obj_put(live[i]);
        printf("round %d: sum=%g created=%d used=%zu\n", round, sum, pool_created, arena_used);
    }
    while (arena_alloc(1000, 8)) {}
    printf("exhausted: used=%zu fails=%d\n", arena_used, arena_fail);
    printf("sizeof Obj=%zu align=%zu\n", sizeof(struct Obj), _Alignof(struct Obj));
    return 0;
}
