/* Heap-allocated singly linked lists with malloc/free: push, reverse,
 * merge sort, removal with a pointer-to-pointer walk, plus a realloc-grown array of node pointers. */
#include <stdio.h>
#include <stdlib.h>

struct Node { int value; struct Node *next; };

static struct Node *push(struct Node *head, int v) {
    struct Node *n = malloc(sizeof *n);
    if (!n)
        exit(99);
    n->value = v;
    n->next = head;
    return n;
}

static struct Node *reverse(struct Node *h) {
    struct Node *prev = NULL;
    while (h) {
        struct Node *next = h->next;
        h->next = prev;
        prev = h;
        h = next;
    }
    return prev;
}

static struct Node *merge(struct Node *a, struct Node *b) {
    struct Node dummy = {0, NULL}, *t = &dummy;
    while (a && b) {
        if (a->value <= b->value) { t->next = a; a = a->next; }
        else { t->next = b; b = b->next; }
        t = t->next;
    }
    t->next = a ? a : b;
    return dummy.next;
}

static struct Node *sort(struct Node *h) {
    if (!h || !h->next)
        return h;
    struct Node *slow = h, *fast = h->next;
    while (fast && fast->next) { slow = slow->next; fast = fast->next->next; }
    struct Node *second = slow->next;
    slow->next = NULL;
    return merge(sort(h), sort(second));
}

static struct Node *remove_if(struct Node *h, int (*pred)(int)) {
    struct Node **pp = &h;
    while (*pp) {
        if (pred((*pp)->value)) {
            struct Node *dead = *pp;
            *pp = dead->next;
            free(dead);
        } else {
            pp = &(*pp)->next;
        }
    }
    return h;
}

static int is_multiple_of_3(int v) { return v % 3 == 0; }

static void print(const char *label, const struct Node *h) {
    printf("%s:", label);
    for (; h; h = h->next)
        printf(" %d", h->value);
    printf("\n");
}

int main(void) {
    struct Node *list = NULL;
    for (int i = 0; i < 15; i++)
        list = push(list, (i * 7919) % 31);
    print("built", list);
    list = reverse(list);
    print("reversed", list);
    list = sort(list);
    print("sorted", list);
    list = remove_if(list, is_multiple_of_3);
    print("filtered", list);

    size_t cap = 1, len = 0;
    struct Node **arr = malloc(cap * sizeof *arr);
    for (struct Node *n = list; n; n = n->next) {
        if (len == cap) {
            cap *= 2;
            struct Node **grown = realloc(arr, cap * sizeof *arr);
            if (!grown)
                return 98;
            arr = grown;
        }
        arr[len++] = n;
    }
    printf("array len=%zu cap=%zu middle=%d\n", len, cap, arr[len / 2]->value);
    free(arr);
    int freed = 0;
    while (list) {
        struct Node *next = list->next;
        free(list);
        list = next;
        freed++;
    }
    printf("freed %d nodes\n", freed);
    return 0;
}
