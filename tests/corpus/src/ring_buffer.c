/* A fixed-size ring buffer queue (power-of-two masking and modulo variants), used to
 * simulate a producer/consumer pipeline and a BFS over a small grid maze. */
#include <stdio.h>
#include <string.h>

#define CAP 16
struct Ring { int items[CAP]; unsigned head, tail; };

static int ring_push(struct Ring *r, int v) {
    if (r->tail - r->head == CAP) return 0;
    r->items[r->tail++ & (CAP - 1)] = v;
    return 1;
}
static int ring_pop(struct Ring *r, int *v) {
    if (r->head == r->tail) return 0;
    *v = r->items[r->head++ & (CAP - 1)];
    return 1;
}

static const char *maze[] = {
    "S.#.......",
    ".##.####.#",
    "....#..#..",
    "#.#.#.##.#",
    "..#...#..E",
};

int main(void) {
    struct Ring r = {{0}, 0, 0};
    int produced = 0, consumed = 0, dropped = 0;
    long checksum = 0;
    for (int tick = 0; tick < 100; tick++) {
        int burst = (tick * 7) % 5;
        for (int k = 0; k < burst; k++) {
            if (ring_push(&r, tick * 10 + k)) produced++;
            else dropped++;
        }
        int v;
        for (int k = 0; k < 2 && ring_pop(&r, &v); k++) {
            consumed++;
            checksum = checksum * 3 + v;
            checksum %= 1000000007;
        }
    }
    printf("produced=%d consumed=%d dropped=%d left=%u checksum=%ld\n", produced, consumed,
           dropped, r.tail - r.head, checksum);
    printf("indices wrapped: head=%u tail=%u\n", r.head, r.tail);

    enum { H = 5, W = 10 };
    int dist[H][W];
    memset(dist, -1, sizeof dist);
    int queue[H * W], qh = 0, qt = 0;
    queue[qt++] = 0;
    dist[0][0] = 0;
    static const int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
    int end_dist = -1;
    while (qh != qt) {
        int cell = queue[qh++ % (H * W)];
        int row = cell / W, col = cell % W;
        if (maze[row][col] == 'E') { end_dist = dist[row][col]; break; }
        for (int d = 0; d < 4; d++) {
            int nr = row + dr[d], nc = col + dc[d];
            if (nr < 0 || nr >= H || nc < 0 || nc >= W) continue;
            if (maze[nr][nc] == '#' || dist[nr][nc] != -1) continue;
            dist[nr][nc] = dist[row][col] + 1;
            queue[qt++ % (H * W)] = nr * W + nc;
        }
    }
    printf("maze shortest path=%d\n", end_dist);
    for (int i = 0; i < H; i++) {
        for (int j = 0; j < W; j++)
            printf("%c", maze[i][j] == '#' ? '#' : dist[i][j] < 0 ? '?' : (char)('0' + dist[i][j] % 10));
        printf("\n");
    }
    return 0;
}
