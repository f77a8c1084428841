/* Binary search tree on the heap: insert, lookup, in-order traversal with an explicit
 * stack, height, deletion with successor, and freeing with post-order recursion. */
#include <stdio.h>
#include <stdlib.h>

struct Tree { int key; int count; struct Tree *left, *right; };

static struct Tree *insert(struct Tree *t, int key) {
    if (!t) {
        t = calloc(1, sizeof *t);
        if (!t)
            exit(97);
        t->key = key;
        t->count = 1;
        return t;
    }
    if (key < t->key)
        t->left = insert(t->left, key);
    else if (key > t->key)
        t->right = insert(t->right, key);
    else
        t->count++;
    return t;
}

static const struct Tree *find(const struct Tree *t, int key) {
    while (t && t->key != key)
        t = key < t->key ? t->left : t->right;
    return t;
}

static int height(const struct Tree *t) {
    if (!t)
        return 0;
    int l = height(t->left), r = height(t->right);
    return 1 + (l > r ? l : r);
}

static void inorder(const struct Tree *t) {
    const struct Tree *stack[64];
    int sp = 0;
    while (t || sp) {
        while (t) { stack[sp++] = t; t = t->left; }
        t = stack[--sp];
        printf(" %d", t->key);
        if (t->count > 1)
            printf("x%d", t->count);
        t = t->right;
    }
    printf("\n");
}

static struct Tree *delete(struct Tree *t, int key) {
    if (!t)
        return NULL;
    if (key < t->key) { t->left = delete(t->left, key); return t; }
    if (key > t->key) { t->right = delete(t->right, key); return t; }
    if (!t->left || !t->right) {
        struct Tree *child = t->left ? t->left : t->right;
        free(t);
        return child;
    }
    struct Tree *succ = t->right;
    while (succ->left)
        succ = succ->left;
    t->key = succ->key;
    t->count = succ->count;
    succ->count = 1;
    t->right = delete(t->right, succ->key);
    return t;
}

static int destroy(struct Tree *t) {
    if (!t)
        return 0;
    int n = destroy(t->left) + destroy(t->right) + 1;
    free(t);
    return n;
}

int main(void) {
    struct Tree *root = NULL;
    unsigned x = 2463534242u;
    for (int i = 0; i < 40; i++) {
        x ^= x << 13; x ^= x >> 17; x ^= x << 5;
        root = insert(root, (int)(x % 60));
    }
    printf("inorder:");
    inorder(root);
    printf("height=%d\n", height(root));
    for (int k = 0; k < 60; k += 7) {
        const struct Tree *n = find(root, k);
        printf("find %d: %s", k, n ? "yes" : "no");
        if (n)
            printf(" (count %d)", n->count);
        printf("\n");
    }
    for (int k = 0; k < 60; k += 3)
        root = delete(root, k);
    printf("after delete:");
    inorder(root);
    int h = height(root);
    printf("height=%d freed=%d\n", h, destroy(root));
    return 0;
}
