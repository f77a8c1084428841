/* A chained hash table with string keys on the heap: insert/update, lookup, delete,
 * rehash when the load factor grows, and iteration in bucket order. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct Entry { char *key; int value; struct Entry *next; };
struct Table { struct Entry **buckets; size_t nbuckets, size; };

static unsigned long hash_str(const char *s) {
    unsigned long h = 1469598103934665603UL;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211UL;
    return h;
}

static void table_init(struct Table *t, size_t n) {
    t->buckets = calloc(n, sizeof *t->buckets);
    t->nbuckets = n;
    t->size = 0;
}

static void rehash(struct Table *t) {
    struct Table bigger;
    table_init(&bigger, t->nbuckets * 2);
    for (size_t i = 0; i < t->nbuckets; i++) {
        struct Entry *e = t->buckets[i];
        while (e) {
            struct Entry *next = e->next;
            size_t b = hash_str(e->key) % bigger.nbuckets;
            e->next = bigger.buckets[b];
            bigger.buckets[b] = e;
            e = next;
        }
    }
    free(t->buckets);
    bigger.size = t->size;
    *t = bigger;
}

static void put(struct Table *t, const char *key, int value) {
    size_t b = hash_str(key) % t->nbuckets;
    for (struct Entry *e = t->buckets[b]; e; e = e->next)
        if (strcmp(e->key, key) == 0) { e->value = value; return; }
    struct Entry *e = malloc(sizeof *e);
    e->key = malloc(strlen(key) + 1);
    strcpy(e->key, key);
    e->value = value;
    e->next = t->buckets[b];
    t->buckets[b] = e;
    if (++t->size > t->nbuckets * 3 / 4)
        rehash(t);
}

static int *get(struct Table *t, const char *key) {
    for (struct Entry *e = t->buckets[hash_str(key) % t->nbuckets]; e; e = e->next)
        if (strcmp(e->key, key) == 0)
            return &e->value;
    return NULL;
}

static int del(struct Table *t, const char *key) {
    struct Entry **pp = &t->buckets[hash_str(key) % t->nbuckets];
    for (; *pp; pp = &(*pp)->next) {
        if (strcmp((*pp)->key, key) == 0) {
            struct Entry *dead = *pp;
            *pp = dead->next;
            free(dead->key);
            free(dead);
            t->size--;
            return 1;
        }
    }
    return 0;
}

int main(void) {
    struct Table t;
    table_init(&t, 4);
    const char *text = "the quick brown fox jumps over the lazy dog the fox barks and the dog "
                       "sleeps while a quick bird sings over the brown hill";
    char word[32];
    for (const char *p = text; *p;) {
        while (*p == ' ') p++;
        size_t n = 0;
        while (*p && *p != ' ' && n < sizeof word - 1) word[n++] = *p++;
        word[n] = '\0';
        if (n == 0) continue;
        int *v = get(&t, word);
        put(&t, word, v ? *v + 1 : 1);
    }
    printf("distinct=%zu buckets=%zu\n", t.size, t.nbuckets);
    const char *probe[] = {"the", "fox", "dog", "cat", "quick", "hill"};
    for (int i = 0; i < 6; i++) {
        int *v = get(&t, probe[i]);
        printf("%s=%d\n", probe[i], v ? *v : 0);
    }
    int d1 = del(&t, "the");
    int d2 = del(&t, "cat");
    printf("del the=%d del cat=%d size=%zu\n", d1, d2, t.size);
    int total = 0, longest = 0;
    for (size_t i = 0; i < t.nbuckets; i++) {
        int chain = 0;
        for (struct Entry *e = t.buckets[i]; e; e = e->next) { total += e->value; chain++; }
        if (chain > longest) longest = chain;
    }
    printf("total=%d longest_chain=%d\n", total, longest);
    for (size_t i = 0; i < t.nbuckets; i++)
        while (t.buckets[i]) del(&t, t.buckets[i]->key);
    printf("final size=%zu\n", t.size);
    free(t.buckets);
    return 0;
}
