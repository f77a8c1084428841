/* Globals pointing at globals: pointer tables, string tables, struct initializers with
 * pointers to other globals and to their members, pointer arithmetic in initializers. */
#include <stdio.h>

static int counter = 7;
static int values[5] = {10, 20, 30, 40, 50};
static int *const value_ptrs[] = {&values[4], &values[0], &counter, values + 2};
static const char *const weekdays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
static const char greeting[] = "hello, world";
static const char *const tail_ptr = greeting + 7;

struct Node { const char *label; int weight; const struct Node *next; };
static const struct Node n3 = {"third", 3, NULL};
static const struct Node n2 = {"second", 2, &n3};
static const struct Node n1 = {"first", 1, &n2};
static const struct Node *head = &n1;

struct Config {
    const char *name;
    int *slot;
    const char *const *names;
    int nnames;
};
static struct Config configs[] = {
    {"counter", &counter, weekdays, 7},
    {"middle", &values[2], weekdays + 5, 2},
};

int global_int = 42;
int *global_ptr = &global_int;
int **global_ptr_ptr = &global_ptr;
char message[32] = "mutable";
char *message_end = &message[7];
long long big_array[3] = {1LL << 40, -1, 0x7FFFFFFFFFFFFFFFLL};
const long long *big_second = &big_array[1];

static int table_sum(int *const *t, int n) {
    int s = 0;
    for (int i = 0; i < n; i++)
        s += *t[i];
    return s;
}

int main(void) {
    printf("table sum: %d\n", table_sum(value_ptrs, 4));
    counter = 100;
    values[2] = -1;
    printf("after edit: %d\n", table_sum(value_ptrs, 4));
    for (int i = 0; i < 7; i++)
        printf("%s%s", weekdays[i], i == 6 ? "\n" : ",");
    printf("tail: %s\n", tail_ptr);
    for (const struct Node *n = head; n; n = n->next)
        printf("node %s %d\n", n->label, n->weight);
    for (unsigned i = 0; i < sizeof configs / sizeof configs[0]; i++) {
        struct Config *c = &configs[i];
        *c->slot += 1;
        printf("config %s slot=%d names:", c->name, *c->slot);
        for (int j = 0; j < c->nnames; j++)
            printf(" %s", c->names[j]);
        printf("\n");
    }
    **global_ptr_ptr = 43;
    printf("global_int=%d\n", global_int);
    *message_end++ = '!';
    *message_end = '\0';
    printf("message=%s len=%d\n", message, (int)(message_end - message));
    printf("big_second=%lld big0=%lld big2=%lld\n", *big_second, big_array[0], big_array[2]);
    printf("values:");
    for (int i = 0; i < 5; i++)
        printf(" %d", values[i]);
    printf("\n");
    return 0;
}
