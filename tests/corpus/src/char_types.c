/* Characters: explicit signed char / unsigned char arithmetic (never plain char for
 * values above 127), ctype.h classification, case conversion, caesar/rot13 and
 * character histograms over a byte string with high-bit bytes. */
#include <stdio.h>
#include <ctype.h>
#include <string.h>

static void rot13(char *s) {
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (isupper(c)) *s = (char)('A' + (c - 'A' + 13) % 26);
        else if (islower(c)) *s = (char)('a' + (c - 'a' + 13) % 26);
    }
}

int main(void) {
    signed char sc = -1;
    unsigned char uc = (unsigned char)sc;
    printf("signed/unsigned: %d %u %d\n", sc, uc, (signed char)(uc - 128));
    signed char sarr[6] = {-128, -1, 0, 1, 127, -50};
    int ssum = 0;
    for (int i = 0; i < 6; i++) ssum += sarr[i];
    printf("signed sum=%d\n", ssum);
    unsigned char bytes[] = {0x00, 0x7F, 0x80, 0xC3, 0xA9, 0xFF};
    unsigned usum = 0;
    for (unsigned i = 0; i < sizeof bytes; i++) usum += bytes[i];
    printf("unsigned sum=%u\n", usum);
    printf("char wrap: %d %d\n", (signed char)(sarr[4] + 1), (unsigned char)(bytes[5] + 1));

    const char *text = "Hello, World! 123 _tabs\there\n~";
    int alpha = 0, digit = 0, space = 0, punct = 0, upper = 0, xdigit = 0;
    for (const char *p = text; *p; p++) {
        unsigned char c = (unsigned char)*p;
        alpha += isalpha(c) != 0;
        digit += isdigit(c) != 0;
        space += isspace(c) != 0;
        punct += ispunct(c) != 0;
        upper += isupper(c) != 0;
        xdigit += isxdigit(c) != 0;
    }
    printf("alpha=%d digit=%d space=%d punct=%d upper=%d xdigit=%d\n", alpha, digit, space, punct,
           upper, xdigit);
    char buf[64];
    strcpy(buf, "Mixed Case 42");
    for (char *p = buf; *p; p++) *p = (char)toupper((unsigned char)*p);
    printf("upper: %s\n", buf);
    for (char *p = buf; *p; p++) *p = (char)tolower((unsigned char)*p);
    printf("lower: %s\n", buf);
    strcpy(buf, "Why did the chicken cross the road?");
    rot13(buf);
    printf("rot13: %s\n", buf);
    rot13(buf);
    printf("back: %s\n", buf);

    const char *utf8 = "na\xC3\xAFve caf\xC3\xA9 \xE2\x82\xAC";
    int hist[4] = {0}; /* ascii, continuation, lead2, lead3 */
    for (const unsigned char *p = (const unsigned char *)utf8; *p; p++) {
        if (*p < 0x80) hist[0]++;
        else if ((*p & 0xC0) == 0x80) hist[1]++;
        else if ((*p & 0xE0) == 0xC0) hist[2]++;
        else hist[3]++;
    }
    printf("utf8: ascii=%d cont=%d lead2=%d lead3=%d codepoints=%d\n", hist[0], hist[1], hist[2],
           hist[3], hist[0] + hist[2] + hist[3]);
    unsigned char high = 0xE9;
    printf("high byte compare: %d %d\n", high > 0x7F, (signed char)high < 0);
    printf("digits: %d\n", '7' - '0' + ('z' - 'a'));
    return 0;
}
