/* Nested structs and arrays: arrays of structs containing arrays, multi-dimensional
 * arrays, designated initializers, pointer arithmetic into nested members. */
#include <stdio.h>
#include <stddef.h>

/* Kept out of line (and external) so that -O2 keeps the calls and their ABI. */
#define NOINLINE __attribute__((noinline))

struct Point { int x, y; };
struct Segment { struct Point a, b; };
struct Polygon {
    const char *name;
    int n;
    struct Point pts[6];
};
struct Grid {
    unsigned char cells[4][5];
    struct { short row, col; } cursor;
};

static const struct Polygon shapes[] = {
    {"triangle", 3, {{0, 0}, {4, 0}, {0, 3}}},
    {"square", 4, {{0, 0}, {2, 0}, {2, 2}, {0, 2}}},
    {.name = "hexish", .n = 6, .pts = {[0] = {1, 0}, [1] = {2, 1}, [2] = {2, 2},
                                       [3] = {1, 3}, [4] = {0, 2}, [5] = {0, 1}}},
};

NOINLINE int area2(const struct Polygon *p) {
    int s = 0;
    for (int i = 0; i < p->n; i++) {
        const struct Point *u = &p->pts[i], *v = &p->pts[(i + 1) % p->n];
        s += u->x * v->y - v->x * u->y;
    }
    return s < 0 ? -s : s;
}

NOINLINE int seg_len2(struct Segment s) {
    int dx = s.b.x - s.a.x, dy = s.b.y - s.a.y;
    return dx * dx + dy * dy;
}

NOINLINE int trace(int m[3][4]) {
    int t = 0;
    for (int i = 0; i < 3; i++)
        t += m[i][i] * (i + 1);
    return t;
}

int main(void) {
    for (unsigned i = 0; i < sizeof shapes / sizeof shapes[0]; i++)
        printf("%s: n=%d area2=%d\n", shapes[i].name, shapes[i].n, area2(&shapes[i]));
    struct Segment segs[3] = {{{0, 0}, {3, 4}}, {{1, 1}, {4, 5}}, {.b = {6, 8}}};
    for (int i = 0; i < 3; i++)
        printf("seg %d len2=%d\n", i, seg_len2(segs[i]));

    struct Grid g = {{{0}}, {0, 0}};
    for (int r = 0; r < 4; r++)
        for (int c = 0; c < 5; c++)
            g.cells[r][c] = (unsigned char)(r * 5 + c);
    g.cursor.row = 2;
    g.cursor.col = 3;
    unsigned char *flat = &g.cells[0][0];
    int sum = 0;
    for (int i = 0; i < 20; i++)
        sum += flat[i];
    printf("grid sum=%d at cursor=%d\n", sum, g.cells[g.cursor.row][g.cursor.col]);
    printf("offsets: %zu %zu %zu\n", offsetof(struct Polygon, pts), offsetof(struct Grid, cursor),
           offsetof(struct Polygon, pts[3].y));

    int m[3][4];
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 4; j++)
            m[i][j] = i * 4 + j;
    printf("trace=%d\n", trace(m));
    int (*row)[4] = &m[1];
    printf("row1: %d %d %d %d\n", (*row)[0], (*row)[1], row[0][2], row[1][3]);
    int cube[2][3][4];
    int k = 0;
    for (int a = 0; a < 2; a++)
        for (int b = 0; b < 3; b++)
            for (int c = 0; c < 4; c++)
                cube[a][b][c] = k++;
    printf("cube: %d %d %zu\n", cube[1][2][3], cube[1][0][1], sizeof cube / sizeof cube[0]);
    struct Polygon copy = shapes[2];
    copy.pts[0].x = 100;
    printf("copy: %d original: %d\n", copy.pts[0].x, shapes[2].pts[0].x);
    return 0;
}
