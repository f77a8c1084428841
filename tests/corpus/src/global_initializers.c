/* Complex constant initializers in globals: unions initialized through a non-first
 * member, nested designated initializers, float/double special values, char arrays of
 * arrays, partially initialized arrays (zero tail), and const tables of structs. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

union Num { int64_t i; double d; uint8_t b[8]; };
struct Item { const char *name; union Num val; int kind; };
struct Shape { int sides; struct { float x, y; } center; const int *extra; };

static const int extras[] = {3, 1, 4, 1, 5};
static union Num nums[4] = {{.i = -1}, {.d = 1.5}, {.b = {1, 2, 3, 4, 5, 6, 7, 8}}, {0}};
static struct Item items[] = {
    {"answer", {.i = 42}, 0},
    {.name = "pi", .val = {.d = 3.141592653589793}, .kind = 1},
    {.kind = 2, .name = "bytes", .val.b = {[7] = 0x80, [0] = 1}},
};
static struct Shape shapes[5] = {
    [0] = {3, {0.5f, -0.25f}, extras},
    [3] = {.sides = 6, .center.y = 2.0f, .extra = extras + 4},
};
static const char names[][8] = {"red", "green", "blue", "magenta"};
static int partial[10] = {1, 2, 3};
static double specials[] = {-0.0, 1e-310, 1.7976931348623157e308, 0.1f};
static char buffer[16] = "abc";
static const struct { uint16_t code; const char *msg; } errors[] = {
    {404, "not found"}, {500, "server"}, {0xFFFF, NULL}};

int main(void) {
    for (int i = 0; i < 4; i++)
        printf("nums[%d]: i=%lld b0=%u b7=%u\n", i, (long long)nums[i].i, nums[i].b[0], nums[i].b[7]);
    printf("nums[1].d=%g\n", nums[1].d);
    for (unsigned i = 0; i < sizeof items / sizeof items[0]; i++) {
        const struct Item *it = &items[i];
        if (it->kind == 0) printf("%s: %lld\n", it->name, (long long)it->val.i);
        else if (it->kind == 1) printf("%s: %.15f\n", it->name, it->val.d);
        else printf("%s: %u..%u\n", it->name, it->val.b[0], it->val.b[7]);
    }
    for (int i = 0; i < 5; i++)
        printf("shape %d: sides=%d center=(%g,%g) extra=%d\n", i, shapes[i].sides, shapes[i].center.x,
               shapes[i].center.y, shapes[i].extra ? *shapes[i].extra : -1);
    for (int i = 0; i < 4; i++)
        printf("%s(%zu) ", names[i], strlen(names[i]));
    printf("sizeof names=%zu\n", sizeof names);
    int sum = 0;
    for (int i = 0; i < 10; i++) sum += partial[i] * (i + 1);
    printf("partial weighted sum=%d tail=%d\n", sum, partial[9]);
    printf("specials: %g signbit=%d %g %g %.10f\n", specials[0], (int)(1 / specials[0] < 0),
           specials[1] * 1e10, specials[2] / 1e308, specials[3]);
    strcat(buffer, "defgh");
    printf("buffer=%s last=%d\n", buffer, buffer[15]);
    for (int i = 0; errors[i].msg; i++)
        printf("error %u: %s\n", errors[i].code, errors[i].msg);
    return 0;
}
