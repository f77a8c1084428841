/* Sparse switches (compare trees / binary search at -O2): large and negative case
 * values, 64-bit switch conditions, switch on hashes and clustered ranges. */
#include <stdio.h>
#include <stdint.h>

static const char *http_status(int code) {
    switch (code) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 418: return "I'm a teapot";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Unknown";
    }
}

static int big_cases(int64_t v) {
    switch (v) {
    case -1000000000000LL: return 1;
    case -7: return 2;
    case 0: return 3;
    case 65536: return 4;
    case 4294967296LL: return 5;
    case 9223372036854775807LL: return 6;
    case 123456789: return 7;
    default: return 0;
    }
}

static uint32_t hash(const char *s) {
    uint32_t h = 5381;
    while (*s)
        h = h * 33 + (unsigned char)*s++;
    return h;
}

static int keyword(const char *s) {
    switch (hash(s)) {
    case 0x00597834u: return 1;
    case 0x7C964C6Eu: return 2;
    case 0x10A3387Eu: return 3;
    default: return 0;
    }
}

static int clusters(unsigned x) {
    switch (x) {
    case 10: case 11: case 12: case 13: return 1;
    case 1000: case 1001: case 1002: return 2;
    case 50000: return 3;
    case 0xFFFFFFFFu: return 4;
    default: return 0;
    }
}

int main(void) {
    static const int codes[] = {200, 201, 202, 204, 301, 304, 400, 404, 418, 500, 503, 999, -200};
    for (unsigned i = 0; i < sizeof codes / sizeof codes[0]; i++)
        printf("%d %s\n", codes[i], http_status(codes[i]));
    static const int64_t vals[] = {-1000000000000LL, -7, 0, 1, 65536, 4294967296LL,
                                   9223372036854775807LL, 123456789, -8};
    for (unsigned i = 0; i < sizeof vals / sizeof vals[0]; i++)
        printf("big_cases(%lld)=%d\n", (long long)vals[i], big_cases(vals[i]));
    const char *words[] = {"if", "else", "while", "return", "for"};
    for (int i = 0; i < 5; i++)
        printf("hash(%s)=%08x keyword=%d\n", words[i], hash(words[i]), keyword(words[i]));
    unsigned probe[] = {9, 10, 13, 14, 999, 1000, 1002, 1003, 50000, 0xFFFFFFFFu, 0xFFFFFFFEu};
    int sum = 0;
    for (unsigned i = 0; i < sizeof probe / sizeof probe[0]; i++) {
        int c = clusters(probe[i]);
        printf("%u->%d ", probe[i], c);
        sum += c;
    }
    printf("\nsum=%d\n", sum);
    return 0;
}
