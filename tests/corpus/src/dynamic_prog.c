/* Dynamic programming over 2-D arrays: longest common subsequence with reconstruction,
 * Levenshtein distance, 0/1 knapsack, coin change counting and longest increasing
 * subsequence. */
#include <stdio.h>
#include <string.h>

static int lcs(const char *a, const char *b, char *out) {
    int n = (int)strlen(a), m = (int)strlen(b);
    static int t[64][64];
    for (int i = 0; i <= n; i++)
        for (int j = 0; j <= m; j++)
            t[i][j] = !i || !j ? 0 : a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1
                    : t[i - 1][j] > t[i][j - 1] ? t[i - 1][j] : t[i][j - 1];
    int k = t[n][m];
    out[k] = '\0';
    for (int i = n, j = m; i && j;) {
        if (a[i - 1] == b[j - 1]) { out[--k] = a[i - 1]; i--; j--; }
        else if (t[i - 1][j] >= t[i][j - 1]) i--;
        else j--;
    }
    return t[n][m];
}

static int min3(int a, int b, int c) { int m = a < b ? a : b; return m < c ? m : c; }

static int levenshtein(const char *a, const char *b) {
    int n = (int)strlen(a), m = (int)strlen(b);
    int prev[64], cur[64];
    for (int j = 0; j <= m; j++) prev[j] = j;
    for (int i = 1; i <= n; i++) {
        cur[0] = i;
        for (int j = 1; j <= m; j++)
            cur[j] = min3(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]));
        memcpy(prev, cur, sizeof(int) * (size_t)(m + 1));
    }
    return prev[m];
}

static int knapsack(const int *w, const int *v, int n, int cap) {
    int best[101] = {0};
    for (int i = 0; i < n; i++)
        for (int c = cap; c >= w[i]; c--)
            if (best[c - w[i]] + v[i] > best[c]) best[c] = best[c - w[i]] + v[i];
    return best[cap];
}

static long coin_ways(const int *coins, int n, int amount) {
    long ways[1001] = {1};
    for (int i = 0; i < n; i++)
        for (int a = coins[i]; a <= amount; a++)
            ways[a] += ways[a - coins[i]];
    return ways[amount];
}

static int lis(const int *v, int n) {
    int len[64], best = 0;
    for (int i = 0; i < n; i++) {
        len[i] = 1;
        for (int j = 0; j < i; j++)
            if (v[j] < v[i] && len[j] + 1 > len[i]) len[i] = len[j] + 1;
        if (len[i] > best) best = len[i];
    }
    return best;
}

int main(void) {
    static const char *pairs[][2] = {{"AGGTAB", "GXTXAYB"}, {"kitten", "sitting"},
                                     {"intention", "execution"}, {"", "abc"}, {"same", "same"}};
    for (int i = 0; i < 5; i++) {
        char out[64];
        int l = lcs(pairs[i][0], pairs[i][1], out);
        printf("%s/%s: lcs=%d '%s' edit=%d\n", pairs[i][0], pairs[i][1], l, out,
               levenshtein(pairs[i][0], pairs[i][1]));
    }
    int w[] = {12, 7, 11, 8, 9, 23, 5, 14}, v[] = {24, 13, 23, 15, 16, 50, 9, 30};
    for (int cap = 20; cap <= 100; cap += 40)
        printf("knapsack cap %d = %d\n", cap, knapsack(w, v, 8, cap));
    int coins[] = {1, 2, 5, 10, 20, 50, 100, 200};
    printf("ways(200)=%ld ways(1000)=%ld\n", coin_ways(coins, 8, 200), coin_ways(coins, 8, 1000));
    int seq[] = {10, 9, 2, 5, 3, 7, 101, 18, 4, 8, 6, 12, 15, 1, 20};
    printf("lis=%d\n", lis(seq, 15));
    return 0;
}
